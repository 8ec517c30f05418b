/* -Wthread-leak: fio-style job threads in a local array; a failure half
   way through the start loop returns without joining the jobs already
   running.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

#define MAX_JOBS 16

struct thread_data
{
  int id;
  int error;
};

static void *
thread_main (void *data)
{
  struct thread_data *td = (struct thread_data *) data;
  td->error = 0;
  return NULL;
}

int
run_jobs (struct thread_data *tds, int n)
{
  pthread_t threads[MAX_JOBS];
  int i;

  if (n > MAX_JOBS)
    return -1;
  for (i = 0; i < n; i++)
    /* The threads of the earlier iterations are running.  */
    if (pthread_create (&threads[i], NULL, thread_main, &tds[i]) != 0) /* { dg-warning "in earlier iterations are not joined, detached or cancelled when this creation fails" } */
      {
	fprintf (stderr, "job %d: pthread_create failed\n", tds[i].id);
	return -1;
      }
  for (i = 0; i < n; i++)
    pthread_join (threads[i], NULL);
  return 0;
}
