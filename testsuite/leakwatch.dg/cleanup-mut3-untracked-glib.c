/* A value stolen from a variable that is not checked (an asm operand)
   is taken as owned: the store over a variable that still owns a value
   is reported.  Only a checked source known to own nothing makes the
   steal a store of nothing.  (Issue 10: kills the source's 'tracked'
   test in lw_cl_transfer, check-cleanup.c.)  The function, not the
   macro: the warning is then at this line at every level.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

#define OPTIMIZER_HIDE_VAR(var) __asm__ ("" : "+r" (var))

extern int use_name (const char *a);

int
steal_from_hidden (const char *a, const char *b)
{
  g_autofree gchar *p = g_strdup (a); /* { dg-message "note: .p. is declared here" } */
  g_autofree gchar *w = g_strdup (b);
  OPTIMIZER_HIDE_VAR (w);
  p = (gchar *) (g_steal_pointer) (&w); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return use_name (p);
}
