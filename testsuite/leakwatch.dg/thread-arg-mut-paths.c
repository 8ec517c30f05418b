/* -Wthread-arg-lifetime (mutation tests): what ends a path from the
   creation, and what counts as a change of the object.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <semaphore.h>
#include <stddef.h>
#include <unistd.h>

#define N 8

extern void *worker (void *);
extern void *serve (void *);
extern void log_line (int);
extern int poll_pool (void);

struct pool
{
  pthread_t t[N];
  int n;
};

/* The handles are in the caller's pool: a later loop that calls out may
   join them, and a path that skips its body created no thread.  */
int
pool_start (struct pool *p, int rounds)
{
  int cfg = 1;
  if (pthread_create (&p->t[0], NULL, worker, &cfg) != 0) /* { dg-bogus "goes out of scope|share" } */
    return -1;
  p->n = 1;
  for (int i = 0; i < rounds; i++)
    poll_pool ();
  return 0;
}

/* A local handle, detached: a later loop of calls that cannot reach it
   joins nothing.  */
void
start_then_log (int n)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) == 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    pthread_detach (t);
  for (int i = 0; i < n; i++)
    log_line (i);
}

/* The handle in the caller's pool, and a later loop without a call:
   nothing there can join it.  */
int
pool_start_sum (struct pool *p, const int *v, int n)
{
  int cfg = 1, sum = 0;
  if (pthread_create (&p->t[0], NULL, worker, &cfg) != 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
    return -1;
  for (int i = 0; i < n; i++)
    sum += v[i];
  return sum;
}

/* The loop that creates the threads also sleeps now and then: its
   header is not a join of the threads it created.  */
void
start_throttled (int n)
{
  int cfg = 1;
  for (int i = 0; i < n; i++)
    {
      pthread_t t;
      if (pthread_create (&t, NULL, worker, &cfg) != 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
	break;
      pthread_detach (t);
      if (i % 4 == 3)
	usleep (1000);
    }
}

/* Spinning on a plain flag, pausing first: the asm may wait for
   anything.  */
static int started;
void
spin_pause (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  do
    __asm__ __volatile__ ("pause" ::: "memory");
  while (!started);
}

/* Two threads per round, both given the counter: each is reported, the
   other creation does not end the path.  */
void
pairs (int n)
{
  pthread_t a[N], b[N];
  int i;
  for (i = 0; i < n && i < N; i++)
    {
      pthread_create (&a[i], NULL, worker, &i); /* { dg-warning "share .i., which the loop changes" } */
      pthread_create (&b[i], NULL, serve, &i); /* { dg-warning "share .i., which the loop changes" } */
    }
  while (i-- > 0)
    {
      pthread_join (a[i], NULL);
      pthread_join (b[i], NULL);
    }
}

/* The request goes to a function that may wait until the thread is
   done with it.  */
struct req
{
  int fd;
  int done;
};
extern void req_finish (struct req *);

void
handle_request (int fd)
{
  struct req r = { fd, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &r) != 0) /* { dg-bogus "goes out of scope|share" } */
    return;
  pthread_detach (t);
  req_finish (&r);
}

/* A store to a volatile flag is no wait.  */
static volatile int launched;
void
start_flagged (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) == 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    {
      pthread_detach (t);
      launched = 1;
    }
}

/* A counter of the threads started, not their argument, changes in the
   loop; and another field than the one the threads get.  */
static int nstarted;
struct server
{
  int port;
  int nthreads;
};

void
start_counted (int n)
{
  pthread_t t[N];
  int level = 3;
  struct server srv = { 80, 0 };
  int i;
  for (i = 0; i < n && i < N; i++)
    {
      if (pthread_create (&t[i], NULL, worker, &level) != 0) /* { dg-bogus "goes out of scope|share" } */
	break;
      nstarted++;
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
  for (i = 0; i < n && i < N; i++)
    {
      if (pthread_create (&t[i], NULL, serve, &srv.port) != 0) /* { dg-bogus "goes out of scope|share" } */
	break;
      srv.nthreads++;
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* The counter reset when the loop is left: that write comes back to no
   creation, the increment does.  */
extern int more_work (void);

void
reset_on_exit (void)
{
  pthread_t t[N];
  int i = 0, k = 0;
  for (;;)
    {
      pthread_create (&t[k++], NULL, worker, &i); /* { dg-warning "share .i., which the loop changes" } */
      if (k < N && more_work ())
	{
	  i++;
	  continue;
	}
      i = 0;
      break;
    }
  while (k-- > 0)
    pthread_join (t[k], NULL);
}
