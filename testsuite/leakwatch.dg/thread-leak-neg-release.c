/* -Wthread-leak: every release function of the POSIX thread API.  */
/* { dg-do compile } */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

static void *
worker (void *arg)
{
  return arg;
}

extern void do_other_work (void);

/* Fire and forget, done right.  */
int
start_detached (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  pthread_detach (t);
  return 0;
}

/* A watchdog cancelled once the work is done.  */
int
with_watchdog (void *arg)
{
  pthread_t wd;
  if (pthread_create (&wd, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  do_other_work ();
  pthread_cancel (wd);
  return 0;
}

/* Polling with pthread_tryjoin_np until the thread has ended.  */
void
poll_until_done (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return;
  while (pthread_tryjoin_np (t, NULL) != 0)
    do_other_work ();
}

/* A bounded wait; on timeout the thread is cancelled and joined.  */
int
join_with_timeout (void *arg, int seconds)
{
  pthread_t t;
  struct timespec ts;

  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  clock_gettime (CLOCK_REALTIME, &ts);
  ts.tv_sec += seconds;
  if (pthread_timedjoin_np (t, NULL, &ts) != 0)
    {
      pthread_cancel (t);
      pthread_join (t, NULL);
      return -1;
    }
  return 0;
}

/* pthread_clockjoin_np against the monotonic clock.  */
int
join_monotonic (void *arg)
{
  pthread_t t;
  struct timespec ts;
  int rc;

  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  ts.tv_sec += 5;
  rc = pthread_clockjoin_np (t, NULL, CLOCK_MONOTONIC, &ts);
  if (rc != 0)
    pthread_detach (t);
  return rc;
}

/* Functions that only look at the handle, then a join.  */
int
named_and_joined (void *arg)
{
  pthread_t t;
  char name[16];

  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  pthread_setname_np (t, "io-worker");
  if (pthread_getname_np (t, name, sizeof name) == 0)
    printf ("started %s\n", name);
  pthread_join (t, NULL);
  return 0;
}
