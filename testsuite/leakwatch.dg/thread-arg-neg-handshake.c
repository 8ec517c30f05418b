/* -Wthread-arg-lifetime: the start handshake.  After the creation and
   before the argument dies the creator blocks on something the thread
   signals: the thread has taken what it needs.  */
/* { dg-do compile } */

#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
#include <stdatomic.h>
#include <sched.h>

extern void *worker (void *);

struct start
{
  int id;
  sem_t taken;
};

void
with_semaphore (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct start s;
      pthread_t t;
      s.id = i;
      sem_init (&s.taken, 0, 0);
      if (pthread_create (&t, NULL, worker, &s) != 0) /* { dg-bogus "goes out of scope|share" } */
	break;
      pthread_detach (t);
      sem_wait (&s.taken);
      sem_destroy (&s.taken);
    }
}

static sem_t started;

void
loop_counter_semaphore (int n)
{
  pthread_t t[8];
  int i;
  for (i = 0; i < n && i < 8; i++)
    {
      pthread_create (&t[i], NULL, worker, &i); /* { dg-bogus "goes out of scope|share" } */
      sem_wait (&started);
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

static pthread_barrier_t barrier;

void
with_barrier (void)
{
  int config = 7;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &config) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  pthread_barrier_wait (&barrier);
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int taken;

void
with_condition (int id)
{
  pthread_t t;
  pthread_mutex_lock (&lock);
  taken = 0;
  if (pthread_create (&t, NULL, worker, &id) == 0) /* { dg-bogus "goes out of scope|share" } */
    {
      pthread_detach (t);
      while (!taken)
	pthread_cond_wait (&cond, &lock);
    }
  pthread_mutex_unlock (&lock);
}

void
with_pipe (int fds[2])
{
  int id = 3;
  char c;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &id) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  if (read (fds[0], &c, 1) != 1)
    return;
}

void
join_other_first (void)
{
  int a = 1, b = 2;
  pthread_t ta, tb;
  pthread_create (&ta, NULL, worker, &a); /* { dg-bogus "goes out of scope|share" } */
  pthread_create (&tb, NULL, worker, &b); /* { dg-bogus "goes out of scope|share" } */
  pthread_join (ta, NULL);
  pthread_join (tb, NULL);
}

static atomic_int ready;

void
spin_on_flag (void)
{
  int x = 9;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  while (!atomic_load (&ready))
    ;
}

/* A helper, defined elsewhere, whose name says it waits.  */
extern void wait_until_started (void);

void
named_wait (void)
{
  int x = 9;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  wait_until_started ();
}

/* A helper defined here that waits on the semaphore.  */
static void
take_turn (void)
{
  sem_wait (&started);
}

void
helper_waits (void)
{
  int x = 9;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  take_turn ();
}

/* Polling a flag the thread sets, sleeping in between.  */
struct job
{
  int id;
  volatile int started;
};

void
poll_started (int id)
{
  struct job j = { id, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &j) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  while (!j.started)
    usleep (100);
}

static int go_on;

void
poll_global (int id)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &id) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  while (!go_on)
    sched_yield ();
}
