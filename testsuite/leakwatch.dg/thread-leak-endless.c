/* -Wthread-leak: joining a thread whose start routine can never finish
   (an endless loop with no exit and no cancellation point) never
   returns.  */
/* { dg-do compile } */

#include <pthread.h>
#include <unistd.h>

static int stop_flag;
static unsigned long counter;

static void *
spin_forever (void *arg) /* { dg-message "note: .spin_forever. is defined here" } */
{
  for (;;)
    __atomic_add_fetch (&counter, 1, __ATOMIC_RELAXED);
  return arg;
}

static void *
spin_until_stopped (void *arg)
{
  while (!__atomic_load_n (&stop_flag, __ATOMIC_ACQUIRE))
    counter++;
  return arg;
}

static void *
poll_forever (void *arg)
{
  for (;;)
    sleep (1); /* A cancellation point.  */
  return arg;
}

static void *
exit_from_loop (void *arg)
{
  for (;;)
    if (__atomic_load_n (&stop_flag, __ATOMIC_ACQUIRE))
      pthread_exit (arg);
}

int
run_spinner (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, spin_forever, NULL) != 0)
    return -1;
  return pthread_join (t, NULL); /* { dg-warning ".pthread_join. on thread .t. never returns: its start routine .spin_forever. never returns and has no cancellation point" } */
}

int
run_stoppable (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, spin_until_stopped, NULL) != 0)
    return -1;
  __atomic_store_n (&stop_flag, 1, __ATOMIC_RELEASE);
  return pthread_join (t, NULL); /* { dg-bogus "never returns" } */
}

int
run_poller (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, poll_forever, NULL) != 0)
    return -1;
  pthread_cancel (t);
  return pthread_join (t, NULL); /* { dg-bogus "never returns" } */
}

int
run_exiting (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, exit_from_loop, NULL) != 0)
    return -1;
  __atomic_store_n (&stop_flag, 1, __ATOMIC_RELEASE);
  return pthread_join (t, NULL); /* { dg-bogus "never returns" } */
}

/* Detached: nobody waits.  */
int
run_detached_spinner (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, spin_forever, NULL) != 0)
    return -1;
  return pthread_detach (t); /* { dg-bogus "never returns" } */
}
