/* -Wthread-leak: a wrapper whose handle is a struct (an aggregate
   handle: no "handle is not 0" fact can be tested on it).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <leakwatch.h>

struct th
{
  pthread_t id;
  int flags;
};
extern int th_start (struct th *h, void *(*fn) (void *), void *arg)
  LEAKWATCH_THREAD_CREATE (1);
extern int th_join (struct th h) LEAKWATCH_THREAD_RELEASE (1);
extern void *work (void *);
extern int cond (void);

int
joined_sometimes (void)
{
  struct th h;
  if (th_start (&h, work, 0) != 0) /* { dg-warning "not joined, detached or cancelled on every path" } */
    return -1;
  if (cond ())
    th_join (h);
  return 0;
}

int
joined (void)
{
  struct th h;
  if (th_start (&h, work, 0) != 0) /* { dg-bogus "not joined" } */
    return -1;
  th_join (h);
  return 0;
}
