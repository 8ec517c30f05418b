/* -Wcleanup-escape of a returned copy ('s = t'), when the other paths
   return a parameter rather than NULL (a default the caller passed):
   that path returns the caller's value, not the cleanup's, and the
   path that returns the copy has disarmed the variable.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int check (const char *s);

const char *
pick_or_default (const char *in, const char *def, int x, char **buf)
{
  _cleanup_free_ char *t = NULL;
  const char *s = in;
  if (x)
    {
      t = strdup (in);
      if (!t)
	return def;
      s = t; /* { dg-bogus "is returned" } */
    }
  if (check (s) < 0)
    return def;
  *buf = TAKE_PTR (t);
  return s;
}

/* Not disarmed: reported.  */
const char *
pick_or_default_armed (const char *in, const char *def, int x)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  const char *s = in;
  if (x)
    {
      t = strdup (in);
      if (!t)
	return def;
      s = t; /* { dg-warning ".t. is returned but its cleanup .freep. runs when it leaves scope" } */
    }
  if (check (s) < 0)
    return def;
  return s;
}

/* The other path returns another cleanup variable's value (stolen):
   not T's.  */
const char *
pick_either (const char *a, const char *b, int x, char **buf)
{
  _cleanup_free_ char *t = strdup (a);
  _cleanup_free_ char *u = strdup (b);
  const char *s;
  if (!t || !u)
    return NULL;
  s = t; /* { dg-bogus "is returned" } */
  if (x)
    return TAKE_PTR (u);
  *buf = TAKE_PTR (t);
  return s;
}

/* Either value returned through one copy: each reported.  */
const char *
pick_armed_either (const char *a, const char *b, int x)
{
  _cleanup_free_ char *t = strdup (a); /* { dg-message "note: .t. is declared here" } */
  _cleanup_free_ char *u = strdup (b); /* { dg-message "note: .u. is declared here" } */
  const char *s;
  if (!t || !u)
    return NULL;
  s = x ? t : u; /* { dg-warning ".t. is returned but its cleanup .freep. runs when it leaves scope" } */
  /* { dg-warning ".u. is returned but its cleanup .freep. runs when it leaves scope" "" { target *-*-* } 73 } */
  if (check (s) < 0)
    return NULL;
  return s;
}
