/* The thread functions declared without a prototype (old-style, before
   C23) and called with too few arguments: not creations or joins, and
   no argument past the last is looked at (without the argument counts
   of lw_thread_creation_call, the plugin crashes here).  */
/* { dg-do compile } */
/* { dg-options "-std=gnu17 -w" } */

typedef unsigned long pthread_t;
int pthread_create ();
int thrd_create ();
int pthread_join ();

int
too_few (void)
{
  pthread_t t;
  if (pthread_create (&t) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (thrd_create (&t) != 0) /* { dg-bogus "not joined" } */
    return -1;
  pthread_join ();
  return 0;
}
