/* -Wthread-leak: a handle passed by value to a function of the same file
   is handed off only if that function may keep or release it.  Each
   function's summary says what it does with its handle parameters: a
   helper that only logs, compares or copies the handle into a local does
   not join it; one that joins, detaches, cancels or stores it does, and
   so does any helper that cannot be summarised (recursive, weak, called
   through a pointer, passing the handle to an unknown function).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static void *
worker (void *arg)
{
  return arg;
}

static pthread_t saved;
static int verbose;
struct job
{
  pthread_t tid;
  int state;
};
extern int register_thread (pthread_t t);

/* Only prints the handle.  */
static void
log_thread (const char *what, pthread_t t)
{
  if (verbose)
    fprintf (stderr, "%s: thread %lu\n", what, (unsigned long) t);
}

/* Copies it into a local, compares it, signals it.  */
static int
is_self (pthread_t t)
{
  pthread_t copy = t;
  if (pthread_equal (copy, pthread_self ()))
    return 1;
  return pthread_kill (copy, 0) == 0 ? 0 : -1;
}

/* Only readers, one level down.  */
static void
trace_thread (pthread_t t)
{
  log_thread ("trace", t);
  (void) is_self (t);
}

static void later_logger (pthread_t t);

int
start_logged (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  log_thread ("started", t);
  return 0;
}

int
start_checked (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  if (is_self (t) < 0)
    return -1;
  pthread_join (t, NULL);
  return 0;
}

int
start_traced (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  trace_thread (t);
  return 0;
}

int
start_later (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  later_logger (t);
  return 0;
}

/* Defined after its caller: summarised first all the same.  */
static void
later_logger (pthread_t t)
{
  printf ("thread %lu\n", (unsigned long) t);
}

/* Negative cases.  */

static void
reap (pthread_t t)
{
  void *ret;
  pthread_join (t, &ret);
}

static int
stop (pthread_t t)
{
  pthread_cancel (t);
  return pthread_join (t, NULL);
}

static void
maybe_detach (pthread_t t, int background)
{
  log_thread ("maybe", t);
  if (background)
    pthread_detach (t);
}

static void
keep_global (pthread_t t)
{
  saved = t;
}

static void
keep_in (struct job *j, pthread_t t)
{
  j->tid = t;
  j->state = 1;
}

static pthread_t
identity (pthread_t t)
{
  return t;
}

static int
hand_on (pthread_t t)
{
  return register_thread (t);
}

/* A chain that ends in a join.  */
static void
reap_logged (pthread_t t)
{
  log_thread ("reaping", t);
  reap (t);
}

/* Recursive: not summarised.  */
static int
reap_after (pthread_t t, int n)
{
  if (n > 0)
    return reap_after (t, n - 1);
  return pthread_join (t, NULL);
}

static int
count_down (pthread_t t, int n)
{
  return n > 0 ? count_down (t, n - 1) : (int) (t & 1);
}

__attribute__ ((weak)) void
weak_logger (pthread_t t)
{
  printf ("%lu\n", (unsigned long) t);
}

static void (*logger_ptr) (pthread_t) = later_logger;

/* Stored atomically, or through a const function that returns it.  */
static pthread_t published;

static void
publish (pthread_t t)
{
  __atomic_store_n (&published, t, __ATOMIC_RELEASE);
}

static inline __attribute__ ((const)) pthread_t
same (pthread_t t)
{
  return t;
}

static void
keep_same (pthread_t t)
{
  saved = same (t);
}

int
start_reaped (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "joined by a helper" } */
    return -1;
  reap (t);
  return 0;
}

int
start_stopped (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "cancelled and joined by a helper" } */
    return -1;
  return stop (t);
}

int
start_maybe_detached (void *arg, int bg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "the helper may detach it" } */
    return -1;
  maybe_detach (t, bg);
  return 0;
}

int
start_saved (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "stored in a global" } */
    return -1;
  keep_global (t);
  return 0;
}

int
start_kept (struct job *j, void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "stored in a struct passed in" } */
    return -1;
  keep_in (j, t);
  return 0;
}

pthread_t
start_returned (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "returned through a helper" } */
    abort ();
  return identity (t);
}

int
start_handed_on (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "passed on to an unknown function" } */
    return -1;
  return hand_on (t);
}

int
start_reaped_logged (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "joined two calls down" } */
    return -1;
  reap_logged (t);
  return 0;
}

int
start_recursive (void *arg)
{
  pthread_t t, u;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "recursive helper: unknown" } */
    return -1;
  if (pthread_create (&u, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "recursive helper: unknown" } */
    return reap_after (t, 2);
  reap_after (t, 2);
  return count_down (u, 3);
}

int
start_weak (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "weak helper: unknown" } */
    return -1;
  weak_logger (t);
  return 0;
}

int
start_indirect (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "called through a pointer" } */
    return -1;
  logger_ptr (t);
  return 0;
}

int
start_published (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "stored by an atomic builtin" } */
    return -1;
  publish (t);
  return 0;
}

int
start_kept_same (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "returned by a const function, then stored" } */
    return -1;
  keep_same (t);
  return 0;
}
