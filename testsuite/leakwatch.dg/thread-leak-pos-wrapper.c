/* -Wthread-leak: threads created by wrappers annotated with
   LEAKWATCH_THREAD_CREATE.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdlib.h>
#include <leakwatch.h>

/* A project's own thread API, as in a header.  */
typedef void *(*thread_fn) (void *);
int spawn_thread (pthread_t *tid, thread_fn fn, void *arg)
  LEAKWATCH_THREAD_CREATE (1);

/* libuv-style: the handle comes first, the entry point returns void.  */
typedef pthread_t uvx_thread_t;
int uvx_thread_create (uvx_thread_t *tid, void (*entry) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);
int uvx_thread_join (uvx_thread_t *tid) LEAKWATCH_THREAD_RELEASE (1);

extern int open_device (const char *);

static void *
poller (void *arg)
{
  return arg;
}

static void
uv_entry (void *arg)
{
  (void) arg;
}

/* The handle of the wrapper's thread is dropped.  */
int
start_poller (void *arg)
{
  pthread_t tid;
  if (spawn_thread (&tid, poller, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  return 0;
}

/* The early return skips the release wrapper.  */
int
run_device (const char *path, void *arg)
{
  uvx_thread_t tid;
  int fd;

  if (uvx_thread_create (&tid, uv_entry, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  fd = open_device (path);
  if (fd < 0)
    return -1;
  uvx_thread_join (&tid);
  return fd;
}
