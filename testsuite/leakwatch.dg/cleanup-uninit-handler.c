/* -Wcleanup-uninit: a cleanup variable used only for the side effect of
   its handler at scope end.  When the handler is defined in this file
   (before or after the use) and provably never reads through its
   parameter, nothing indeterminate is read: no warning.  */
/* { dg-do compile } */

#include <stdlib.h>

extern int prepare (void);
extern void unlock_all (void);
extern void ext_handler (int *p);
extern void ext_take (int *p);

/* Ignores its argument.  */
static void
scope_exit (int *p)
{
  (void) p;
  unlock_all ();
}

/* Only compares the pointer itself.  */
static void
scope_exit_checked (int *p)
{
  if (p == NULL)
    abort ();
  unlock_all ();
}

/* Hands the pointer to a function of this file that ignores it.  */
static void
scope_exit_forward (int *p)
{
  scope_exit (p);
}

static void scope_exit_later (int *p);

int
ignores_arg (void)
{
  int guard __attribute__ ((cleanup (scope_exit))); /* { dg-bogus "can reach its cleanup" "handler ignores its argument" } */
  if (prepare ())
    return -1;
  return 0;
}

int
compares_arg (void)
{
  int guard __attribute__ ((cleanup (scope_exit_checked))); /* { dg-bogus "can reach its cleanup" "handler compares its argument" } */
  if (prepare ())
    return -1;
  return 0;
}

int
forwards_arg (void)
{
  int guard __attribute__ ((cleanup (scope_exit_forward))); /* { dg-bogus "can reach its cleanup" "handler forwards to one that ignores it" } */
  if (prepare ())
    return -1;
  return 0;
}

int
defined_later (void)
{
  int guard __attribute__ ((cleanup (scope_exit_later))); /* { dg-bogus "can reach its cleanup" "handler defined after the use" } */
  if (prepare ())
    return -1;
  return 0;
}

static void
scope_exit_later (int *p)
{
  (void) p;
  unlock_all ();
}

/* Still found: the handler reads *p, is not defined here, may be
   replaced at link time, or gives p to a function not defined here.  */

static void
freep (char **p)
{
  free (*p);
}

__attribute__ ((weak)) void
weak_handler (int *p)
{
  (void) p;
}

static void
scope_exit_escapes (int *p)
{
  ext_take (p);
}

int
reads_arg (const char *s)
{
  char *buf __attribute__ ((cleanup (freep))); /* { dg-warning ".buf. can reach its cleanup .freep. before it is assigned" } */
  if (prepare ())
    return -1;
  buf = malloc (16);
  return buf != NULL && s != NULL;
}

int
external_handler (void)
{
  int guard __attribute__ ((cleanup (ext_handler))); /* { dg-warning ".guard. can reach its cleanup .ext_handler. before it is assigned" } */
  if (prepare ())
    return -1;
  return 0;
}

int
weak (void)
{
  int guard __attribute__ ((cleanup (weak_handler))); /* { dg-warning ".guard. can reach its cleanup .weak_handler. before it is assigned" } */
  if (prepare ())
    return -1;
  return 0;
}

int
escapes (void)
{
  int guard __attribute__ ((cleanup (scope_exit_escapes))); /* { dg-warning ".guard. can reach its cleanup .scope_exit_escapes. before it is assigned" } */
  if (prepare ())
    return -1;
  return 0;
}
