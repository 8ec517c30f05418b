/* -Wthread-leak: a handle given to a printf-like function (a 'format'
   attribute) is formatted, not kept, in whatever argument it is, even
   when the function returns a pointer (which lw_call_only_reads does not
   trust: it might be the argument itself).  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>

extern void *work (void *);
extern char *fmt_alloc (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));
extern void log_to (void *sink, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));
extern void show (char *);
extern pthread_t keep (pthread_t t);

/* The handle formatted into a new string: still leaked.  */
int
name_thread (void)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, 0) != 0) /* { dg-warning "not joined, detached or cancelled on every path" } */
    return -1;
  char *s = fmt_alloc ("thread %lu", (unsigned long) t);
  show (s);
  return 0;
}

/* The handle as the sink argument of a logger: formatted too.  */
int
log_thread (void)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, 0) != 0) /* { dg-warning "not joined, detached or cancelled on every path" } */
    return -1;
  log_to ((void *) t, "started\n");
  return 0;
}

/* A function without a format attribute that returns it: a hand-off.  */
pthread_t
handed (void)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, 0) != 0) /* { dg-bogus "not joined" } */
    return 0;
  return keep (t);
}
