/* -Wthread-leak: the handle's address tested against NULL before the
   creation is still tracked: the leak is reported (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stddef.h>

extern void *run (void *);

int
start_checked_out (void *arg)
{
  pthread_t t;
  pthread_t *out = &t;

  if (out == NULL)
    return -1;
  if (pthread_create (out, NULL, run, arg) != 0) /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
    return -1;
  return 0;
}
