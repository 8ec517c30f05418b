/* -Wthread-arg-lifetime: every thread created in a loop gets the address
   of one object that the loop changes (Go's loop-variable capture).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define N 8

extern void *worker (void *);
extern char *next_name (void);

/* The loop counter: all the threads share 'i'.  */
void
start_all (void)
{
  pthread_t t[N];
  int i;

  for (i = 0; i < N; i++)
    pthread_create (&t[i], NULL, worker, &i); /* { dg-warning "the threads created here share .i., which the loop changes while they may still read it" } */
  for (i = 0; i < N; i++)
    pthread_join (t[i], NULL);
}

/* The counter declared in the for statement, changed by its
   increment.  */
void
start_all_c99 (int n)
{
  pthread_t t[N];
  for (int k = 0; k < n && k < N; k++)
    pthread_create (&t[k], NULL, worker, &k); /* { dg-warning "share .k., which the loop changes" } */
  for (int k = 0; k < n && k < N; k++)
    pthread_join (t[k], NULL);
}

/* A variable the loop assigns before each creation.  */
void
start_named (void)
{
  pthread_t t[N];
  char *name;
  int n = 0;

  while (n < N && (name = next_name ()) != NULL)
    {
      if (pthread_create (&t[n], NULL, worker, &name) != 0) /* { dg-warning "share .name., which the loop changes" } */
	break;
      n++;
    }
  while (n-- > 0)
    pthread_join (t[n], NULL);
}

/* A struct filled in before each creation, whose field the start
   routine reads.  */
struct job
{
  int id;
  const char *path;
};

static void *
run_job (void *p)
{
  struct job *j = (struct job *) p;
  printf ("%d %s\n", j->id, j->path);
  return NULL;
}

void
start_jobs (const char **paths, int n)
{
  pthread_t t[N];
  struct job job;
  int i;

  for (i = 0; i < n && i < N; i++)
    {
      job.id = i;
      job.path = paths[i];
      pthread_create (&t[i], NULL, run_job, &job); /* { dg-warning "share .job., which the loop changes" } */
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* memset counts as a change.  */
void
start_cleared (const char **paths, int n)
{
  pthread_t t[N];
  struct job job;
  int i;

  for (i = 0; i < n && i < N; i++)
    {
      memset (&job, 0, sizeof job);
      job.id = i;
      pthread_create (&t[i], NULL, run_job, &job); /* { dg-warning "share .job., which the loop changes" } */
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* Detached threads in a loop: still the one counter.  */
void
start_detached (int n)
{
  for (int i = 0; i < n; i++)
    {
      pthread_t t;
      if (pthread_create (&t, NULL, worker, &i) == 0) /* { dg-warning "share .i., which the loop changes" } */
	pthread_detach (t);
    }
}

/* The creation in an inner loop that stops after it, the object
   written by the outer loop (a server's first free slot).  */
extern int accept_client (void);
static pthread_mutex_t clients_lock = PTHREAD_MUTEX_INITIALIZER;
static int clients[N];

void
first_free_slot (void)
{
  int fd;
  while ((fd = accept_client ()) >= 0)
    {
      pthread_mutex_lock (&clients_lock);
      for (int i = 0; i < N; i++)
	if (!clients[i])
	  {
	    pthread_t t;
	    clients[i] = fd;
	    if (pthread_create (&t, NULL, worker, &fd) == 0) /* { dg-warning "share .fd., which the loop changes" } */
	      pthread_detach (t);
	    break;
	  }
      pthread_mutex_unlock (&clients_lock);
    }
}
