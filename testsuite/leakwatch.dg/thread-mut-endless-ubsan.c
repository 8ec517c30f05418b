/* -Wthread-leak: a start routine that can never finish, built with
   UBSan: the overflow checks are internal calls, which end no thread
   (mutation testing of thread-calls.c).  */
/* { dg-do compile } */
/* { dg-options "-fsanitize=signed-integer-overflow" } */

#include <pthread.h>

static int total;

static void *
add_forever (void *arg) /* { dg-message "note: .add_forever. is defined here" } */
{
  int step = *(int *) arg;
  for (;;)
    __atomic_store_n (&total,
		      __atomic_load_n (&total, __ATOMIC_RELAXED) + step,
		      __ATOMIC_RELAXED);
  return arg;
}

int
run_adder (int *step)
{
  pthread_t t;
  if (pthread_create (&t, NULL, add_forever, step) != 0)
    return -1;
  return pthread_join (t, NULL); /* { dg-warning ".pthread_join. on thread .t. never returns: its start routine .add_forever. never returns and has no cancellation point" } */
}
