/* -Wthread-leak: a thread's handle converted to a pointer and kept in a
   table by a function of another file: handed off (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdint.h>

extern void table_add (void *key);

static void *
run (void *p)
{
  return p;
}

int
start_tabled (void *arg)
{
  pthread_t t;

  if (pthread_create (&t, NULL, run, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  table_add ((void *) (uintptr_t) t);
  return 0;
}
