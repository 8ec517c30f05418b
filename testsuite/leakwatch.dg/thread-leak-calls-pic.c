/* -Wthread-leak under -fPIC: a global function can be replaced by
   another definition at load time (semantic interposition), so its body
   here says nothing about the function a call reaches.  Only static and
   hidden functions are summarised; passing the handle to an exported
   one is a hand-off, as to a function of another file.  */
/* { dg-do compile } */
/* { dg-options "-fPIC" } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stdio.h>

static void *
worker (void *arg)
{
  return arg;
}

static void
show_static (pthread_t t)
{
  printf ("%lu\n", (unsigned long) t);
}

__attribute__ ((visibility ("hidden"))) void
show_hidden (pthread_t t)
{
  printf ("%lu\n", (unsigned long) t);
}

void
show_exported (pthread_t t)
{
  printf ("%lu\n", (unsigned long) t);
}

int
start_static (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  show_static (t);
  return 0;
}

int
start_hidden (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-warning "not joined, detached or cancelled" } */
    return -1;
  show_hidden (t);
  return 0;
}

int
start_exported (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, worker, arg) != 0) /* { dg-bogus "not joined" "an exported function may be interposed" } */
    return -1;
  show_exported (t);
  return 0;
}
