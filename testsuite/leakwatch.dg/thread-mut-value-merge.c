/* -Wthread-leak: the values of two handles merge (one join call in a
   loop picks either): both are given up on, silent (mutation testing of
   check-thread-leak.c).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *read_loop (void *);
extern void *write_loop (void *);

int
run_pair (void *arg)
{
  pthread_t reader, writer;

  if (pthread_create (&reader, NULL, read_loop, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (pthread_create (&writer, NULL, write_loop, arg) != 0) /* { dg-bogus "not joined" } */
    {
      pthread_cancel (reader);
      pthread_join (reader, NULL);
      return -1;
    }
  for (int i = 0; i < 2; i++)
    pthread_join (i == 0 ? reader : writer, NULL);
  return 0;
}
