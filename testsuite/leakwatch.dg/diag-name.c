/* The warning carries its name as GCC prints option names.  */
/* { dg-do compile } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t; /* { dg-message "note: .t. declared here" } */
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "thread .t. created here is not joined, detached or cancelled \\\[-Wthread-leak\\\]" } */
}
