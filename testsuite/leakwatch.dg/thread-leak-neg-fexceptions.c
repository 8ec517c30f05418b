/* -Wthread-leak: with -fexceptions the result of a creation that may
   throw (thrd_create, a wrapper without nothrow) is copied in the block
   after the call; its failure path is still a failure path.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu11 -fexceptions" } */

#include <threads.h>
#include <pthread.h>
#include <leakwatch.h>

extern int job (void *);
extern void *worker (void *);
int spawn_thread (pthread_t *tid, void *(*fn) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);

int
c11_detached (void *arg)
{
  thrd_t t;
  if (thrd_create (&t, job, arg) != thrd_success) /* { dg-bogus "not joined" } */
    return -1;
  thrd_detach (t);
  return 0;
}

int
wrapper_joined (void *arg)
{
  pthread_t t;
  if (spawn_thread (&t, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  return pthread_join (t, NULL);
}
