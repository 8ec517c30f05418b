/* Known false positives of -Wcleanup-overwrite, reduced from
   appstream-glib 0.8.2 (docs/field-results.md, sixth session): correct
   code the path walk cannot prove correct.  (Its exclusive
   g_str_has_suffix tests are understood since: cleanup-string-tests.c.)  Each is an expected failure
   (xfail): when a change makes the walk see it, the test passes
   unexpectedly (XPASS, a failure of the suite) and the xfail goes.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int consume2 (char *a, char *b);

/* as-store.c:1714, :1724: a delimiter found in a string is found in its
   copy, so NAME is set whenever PREFIX is.  */
int
split_origin (const char *origin)
{
  _cleanup_free_ char *prefix = NULL;
  _cleanup_free_ char *name = NULL;
  if (strchr (origin, ':'))
    {
      prefix = strdup (origin);
      char *s = prefix ? strchr (prefix, ':') : NULL;
      if (s)
	{
	  *s = '\0';
	  name = strdup (s + 1);
	}
    }
  if (name == NULL)
    prefix = strdup ("system"); /* { dg-bogus "still owns a value" "the copy has the delimiter too" { xfail *-*-* } } */
  return consume2 (TAKE_PTR (prefix), TAKE_PTR (name));
}

/* { dg-prune-output "note:" } */
