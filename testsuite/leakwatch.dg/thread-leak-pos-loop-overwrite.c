/* -Wthread-leak: one handle reused by every iteration of a loop; only
   the last thread is joined.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdlib.h>

struct job
{
  int id;
  struct job *next;
};

static void *
run_job (void *arg)
{
  return arg;
}

extern struct job *queue_pop (void);

/* A for loop over an array of jobs.  */
void
run_all (struct job *jobs, int n)
{
  pthread_t t;
  int i;

  if (n <= 0)
    return;
  for (i = 0; i < n; i++)
    pthread_create (&t, NULL, run_job, &jobs[i]); /* { dg-warning "overwritten" } */
  pthread_join (t, NULL);
}

/* Draining a queue: one thread per job.  */
int
drain_queue (void)
{
  pthread_t t;
  struct job *j;
  int n = 0;

  while ((j = queue_pop ()) != NULL)
    {
      pthread_create (&t, NULL, run_job, j); /* { dg-warning "overwritten" } */
      n++;
    }
  if (n > 0)
    pthread_join (t, NULL);
  return n;
}
