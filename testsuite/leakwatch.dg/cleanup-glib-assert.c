/* GLib's non-fatal test assertions: a failed g_assert_cmpstr,
   g_assert_null, g_assert_true or g_assert_false calls a
   g_assertion_message* function, which returns in non-fatal mode; that
   path is a failed test, not a path of the program, and ends there.
   And g_strcmp0 (p, NULL) == 0 tests p == NULL.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

extern gchar *lookup (const char *key);
extern int count (const char *key);

/* The correct idiom: assert the variable holds nothing, then fill it.  */

void
cmpstr_null (const char *k)
{
  g_autofree gchar *p = lookup (k);
  g_assert_cmpstr (p, ==, NULL);
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_assert_cmpstr ==" } */
}

void
cmpstr_null_first (const char *k)
{
  g_autofree gchar *p = lookup (k);
  g_assert_cmpstr (NULL, ==, p);
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_assert_cmpstr NULL ==" } */
}

void
assert_null (const char *k)
{
  g_autofree gchar *p = lookup (k);
  g_assert_null (p);
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_assert_null" } */
}

void
assert_true_null (const char *k)
{
  g_autofree gchar *p = lookup (k);
  g_assert_true (p == NULL);
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_assert_true" } */
}

void
assert_false_nonnull (const char *k)
{
  g_autofree gchar *p = lookup (k);
  g_assert_false (p != NULL);
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_assert_false" } */
}

void
assert_fatal (const char *k)
{
  g_autofree gchar *p = lookup (k);
  g_assert (p == NULL);
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_assert" } */
}

/* g_strcmp0 against NULL, either way round, in ordinary conditions.  */

void
strcmp0_eq (const char *k)
{
  g_autofree gchar *p = lookup (k);
  if (g_strcmp0 (p, NULL) == 0)
    p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_strcmp0 (p, NULL) == 0" } */
  puts (p);
}

void
strcmp0_ne (const char *k)
{
  g_autofree gchar *p = lookup (k);
  if (g_strcmp0 (NULL, p) != 0)
    return;
  p = g_strdup ("x"); /* { dg-bogus "reassigned" "g_strcmp0 (NULL, p) != 0" } */
}

gchar *
strcmp0_returns_null (const char *k)
{
  g_autofree gchar *p = lookup (k);
  if (g_strcmp0 (p, NULL) == 0)
    return p; /* { dg-bogus "is returned" "NULL by g_strcmp0" } */
  return g_strdup (p);
}

/* Still found: the assertion says the variable holds a value, or says
   nothing about it, or g_strcmp0 compares with a string.  */

void
assert_nonnull (const char *k)
{
  g_autofree gchar *p = lookup (k); /* { dg-message "declared here" } */
  g_assert_nonnull (p);
  p = g_strdup ("x"); /* { dg-warning ".p. is reassigned while it still owns a value" } */
}

void
cmpstr_not_null (const char *k)
{
  g_autofree gchar *p = lookup (k); /* { dg-message "declared here" } */
  g_assert_cmpstr (p, !=, NULL);
  p = g_strdup ("x"); /* { dg-warning ".p. is reassigned while it still owns a value" } */
}

void
assert_other (const char *k)
{
  g_autofree gchar *p = lookup (k); /* { dg-message "declared here" } */
  g_assert_true (count (k) > 0);
  p = g_strdup ("x"); /* { dg-warning ".p. is reassigned while it still owns a value" } */
}

void
strcmp0_string (const char *k)
{
  g_autofree gchar *p = lookup (k); /* { dg-message "declared here" } */
  if (g_strcmp0 (p, "none") == 0)
    p = g_strdup ("x"); /* { dg-warning ".p. is reassigned while it still owns a value" } */
  puts (p);
}

gchar *
strcmp0_returns_string (const char *k)
{
  g_autofree gchar *p = lookup (k); /* { dg-message "declared here" } */
  if (g_strcmp0 (p, "none") != 0)
    return p; /* { dg-warning ".p. is returned but its cleanup" } */
  return NULL;
}
