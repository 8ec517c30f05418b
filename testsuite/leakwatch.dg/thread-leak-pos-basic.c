/* -Wthread-leak: threads whose handle nothing joins, detaches or cancels.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdlib.h>

static void *
worker (void *arg)
{
  return arg;
}

/* The handle is never used again.  */
void
fire_and_forget (void *arg)
{
  pthread_t t;
  pthread_create (&t, NULL, worker, arg); /* { dg-warning "not joined, detached or cancelled" } */
}

/* The result is checked, but a successful create still drops the
   handle.  */
int
start_checked (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  return 0;
}

struct worker_info
{
  pthread_t tid;
  int id;
};

/* The handle lives in a local struct that dies with the function.  */
int
start_local_struct (int id)
{
  struct worker_info w;
  w.id = id;
  if (pthread_create (&w.tid, NULL, worker, NULL) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  return w.id;
}

/* Threads created in a loop into a local array that nothing joins.  */
int
start_array (int n)
{
  pthread_t t[8];
  int i;
  if (n > 8)
    n = 8;
  for (i = 0; i < n; i++)
    if (pthread_create (&t[i], NULL, worker, NULL) != 0) /* { dg-warning "not joined, detached or cancelled" } */
      return -1;
  return n;
}
