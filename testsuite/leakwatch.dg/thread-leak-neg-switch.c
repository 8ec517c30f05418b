/* -Wthread-leak: the result of the creation tested by a switch.  */
/* { dg-do compile } */

#include <errno.h>
#include <pthread.h>

static void *
worker (void *arg)
{
  return arg;
}

int
start_switch (void *arg)
{
  pthread_t t;
  switch (pthread_create (&t, NULL, worker, arg)) /* { dg-bogus "not joined" } */
    {
    case 0:
      break;
    case EAGAIN:
      return -EAGAIN;
    default:
      return -1;
    }
  return pthread_join (t, NULL);
}

/* The success case forgets the thread.  */
int
start_switch_leak (void *arg)
{
  pthread_t t;
  switch (pthread_create (&t, NULL, worker, arg)) /* { dg-warning "not joined, detached or cancelled" } */
    {
    case 0:
      return 0; /* { dg-message "note: the thread leaks when .start_switch_leak. returns here" } */
    default:
      return -1;
    }
}
