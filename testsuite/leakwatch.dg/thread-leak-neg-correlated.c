/* -Wthread-leak: a thread created under a condition and joined under
   the same, unmodified, condition.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>

struct options
{
  int background;
  int nthreads;
};

static void *
worker (void *arg)
{
  return arg;
}

extern void do_work (void);

/* if (c) create ... if (c) join.  */
int
maybe_parallel (int parallel, void *arg)
{
  pthread_t t;
  if (parallel)
    {
      if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
	return -1;
    }
  do_work ();
  if (parallel)
    pthread_join (t, NULL);
  return 0;
}

/* The same comparison on a parameter.  */
void
maybe_helper (const struct options *o, void *arg)
{
  pthread_t helper;
  int n = o->nthreads;

  if (n > 1)
    pthread_create (&helper, NULL, worker, arg); /* { dg-bogus "not joined" } */
  do_work ();
  if (n > 1)
    pthread_join (helper, NULL);
}

/* A flag records that the thread was started.  */
void
maybe_background (const struct options *o, void *arg)
{
  pthread_t t;
  int have_thread = 0;

  if (o->background && pthread_create (&t, NULL, worker, arg) == 0) /* { dg-bogus "not joined" } */
    have_thread = 1;
  do_work ();
  if (have_thread)
    pthread_join (t, NULL);
}
