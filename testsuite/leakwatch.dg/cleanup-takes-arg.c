/* -Wcleanup-handoff: functions named with the takes= argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-takes=queue_push:2,list_adopt:1,cache_insert:2:if-positive" } */

#include "cleanup-systemd.h"

struct queue;
extern int queue_push (struct queue *q, char *item);
extern int list_adopt (char *item, int flags);
struct cache;
extern int cache_insert (struct cache *c, char *item);

int
pushed_armed (struct queue *q, const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  return queue_push (q, p); /* { dg-warning ".p. is handed to .queue_push., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
}

int
pushed_stolen (struct queue *q, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return queue_push (q, TAKE_PTR (p)); /* { dg-bogus "takes ownership" } */
}

int
adopted_armed (const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  return list_adopt (p, 0); /* { dg-warning ".p. is handed to .list_adopt., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
}

/* The second argument of queue_push only: the first is borrowed.  */
int
queue_itself (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return queue_push ((struct queue *) p, NULL); /* { dg-bogus "takes ownership" } */
}

/* cache_insert:2:if-positive: taken when it returns > 0 only.  */
int
cached_armed (struct cache *c, const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  int r = cache_insert (c, p); /* { dg-warning ".p. is handed to .cache_insert., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  if (r < 0)
    return r;
  return 0;
}

int
cached_stolen_on_success (struct cache *c, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r = cache_insert (c, p); /* { dg-bogus "takes ownership" } */
  if (r < 0)
    return r;
  TAKE_PTR (p);
  return 0;
}
