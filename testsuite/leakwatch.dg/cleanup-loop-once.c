/* A reassignment that runs once per execution of a loop, because it is
   guarded by the loop's counter equal to a constant, does not leak the
   values of earlier iterations (reduced from systemd's coredump.c).  An
   outer loop may still repeat it, and another store's value may still
   be overwritten.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *stamp (int i);

int
third_only (int n)
{
  _cleanup_free_ char *t = NULL;
  for (int i = 0; i < n; i++)
    if (i == 2)
      t = stamp (i); /* { dg-bogus "reassigned" "once per loop: i is 2 once" } */
  return t != NULL;
}

int
third_by_switch (int n)
{
  _cleanup_free_ char *t = NULL;
  for (int i = 0; i < n; i++)
    switch (i)
      {
      case 2:
	t = stamp (i); /* { dg-bogus "reassigned" "once per loop: case 2 once" } */
	break;
      default:
	break;
      }
  return t != NULL;
}

int
after_the_third (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    if (i > 2)
      t = stamp (i); /* { dg-warning "reassigned on each iteration" "i > 2 holds many times" } */
  return t != NULL;
}

extern int pick (int i);

int
not_a_counter (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    if (pick (i) == 2)
      t = stamp (i); /* { dg-warning "reassigned on each iteration" "pick may be 2 many times" } */
  return t != NULL;
}

int
once_per_outer_iteration (int n, int m)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  for (int j = 0; j < m; j++) /* { dg-message "note: the loop is here" } */
    for (int i = 0; i < n; i++)
      if (i == 2)
	t = stamp (i); /* { dg-warning "reassigned on each iteration" "the outer loop repeats it" } */
  return t != NULL;
}

int
over_an_earlier_value (int n)
{
  _cleanup_free_ char *t = stamp (-1); /* { dg-message "note: .t. is declared here" } */
  for (int i = 0; i < n; i++)
    if (i == 2)
      t = stamp (i); /* { dg-warning "reassigned while it still owns a value" "the first value leaks" } */
  return t != NULL;
}
