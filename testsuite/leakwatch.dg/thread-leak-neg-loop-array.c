/* -Wthread-leak: threads started by one loop into a local array and
   joined by a later loop over the same array.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

#define NTHREADS 8

struct arg
{
  int id;
  long sum;
};

static void *
worker (void *p)
{
  struct arg *a = (struct arg *) p;
  a->sum = a->id;
  return NULL;
}

/* Create all, join all.  */
long
sum_parallel (void)
{
  pthread_t t[NTHREADS];
  struct arg a[NTHREADS];
  long sum = 0;
  int i;

  for (i = 0; i < NTHREADS; i++)
    {
      a[i].id = i;
      pthread_create (&t[i], NULL, worker, &a[i]); /* { dg-bogus "not joined" } */
    }
  for (i = 0; i < NTHREADS; i++)
    {
      pthread_join (t[i], NULL);
      sum += a[i].sum;
    }
  return sum;
}

/* On failure, the threads already started are joined before
   returning.  */
int
start_all (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  if (n > NTHREADS)
    return -1;
  for (i = 0; i < n; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      goto fail;
  for (i = 0; i < n; i++)
    pthread_join (t[i], NULL);
  return 0;

fail:
  fprintf (stderr, "thread %d failed to start\n", i);
  while (i-- > 0)
    pthread_join (t[i], NULL);
  return -1;
}

/* The start loop stops at the first failure; the join loop covers the
   threads that were started.  */
int
start_some (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int started, i;

  if (n > NTHREADS)
    n = NTHREADS;
  for (started = 0; started < n; started++)
    if (pthread_create (&t[started], NULL, worker, &a[started]) != 0) /* { dg-bogus "not joined" } */
      break;
  for (i = 0; i < started; i++)
    pthread_join (t[i], NULL);
  return started;
}

/* One handle reused, but each thread is joined in its own iteration.  */
long
run_one_at_a_time (struct arg *a, int n)
{
  pthread_t t;
  long sum = 0;
  int i;

  for (i = 0; i < n; i++)
    {
      if (pthread_create (&t, NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined|overwritten" } */
	return -1;
      pthread_join (t, NULL);
      sum += a[i].sum;
    }
  return sum;
}
