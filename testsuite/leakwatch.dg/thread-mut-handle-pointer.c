/* -Wthread-leak: a handle reached through a local pointer to it is not
   tracked: silent (mutation testing of check-thread-leak.c).  */
/* { dg-do compile } */

#include <pthread.h>

static void *
run (void *p)
{
  return p;
}

int
start_via_pointer (void *arg)
{
  pthread_t t, *tp = &t;

  if (pthread_create (tp, NULL, run, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  return pthread_join (*tp, NULL);
}
