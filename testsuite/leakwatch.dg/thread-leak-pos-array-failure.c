/* -Wthread-leak: threads created one by one into a local array; a
   creation failure half way through the loop leaves the function
   without joining the threads of the earlier iterations.  */
/* { dg-do compile } */

#include <pthread.h>
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

/* return -1 in the loop.  */
int
start_return (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-warning "threads created here into .t. in earlier iterations are not joined, detached or cancelled when this creation fails" } */
      return -1; /* { dg-message "the threads created before leak when .start_return. returns here" } */
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* goto out skips the join loop.  */
int
start_goto_out (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i, ret = -1;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      int rc = pthread_create (&t[i], NULL, worker, &a[i]); /* { dg-warning "in earlier iterations are not joined" } */
      if (rc)
	{
	  fprintf (stderr, "worker %d: %d\n", i, rc);
	  goto out;
	}
    }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  ret = 0;
out:
  return ret; /* { dg-message "leak when .start_goto_out. returns here" } */
}

/* Handles in a field of an array of structs; the result tested as
   negative.  */
struct worker
{
  pthread_t tid;
  struct arg *arg;
};

int
start_workers (struct arg *a, int n)
{
  struct worker w[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      if (pthread_create (&w[i].tid, NULL, worker, &a[i]) < 0) /* { dg-warning "into .w. in earlier iterations" } */
	return -1; /* { dg-message "leak when .start_workers. returns here" } */
    }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (w[i].tid, NULL);
  return 0;
}

/* A failure that ends the loop but returns before the join loop.  */
int
start_break_return (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i, err = 0;

  for (i = 0; i < n && i < NTHREADS; i++)
    if ((err = pthread_create (&t[i], NULL, worker, &a[i])) != 0) /* { dg-warning "in earlier iterations are not joined" } */
      break;
  if (err)
    return err; /* { dg-message "leak when .start_break_return. returns here" } */
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* C11 threads.  */
#include <threads.h>

static int
c11_worker (void *p)
{
  (void) p;
  return 0;
}

int
start_c11 (int n)
{
  thrd_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (thrd_create (&t[i], c11_worker, NULL) != thrd_success) /* { dg-warning "in earlier iterations are not joined" } */
      return -1; /* { dg-message "leak when .start_c11. returns here" } */
  for (i = 0; i < n && i < NTHREADS; i++)
    thrd_join (t[i], NULL);
  return 0;
}
