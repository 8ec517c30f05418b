/* -Wthread-leak: thread handles passed by value to helpers of this
   file, scalars and array elements: a helper that joins releases, one
   that only prints, compares or copies into a local does not.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdio.h>

#define NTHREADS 8

static void *
worker (void *arg)
{
  return arg;
}

static int verbose;

/* Readers.  */
static void
print_thread (pthread_t t)
{
  printf ("thread %lu\n", (unsigned long) t);
}

static int
same_thread (pthread_t a, pthread_t b)
{
  pthread_t local = a;
  if (verbose)
    print_thread (local);
  return pthread_equal (local, b);
}

/* Releasers.  */
static void
reap (pthread_t t)
{
  pthread_join (t, NULL);
}

static int
reap_if (pthread_t t, int wait)
{
  if (wait)
    return pthread_join (t, NULL);
  return pthread_detach (t);
}

/* A copy into a local struct of the helper, only printed: a reader (the
   summaries follow a value through a local aggregate whose address is
   never taken: summary-slots.c).  */
struct rec
{
  pthread_t t;
  int n;
};

static void
print_rec (pthread_t t)
{
  struct rec r;
  r.t = t;
  r.n = 1;
  printf ("%lu %d\n", (unsigned long) r.t, r.n);
}

int
scalar_printed (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  print_thread (t);
  return 0;
}

int
scalar_compared (void *arg, pthread_t other)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  if (same_thread (t, other))
    return 1;
  reap (t);
  return 0;
}

int
scalar_copied_to_local_struct (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" "a local of the helper" } */
    return -1;
  print_rec (t);
  return 0;
}

int
scalar_reaped (void *arg, int wait)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (wait)
    reap (t);
  else
    reap_if (t, 0);
  return 0;
}

/* Arrays: the join loops call the helpers.  */
int
array_reaped (void *arg, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
      {
	while (i--)
	  reap (t[i]);
	return -1;
      }
  for (i = 0; i < n && i < NTHREADS; i++)
    reap_if (t[i], 1);
  return 0;
}

int
array_printed_on_failure (void *arg, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    if (pthread_create (&t[i], NULL, worker, arg) != 0) /* { dg-warning "in earlier iterations are not joined" } */
      {
	while (i--)
	  print_thread (t[i]);
	return -1;
      }
  for (i = 0; i < n && i < NTHREADS; i++)
    reap (t[i]);
  return 0;
}

void
array_only_printed (void *arg, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_create (&t[i], NULL, worker, arg); /* { dg-warning "threads created here into .t. are not joined" } */
  for (i = 0; i < n && i < NTHREADS; i++)
    print_thread (t[i]);
}

/* Through a local struct or array of the helper to a join: releasers;
   a struct handed on whole is not followed (kept: silent).  */
static void
reap_rec (pthread_t t)
{
  struct rec r = { 0 };
  r.t = t;
  r.n = 2;
  pthread_join (r.t, NULL);
}

static void
reap_arr (pthread_t t)
{
  pthread_t a[2];
  a[0] = t;
  a[1] = t;
  pthread_join (a[1], NULL);
}

extern void queue_rec (struct rec r);

static void
queue_thread (pthread_t t)
{
  struct rec r;
  r.t = t;
  r.n = 3;
  queue_rec (r);
}

int
scalar_reaped_through_struct (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  reap_rec (t);
  return 0;
}

int
scalar_reaped_through_array (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  reap_arr (t);
  return 0;
}

int
scalar_queued_in_struct (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  queue_thread (t);
  return 0;
}
