/* LEAKWATCH_ERROR makes a check an error in a region.  */
/* { dg-do compile } */

#include <pthread.h>
#include <leakwatch.h>

static void *work (void *arg) { return arg; }

#pragma GCC diagnostic push
LEAKWATCH_ERROR ("thread-leak")
void
strict (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-error "not joined, detached or cancelled on every path \\\[-Werror=thread-leak\\\]" } */
} /* { dg-message "note: the thread leaks when .strict. returns here" } */
#pragma GCC diagnostic pop

void
lenient (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "not joined, detached or cancelled on every path \\\[-Wthread-leak\\\]" } */
} /* { dg-message "note: the thread leaks when .lenient. returns here" } */
