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
  pthread_t t; /* { dg-message "note:" } */
  pthread_create (&t, NULL, work, NULL); /* { dg-error "not joined, detached or cancelled \\\[-Werror=thread-leak\\\]" } */
}
#pragma GCC diagnostic pop

void
lenient (void)
{
  pthread_t t; /* { dg-message "note:" } */
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "not joined, detached or cancelled \\\[-Wthread-leak\\\]" } */
}
