/* no-error=CHECK keeps one check a warning under -Werror.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-leakwatch-no-error=thread-leak" } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "not joined, detached or cancelled on every path \\\[-Wthread-leak\\\]" } */
} /* { dg-message "note: the thread leaks when .fire_and_forget. returns here" } */
