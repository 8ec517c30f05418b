/* -Wthread-leak: threads created one by one into a local array, where a
   creation failure half way through the loop releases the threads of
   the earlier iterations (or ends the process) before the function
   returns.  None of these leaks.  */
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

/* The failure path joins t[0..i) in a reverse loop, then returns.  */
int
start_reverse_join (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      {
	while (i--)
	  pthread_join (t[i], NULL);
	return -1;
      }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* The same with a result kept in a variable and a forward loop.  */
int
start_forward_join (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i, j, rc;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      rc = pthread_create (&t[i], NULL, worker, &a[i]); /* { dg-bogus "not joined" } */
      if (rc < 0 || rc > 0)
	{
	  for (j = 0; j < i; j++)
	    pthread_join (t[j], NULL);
	  return rc;
	}
    }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* The failure path records how many were created and jumps to a common
   cleanup label that joins them.  */
int
start_goto_cleanup (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i, j, created = 0, ret = 0;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      if (pthread_create (&t[i], NULL, worker, &a[i])) /* { dg-bogus "not joined" } */
	{
	  fprintf (stderr, "worker %d: cannot start\n", i);
	  ret = -1;
	  goto cleanup;
	}
      created++;
    }

cleanup:
  for (j = 0; j < created; j++)
    pthread_join (t[j], NULL);
  return ret;
}

/* The failure breaks out of the creation loop; a later loop joins the
   ones created.  */
int
start_break (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i, j, err = 0;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      err = pthread_create (&t[i], NULL, worker, &a[i]); /* { dg-bogus "not joined" } */
      if (err != 0)
	break;
    }
  for (j = 0; j < i; j++)
    pthread_join (t[j], NULL);
  return err;
}

/* Cancel them all, then join them all, under an unwind label.  */
int
start_cancel_unwind (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      goto unwind;
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;

unwind:
  for (int k = 0; k < i; k++)
    pthread_cancel (t[k]);
  for (int k = 0; k < i; k++)
    pthread_join (t[k], NULL);
  return -1;
}

/* The failure ends the process.  */
void
start_or_abort (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      abort ();
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
}

void
start_or_exit (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      {
	perror ("pthread_create");
	exit (EXIT_FAILURE);
      }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
}

/* Each thread is detached right after its creation.  */
int
start_detached (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
	return -1;
      pthread_detach (t[i]);
    }
  return 0;
}

/* The result is ignored: a creation that cannot fail, as far as this
   code goes.  A different matter: silent.  */
void
start_unchecked (struct arg *a, int n, int wait)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_create (&t[i], NULL, worker, &a[i]); /* { dg-bogus "not joined" } */
  if (!wait)
    return;
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
}

/* A failure that is only logged: the loop goes on.  */
int
start_best_effort (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int ok[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      ok[i] = pthread_create (&t[i], NULL, worker, &a[i]) == 0; /* { dg-bogus "not joined" } */
      if (!ok[i])
	{
	  fprintf (stderr, "worker %d: cannot start\n", i);
	  continue;
	}
    }
  for (i = 0; i < n && i < NTHREADS; i++)
    if (ok[i])
      pthread_join (t[i], NULL);
  return 0;
}

/* A thread pool whose threads are a field of a local struct, destroyed
   by a helper of this file on failure.  */
struct pool
{
  pthread_t threads[NTHREADS];
  int n;
};

static void
pool_destroy (struct pool *p)
{
  for (int i = 0; i < p->n; i++)
    pthread_join (p->threads[i], NULL);
}

int
pool_run (struct arg *a, int n)
{
  struct pool p;
  int i;

  p.n = 0;
  for (i = 0; i < n && i < NTHREADS; i++)
    {
      if (pthread_create (&p.threads[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
	{
	  pool_destroy (&p);
	  return -1;
	}
      p.n++;
    }
  pool_destroy (&p);
  return 0;
}

/* The same pool, in the caller's memory.  */
int
pool_start (struct pool *p, struct arg *a, int n)
{
  int i;

  p->n = 0;
  for (i = 0; i < n && i < NTHREADS; i++)
    {
      if (pthread_create (&p->threads[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
	{
	  pool_destroy (p);
	  return -1;
	}
      p->n++;
    }
  return 0;
}

/* Create then join in the same iteration.  */
int
one_at_a_time (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    {
      if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
	return -1;
      pthread_join (t[i], NULL);
    }
  return 0;
}

/* The failure path hands the created ones to a function of another
   file.  */
extern void reap_threads (pthread_t *t, int n);

int
start_reap (struct arg *a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      {
	reap_threads (t, i);
	return -1;
      }
  reap_threads (t, i);
  return 0;
}

/* Returning from main ends the process.  */
int
main (int argc, char **argv)
{
  pthread_t t[NTHREADS];
  struct arg a[NTHREADS];
  int i;

  (void) argv;
  for (i = 0; i < argc && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, &a[i]) != 0) /* { dg-bogus "not joined" } */
      return 1;
  for (i = 0; i < argc && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}
