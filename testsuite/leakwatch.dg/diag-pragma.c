/* LEAKWATCH_IGNORE is scoped by #pragma GCC diagnostic push/pop.  */
/* { dg-do compile } */
/* { dg-options "-Wall -Wpragmas" } */

#include <pthread.h>
#include <leakwatch.h>

static void *work (void *arg) { return arg; }

void
before (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "not joined" } */
} /* { dg-message "note: the thread leaks when .before. returns here" } */

#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("thread-leak")
void
inside (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-bogus "not joined" } */
}
#pragma GCC diagnostic pop

void
after (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-warning "not joined" } */
} /* { dg-message "note: the thread leaks when .after. returns here" } */

#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("-Wthread-leak")
void
inside_dash_w (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-bogus "not joined" } */
}
#pragma GCC diagnostic pop
