/* -Wthread-leak: a handle's address compared with a pointer in a
   condition, the two threads then joined through pointers: untracked,
   silent (mutation testing of check-thread-leak.c: the mutant read a
   handle's state as an attribute object's, an ICE).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *run (void *);
extern int pick (void);

int
join_in_either_order (void)
{
  pthread_t a, b;

  if (pthread_create (&a, NULL, run, 0) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (pthread_create (&b, NULL, run, 0) != 0) /* { dg-bogus "not joined" } */
    {
      pthread_join (a, NULL);
      return -1;
    }
  pthread_t *first = pick () ? &a : &b;
  pthread_t *second = first == &a ? &b : &a;
  pthread_join (*first, NULL);
  pthread_join (*second, NULL);
  return 0;
}
