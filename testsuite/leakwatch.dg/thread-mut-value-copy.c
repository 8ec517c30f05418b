/* -Wthread-leak: the handle's value copied from one local to another
   before it is detached (mutation testing of check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *serve (void *);
extern int stopping (void);

int
serve_detached (void *arg)
{
  pthread_t t;

  if (pthread_create (&t, NULL, serve, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  pthread_t server = t;
  pthread_t victim = server;
  return pthread_detach (victim);
}

int
serve_cancelled_sometimes (void *arg)
{
  pthread_t t;

  if (pthread_create (&t, NULL, serve, arg) != 0) /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
    return -1;
  pthread_t server = t;
  pthread_t victim = server;
  if (stopping ())
    pthread_cancel (victim);
  return 0;
}
