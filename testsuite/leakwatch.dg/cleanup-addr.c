/* The address of a cleanup variable kept in a pointer: stores and loads
   through the pointer are the variable's own; any other use of the
   pointer (kept, offset, read in part) stops the check for that
   variable.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *next_name (int i);
extern void keep (char ***pp);
static char **saved;

/* Positives: through the pointer, as if direct.  */

void
store_through (int n)
{
  _cleanup_free_ char *p = NULL; /* { dg-message "note: .p. is declared here" } */
  char **pp = &p;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    *pp = next_name (i); /* { dg-warning ".p. is reassigned on each iteration" } */
}

void
store_through_cast (int n)
{
  _cleanup_free_ char *p = NULL; /* { dg-message "note: .p. is declared here" } */
  void *vp = &p;
  char **pp = (char **) vp;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    *pp = next_name (i); /* { dg-warning ".p. is reassigned on each iteration" } */
}

/* Negatives: the address goes where the check cannot follow it.  */

void
address_kept (int n)
{
  _cleanup_free_ char *p = NULL;
  char **pp = &p;
  saved = pp;
  for (int i = 0; i < n; i++)
    p = next_name (i); /* { dg-bogus "reassigned" "the address is kept: anyone may free through it" } */
}

void
address_offset (int n, int k)
{
  _cleanup_free_ char *p = NULL;
  char **pp = &p;
  for (int i = 0; i < n; i++)
    {
      p = next_name (i); /* { dg-bogus "reassigned" "the address is offset: not followed" } */
      (pp + k)[0] = NULL;
    }
}

void
address_read_in_part (int n)
{
  _cleanup_free_ char *p = NULL;
  char **pp = &p;
  for (int i = 0; i < n; i++)
    {
      p = next_name (i); /* { dg-bogus "reassigned" "read in part through the pointer: not followed" } */
      if (*(char *) pp == 0)
	break;
    }
}

void
address_to_call (int n)
{
  _cleanup_free_ char *p = NULL;
  char **pp = &p;
  for (int i = 0; i < n; i++)
    {
      p = next_name (i); /* { dg-bogus "reassigned" "the address is handed to a call that may free" } */
      keep (&pp);
    }
}
