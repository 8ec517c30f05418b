/* -Wthread-leak: a helper of this file that joins one thread and only
   signals another releases the first only (mutation testing of
   thread-calls.c).  */
/* { dg-do compile } */

#include <pthread.h>
#include <signal.h>

static void *
worker (void *p)
{
  return p;
}

/* Joins the thread done with, wakes the next one.  */
static void
retire (pthread_t done, pthread_t next)
{
  pthread_join (done, NULL);
  pthread_kill (next, SIGUSR1);
}

int
hand_over (void *arg)
{
  pthread_t a, b;

  if (pthread_create (&a, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (pthread_create (&b, NULL, worker, arg) != 0) /* { dg-warning "thread .b. created here is not joined, detached or cancelled on every path" } */
    {
      pthread_cancel (a);
      pthread_join (a, NULL);
      return -1;
    }
  retire (a, b);
  return 0; /* { dg-message "the thread leaks when .hand_over. returns here" } */
}
