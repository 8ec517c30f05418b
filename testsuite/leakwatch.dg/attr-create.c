/* User wrappers annotated as creating or releasing a thread.  */
/* { dg-do compile } */

#include <pthread.h>
#include <leakwatch.h>

struct pool;
int pool_spawn (struct pool *p, pthread_t *out, void *(*fn) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (2);

static void *work (void *arg) { return arg; }

void
leaky (struct pool *p)
{
  pthread_t t;
  pool_spawn (p, &t, work, NULL); /* { dg-warning "not joined, detached or cancelled" } */
} /* { dg-message "note: the thread leaks when .leaky. returns here" } */
