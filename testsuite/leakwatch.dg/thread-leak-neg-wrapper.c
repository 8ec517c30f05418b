/* -Wthread-leak: annotated create and release wrappers used correctly,
   and a wrapper's own body.  */
/* { dg-do compile } */

#include <pthread.h>
#include <stdlib.h>
#include <leakwatch.h>

typedef pthread_t uvx_thread_t;
int uvx_thread_create (uvx_thread_t *tid, void (*entry) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);
int uvx_thread_join (uvx_thread_t *tid) LEAKWATCH_THREAD_RELEASE (1);

extern int open_device (const char *);

struct uvx_ctx
{
  void (*entry) (void *);
  void *arg;
};

static void *
uvx_trampoline (void *p)
{
  struct uvx_ctx c = *(struct uvx_ctx *) p;
  free (p);
  c.entry (c.arg);
  return NULL;
}

/* The wrapper itself, libuv-style: the handle goes to the caller through
   TID; the attribute object is local and joinable.  */
int
uvx_thread_create_impl (uvx_thread_t *tid, void (*entry) (void *), void *arg)
{
  struct uvx_ctx *ctx;
  pthread_attr_t attr;
  int err;

  ctx = (struct uvx_ctx *) malloc (sizeof *ctx);
  if (ctx == NULL)
    return -1;
  ctx->entry = entry;
  ctx->arg = arg;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 8 * 1024 * 1024);
  err = pthread_create (tid, &attr, uvx_trampoline, ctx); /* { dg-bogus "not joined" } */
  pthread_attr_destroy (&attr);
  if (err)
    free (ctx);
  return err;
}

static void
uv_entry (void *arg)
{
  (void) arg;
}

/* Joined through the release wrapper on every path.  */
int
run_device (const char *path, void *arg)
{
  uvx_thread_t tid;
  int fd;

  if (uvx_thread_create (&tid, uv_entry, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  fd = open_device (path);
  uvx_thread_join (&tid);
  return fd;
}

/* Created by the wrapper, joined with pthread_join.  */
int
run_plain_join (void *arg)
{
  uvx_thread_t tid;

  if (uvx_thread_create (&tid, uv_entry, arg) != 0) /* { dg-bogus "not joined" } */
    return -1;
  return pthread_join (tid, NULL);
}
