// -Wthread-leak and -Wcleanup-in-loop in C++: functions of the same file
// are summarised whatever their kind: in a namespace, static members,
// template instances, lambdas; members that store the value in their
// object keep it.
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

static void *
worker (void *arg)
{
  return arg;
}

namespace lg
{
static void
thread (pthread_t t)
{
  std::printf ("thread %lu\n", (unsigned long) t);
}
}

template <typename T>
static void
show (T t)
{
  std::printf ("%lu\n", (unsigned long) t);
}

struct registry
{
  pthread_t tid;
  void adopt (pthread_t t) { tid = t; }
  static void print (pthread_t t) { std::printf ("%lu\n", (unsigned long) t); }
};

int
start_namespace (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  lg::thread (t);
  return 0;
}

int
start_template (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  show (t);
  return 0;
}

int
start_static_member (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  registry::print (t);
  return 0;
}

int
start_lambda_prints (void *arg)
{
  pthread_t t;
  auto print = [] (pthread_t h) { std::printf ("%lu\n", (unsigned long) h); };
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  print (t);
  return 0;
}

int
start_adopted (registry &r, void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "stored in the object" } */
    return -1;
  r.adopt (t);
  return 0;
}

int
start_lambda_joins (void *arg)
{
  pthread_t t;
  auto reap = [] (pthread_t h) { pthread_join (h, nullptr); };
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "joined by a lambda" } */
    return -1;
  reap (t);
  return 0;
}

/* Cleanup variables in C++.  */
static inline void
freep (void *p)
{
  std::free (*(void **) p);
}

static int
is_hidden (char *s)
{
  return s[0] == '.';
}

struct names
{
  char *last;
  void keep (char *s) { last = s; }
};

int
hidden_each (char **v, int n)
{
  __attribute__ ((cleanup (freep))) char *p = nullptr;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (v[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -1;
      k += is_hidden (p);
    }
  return k;
}

int
kept_each (names &nm, char **v, int n)
{
  __attribute__ ((cleanup (freep))) char *p = nullptr;
  for (int i = 0; i < n; i++)
    {
      p = strdup (v[i]); /* { dg-bogus "reassigned" "kept by a member function" } */
      if (!p)
	return -1;
      nm.keep (p);
    }
  return 0;
}
