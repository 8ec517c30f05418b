/* -Wthread-leak: joining a thread whose start routine can never finish
   (mutation testing of thread-calls.c): C11 threads, the older __sync
   builtins, a hint to the branch predictor; and a routine that calls a
   hook through a pointer, which may end the thread.  */
/* { dg-do compile } */

#include <threads.h>

static volatile int work_left;
static unsigned long ticks;
static void (*volatile hook) (void);

static int
tick_forever (void *arg) /* { dg-message "note: .tick_forever. is defined here" } */
{
  (void) arg;
  for (;;)
    __sync_fetch_and_add (&ticks, 1);
  return 0;
}

static int
wait_forever (void *arg) /* { dg-message "note: .wait_forever. is defined here" } */
{
  (void) arg;
  for (;;)
    if (__builtin_expect (work_left != 0, 0))
      work_left = 0;
  return 0;
}

static int
run_hooks (void *arg)
{
  (void) arg;
  for (;;)
    hook ();
  return 0;
}

int
run_ticker (void)
{
  thrd_t t;
  int res;
  if (thrd_create (&t, tick_forever, NULL) != thrd_success)
    return -1;
  return thrd_join (t, &res); /* { dg-warning ".thrd_join. on thread .t. never returns: its start routine .tick_forever. never returns and has no cancellation point" } */
}

int
run_waiter (void)
{
  thrd_t t;
  int res;
  if (thrd_create (&t, wait_forever, NULL) != thrd_success)
    return -1;
  return thrd_join (t, &res); /* { dg-warning ".thrd_join. on thread .t. never returns" } */
}

int
run_hooked (void)
{
  thrd_t t;
  int res;
  if (thrd_create (&t, run_hooks, NULL) != thrd_success)
    return -1;
  return thrd_join (t, &res); /* { dg-bogus "never returns" } */
}
