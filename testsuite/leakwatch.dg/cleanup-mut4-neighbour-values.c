/* Another cleanup variable given an owned value just before the store,
   in the same block, holds one too (the walk assumes the allocation
   succeeded, as for the variable itself).  Not one stored in an earlier
   block, not one whose last event there is not an owned store (its
   address handed to a call that may free it and set it to NULL), not
   one that took its value from another variable (which may have owned
   nothing): a test of those can fail, and the store under it leaks.
   (Issue 10: kills, in lw_cl_confirm_store of cleanup-confirm.c, the
   stop at the block's start, the skip of a variable seen already, the
   owned-store test and the 'src < 0' test.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *find_value (const char *k);
extern int consume (const char *s);
extern void log_debug (const char *fmt, ...);
extern void normalize_path (char **p);

int
earlier_block (const char *x, const char *y, int verbose)
{
  _cleanup_free_ char *a = NULL, *b = NULL; /* { dg-message "note: .b. is declared here" } */
  a = find_value (x);
  if (verbose)
    log_debug ("looked up %s", x);
  b = strdup (y);
  if (!a)
    b = strdup ("default"); /* { dg-warning ".b. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (a) + consume (b);
}

int
normalized_before (const char *x, const char *y)
{
  _cleanup_free_ char *w = strdup (x), *p = NULL; /* { dg-message "note: .p. is declared here" } */
  normalize_path (&w);
  p = strdup (y);
  if (!w)
    p = strdup ("none"); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (p) + consume (w);
}

/* g_steal_pointer's shape, as a function: the value comes from U.  */
static inline void *
steal_ptr (void *pp)
{
  void **p = (void **) pp;
  void *r = *p;
  *p = NULL;
  return r;
}

int
stolen_before (const char *x, const char *y)
{
  _cleanup_free_ char *u = find_value (x), *w = NULL, *p = NULL; /* { dg-message "note: .p. is declared here" } */
  w = (char *) steal_ptr (&u);
  p = strdup (y);
  if (!w)
    p = strdup ("none"); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (p) + consume (w);
}
