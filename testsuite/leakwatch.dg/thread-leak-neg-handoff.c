/* -Wthread-leak: the handle is handed to code that can join it later:
   stored in memory that outlives the function, passed on, or
   returned.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

static void *
worker (void *arg)
{
  return arg;
}

/* memcached-style pool: handles in a heap array of a heap object that
   the caller gets back; a failed start stops the workers already
   running.  */
struct pool
{
  int nthreads;
  pthread_t *threads;
};

struct pool *
pool_create (int n)
{
  struct pool *p;
  int i;

  p = (struct pool *) malloc (sizeof *p);
  if (p == NULL)
    return NULL;
  p->nthreads = n;
  p->threads = (pthread_t *) calloc (n, sizeof (pthread_t));
  if (p->threads == NULL)
    {
      free (p);
      return NULL;
    }
  for (i = 0; i < n; i++)
    if (pthread_create (&p->threads[i], NULL, worker, p) != 0) /* { dg-bogus "not joined" } */
      {
	while (i-- > 0)
	  {
	    pthread_cancel (p->threads[i]);
	    pthread_join (p->threads[i], NULL);
	  }
	free (p->threads);
	free (p);
	return NULL;
      }
  return p;
}

/* memcached's create_worker: the handle goes into the struct the
   argument points to; the attribute object is local and joinable.  */
struct worker_thread
{
  pthread_t thread_id;
  int notify_fd;
};

static void
create_worker (void *(*func) (void *), void *arg)
{
  pthread_attr_t attr;
  int ret;

  pthread_attr_init (&attr);
  if ((ret = pthread_create (&((struct worker_thread *) arg)->thread_id, &attr, func, arg)) != 0) /* { dg-bogus "not joined" } */
    {
      fprintf (stderr, "Can't create thread: %d\n", ret);
      exit (1);
    }
}

static struct worker_thread *workers;

void
start_workers (int n)
{
  int i;
  workers = (struct worker_thread *) calloc (n, sizeof (struct worker_thread));
  if (workers == NULL)
    exit (1);
  for (i = 0; i < n; i++)
    create_worker (worker, &workers[i]);
}

/* A global handle joined by a stop function.  */
static pthread_t maintenance_tid;
static volatile int do_run_maintenance = 1;

int
start_maintenance (void)
{
  return pthread_create (&maintenance_tid, NULL, worker, NULL); /* { dg-bogus "not joined" } */
}

void
stop_maintenance (void)
{
  do_run_maintenance = 0;
  pthread_join (maintenance_tid, NULL);
}

/* fio-style: the handle is stored in the job's struct, reached through
   a pointer, then detached.  */
struct thread_data
{
  pthread_t thread;
  int done;
};

int
run_job (struct thread_data *td)
{
  if (pthread_create (&td->thread, NULL, worker, td) != 0) /* { dg-bogus "not joined" } */
    {
      perror ("pthread_create");
      td->done = 1;
      return 1;
    }
  if (pthread_detach (td->thread) != 0)
    perror ("pthread_detach");
  return 0;
}

/* Copied to an out-parameter.  */
int
spawn_reader (pthread_t *out, void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  *out = t;
  return 0;
}

/* Returned.  */
pthread_t
start_background (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    abort ();
  return t;
}

/* The value is passed to a function of another file that keeps it.  */
extern int register_thread (pthread_t, const char *);

int
start_registered (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  return register_thread (t, "poller");
}

/* A local array passed to a function of another file that joins it.  */
extern void join_all (pthread_t *, int);

void
run_group (void *arg)
{
  pthread_t t[4];
  int i;

  for (i = 0; i < 4; i++)
    pthread_create (&t[i], NULL, worker, arg); /* { dg-bogus "not joined" } */
  join_all (t, 4);
}
