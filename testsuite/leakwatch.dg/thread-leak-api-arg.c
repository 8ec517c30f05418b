/* -Wthread-leak: user wrappers named with the thread-api= argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-thread-api=create:worker_spawn:2,join:worker_reap:1" } */

#include <pthread.h>

struct pool;
extern int worker_spawn (struct pool *p, pthread_t *out, void *(*fn) (void *));
extern int worker_reap (pthread_t t);
extern int worker_other (pthread_t *t);
extern int prepare (struct pool *p);

static void *
work (void *arg)
{
  return arg;
}

/* Created by the named wrapper, never reaped.  */
void
spawn_only (struct pool *p)
{
  pthread_t t;
  worker_spawn (p, &t, work); /* { dg-warning "not joined, detached or cancelled" } */
} /* { dg-message "note: the thread leaks when .spawn_only. returns here" } */

/* Reaped on one path only.  */
int
reap_late (struct pool *p)
{
  pthread_t t;
  if (worker_spawn (p, &t, work) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  if (prepare (p) < 0)
    return -1; /* { dg-message "note: the thread leaks when .reap_late. returns here" } */
  return worker_reap (t);
}

/* Reaped by the named wrapper on every path.  */
int
reap_always (struct pool *p)
{
  pthread_t t;
  if (worker_spawn (p, &t, work) != 0) /* { dg-bogus "not joined" } */
    return -1;
  int r = prepare (p);
  worker_reap (t);
  return r;
}

/* A function that is not named: the handle's address is handed off.  */
void
handed_off (struct pool *p)
{
  pthread_t t;
  worker_spawn (p, &t, work); /* { dg-bogus "not joined" } */
  worker_other (&t);
}
