/* Known false positives of -Wcleanup-overwrite, reduced from
   appstream-glib 0.8.2 (docs/field-results.md, sixth session): correct
   code the path walk cannot prove correct.  Each is an expected failure
   (xfail): when a change makes the walk see it, the test passes
   unexpectedly (XPASS, a failure of the suite) and the xfail goes.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct pkg;
extern struct pkg *pkg_cab_new (void);
extern struct pkg *pkg_deb_new (void);
extern void pkg_free (struct pkg *p);
static inline void
pkg_freep (struct pkg **p)
{
  if (*p)
    pkg_free (*p);
}
extern int has_suffix (const char *s, const char *suffix);
extern int consume2 (char *a, char *b);

/* asb-context.c:455: a name cannot end in both suffixes.  */
int
add_file (const char *fn)
{
  _cleanup_ (pkg_freep) struct pkg *p = NULL;
  if (has_suffix (fn, ".cab"))
    p = pkg_cab_new ();
  if (has_suffix (fn, ".deb"))
    p = pkg_deb_new (); /* { dg-bogus "still owns a value" "exclusive suffixes" { xfail *-*-* } } */
  return p ? 0 : -1;
}

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
