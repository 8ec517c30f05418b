/* -Wthread-leak: threads created one by one into a local array, the
   result of each creation tested by a switch; a failure returns without
   joining the threads of the earlier iterations.  */
/* { dg-do compile } */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>

#define NTHREADS 8

static void *
worker (void *p)
{
  return p;
}

int
start_switch (void **a, int n)
{
  pthread_t t[NTHREADS];
  int i;

  for (i = 0; i < n && i < NTHREADS; i++)
    switch (pthread_create (&t[i], NULL, worker, a[i])) /* { dg-warning "threads created here into .t. in earlier iterations are not joined, detached or cancelled when this creation fails" } */
      {
      case 0:
	break;
      case EAGAIN:
	fprintf (stderr, "worker %d: no resources\n", i);
	return -1; /* { dg-message "the threads created before leak when .start_switch. returns here" } */
      default:
	return -1;
      }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}

/* The same, joining the threads created before on failure.  */
int
start_switch_join (void **a, int n)
{
  pthread_t t[NTHREADS];
  int i, rc;

  for (i = 0; i < n && i < NTHREADS; i++)
    switch (rc = pthread_create (&t[i], NULL, worker, a[i])) /* { dg-bogus "not joined" } */
      {
      case 0:
	break;
      default:
	fprintf (stderr, "worker %d: %d\n", i, rc);
	while (i--)
	  pthread_join (t[i], NULL);
	return -1;
      }
  for (i = 0; i < n && i < NTHREADS; i++)
    pthread_join (t[i], NULL);
  return 0;
}
