/* -Wthread-leak: whether a thread runs is recorded in a flag, in errno
   or in the handle itself, and the join tests that record.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-thread-api=create:spawn_helper:1" } */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>

extern void crunch (void);
extern int spawn_helper (pthread_t *out, void *(*fn) (void *), void *arg);

static void *
helper (void *arg)
{
  return arg;
}

/* A helper that detaches itself.  */
static void *
self_detaching (void *arg)
{
  pthread_detach (pthread_self ());
  return arg;
}

/* The flag starts as a condition and is cleared when the creation
   fails.  */
int
sort_maybe_parallel (int nthreads)
{
  pthread_t t;
  int threaded = nthreads > 1;
  if (threaded && pthread_create (&t, NULL, helper, NULL) != 0) /* { dg-bogus "not joined" } */
    threaded = 0;
  crunch ();
  if (threaded)
    pthread_join (t, NULL);
  return 0;
}

/* A zero handle means no thread.  */
int
maybe_background (int wanted)
{
  pthread_t t = 0;
  if (wanted && pthread_create (&t, NULL, helper, NULL) != 0) /* { dg-bogus "not joined" } */
    return -1;
  crunch ();
  if (t)
    pthread_join (t, NULL);
  return 0;
}

/* The result goes through errno, tested in a statement of its own.  */
int
run_once (void)
{
  pthread_t t;
  errno = pthread_create (&t, NULL, helper, NULL); /* { dg-bogus "not joined" } */
  if (errno)
    {
      perror ("pthread_create");
      return -1;
    }
  pthread_join (t, NULL);
  return 0;
}

/* A wrapper named by thread-api= starts a thread that detaches
   itself.  */
void
fire_detached (void)
{
  pthread_t t;
  spawn_helper (&t, self_detaching, NULL); /* { dg-bogus "not joined" } */
}
