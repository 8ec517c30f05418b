/* -Wthread-leak: C11 <threads.h> threads joined or detached.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu11" } */

#include <threads.h>
#include <stdlib.h>

static int
job (void *arg)
{
  return arg != NULL;
}

extern int prepare_output (void *);

/* thrd_create (...) != thrd_success is the failure path.  */
int
run_job (void *arg)
{
  thrd_t t;
  int res;

  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-bogus "not joined" } */
    return -1;
  prepare_output (arg);
  thrd_join (t, &res);
  return res;
}

/* Detached right away.  */
int
start_job (void *arg)
{
  thrd_t t;
  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-bogus "not joined" } */
    return -1;
  thrd_detach (t);
  return 0;
}

/* The result saved, compared with thrd_success later, then a join on
   every path.  */
int
run_job_saved (void *arg)
{
  thrd_t t;
  int rc = thrd_create (&t, job, arg); /* { dg-bogus "not joined" } */
  if (rc != thrd_success)
    return -1;
  if (prepare_output (arg) < 0)
    {
      thrd_join (t, NULL);
      return -1;
    }
  thrd_join (t, NULL);
  return 0;
}
