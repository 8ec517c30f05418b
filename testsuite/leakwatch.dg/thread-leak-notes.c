/* -Wthread-leak: the notes show where the thread leaks.  */
/* { dg-do compile } */

#include <pthread.h>

static void *
work (void *arg)
{
  return arg;
}

extern int configure (void);
extern int next_job (void);

/* The return that skips the join.  */
int
early_return (void)
{
  pthread_t t;
  if (pthread_create (&t, NULL, work, NULL) != 0) /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
    return -1;
  if (configure () < 0)
    return -2; /* { dg-message "note: the thread leaks when .early_return. returns here" } */
  return pthread_join (t, NULL);
}

/* Falling off the end of a void function.  */
void
fall_off (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "not joined, detached or cancelled" } */
  configure ();
} /* { dg-message "note: the thread leaks when .fall_off. returns here" } */

/* A second creation into the same handle, with no release between.  */
void
twice (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "thread .t. created here is overwritten before it is joined, detached or cancelled" } */
  pthread_create (&t, NULL, work, NULL); /* { dg-message "note: .t. is overwritten by this creation" } */
  pthread_join (t, NULL);
}

/* Reused by every iteration, only the last one joined.  */
void
every_iteration (void)
{
  pthread_t t;
  while (next_job ())
    pthread_create (&t, NULL, work, NULL); /* { dg-warning "thread .t. created here is overwritten by the next iteration before it is joined, detached or cancelled" } */
  pthread_join (t, NULL);
}
