/* -Wthread-leak: the result of the creation stored in memory before it
   is tested (errno, a status field, a global) still marks the failure
   path.  */
/* { dg-do compile } */

#include <errno.h>
#include <pthread.h>

struct job
{
  int err;
  int id;
};

int last_error;

static void *
run (void *arg)
{
  return arg;
}

int
start_errno (struct job *j)
{
  pthread_t t;
  if ((errno = pthread_create (&t, NULL, run, j)) != 0) /* { dg-bogus "not joined" } */
    return -1;
  return pthread_join (t, NULL);
}

int
start_status_field (struct job *j)
{
  pthread_t t;
  j->err = pthread_create (&t, NULL, run, j); /* { dg-bogus "not joined" } */
  if (j->err)
    return -1;
  return pthread_join (t, NULL);
}

int
start_global_status (struct job *j)
{
  pthread_t t;
  last_error = pthread_create (&t, NULL, run, j); /* { dg-bogus "not joined" } */
  if (last_error != 0)
    return -1;
  pthread_join (t, NULL);
  return 0;
}

/* The status is tested, but the success path still drops the thread.  */
int
start_status_leak (struct job *j)
{
  pthread_t t;
  j->err = pthread_create (&t, NULL, run, j); /* { dg-warning "not joined, detached or cancelled" } */
  if (j->err)
    return -1;
  return j->id; /* { dg-message "note: the thread leaks when .start_status_leak. returns here" } */
}
