/* -Wthread-leak: an attribute object that is not local (a static one,
   given its detach state by another file's function): not known to be
   joinable, the creation is not checked (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *run (void *);
static pthread_attr_t attr;
/* Applies the configured stack size and detach state to ATTR.  */
extern void tune_attr (void);

int
spawn (void)
{
  pthread_t t;
  pthread_attr_init (&attr);
  tune_attr ();
  return pthread_create (&t, &attr, run, 0); /* { dg-bogus "not joined" } */
}

int
spawn_local (void)
{
  pthread_t t;
  pthread_attr_t a;
  pthread_attr_init (&a);
  pthread_attr_setstacksize (&a, 1 << 20);
  int rc = pthread_create (&t, &a, run, 0); /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
  pthread_attr_destroy (&a);
  return rc;
}
