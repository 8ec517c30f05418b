/* -Wthread-leak: paths that end the process leak nothing.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

static void *
worker (void *arg)
{
  return arg;
}

extern int load_config (void *);
extern int serve_one (void);
extern void die (const char *) __attribute__ ((noreturn));

/* exit on a fatal error between create and join.  */
int
run_or_exit (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (load_config (arg) < 0)
    {
      fprintf (stderr, "bad configuration\n");
      exit (1);
    }
  pthread_join (t, NULL);
  return 0;
}

/* abort on an impossible state.  */
void
run_or_abort (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    abort ();
  if (load_config (arg) < 0)
    abort ();
  pthread_join (t, NULL);
}

/* A noreturn error function of the project.  */
void
run_or_die (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    die ("pthread_create");
  if (load_config (arg) < 0)
    die ("load_config");
  pthread_join (t, NULL);
}

/* A server loop that ends the process instead of returning.  */
void
serve_forever (void *arg)
{
  pthread_t stats;
  if (pthread_create (&stats, NULL, worker, arg) != 0) /* { dg-bogus "not joined" } */
    die ("pthread_create");
  while (serve_one () >= 0)
    ;
  exit (0);
}
