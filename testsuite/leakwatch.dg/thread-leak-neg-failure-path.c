/* -Wthread-leak: when the create call fails there is no thread, so the
   failure path leaks nothing.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

static void *
worker (void *arg)
{
  return arg;
}

extern void log_error (const char *, int);

/* if (pthread_create (...)) return -1;  */
int
run_if_create (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg)) /* { dg-bogus "not joined" } */
    return -1;
  pthread_join (t, NULL);
  return 0;
}

/* The result is saved and the failure path is a goto.  */
int
run_goto_fail (void *arg)
{
  pthread_t t;
  void *res;
  int r;

  r = pthread_create (&t, NULL, worker, arg); /* { dg-bogus "not joined" } */
  if (r != 0)
    goto fail;
  pthread_join (t, &res);
  return res != NULL;

fail:
  log_error ("pthread_create", r);
  return -1;
}

/* A "< 0" test on the saved result (pthread_create never returns a
   negative value, but the idiom is common).  */
int
run_rc_negative (void *arg)
{
  pthread_t t;
  int rc;

  rc = pthread_create (&t, NULL, worker, arg); /* { dg-bogus "not joined" } */
  if (rc < 0)
    return -1;
  pthread_join (t, NULL);
  return 0;
}

/* The failure branch reports and returns.  */
int
run_rc_nonzero (void *arg)
{
  pthread_t t;
  int rc = pthread_create (&t, NULL, worker, arg); /* { dg-bogus "not joined" } */
  if (rc != 0)
    {
      fprintf (stderr, "cannot create thread: %d\n", rc);
      return rc;
    }
  pthread_join (t, NULL);
  return 0;
}
