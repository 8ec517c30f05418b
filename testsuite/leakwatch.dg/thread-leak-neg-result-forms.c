/* -Wthread-leak: the creation's result tested in other forms: kept in
   a flag tested negated ('if (!ok)', GIMPLE's '~ok' or 'ok ^ 1'), or
   negated into an errno-style code ('rc = -pthread_create (...); if (rc
   < 0) return rc;').  The failure path leaks nothing; the success path
   that returns without a join still leaks.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdbool.h>

extern void *work (void *);

int
start_flag (void)
{
  pthread_t t;
  bool ok = pthread_create (&t, 0, work, 0) == 0; /* { dg-bogus "not joined" "the failure path created nothing" } */
  if (!ok)
    return -1;
  pthread_join (t, 0);
  return 0;
}

int
start_negated (void)
{
  pthread_t t;
  int rc = -pthread_create (&t, 0, work, 0); /* { dg-bogus "not joined" "the failure path created nothing" } */
  if (rc < 0)
    return rc;
  pthread_join (t, 0);
  return 0;
}

int
start_negated_leak (void)
{
  pthread_t t;
  int rc = -pthread_create (&t, 0, work, 0); /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
  if (rc < 0)
    return rc;
  return 0;
}

int
start_flag_leak (int quick)
{
  pthread_t t;
  bool ok = pthread_create (&t, 0, work, 0) == 0; /* { dg-warning "thread .t. created here is not joined" } */
  if (!ok)
    return -1;
  if (quick)
    return 1;
  pthread_join (t, 0);
  return 0;
}
