/* -Wthread-leak: a handle only tested is not handed off; the test of a
   handle against 0 after its creation succeeded is never true
   (mutation testing of check-thread-leak.c).  */
/* { dg-do compile } */

#include <pthread.h>

static void *
run (void *p)
{
  return p;
}

int
start_checked (void *arg)
{
  pthread_t t;

  if (pthread_create (&t, NULL, run, arg) != 0) /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
    return -1;
  if (!t)
    return -2;
  return 0; /* { dg-message "the thread leaks when .start_checked. returns here" } */
}
