/* -Wthread-leak: functions that neither keep nor release a thread
   handle do not take it over.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>

static void *
worker (void *arg)
{
  return arg;
}

/* Named, then forgotten.  */
int
start_named (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  pthread_setname_np (t, "worker");
  return 0;
}

/* Signalled, then forgotten.  */
int
start_and_poke (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  return pthread_kill (t, SIGUSR1);
}

/* Logged, then forgotten.  */
int
start_logged (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  printf ("started thread %lu\n", (unsigned long) t);
  return 0;
}

/* Compared, then forgotten.  */
int
start_compare (pthread_t owner, void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  return pthread_equal (t, owner);
}
