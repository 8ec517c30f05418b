/* A store under a test of a loop variable against a constant runs once
   per execution of the loop only if the variable steps by a constant
   (a counter).  A side that flips each iteration (double buffering)
   comes back to the same value: the store repeats and the earlier
   values leak.  */
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
