/* -Wthread-leak: an attribute object initialised here whose detach
   state is joinable does not make the thread detached.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdlib.h>

static void *
worker (void *arg)
{
  return arg;
}

/* Only the stack size is set: the thread is joinable.  */
int
start_big_stack (void *arg)
{
  pthread_attr_t attr;
  pthread_t t;
  int rc;

  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 1024 * 1024);
  rc = pthread_create (&t, &attr, worker, arg); /* { dg-warning "not joined, detached or cancelled" } */
  pthread_attr_destroy (&attr);
  return rc;
}

/* Explicitly joinable.  */
int
start_joinable (void *arg)
{
  pthread_attr_t attr;
  pthread_t t;

  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_JOINABLE);
  if (pthread_create (&t, &attr, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    {
      pthread_attr_destroy (&attr);
      return -1;
    }
  pthread_attr_destroy (&attr);
  return 0;
}
