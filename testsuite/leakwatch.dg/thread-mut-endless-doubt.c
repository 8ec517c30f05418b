/* -Wthread-leak: a join of a thread whose start routine never returns
   is not reported when something else may end the thread or when the
   handle may hold another thread (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <signal.h>

static unsigned long counter;

static void *
spin_forever (void *arg)
{
  for (;;)
    __atomic_add_fetch (&counter, 1, __ATOMIC_RELAXED);
  return arg;
}

/* Another file's thread, adopted.  */
extern pthread_t current_worker (void);
/* Registers T with a supervisor that may cancel or kill it.  */
extern void supervise (pthread_t t);

/* The handle is written through a pointer: the join may be of the
   adopted thread.  */
int
run_or_adopt (int adopt)
{
  pthread_t t;
  pthread_t *slot = &t;
  if (adopt)
    *slot = current_worker ();
  else if (pthread_create (slot, NULL, spin_forever, NULL) != 0)
    return -1;
  return pthread_join (t, NULL); /* { dg-bogus "never returns" } */
}

/* A signal whose handler may end the thread.  */
int
run_until_signalled (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, spin_forever, NULL) != 0)
    return -1;
  pthread_kill (t, SIGTERM);
  return pthread_join (t, NULL); /* { dg-bogus "never returns" } */
}

/* Handed to a supervisor first.  */
int
run_supervised (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, spin_forever, NULL) != 0)
    return -1;
  supervise (t);
  return pthread_join (t, NULL); /* { dg-bogus "never returns" } */
}
