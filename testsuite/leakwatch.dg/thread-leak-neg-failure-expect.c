/* -Wthread-leak: the failure path of pthread_create tested through
   __builtin_expect (systemd's _unlikely_, GLib's G_UNLIKELY) or through a
   copy of the result is no thread.  */
/* { dg-do compile } */

#include <pthread.h>

#define _unlikely_(x) (__builtin_expect (!!(x), 0))

static void *
worker (void *arg)
{
  return arg;
}

int
start_unlikely (void *arg)
{
  pthread_t t;
  int r = pthread_create (&t, NULL, worker, arg); /* { dg-bogus "not joined" } */
  if (_unlikely_ (r != 0))
    return -1;
  pthread_join (t, NULL);
  return 0;
}

int
start_expect_copy (void *arg)
{
  pthread_t t;
  int r = pthread_create (&t, NULL, worker, arg); /* { dg-bogus "not joined" } */
  int copy = r;
  if (__builtin_expect (copy != 0, 0))
    return -1;
  pthread_join (t, NULL);
  return 0;
}

int
start_expect_prob (void *arg)
{
  pthread_t t;
  int r = pthread_create (&t, NULL, worker, arg); /* { dg-bogus "not joined" } */
  if (__builtin_expect_with_probability (r != 0, 0, 0.9))
    return -1;
  pthread_join (t, NULL);
  return 0;
}
