/* String predicates on one string: a name that ends in ".cab" does not
   end in ".deb", a string equal to "rpm" is not equal to "deb", so
   values taken under such tests exclude each other
   (appstream-glib's asb_context_add_filename).  Tests that can both
   hold (".gz" and ".tar.gz", a prefix of the literal compared) still
   report the replaced value.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct pkg;
extern struct pkg *pkg_new (int kind);
extern void pkg_free (struct pkg *p);
static inline void
pkg_freep (struct pkg **p)
{
  if (*p)
    pkg_free (*p);
}
extern int g_str_has_suffix (const char *str, const char *suffix);
extern int g_str_has_prefix (const char *str, const char *prefix);
extern int g_strcmp0 (const char *a, const char *b);
#define streq(a, b) (strcmp ((a), (b)) == 0)

int
by_suffix (const char *fn)
{
  _cleanup_ (pkg_freep) struct pkg *p = NULL;
  if (g_str_has_suffix (fn, ".cab"))
    p = pkg_new (1);
  if (g_str_has_suffix (fn, ".deb"))
    p = pkg_new (2); /* { dg-bogus "still owns" "no name ends in both" } */
  return p ? 0 : -1;
}

int
by_name (const char *kind)
{
  _cleanup_free_ char *tool = NULL;
  if (streq (kind, "rpm"))
    tool = strdup ("rpm2cpio");
  if (streq (kind, "deb"))
    tool = strdup ("dpkg-deb"); /* { dg-bogus "still owns" "not equal to both" } */
  if (g_strcmp0 (kind, "cab") == 0)
    tool = strdup ("gcab"); /* { dg-bogus "still owns" "not equal to both" } */
  return tool ? 0 : -1;
}

int
by_prefix (const char *name)
{
  _cleanup_free_ char *base = NULL;
  if (g_str_has_prefix (name, "lib"))
    base = strdup (name + 3);
  if (g_str_has_prefix (name, "usr"))
    base = strdup (name + 3); /* { dg-bogus "still owns" "no name starts with both" } */
  return base ? 0 : -1;
}

/* Both can hold.  */

int
by_suffix_nested (const char *fn)
{
  _cleanup_ (pkg_freep) struct pkg *p = NULL;
  if (g_str_has_suffix (fn, ".gz"))
    p = pkg_new (1);
  if (g_str_has_suffix (fn, ".tar.gz"))
    p = pkg_new (2); /* { dg-warning "still owns a value" } */
  return p ? 0 : -1;
}

int
by_prefix_then_name (const char *name)
{
  _cleanup_free_ char *base = NULL;
  if (g_str_has_prefix (name, "lib"))
    base = strdup (name + 3);
  if (streq (name, "libfoo"))
    base = strdup ("foo"); /* { dg-warning "still owns a value" } */
  return base ? 0 : -1;
}

int
same_test_twice (const char *kind)
{
  _cleanup_free_ char *tool = NULL;
  if (streq (kind, "rpm"))
    tool = strdup ("rpm2cpio");
  if (streq (kind, "rpm"))
    tool = strdup ("rpm"); /* { dg-warning "still owns a value" } */
  return tool ? 0 : -1;
}

/* { dg-prune-output "note:" } */
