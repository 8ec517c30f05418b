/* A store under a test of a loop variable runs once per execution of
   the loop only if the variable steps by a constant (a counter) and is
   compared with a constant.  A side that flips each iteration (double
   buffering) comes back to the same value, and a counter meets a
   variable the loop moves on many times: the store repeats and the
   earlier values leak.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *stamp (int i);

int
every_other (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  int side = 0;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    {
      if (side == 1)
	t = stamp (i); /* { dg-warning "reassigned on each iteration" "side is 1 every other iteration" } */
      side ^= 1;
    }
  return t != NULL;
}

/* A counter equal to a variable the loop moves on: many times.  */
int
every_second (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  int next = 0;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    if (i == next)
      {
	t = stamp (i); /* { dg-warning "reassigned on each iteration" "i meets next every other iteration" } */
	next += 2;
      }
  return t != NULL;
}

/* A counter stepping by 2 is 4 once.  */
int
fourth (int n)
{
  _cleanup_free_ char *t = NULL;
  for (int i = 0; i < n; i += 2)
    if (i == 4)
      t = stamp (i); /* { dg-bogus "reassigned" "i is 4 once" } */
  return t != NULL;
}
