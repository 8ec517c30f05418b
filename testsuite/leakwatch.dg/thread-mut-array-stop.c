/* -Wthread-leak: threads created into a local array, each then stopped
   by a function of another file given its element's address: handed
   off (mutation testing of check-thread-leak.c).  */
/* { dg-do compile } */

#include <pthread.h>

#define NTHREADS 4

extern void thread_stop (pthread_t *t);

static void *
run (void *p)
{
  return p;
}

int
start_stop_all (void)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, run, NULL) != 0) /* { dg-bogus "not joined" } */
      break;
  while (i--)
    thread_stop (&t[i]);
  return 0;
}
