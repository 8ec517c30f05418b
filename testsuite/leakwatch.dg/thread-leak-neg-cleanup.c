/* -Wthread-leak: joins done by a cleanup attribute, by a static helper
   of this file, or by a goto-style unwind.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

struct ctx
{
  int fd;
  void *buf;
};

extern int setup_device (struct ctx *);
extern int process_input (struct ctx *);

static void *
worker (void *arg)
{
  return arg;
}

/* systemd-style: the cleanup function joins the thread, if any, when
   the variable goes out of scope.  */
static void
thread_joinp (pthread_t *t)
{
  if (*t != 0)
    pthread_join (*t, NULL);
}
#define _cleanup_thread_ __attribute__ ((cleanup (thread_joinp)))

int
run_scoped (struct ctx *c)
{
  _cleanup_thread_ pthread_t t = 0;

  if (pthread_create (&t, NULL, worker, c) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (setup_device (c) < 0)
    return -1;
  return process_input (c);
}

/* A static helper receives the handle and joins it.  */
static int
stop_worker (pthread_t t)
{
  void *res;
  pthread_cancel (t);
  return pthread_join (t, &res);
}

int
run_with_helper (struct ctx *c)
{
  pthread_t t;

  if (pthread_create (&t, NULL, worker, c) != 0) /* { dg-bogus "not joined" } */
    return -1;
  if (process_input (c) < 0)
    {
      stop_worker (t);
      return -1;
    }
  return stop_worker (t);
}

/* A static helper receives a pointer to the handle.  */
static void
reap (pthread_t *t)
{
  pthread_join (*t, NULL);
}

int
run_with_reaper (struct ctx *c)
{
  pthread_t t;
  int ret;

  if (pthread_create (&t, NULL, worker, c) != 0) /* { dg-bogus "not joined" } */
    return -1;
  ret = process_input (c);
  reap (&t);
  return ret;
}

/* Kernel-style unwinding: each label undoes one step.  */
int
open_ctx (struct ctx *c)
{
  pthread_t t;

  c->buf = malloc (4096);
  if (c->buf == NULL)
    return -1;
  if (pthread_create (&t, NULL, worker, c) != 0) /* { dg-bogus "not joined" } */
    goto err_free;
  if (setup_device (c) < 0)
    goto err_join;
  if (process_input (c) < 0)
    goto err_join;
  pthread_join (t, NULL);
  free (c->buf);
  return 0;

err_join:
  pthread_cancel (t);
  pthread_join (t, NULL);
err_free:
  fprintf (stderr, "open_ctx failed\n");
  free (c->buf);
  c->buf = NULL;
  return -1;
}
