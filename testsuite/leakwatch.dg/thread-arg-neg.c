/* -Wthread-arg-lifetime: arguments that live long enough, and what the
   analysis cannot follow, stay silent.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <leakwatch.h>

#define N 8

extern void *worker (void *);
extern int load (void *);

/* Heap: one object per thread, freed by the thread.  */
int
heap_per_thread (int n)
{
  for (int i = 0; i < n; i++)
    {
      pthread_t t;
      int *arg = malloc (sizeof *arg);
      if (!arg)
	return -1;
      *arg = i;
      if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "goes out of scope|share" } */
	{
	  free (arg);
	  return -1;
	}
      pthread_detach (t);
    }
  return 0;
}

/* Static and file-scope objects.  */
static int counter;
static struct
{
  int port;
} settings;

void
static_objects (void)
{
  static int level = 3;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &level) == 0) /* { dg-bogus "goes out of scope|share" } */
    pthread_detach (t);
  if (pthread_create (&t, NULL, worker, &counter) == 0) /* { dg-bogus "goes out of scope|share" } */
    pthread_detach (t);
  if (pthread_create (&t, NULL, worker, &settings.port) == 0) /* { dg-bogus "goes out of scope|share" } */
    pthread_detach (t);
}

/* An array of per-thread slots, joined by a later loop.  */
struct slot
{
  int id;
  long result;
};

long
slots_joined (int n)
{
  pthread_t t[N];
  struct slot s[N];
  long sum = 0;
  int i;
  if (n > N)
    n = N;
  for (i = 0; i < n; i++)
    {
      s[i].id = i;
      s[i].result = 0;
      pthread_create (&t[i], NULL, worker, &s[i]); /* { dg-bogus "goes out of scope|share" } */
    }
  for (i = 0; i < n; i++)
    {
      pthread_join (t[i], NULL);
      sum += s[i].result;
    }
  return sum;
}

/* The same with ids in an int array and the count kept apart.  */
void
ids_joined (int n)
{
  pthread_t t[N];
  int ids[N];
  int started = 0;
  for (int i = 0; i < n && i < N; i++)
    {
      ids[i] = i;
      if (pthread_create (&t[started], NULL, worker, &ids[i]) != 0) /* { dg-bogus "goes out of scope|share" } */
	break;
      started++;
    }
  while (started > 0)
    pthread_join (t[--started], NULL);
}

/* A local joined on every path before its scope ends.  */
int
joined_every_path (int fast)
{
  struct
  {
    int a, b;
  } args = { 1, 2 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &args) != 0) /* { dg-bogus "goes out of scope|share" } */
    return -1;
  if (fast)
    {
      pthread_join (t, NULL);
      return 1;
    }
  pthread_join (t, NULL);
  return 0;
}

/* Create and join in the same iteration.  */
void
join_each (int n)
{
  for (int i = 0; i < n; i++)
    {
      pthread_t t;
      pthread_create (&t, NULL, worker, &i); /* { dg-bogus "goes out of scope|share" } */
      pthread_join (t, NULL);
    }
}

/* Values passed by value, cast to void *.  */
void
by_value (int n)
{
  for (int i = 0; i < n; i++)
    {
      pthread_t t;
      if (pthread_create (&t, NULL, worker, (void *) (intptr_t) i) == 0) /* { dg-bogus "goes out of scope|share" } */
	pthread_detach (t);
    }
}

/* The failure path has no thread.  */
int
failure_path (void)
{
  int x = 0;
  pthread_t t;
  int r = pthread_create (&t, NULL, worker, &x); /* { dg-bogus "goes out of scope|share" } */
  if (r != 0)
    return r;
  pthread_join (t, NULL);
  return x;
}

/* Returning from main ends the process.  */
int
main (void)
{
  int x = 0;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return 1;
  pthread_detach (t);
  return 0;
}

/* The handle goes to a function that may join it.  */
extern void wait_for (pthread_t *);
void
joined_elsewhere (void)
{
  int x = 1;
  pthread_t t;
  pthread_create (&t, NULL, worker, &x); /* { dg-bogus "goes out of scope|share" } */
  wait_for (&t);
}

/* The handle is stored in a struct whose owner may join it.  */
struct pool
{
  pthread_t tid;
};
extern void pool_stop (struct pool *);
void
joined_by_owner (struct pool *p)
{
  int x = 1;
  pthread_create (&p->tid, NULL, worker, &x); /* { dg-bogus "goes out of scope|share" } */
  pool_stop (p);
}

/* The argument's address goes to another function afterwards: it may
   wait for the thread.  */
struct ctx
{
  int ready;
  int value;
};
extern void wait_ready (struct ctx *);
void
handshake_through_arg (void)
{
  struct ctx c = { 0, 5 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &c) == 0) /* { dg-bogus "goes out of scope|share" } */
    {
      pthread_detach (t);
      wait_ready (&c);
    }
}

/* A shared context written under a lock in the loop.  */
struct shared
{
  pthread_mutex_t lock;
  int started;
  int stop;
};
void
shared_under_lock (int n)
{
  pthread_t t[N];
  struct shared s;
  int i;
  pthread_mutex_init (&s.lock, NULL);
  s.started = 0;
  s.stop = 0;
  for (i = 0; i < n && i < N; i++)
    {
      pthread_create (&t[i], NULL, worker, &s); /* { dg-bogus "goes out of scope|share" } */
      pthread_mutex_lock (&s.lock);
      s.started++;
      pthread_mutex_unlock (&s.lock);
    }
  s.stop = 1;
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* A pool object holding its own handles, counted by the loop; the
   start routine never reads the count.  */
struct tpool
{
  pthread_t threads[N];
  int nthreads;
  int queue;
};

static void *
pool_worker (void *p)
{
  struct tpool *pool = (struct tpool *) p;
  return (void *) (intptr_t) pool->queue;
}

void
pool_counted (void)
{
  struct tpool pool;
  pool.nthreads = 0;
  pool.queue = 0;
  for (int i = 0; i < N; i++)
    {
      if (pthread_create (&pool.threads[i], NULL, pool_worker, &pool) != 0) /* { dg-bogus "goes out of scope|share" } */
	break;
      pool.nthreads++;
    }
  for (int i = 0; i < pool.nthreads; i++)
    pthread_join (pool.threads[i], NULL);
}

/* Either of two objects: not followed.  */
void
either (int c)
{
  int a = 1, b = 2;
  pthread_t t;
  void *arg = c ? (void *) &a : (void *) &b;
  if (pthread_create (&t, NULL, worker, arg) == 0) /* { dg-bogus "goes out of scope|share" } */
    pthread_join (t, NULL);
}

/* The start routine, defined here, never reads its argument.  */
static void *
ignores_arg (void *p)
{
  (void) p;
  puts ("tick");
  return NULL;
}

void
ignored_argument (void)
{
  int unused = 0;
  pthread_t t;
  if (pthread_create (&t, NULL, ignores_arg, &unused) == 0) /* { dg-bogus "goes out of scope|share" } */
    pthread_detach (t);
}

/* Another thread's argument is written after this one's is joined.  */
void
sequential (void)
{
  int x;
  pthread_t t;
  x = 1;
  pthread_create (&t, NULL, worker, &x); /* { dg-bogus "goes out of scope|share" } */
  pthread_join (t, NULL);
  x = 2;
  pthread_create (&t, NULL, worker, &x); /* { dg-bogus "goes out of scope|share" } */
  pthread_join (t, NULL);
}

/* A stop flag written after the loop, not in it.  */
void
stop_flag (void)
{
  pthread_t t[N];
  volatile int stop = 0;
  int go = 1;
  for (int i = 0; i < N; i++)
    pthread_create (&t[i], NULL, worker, &go); /* { dg-bogus "goes out of scope|share" } */
  go = 0;
  stop = 1;
  for (int i = 0; i < N; i++)
    pthread_join (t[i], NULL);
  (void) stop;
}

/* The thread ends the process (noreturn call on every path).  */
void
then_exit (void)
{
  int x = 1;
  pthread_t t;
  pthread_create (&t, NULL, worker, &x); /* { dg-bogus "goes out of scope|share" } */
  pthread_detach (t);
  pthread_exit (NULL);
}

/* Handles in a local pool joined by a function given the pool.  */
struct wpool
{
  pthread_t t[N];
  int n;
};
extern void wpool_join (struct wpool *);
extern void do_work (void);

void
pool_joined_by_helper (void)
{
  struct wpool p;
  int ids[N];
  p.n = 0;
  for (int i = 0; i < N; i++)
    {
      ids[i] = i;
      if (pthread_create (&p.t[i], NULL, worker, &ids[i]) != 0) /* { dg-bogus "goes out of scope|share" } */
	break;
      p.n++;
    }
  do_work ();
  wpool_join (&p);
}

/* A wrapper's failure path (with -fexceptions its result is copied
   before the test).  */
int spawn_thread (pthread_t *tid, void *(*fn) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);

int
wrapper_failure_path (void)
{
  int x = 1;
  pthread_t t;
  if (spawn_thread (&t, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return -1;
  pthread_join (t, NULL);
  return x;
}

/* A wrapper with no start routine among its arguments (it picks the
   routine itself): what its thread gets is unknown, not the argument
   after some function pointer, nor the handle.  */
int spawn_job (pthread_t *tid, int prio) LEAKWATCH_THREAD_CREATE (1);

int
wrapper_without_routine (void)
{
  pthread_t t;
  if (spawn_job (&t, 1) != 0) /* { dg-bogus "goes out of scope|share" } */
    return -1;
  pthread_detach (t);
  return 0;
}

/* A successful creation's handle is not 0, as -Wthread-leak knows: the
   join under "if (t)" is on every path.  */
int
joined_if_created (void)
{
  int x = 1;
  pthread_t t = 0;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return -1;
  if (t)
    pthread_join (t, NULL);
  return x;
}
