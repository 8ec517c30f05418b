/* -w silences leakwatch as it silences GCC.  */
/* { dg-do compile } */
/* { dg-options "-w" } */

#include <pthread.h>

static void *work (void *arg) { return arg; }

void
fire_and_forget (void)
{
  pthread_t t;
  pthread_create (&t, NULL, work, NULL); /* { dg-bogus "not joined" } */
}
