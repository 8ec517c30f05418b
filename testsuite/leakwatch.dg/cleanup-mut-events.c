/* The events of stores into cleanup variables: a steal from another
   cleanup variable stores what that one owned ('c = steal (&b)', with
   -fexceptions the call and the store lie in two blocks), and the value
   stored is the variable's current value, so testing it tests the
   variable.  (Issue 10: kills mutants of lw_cl_scan_call,
   lw_cl_scan_assign and lw_cl_current_carrier in cleanup-events.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include "cleanup-glib.h"

extern char *steal (char **pp);

/* Positive: the stolen value is owned, the next store leaks it.  */
void
steal_then_replace (const char *s, const char *t)
{
  _cleanup_free_ char *b = strdup (s);
  _cleanup_free_ char *c = NULL; /* { dg-message "note: .c. is declared here" } */
  c = steal (&b);
  c = strdup (t); /* { dg-warning ".c. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
}

char *
g_steal_then_replace (const char *s, const char *t)
{
  g_autofree char *b = g_strdup (s);
  g_autofree char *a = NULL; /* { dg-message "note: .a. is declared here" } */
  a = g_steal_pointer (&b);
  a = g_strdup (t); /* { dg-warning ".a. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return g_steal_pointer (&a);
}

/* The new value checked through the temporary it came in: on the
   failure edge the variable holds nothing, and the fallback there
   overwrites nothing.  */
int
fallback_on_failure (const char *a, const char *b)
{
  _cleanup_free_ char *p = NULL;
  char *n = strdup (a);
  p = n;
  if (n == NULL)
    p = strdup (b); /* { dg-bogus "reassigned" "P is NULL on this edge" } */
  return p ? 0 : -ENOMEM;
}

/* The steal's store is replayed at the release of B by the call, not
   at the statement before the store: other events may come between.  */
void
steal_log_then_store (const char *s, const char *u)
{
  g_autofree char *b = g_strdup (s);
  g_autofree char *log = NULL;
  g_autofree char *c = NULL; /* { dg-message "note: .c. is declared here" } */
  char *t = g_steal_pointer (&b);
  log = g_strdup (u);
  c = t;
  c = g_strdup (u); /* { dg-warning ".c. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
}

/* ... but not before C's own earlier event: a free_and_replace spelt
   out ('t = steal (&b); g_free (c); c = t') leaves C owning B's value.  */
void
replace_by_hand (const char *s, const char *u)
{
  g_autofree char *b = g_strdup (s);
  g_autofree char *c = g_strdup (u); /* { dg-message "note: .c. is declared here" } */
  char *t = g_steal_pointer (&b);
  g_free (c);
  c = t;
  c = g_strdup (u); /* { dg-warning ".c. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
}
