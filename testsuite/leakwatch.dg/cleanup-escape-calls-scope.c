/* -Wcleanup-escape outside loops, and calls: a value stored into a
   field of an object the caller gets stays there unless something that
   follows may write the field again.  A same-file helper that only
   links the object (keeps it) does not; one that resets the field, or a
   function of another file given the object, may.  Also run with
   -flto.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

typedef struct Entry Entry;
struct Entry
{
  char *name;
  Entry *next;
};

extern char *next_name (int i);
extern void entry_finish (Entry *e);

static Entry *entries;

static void __attribute__ ((noinline))
entry_link (Entry *e)
{
  e->next = entries;
  entries = e;
}

static void __attribute__ ((noinline))
entry_clear_name (Entry *e)
{
  e->name = NULL;
}

int
entry_add (int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  if (!s)
    return -ENOMEM;
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "the helper only links the object" } */
  entry_link (e);
  return 0;
}

int
entry_add_cleared (int i)
{
  _cleanup_free_ char *s = next_name (i);
  if (!s)
    return -ENOMEM;
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  e->name = s; /* { dg-bogus "stored where it outlives" "a helper that may reset the field follows" } */
  entry_clear_name (e);
  entry_link (e);
  return 0;
}

int
entry_add_finished (int i)
{
  _cleanup_free_ char *s = next_name (i);
  if (!s)
    return -ENOMEM;
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  e->name = s; /* { dg-bogus "stored where it outlives" "a function of another file may reset the field" } */
  entry_finish (e);
  entry_link (e);
  return 0;
}

int
param_then_helper (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  e->name = s; /* { dg-bogus "stored where it outlives" "a helper that may reset the field follows" } */
  entry_clear_name (e);
  return 0;
}
