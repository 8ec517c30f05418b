/* A cleanup variable's address kept in a local pointer ('char **pp =
   &p'): loads through it and calls given it are the variable's own, so
   the check goes on.  (Issue 10: kills mutants of lw_cl_mark_addr_ssa
   and lw_cl_addr_arg in cleanup-vars.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern void show (char **pp);
extern void consume (char **pp);

/* The pointer handed to a call later: the overwrite before it leaks.  */
void
overwrite_then_show (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  char **pp = &p;
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  show (pp);
}

/* A load through the pointer only reads the value.  */
void
read_through (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  char **pp = &p;
  char *cur = *pp;
  puts (cur);
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  show (pp);
}

/* The pointer given to a call that may take the value: the store
   after it is no overwrite.  */
void
consumed_through (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  char **pp = &p;
  consume (pp);
  p = strdup (b); /* { dg-bogus "reassigned" "the call given &p may have taken the value" } */
  show (pp);
}

/* The address itself stored in a global (a slot an exit handler frees
   through): not followed, the variable is not checked.  */
extern char **exit_slot;
extern char *next_name (int i);

void
registered_for_exit (int n)
{
  _cleanup_free_ char *p = NULL;
  exit_slot = &p;
  for (int i = 0; i < n; i++)
    p = next_name (i); /* { dg-bogus "reassigned" "the address is kept: anyone may free through it" } */
  exit_slot = NULL;
}
