/* The warning carries its name as GCC prints option names.  */
/* { dg-do compile } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path \\\[-Wthread-leak\\\]" } */
} /* { dg-message "note: the thread leaks when .fire_and_forget. returns here" } */
