/* -Wcleanup-escape of a returned value: the escape counts only on the
   paths that return it.  A copy of the variable's value made on one
   path ('s = t') and returned at the end, after the variable was
   disarmed (TAKE_PTR), is not returned by an earlier 'return NULL;'
   whose cleanup frees it.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int check (const char *s);
extern char *escape1 (const char *s), *escape2 (const char *s);

const char *
pick (const char *in, int x, char **buf)
{
  _cleanup_free_ char *t = NULL;
  const char *s = in;
  if (x)
    {
      t = strdup (in);
      if (!t)
	return NULL;
      s = t; /* { dg-bogus "is returned" } */
    }
  if (check (s) < 0)
    return NULL;
  *buf = TAKE_PTR (t);
  return s;
}

/* systemd's unit_escape_setting, reduced: replaced on a second path.  */
const char *
maybe_escape (const char *s, int flags, char **buf)
{
  _cleanup_free_ char *t = NULL;
  if (flags & 1)
    {
      t = escape1 (s);
      if (!t)
	return NULL;
      s = t; /* { dg-bogus "is returned" } */
    }
  if (flags & 2)
    {
      char *t2 = escape2 (s);
      if (!t2)
	return NULL;
      free (t);
      t = t2;
      s = t; /* { dg-bogus "is returned" } */
    }
  *buf = TAKE_PTR (t);
  return s;
}

/* Not disarmed: every path that returns S after 's = t' returns a value
   the cleanup frees.  */
const char *
pick_armed (const char *in, int x)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  const char *s = in;
  if (x)
    {
      t = strdup (in);
      if (!t)
	return NULL;
      s = t; /* { dg-warning ".t. is returned but its cleanup .freep. runs when it leaves scope" } */
    }
  if (check (s) < 0)
    return NULL;
  return s;
}

/* Returned through a conditional expression.  */
const char *
pick_cond (const char *in, int x)
{
  _cleanup_free_ char *t = strdup (in); /* { dg-message "note: .t. is declared here" } */
  if (!t)
    return NULL;
  if (check (in) < 0)
    return NULL;
  return x ? t : in; /* { dg-warning ".t. is returned but its cleanup" } */
}
