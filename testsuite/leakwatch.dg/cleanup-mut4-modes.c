/* Correlated conditions: the fixed value is stored only in the mode that
   made no other, so that store leaks nothing, even when a third mode
   leaks the first value or a loop runs in between.  (Issue 10: kills,
   in cleanup-confirm.c's lw_cl_walk_stop, the test that only the target
   reports, another owned store ending the path; and the "seen before"
   test of a loop entry: the counter's constant start on a loop's first
   entry loses no path.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *find_value (const char *k);
extern int consume (const char *s);
extern void log_item (const char *s);

int
three_modes (int mode, const char *k)
{
  _cleanup_free_ char *s = NULL; /* { dg-message "note: .s. is declared here" } */

  if (mode != 1)
    s = find_value (k);
  if (mode == 2)
    s = find_value ("override"); /* { dg-warning ".s. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  if (mode == 1)
    s = strdup ("fixed"); /* { dg-bogus "reassigned" "mode 1 made no value" } */
  return consume (s);
}

int
modes_then_loop (int mode, const char *k, const char *const *items, int n)
{
  _cleanup_free_ char *s = NULL;

  if (mode != 1)
    s = find_value (k);
  for (int i = 0; i < n; i++)
    log_item (items[i]);
  if (mode == 1)
    s = strdup ("fixed"); /* { dg-bogus "reassigned" "mode 1 made no value" } */
  return consume (s);
}
