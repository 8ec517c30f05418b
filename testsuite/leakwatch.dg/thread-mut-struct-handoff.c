/* -Wthread-leak: a thread handle in a field of a local struct, the
   whole struct then handed to a function of another file, by address
   or by value: a hand-off of the handle (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */

#include <pthread.h>

struct worker
{
  pthread_t tid;
  int id;
};

/* A pool whose main worker is a struct in it.  */
struct pool
{
  struct worker main;
  int n;
};

extern void worker_stop (struct worker *w);
extern void worker_keep (struct worker w);

static void *
run (void *p)
{
  return p;
}

int
worker_start_stop (int id)
{
  struct worker w;

  w.id = id;
  if (pthread_create (&w.tid, NULL, run, NULL) != 0) /* { dg-bogus "not joined" } */
    return -1;
  worker_stop (&w);
  return 0;
}

int
worker_start_keep (int id)
{
  struct worker w;

  w.id = id;
  if (pthread_create (&w.tid, NULL, run, NULL) != 0) /* { dg-bogus "not joined" } */
    return -1;
  worker_keep (w);
  return 0;
}

/* The struct holding the field holding the handle.  */
int
pool_start_stop (int id)
{
  struct pool p;

  p.n = 1;
  p.main.id = id;
  if (pthread_create (&p.main.tid, NULL, run, NULL) != 0) /* { dg-bogus "not joined" } */
    return -1;
  worker_stop (&p.main);
  return 0;
}
