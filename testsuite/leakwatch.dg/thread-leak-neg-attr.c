/* -Wthread-leak: threads created detached, and attribute objects this
   function cannot see into.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

static void *
worker (void *arg)
{
  return arg;
}

/* Created detached.  */
int
start_detached (void *arg)
{
  pthread_attr_t attr;
  pthread_t t;
  int rc;

  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  rc = pthread_create (&t, &attr, worker, arg); /* { dg-bogus "not joined" } */
  pthread_attr_destroy (&attr);
  return rc;
}

/* Many detached threads through one handle: nothing is overwritten
   that needed joining.  */
int
start_many_detached (void **args, int n)
{
  pthread_attr_t attr;
  pthread_t t;
  int i;

  if (pthread_attr_init (&attr) != 0)
    return -1;
  pthread_attr_setstacksize (&attr, 256 * 1024);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  for (i = 0; i < n; i++)
    if (pthread_create (&t, &attr, worker, args[i]) != 0) /* { dg-bogus "not joined|overwritten" } */
      break;
  pthread_attr_destroy (&attr);
  return i;
}

/* The attribute object comes from the caller: its detach state is
   unknown here.  */
int
start_with_attr (const pthread_attr_t *attr, void *arg)
{
  pthread_t t;
  return pthread_create (&t, attr, worker, arg); /* { dg-bogus "not joined" } */
}
