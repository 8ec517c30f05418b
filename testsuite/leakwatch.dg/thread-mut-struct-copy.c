/* -Wthread-leak: a local struct holding a handle copied whole to the
   caller's memory: handed off (mutation testing of check-thread-leak.c:
   the mutant followed the copy as a loaded value, an ICE).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *run (void *);

struct worker
{
  pthread_t tid;
  int id;
};

int
start_worker (struct worker *out, int id)
{
  struct worker w;
  w.id = id;
  if (pthread_create (&w.tid, NULL, run, out) != 0) /* { dg-bogus "not joined" } */
    return -1;
  *out = w;
  return 0;
}

int
start_worker_sometimes (struct worker *out, int id)
{
  struct worker w;
  w.id = id;
  if (pthread_create (&w.tid, NULL, run, out) != 0) /* { dg-warning "thread .w.tid. created here is not joined, detached or cancelled on every path" } */
    return -1;
  if (id > 0)
    *out = w;
  return 0;
}
