/* A cleanup variable the scan finds used in a way it does not follow
   (here an asm operand: the kernel's OPTIMIZER_HIDE_VAR) is not checked
   at all, not even for the stores the scan saw before that use; the
   other variables of the function still are.  (Issue 10: kills the
   '!tracked' skip of lw_cl_transfer in check-cleanup.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

#define OPTIMIZER_HIDE_VAR(var) __asm__ ("" : "+r" (var))

extern char *next_name (int i);
extern int use_names (const char *a, const char *b);

int
hidden_after_store (void)
{
  _cleanup_free_ char *q = next_name (2);
  if (!q)
    return -ENOMEM;
  _cleanup_free_ char *p = next_name (0);
  p = next_name (1); /* { dg-bogus "reassigned" "p is not checked: the asm uses it" } */
  OPTIMIZER_HIDE_VAR (p);
  return use_names (p, q);
}

/* The other variable of the same function is still checked.  */
int
hidden_other_checked (void)
{
  _cleanup_free_ char *q = next_name (2); /* { dg-message "note: .q. is declared here" } */
  q = next_name (3); /* { dg-warning ".q. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  _cleanup_free_ char *p = next_name (0);
  OPTIMIZER_HIDE_VAR (p);
  return use_names (p, q);
}
