/* -Wcleanup-escape outside loops, what may reset the place: only a
   store through the object's pointer (or a copy, or an offset of it)
   that may write the same place, or a call given the pointer that does
   not just keep it, and only after the store.  Other fields written
   after, the same field written before, calls before, and a same-file
   function that only keeps the object leave the escape in place.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

typedef struct Entry Entry;
struct Entry
{
  char *name;
  size_t len;
  Entry *parent;
  Entry *next;
};

extern char *next_name (int i);
extern void entry_init (Entry *e);
extern int work (void);

static Entry *all_entries;

static int __attribute__ ((noinline))
entry_link_at (Entry *e, int pos)
{
  if (pos < 0)
    return -1;
  e->next = all_entries;
  all_entries = e;
  return 0;
}

/* Positives.  */

int
name_then_len (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  if (!s)
    return -ENOMEM;
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "another field written after" } */
  e->len = strlen (s);
  return 0;
}

int
cleared_before (Entry *e, int i)
{
  e->name = NULL;
  if (work () < 0)
    return -1;
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "the field written before" } */
  return 0;
}

int
init_before (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  entry_init (e);
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "a call before the store" } */
  return 0;
}

int
linked_after (int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "a same-file function that only keeps the object" } */
  int r = entry_link_at (e, 0);
  return r;
}

/* Negatives.  */

int
element_reset (char **out, int i)
{
  _cleanup_free_ char *s = next_name (i);
  out[1] = s; /* { dg-bogus "stored where it outlives" "reset through an offset of the pointer" } */
  int r = work ();
  out[1] = NULL;
  return r;
}

int
reset_through_copy (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  Entry *p = e;
  e->name = s; /* { dg-bogus "stored where it outlives" "reset through a copy of the pointer" } */
  int r = work ();
  p->name = NULL;
  return r;
}

int
parent_name (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  e->parent->name = s; /* { dg-bogus "stored where it outlives" "through a loaded pointer: not covered" } */
  return 0;
}
