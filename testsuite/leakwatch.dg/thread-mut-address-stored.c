/* -Wthread-leak: the handle's address stored in a context the rest of
   the function works through (which may join the thread): not tracked,
   silent (mutation testing of check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *run (void *);

struct ctx
{
  pthread_t *worker;
  int state;
};
/* Serves requests; joins *C->worker when asked to stop.  */
extern void run_loop (struct ctx *c);

int
serve (struct ctx *c)
{
  pthread_t t;

  if (pthread_create (&t, NULL, run, c) != 0) /* { dg-bogus "not joined" } */
    return -1;
  c->worker = &t;
  run_loop (c);
  c->worker = NULL;
  return 0;
}
