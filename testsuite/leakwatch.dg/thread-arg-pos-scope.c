/* -Wthread-arg-lifetime: the thread's argument is an automatic object
   whose scope ends on a path on which the thread has not been joined.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/socket.h>

extern void *serve (void *);
extern void *worker (void *);
extern int load_config (void *);

struct config
{
  int port;
  int verbose;
};

/* The accept loop: 'fd' dies at the end of each iteration while the
   detached thread may still read it.  */
void
accept_loop (int lsock)
{
  for (;;)
    {
      int fd = accept (lsock, NULL, NULL);
      pthread_t t;
      if (fd < 0)
	continue;
      if (pthread_create (&t, NULL, serve, &fd) != 0) /* { dg-warning "the thread created here may use .fd. after it goes out of scope" } */
	{
	  close (fd);
	  continue;
	}
      pthread_detach (t);
    }
}

/* Detached, and the function returns.  */
int
start_server (void)
{
  struct config cfg;
  pthread_t t;
  if (load_config (&cfg) < 0)
    return -1;
  if (pthread_create (&t, NULL, serve, &cfg) != 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
    return -1;
  pthread_detach (t);
  return 0;
}

/* The handle escapes to the caller: the thread is not joined before the
   return.  */
struct server
{
  pthread_t thread;
};

int
server_start (struct server *s)
{
  struct config cfg = { 80, 0 };
  return pthread_create (&s->thread, NULL, serve, &cfg.port); /* { dg-warning "may use .cfg. after it goes out of scope" } */
}

/* An inner block ends before the join.  */
void
inner_block (void)
{
  pthread_t t;
  {
    int x = 42;
    pthread_create (&t, NULL, worker, &x); /* { dg-warning "may use .x. after it goes out of scope" } */
  }
  pthread_join (t, NULL);
}

/* Through a local pointer.  */
void
through_pointer (int verbose)
{
  struct config cfg = { 0, verbose };
  void *arg = &cfg;
  pthread_t t;
  if (pthread_create (&t, NULL, serve, arg) == 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
    pthread_detach (t);
}

/* An element of a local array, the threads detached.  */
void
detached_slots (int n)
{
  int ids[16];
  for (int i = 0; i < n && i < 16; i++)
    {
      pthread_t t;
      ids[i] = i;
      if (pthread_create (&t, NULL, worker, &ids[i]) == 0) /* { dg-warning "may use .ids. after it goes out of scope" } */
	pthread_detach (t);
    }
}

/* A parameter's address.  */
void
param_address (int level)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &level) == 0) /* { dg-warning "may use .level. after it goes out of scope" } */
    pthread_detach (t);
}

/* Joined on one path only.  */
int
early_exit (int fast)
{
  struct config cfg = { 0, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, serve, &cfg) != 0) /* { dg-warning "may use .cfg. after it goes out of scope" } */
    return -1;
  if (fast)
    {
      pthread_detach (t);
      return 1;
    }
  pthread_join (t, NULL);
  return 0;
}

/* A thread created detached.  */
void
created_detached (void)
{
  pthread_attr_t attr;
  pthread_t t;
  int x = 1;
  pthread_attr_init (&attr);
  pthread_attr_setdetachstate (&attr, PTHREAD_CREATE_DETACHED);
  pthread_create (&t, &attr, worker, &x); /* { dg-warning "may use .x. after it goes out of scope" } */
  pthread_attr_destroy (&attr);
}

/* Leaving the scope with goto.  */
int
goto_out (int n)
{
  pthread_t t;
  int r = 0;
  {
    int v = n;
    if (pthread_create (&t, NULL, worker, &v) != 0) /* { dg-warning "may use .v. after it goes out of scope" } */
      return -1;
    if (n > 3)
      goto out;
    pthread_join (t, NULL);
    r = v;
  }
  return r;
out:
  pthread_detach (t);
  return -1;
}
