/* -Wthread-arg-lifetime: creation wrappers, annotated or named with
   thread-api=: the thread's argument is the one after the start
   routine.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */
/* { dg-options "-fplugin-arg-leakwatch-thread-api=create:os_thread_start:2" } */

#include <pthread.h>
#include <leakwatch.h>

typedef void *(*thread_fn) (void *);
int spawn_thread (pthread_t *tid, thread_fn fn, void *arg)
  LEAKWATCH_THREAD_CREATE (1);
int spawn_named (const char *name, pthread_t *tid, thread_fn fn, void *arg)
  LEAKWATCH_THREAD_CREATE (2);
int os_thread_start (int prio, pthread_t *tid, void (*entry) (void *),
		     void *arg);

extern void *worker (void *);
extern void entry (void *);

void
spawn_loop (int n)
{
  pthread_t t[4];
  int i;
  for (i = 0; i < n && i < 4; i++)
    spawn_thread (&t[i], worker, &i); /* { dg-warning "share .i., which the loop changes" } */
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

int
spawn_detached (void)
{
  pthread_t t;
  int level = 3;
  if (spawn_named ("bg", &t, worker, &level) != 0) /* { dg-warning "may use .level. after it goes out of scope" } */
    return -1;
  pthread_detach (t);
  return 0;
}

int
start_os_thread (void)
{
  pthread_t t;
  int flags = 0;
  if (os_thread_start (1, &t, entry, &flags) != 0) /* { dg-warning "may use .flags. after it goes out of scope" } */
    return -1;
  pthread_detach (t);
  return 0;
}
