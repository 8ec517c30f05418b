/* -Wthread-leak: returning from main ends the process and its threads;
   a handle overwritten in a loop still loses every thread but the
   last.  */
/* { dg-do compile } */

#include <pthread.h>

extern int more_work (void);

static void *
spin (void *arg)
{
  for (;;)
    ;
  return arg;
}

int
main (void)
{
  pthread_t watchdog, t;
  if (pthread_create (&watchdog, NULL, spin, NULL) != 0) /* { dg-bogus "not joined" } */
    return 1;
  while (more_work ())
    pthread_create (&t, NULL, spin, NULL); /* { dg-warning "overwritten by the next iteration" } */
  return 0;
}
