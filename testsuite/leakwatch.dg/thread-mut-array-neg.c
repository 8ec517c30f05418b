/* -Wthread-leak, threads created into a local array: two shapes where a
   creation failure leaks nothing the check should name (mutation
   testing of thread-arrays.c).  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdio.h>

#define NTHREADS 8

static void *
worker (void *p)
{
  return p;
}

/* The results are only counted, not tested: a failure takes no branch
   of its own, and when the caller does not wait the threads run on by
   design (as when the result is ignored).  */
void
start_counted (void **a, int n, int wait)
{
  pthread_t t[NTHREADS];
  int i, started = 0;

  for (i = 0; i < n && i < NTHREADS; i++)
    started += pthread_create (&t[i], NULL, worker, a[i]) == 0; /* { dg-bogus "not joined" } */
  if (!wait)
    return;
  for (i = 0; i < started; i++)
    pthread_join (t[i], NULL);
}

/* A producer and a consumer each round, both joined by the end of the
   round: when the producer's creation fails, the threads of the earlier
   rounds are gone already.  (Its success leads to the consumer's
   creation, not back to its own.)  */
int
rounds (void **q, int n)
{
  pthread_t t[2];
  int r;

  for (r = 0; r < n; r++)
    {
      if (pthread_create (&t[0], NULL, worker, q[r]) != 0) /* { dg-bogus "not joined" } */
	return -1;
      if (pthread_create (&t[1], NULL, worker, q[r]) != 0) /* { dg-bogus "not joined" } */
	{
	  fprintf (stderr, "round %d: no consumer\n", r);
	  pthread_cancel (t[0]);
	  pthread_join (t[0], NULL);
	  return -1;
	}
      pthread_join (t[0], NULL);
      pthread_join (t[1], NULL);
    }
  return 0;
}
