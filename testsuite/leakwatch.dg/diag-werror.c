/* -Werror turns the warning into an error named like GCC's own.  */
/* { dg-do compile } */
/* { dg-options "-Werror" } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t; /* { dg-message "note:" } */
  pthread_create (&t, NULL, work, NULL); /* { dg-error "not joined, detached or cancelled \\\[-Werror=thread-leak\\\]" } */
}
