/* -Wthread-leak: a C11 thread that detaches itself first thing needs no
   join (mutation testing of thread-calls.c).  */
/* { dg-do compile } */

#include <stdio.h>
#include <threads.h>

static int
logger (void *arg)
{
  thrd_detach (thrd_current ());
  fputs ((const char *) arg, stderr);
  return 0;
}

int
log_async (const char *msg)
{
  thrd_t t;
  if (thrd_create (&t, logger, (void *) msg) != thrd_success) /* { dg-bogus "not joined" } */
    return -1;
  return 0;
}
