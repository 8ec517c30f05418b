/* -Wthread-leak: a thread joined on some paths but not on all of them.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

struct ctx
{
  int fd;
  int verbose;
  void *buf;
};

extern int load_config (struct ctx *);
extern int process_input (struct ctx *);

static void *
reader (void *arg)
{
  struct ctx *c = (struct ctx *) arg;
  return c->buf;
}

/* The early return after a successful create skips the join.  */
int
run_with_reader (struct ctx *c)
{
  pthread_t t;
  if (pthread_create (&t, NULL, reader, c) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  if (load_config (c) < 0)
    return -1;
  process_input (c);
  pthread_join (t, NULL);
  return 0;
}

/* "goto out" jumps over the join.  */
int
process_batch (struct ctx *c)
{
  pthread_t t;
  int ret = -1;

  if (pthread_create (&t, NULL, reader, c) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  if (load_config (c) < 0)
    goto out;
  if (process_input (c) < 0)
    goto out_join;
  ret = 0;
out_join:
  pthread_join (t, NULL);
out:
  return ret;
}

enum mode
{
  MODE_WAIT,
  MODE_BACKGROUND,
  MODE_OTHER
};

/* The default case returns without joining or detaching.  */
int
dispatch (struct ctx *c, enum mode m)
{
  pthread_t t;
  if (pthread_create (&t, NULL, reader, c) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  switch (m)
    {
    case MODE_WAIT:
      pthread_join (t, NULL);
      break;
    case MODE_BACKGROUND:
      pthread_detach (t);
      break;
    default:
      fprintf (stderr, "unknown mode %d\n", (int) m);
      return -1;
    }
  return 0;
}

/* Created unconditionally, joined only when an unrelated option is
   set.  */
int
start_and_maybe_wait (struct ctx *c)
{
  pthread_t t;
  if (pthread_create (&t, NULL, reader, c) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  process_input (c);
  if (c->verbose)
    pthread_join (t, NULL);
  return 0;
}

/* Created under one condition, joined under a different one.  */
int
maybe_background (struct ctx *c, int background, int wait)
{
  pthread_t t;
  if (background)
    {
      if (pthread_create (&t, NULL, reader, c) != 0) /* { dg-warning "not joined, detached or cancelled" } */
	return -1;
    }
  process_input (c);
  if (wait)
    pthread_join (t, NULL);
  return 0;
}
