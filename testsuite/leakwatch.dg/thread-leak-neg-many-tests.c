/* -Wthread-leak: a thread recorded in a flag and joined under a test of
   the flag far below, past many other conditions and merges.  Each path
   keeps a bounded number of facts; facts that no later test can use
   (the result of a call tested once, the PHIs of a return value) must
   not push out the flag's.  Reduced from scripts/gen-correct.py.  */
/* { dg-do compile } */

#include <pthread.h>

extern int cond (int);
extern void *worker (void *);
volatile int sink;

/* Twenty tests of call results between the flag and its test.  */
int
many_calls (void)
{
  pthread_t t;
  int started = 0;
  if (cond (0) && pthread_create (&t, NULL, worker, NULL) == 0) /* { dg-bogus "not joined" } */
    started = 1;
  if (cond (1))
    sink++;
  if (cond (2))
    sink++;
  if (cond (3))
    sink++;
  if (cond (4))
    sink++;
  if (cond (5))
    sink++;
  if (cond (6))
    sink++;
  if (cond (7))
    sink++;
  if (cond (8))
    sink++;
  if (cond (9))
    sink++;
  if (cond (10))
    sink++;
  if (cond (11))
    sink++;
  if (cond (12))
    sink++;
  if (cond (13))
    sink++;
  if (cond (14))
    sink++;
  if (cond (15))
    sink++;
  if (cond (16))
    sink++;
  if (cond (17))
    sink++;
  if (cond (18))
    sink++;
  if (cond (19))
    sink++;
  if (cond (20))
    sink++;
  if (started)
    pthread_join (t, NULL);
  return 0;
}

/* Fewer tests, inside a loop.  */
int
in_a_loop (void)
{
  pthread_t t;
  int started = 0;
  if (cond (0) && pthread_create (&t, NULL, worker, NULL) == 0) /* { dg-bogus "not joined" } */
    started = 1;
  for (int i = 0; i < 1; i++)
    {
      if (cond (1))
        sink++;
      if (cond (2))
        sink++;
      if (cond (3))
        sink++;
      if (cond (4))
        sink++;
      if (cond (5))
        sink++;
      if (cond (6))
        sink++;
      if (cond (7))
        sink++;
      if (cond (8))
        sink++;
      if (cond (9))
        sink++;
      if (cond (10))
        sink++;
      if (cond (11))
        sink++;
      if (cond (12))
        sink++;
      if (cond (13))
        sink++;
      if (cond (14))
        sink++;
    }
  if (started)
    pthread_join (t, NULL);
  return 0;
}

/* A return value set in twenty branches: twenty merges, never tested.  */
int
many_merges (void)
{
  pthread_t t;
  int started = 0, rc = 0;
  if (cond (0) && pthread_create (&t, NULL, worker, NULL) == 0) /* { dg-bogus "not joined" } */
    started = 1;
  if (sink == 0)
    rc = 1;
  if (sink == 1)
    rc = 2;
  if (sink == 2)
    rc = 3;
  if (sink == 3)
    rc = 4;
  if (sink == 4)
    rc = 5;
  if (sink == 5)
    rc = 6;
  if (sink == 6)
    rc = 7;
  if (sink == 7)
    rc = 8;
  if (sink == 8)
    rc = 9;
  if (sink == 9)
    rc = 10;
  if (sink == 10)
    rc = 11;
  if (sink == 11)
    rc = 12;
  if (sink == 12)
    rc = 13;
  if (sink == 13)
    rc = 14;
  if (sink == 14)
    rc = 15;
  if (sink == 15)
    rc = 16;
  if (sink == 16)
    rc = 17;
  if (sink == 17)
    rc = 18;
  if (sink == 18)
    rc = 19;
  if (sink == 19)
    rc = 20;
  if (started)
    pthread_join (t, NULL);
  return rc;
}
