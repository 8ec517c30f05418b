/* With -g, debug statements mention the SSA names holding a cleanup
   variable's address ('# DEBUG pp => pp_1'): they are no use of the
   address, and the check goes on.  (Issue 10: kills the debug-statement
   mutant of lw_cl_mark_addr_ssa in cleanup-vars.c.)  */
/* { dg-do compile } */
/* { dg-options "-g" } */

#include "cleanup-systemd.h"

extern void show (char **pp);

void
overwrite_then_show (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  char **pp = &p;
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  show (pp);
}
