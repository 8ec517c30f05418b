/* -Wthread-arg-lifetime (mutation tests): where the handle goes decides
   which calls may join the thread.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stddef.h>
#include <leakwatch.h>

#define N 8

extern void *worker (void *);
extern void *reaper (void *);
extern void log_line (int);
int spawn (pthread_t *tid, void *(*fn) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);
extern void table_add (void *);
extern void keep_handle (pthread_t);
extern void worker_join (pthread_t);

/* A handle in a static variable: any call may join it.  */
static pthread_t bg;
extern void shutdown_bg (void);

void
run_bg (void)
{
  int cfg = 1;
  if (pthread_create (&bg, NULL, worker, &cfg) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  shutdown_bg ();
}

/* A handle initialised to 0 first is still a local one.  */
void
zeroed_handle (void)
{
  int x = 1;
  pthread_t t = 0;
  if (pthread_create (&t, NULL, worker, &x) == 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    pthread_detach (t);
  log_line (1);
}

/* Tested, then detached: nobody else has it.  */
int
tested_handle (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    return -1;
  if (!t)
    return -2;
  pthread_detach (t);
  log_line (1);
  return 0;
}

/* The handle's value stored in a static, read through a pointer, or
   converted for a table: others may join the thread.  */
static pthread_t last;

void
handle_stored (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  last = t;
  log_line (1);
}

void
handle_through_pointer (void)
{
  int x = 1;
  pthread_t t, *tp = &t;
  if (pthread_create (tp, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  keep_handle (*tp);
}

void
handle_converted (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  table_add ((void *) t);
}

/* A reaper thread (started by a wrapper) gets the handle's value, or
   its address: the call after it joins nothing in the first case; in
   the second, the reaper itself gets a local that dies.  */
void
reaped_by_value (void)
{
  int x = 1;
  pthread_t t, r;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    return;
  if (spawn (&r, reaper, (void *) t) == 0)
    pthread_detach (r);
  log_line (1);
}

void
reaped_by_address (void)
{
  int x = 1;
  pthread_t t, r;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  if (pthread_create (&r, NULL, reaper, &t) == 0) /* { dg-warning "may use .t. after it goes out of scope" } */
    pthread_detach (r);
  log_line (1);
}

/* Joined on one path only: the other detaches, then calls out.  */
void
join_or_detach (int wait)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    return;
  if (wait)
    {
      worker_join (t);
      return;
    }
  pthread_detach (t);
  log_line (1);
}

/* Workers started through a wrapper, then more of them: the second loop
   is no join of the first.  */
void
two_batches (int n)
{
  int cfg = 1;
  pthread_t a[N], b[N];
  for (int i = 0; i < n && i < N; i++)
    if (spawn (&a[i], worker, &cfg) == 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
      pthread_detach (a[i]);
  for (int i = 0; i < n && i < N; i++)
    if (spawn (&b[i], reaper, NULL) == 0)
      pthread_detach (b[i]);
}

/* Started, then all detached by a later loop.  */
void
start_then_detach (int n)
{
  int cfg = 1;
  pthread_t t[N];
  int i;
  for (i = 0; i < n && i < N; i++)
    if (pthread_create (&t[i], NULL, worker, &cfg) != 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
      break;
  while (i-- > 0)
    pthread_detach (t[i]);
}

/* The struct holding the handle copied out to the caller: the caller
   may join the thread, not before 'x' dies.  */
struct wk
{
  pthread_t tid;
  int id;
};

int
start_worker (struct wk *out)
{
  int x = 1;
  struct wk w;
  w.id = 1;
  if (pthread_create (&w.tid, NULL, worker, &x) != 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    return -1;
  *out = w;
  return 0;
}

/* The handle's address given to a function whose name says nothing:
   it may join the thread.  */
extern void reap_later (pthread_t *);

void
handed_to_reaper (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  reap_later (&t);
}
