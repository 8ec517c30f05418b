/* -Wcleanup-escape into a new heap object of each iteration that the
   caller gets (linked into its list, returned, stored through an
   out-parameter): the object keeps a value the iteration's cleanup
   frees.  Stolen values, objects that die in the iteration and objects
   handed to functions whose effect is not known are silent.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

typedef struct Entry Entry;
struct Entry
{
  char *name;
  Entry *next;
};

extern char *next_name (int i);
extern void entry_free (Entry *e);
extern void consume_entry (Entry *e);

/* Linked into the caller's list.  */
int
load_into (Entry **head, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *name = next_name (i); /* { dg-message "note: .name. is declared here" } */
      if (!name)
	return -ENOMEM;
      Entry *e = calloc (1, sizeof *e);
      if (!e)
	return -ENOMEM;
      e->name = name; /* { dg-warning "the value of .name. is stored where it outlives this iteration\[^\n\]*-Wcleanup-escape" } */
      e->next = *head;
      *head = e;
    }
  return 0;
}

/* Built into a local list that is returned.  */
Entry *
load_list (int n)
{
  Entry *head = NULL;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *name = next_name (i); /* { dg-message "note: .name. is declared here" } */
      if (!name)
	break;
      Entry *e = malloc (sizeof *e);
      if (!e)
	break;
      e->name = name; /* { dg-warning "the value of .name. is stored where it outlives this iteration\[^\n\]*-Wcleanup-escape" } */
      e->next = head;
      head = e;
    }
  return head;
}

/* Correct: the value stolen into the object.  */
int
load_stolen (Entry **head, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *name = next_name (i);
      if (!name)
	return -ENOMEM;
      Entry *e = calloc (1, sizeof *e);
      if (!e)
	return -ENOMEM;
      e->name = TAKE_PTR (name); /* { dg-bogus "outlives" } */
      e->next = *head;
      *head = e;
    }
  return 0;
}

/* Correct: the object dies in the iteration (freed, or given to a
   function whose effect is not known, or kept in a local only).  */
int
scratch_entries (int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *name = next_name (i);
      if (!name)
	return -ENOMEM;
      Entry *e = calloc (1, sizeof *e);
      if (!e)
	return -ENOMEM;
      e->name = name; /* { dg-bogus "outlives" } */
      consume_entry (e);
      entry_free (e);
    }
  return 0;
}

int
scratch_local (int n)
{
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *name = next_name (i);
      if (!name)
	return -ENOMEM;
      Entry *e = malloc (sizeof *e);
      if (!e)
	return -ENOMEM;
      e->name = name; /* { dg-bogus "outlives" } */
      total += strlen (e->name);
      free (e);
    }
  return total;
}

/* Correct: one object, allocated before the loop, gets each name for a
   while (the same slot each iteration).  */
int
one_slot (int n, Entry **ret)
{
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *name = next_name (i);
      if (!name)
	break;
      e->name = name; /* { dg-bogus "outlives" } */
      consume_entry (e);
    }
  e->name = NULL;
  *ret = e;
  return 0;
}
