/* -Wthread-leak: an attribute object set up by a function of another
   file, which may make it detached: a thread created with it is not
   known to need a join (mutation testing of thread-calls.c).  */
/* { dg-do compile } */

#include <pthread.h>

struct config;
extern int config_thread_attr (const struct config *cfg, pthread_attr_t *attr);
extern int thread_attr_apply (pthread_attr_t *attr, const char *spec);

static void *
worker (void *p)
{
  return p;
}

int
start_configured (const struct config *cfg, void *arg)
{
  pthread_t t;
  pthread_attr_t attr;
  int rc;

  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 256 * 1024);
  config_thread_attr (cfg, &attr);
  rc = pthread_create (&t, &attr, worker, arg); /* { dg-bogus "not joined" } */
  pthread_attr_destroy (&attr);
  return rc;
}

/* The same, the object as the first argument (which is not enough to
   be one of the pthread_attr_ functions).  */
int
start_spec (const char *spec, void *arg)
{
  pthread_t t;
  pthread_attr_t attr;
  int rc;

  pthread_attr_init (&attr);
  thread_attr_apply (&attr, spec);
  rc = pthread_create (&t, &attr, worker, arg); /* { dg-bogus "not joined" } */
  pthread_attr_destroy (&attr);
  return rc;
}

/* The detach state read from the configuration.  */
int
start_state (int state, void *arg)
{
  pthread_t t;
  pthread_attr_t attr;
  int rc;

  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, state);
  rc = pthread_create (&t, &attr, worker, arg); /* { dg-bogus "not joined" } */
  pthread_attr_destroy (&attr);
  return rc;
}

/* Joinable, as pthread_attr_init left it: the thread leaks.  */
int
start_sized (void *arg)
{
  pthread_t t;
  pthread_attr_t attr;
  int rc;

  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 256 * 1024);
  rc = pthread_create (&t, &attr, worker, arg); /* { dg-warning "thread .t. created here is not joined, detached or cancelled on every path" } */
  pthread_attr_destroy (&attr);
  return rc; /* { dg-message "the thread leaks when .start_sized. returns here" } */
}
