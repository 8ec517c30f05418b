/* -Wthread-leak: a handle given to another creation, as the second
   thread's argument: a watchdog that cancels and joins the worker.  The
   worker is handed off, the watchdog is not (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *work (void *);
/* Waits for the worker (a pthread_t *) with a timeout, cancels it if it
   is late, and joins it.  */
extern void *watchdog (void *worker);

int
run_watched (void *arg)
{
  pthread_t worker, dog;

  if (pthread_create (&worker, NULL, work, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (pthread_create (&dog, NULL, watchdog, &worker) != 0) /* { dg-bogus "not joined" } */
    {
      pthread_join (worker, NULL);
      return -1;
    }
  return pthread_join (dog, NULL);
}

/* Given the worker's handle by value (pthread_t is an integer here).  */
extern void *watchdog_by_value (void *worker);

int
run_unwatched (void *arg)
{
  pthread_t worker, dog;

  if (pthread_create (&worker, NULL, work, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (pthread_create (&dog, NULL, watchdog_by_value, (void *) worker) != 0) /* { dg-warning "thread .dog. created here is not joined, detached or cancelled on every path" } */
    {
      pthread_join (worker, NULL);
      return -1;
    }
  return 0;
}
