/* -Wthread-leak: threads created one by one into a local array, each
   creation retried while it fails with EAGAIN.  The creating loop is the
   retry loop, which a success leaves: the iterations that come back to
   the creation are those of the outer loop.  */
/* { dg-do compile } */

#include <errno.h>
#include <pthread.h>
#include <sched.h>

#define NTHREADS 8

static void *
worker (void *p)
{
  return p;
}

/* Another failure returns without joining the threads created before.  */
int
start_retry (void **a, int n)
{
  pthread_t t[NTHREADS];
  int i, rc;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      while ((rc = pthread_create (&t[i], NULL, worker, a[i])) == EAGAIN) /* { dg-warning "threads created here into .t. in earlier iterations are not joined, detached or cancelled when this creation fails" } */
	sched_yield ();
      if (rc != 0)
	return rc; /* { dg-message "the threads created before leak when .start_retry. returns here" } */
    }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* The same, joining them first.  */
int
start_retry_join (void **a, int n)
{
  pthread_t t[NTHREADS];
  int i, rc;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      while ((rc = pthread_create (&t[i], NULL, worker, a[i])) == EAGAIN) /* { dg-bogus "not joined" } */
	sched_yield ();
      if (rc != 0)
	{
	  while (i--)
	    pthread_join (t[i], NULL);
	  return rc;
	}
    }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* A bounded number of tries, then a common cleanup label.  */
int
start_tries (void **a, int n)
{
  pthread_t t[NTHREADS];
  int i, j, tries, rc = 0;

  for (i = 0; i < n && i < NTHREADS; i++)
    for (tries = 0;; tries++)
      {
	rc = pthread_create (&t[i], NULL, worker, a[i]); /* { dg-bogus "not joined" } */
	if (rc == 0)
	  break;
	if (rc != EAGAIN || tries == 3)
	  goto out;
	sched_yield ();
      }
out:
  for (j = 0; j < i; j++)
    pthread_join (t[j], NULL);
  return rc;
}
