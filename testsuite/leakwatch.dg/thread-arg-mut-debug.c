/* -Wthread-arg-lifetime (mutation tests): with -g, debug statements
   mention the handle; they hand it to nobody.  */
/* { dg-do compile } */
/* { dg-options "-g" } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stddef.h>

extern void *worker (void *);
extern void log_line (int);

/* The handle kept in a local for the detach.  */
void
detach_by_name (void)
{
  int x = 1;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &x) != 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    return;
  pthread_t tid = t;
  pthread_detach (tid);
  log_line (1);
}

/* Created through a pointer to the handle.  */
void
created_through_pointer (void)
{
  int x = 1;
  pthread_t t, *tp = &t;
  if (pthread_create (tp, NULL, worker, &x) != 0) /* { dg-warning "may use .x. after it goes out of scope" } */
    return;
  pthread_detach (*tp);
  log_line (1);
}
