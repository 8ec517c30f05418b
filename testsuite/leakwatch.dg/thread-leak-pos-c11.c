/* -Wthread-leak: C11 <threads.h> threads.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu11" } */
/* { dg-prune-output "note:" } */

#include <threads.h>
#include <stdlib.h>

static int
job (void *arg)
{
  return arg != NULL;
}

/* The handle is dropped after a successful create.  */
int
start_job (void *arg)
{
  thrd_t t;
  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  return 0;
}

extern int prepare_output (void *);

/* The early return skips thrd_join.  */
int
run_job (void *arg)
{
  thrd_t t;
  int res;

  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  if (prepare_output (arg) < 0)
    return -1;
  thrd_join (t, &res);
  return res;
}
