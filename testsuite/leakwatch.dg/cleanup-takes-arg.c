/* -Wcleanup-handoff: functions named with the takes= argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-takes=queue_push:2,list_adopt:1" } */

#include "cleanup-systemd.h"

struct queue;
extern int queue_push (struct queue *q, char *item);
extern int list_adopt (char *item, int flags);

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
