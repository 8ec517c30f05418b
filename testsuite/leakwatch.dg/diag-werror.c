/* -Werror turns the warning into an error named like GCC's own.  */
/* { dg-do compile } */
/* { dg-options "-Werror" } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-error "not joined, detached or cancelled on every path \\\[-Werror=thread-leak\\\]" } */
} /* { dg-message "note: the thread leaks when .fire_and_forget. returns here" } */
