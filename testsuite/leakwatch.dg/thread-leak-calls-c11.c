/* -Wthread-leak: C11 thread handles passed to functions of the same
   file, as in thread-leak-calls-summary.c.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu11" } */
/* { dg-prune-output "note:" } */

#include <threads.h>
#include <stdio.h>

static int
job (void *arg)
{
  return arg != NULL;
}

static void
show (thrd_t t)
{
  printf ("started %lu\n", (unsigned long) t);
}

static int
finish (thrd_t t)
{
  int res;
  if (thrd_join (t, &res) != thrd_success)
    return -1;
  return res;
}

int
start_shown (void *arg)
{
  thrd_t t;
  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  show (t);
  return 0;
}

int
start_finished (void *arg)
{
  thrd_t t;
  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-bogus "not joined" "joined by a helper" } */
    return -1;
  show (t);
  return finish (t);
}
