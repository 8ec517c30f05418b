/* disable=CHECK turns one check off.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-disable=thread-leak" } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-bogus "not joined" } */
}
