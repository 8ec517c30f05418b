/* error=CHECK makes one check an error without -Werror.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-error=thread-leak" } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-error "not joined, detached or cancelled on every path \\\[-Werror=thread-leak\\\]" } */
} /* { dg-message "note: the thread leaks when .fire_and_forget. returns here" } */
