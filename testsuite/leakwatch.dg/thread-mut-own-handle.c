/* -Wthread-leak: the handle's address given to its own creation twice,
   as the handle and as the thread's argument (through one pointer): the
   thread may detach itself through it, a hand-off (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <semaphore.h>

/* Copies *(pthread_t *) SELF, posts TAKEN, detaches itself.  */
extern void *self_detaching (void *self);
extern sem_t taken;

int
spawn (void)
{
  pthread_t t, *tp = &t;
  int rc = pthread_create (tp, NULL, self_detaching, tp); /* { dg-bogus "not joined|goes out of scope" } */
  if (rc == 0)
    sem_wait (&taken);
  return rc;
}

int
spawn_direct (void)
{
  pthread_t t;
  int rc = pthread_create (&t, NULL, self_detaching, &t); /* { dg-bogus "not joined|goes out of scope" } */
  if (rc == 0)
    sem_wait (&taken);
  return rc;
}
