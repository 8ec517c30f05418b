/* -Wthread-arg-lifetime: C11 threads.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */
/* { dg-options "-std=gnu11" } */

#include <threads.h>

extern int work (void *);

void
start_all (int n)
{
  thrd_t t[8];
  int i;
  for (i = 0; i < n && i < 8; i++)
    thrd_create (&t[i], work, &i); /* { dg-warning "the threads created here share .i., which the loop changes" } */
  while (i-- > 0)
    thrd_join (t[i], NULL);
}

int
start_detached (void)
{
  thrd_t t;
  long budget = 100;
  if (thrd_create (&t, work, &budget) != thrd_success) /* { dg-warning "may use .budget. after it goes out of scope" } */
    return -1;
  thrd_detach (t);
  return 0;
}
