/* -Wthread-arg-lifetime: the notes show where the argument changes or
   dies.  */
/* { dg-do compile } */

#include <pthread.h>

extern void *worker (void *);
extern int more (void);

void
counter (void)
{
  pthread_t t[4];
  int i;
  for (i = 0; i < 4; i++) /* { dg-message "note: .i. is changed here, before the next thread is created" } */
    pthread_create (&t[i], NULL, worker, &i); /* { dg-warning "the threads created here share .i., which the loop changes while they may still read it" } */
  for (i = 0; i < 4; i++)
    pthread_join (t[i], NULL);
}

int
returns (void)
{
  pthread_t t;
  int x = 1;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-warning "the thread created here may use .x. after it goes out of scope" } */
    return -1;
  pthread_detach (t);
  return 0; /* { dg-message "note: .x. dies when .returns. returns here" } */
}

void
falls_off (void)
{
  pthread_t t;
  int x = 1;
  if (pthread_create (&t, NULL, worker, &x) == 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    pthread_detach (t);
} /* { dg-message "note: .x. dies when .falls_off. returns here" } */

void
per_iteration (void)
{
  while (more ()) /* { dg-message "note: .fd. dies at the end of each iteration of this loop" } */
    {
      pthread_t t;
      int fd = more ();
      if (pthread_create (&t, NULL, worker, &fd) == 0) /* { dg-warning "may use .fd. after it goes out of scope" } */
	pthread_detach (t);
    }
}

void
block (void)
{
  pthread_t t;
  {
    int x = 42;
    pthread_create (&t, NULL, worker, &x); /* { dg-warning "may use .x. after it goes out of scope" } */
  }
  pthread_join (t, NULL); /* { dg-message "note: .x. is out of scope here" } */
}

int
leaves_by_goto (int n)
{
  pthread_t t;
  {
    int v = n;
    if (pthread_create (&t, NULL, worker, &v) != 0) /* { dg-warning "may use .v. after it goes out of scope" } */
      return -1;
    if (n > 3)
      goto out; /* { dg-message "note: .v. goes out of scope here" } */
    pthread_join (t, NULL);
  }
  return 0;
out:
  pthread_detach (t);
  return 1;
}
