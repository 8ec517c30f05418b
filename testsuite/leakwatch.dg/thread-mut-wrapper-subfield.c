/* -Wthread-leak: a wrapper's struct handle kept in a field of a local
   struct, joined through the pthread_t inside it: the join reads a
   sub-field of the tracked field (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <leakwatch.h>

struct th
{
  pthread_t id;
  int flags;
};
extern int th_start (struct th *h, void *(*fn) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);
extern void *work (void *);
extern int cond (void);

struct worker
{
  struct th h;
  int jobs;
};

int
worker_joined (void *arg)
{
  struct worker w;
  w.jobs = 0;
  if (th_start (&w.h, work, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  return pthread_join (w.h.id, NULL);
}

int
worker_joined_sometimes (void *arg)
{
  struct worker w;
  w.jobs = 0;
  if (th_start (&w.h, work, arg) != 0) /* { dg-warning "thread .w.h. created here is not joined, detached or cancelled on every path" } */
    return -1;
  if (cond ())
    return pthread_join (w.h.id, NULL);
  return 0;
}
