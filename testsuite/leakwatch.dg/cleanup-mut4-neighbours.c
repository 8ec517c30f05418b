/* The walk assumes success only of calls: after 'p = strdup (a)' a
   pointer a call returned and the code stored into memory is not NULL.
   Not a parameter stored there, not an integer a call returned, not
   another cleanup variable (its own store is followed as its own
   variable): a test of those can fail, and the store under it leaks
   the first value.  (Issue 10: kills the '!is_gimple_call',
   '!POINTER_TYPE_P' and 'lw_cl_ref_var' tests of lw_cl_start_facts,
   cleanup-confirm.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct ctx
{
  const char *hint;
  int n;
};
extern int count_items (const char *s);
extern int consume (const char *s);

int
hint_or_none (struct ctx *c, const char *a, const char *hint)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  c->hint = hint;
  if (!c->hint)
    p = strdup ("none"); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (p);
}

int
count_or_default (struct ctx *c, const char *a)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  c->n = count_items (a);
  if (c->n == 0)
    p = strdup ("default"); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (p);
}

int
second_or_fallback (const char *a, const char *b)
{
  _cleanup_free_ char *p = NULL, *q = NULL; /* { dg-message "note: .p. is declared here" } */
  p = strdup (a);
  q = strdup (b);
  if (!q)
    p = strdup ("fallback"); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (p) + consume (q);
}
