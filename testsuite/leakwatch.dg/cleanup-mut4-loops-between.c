/* Correlated conditions with a loop in between whose header a PHI
   argument enters with a constant on a second visit: a nested loop's
   counter ('j = 0' on each outer iteration), a flag loop's 'first =
   false'.  The confirming walk finds no path from the first store to
   the second, and is trusted: flow.c gives a PHI result the facts of
   the edge taken, forgetting those of an earlier visit, so no path is
   lost there.  (Issue 10: cleanup-confirm.c's "unsure" fallback, which
   no test needed (mutation 0 of the third round), reported both.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include <stdbool.h>

typedef struct Channel Channel;
extern char *find_value (const char *k);
extern int consume (const char *s);
extern void log_item (const char *s);
extern bool channel_pending (Channel *ch);
extern void channel_send (Channel *ch, const char *s);

int
modes_around_nested (int mode, const char *k, const char *const *rows, int n,
		     int m)
{
  _cleanup_free_ char *s = NULL;

  if (mode != 1)
    s = find_value (k);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      log_item (rows[i * m + j]);
  if (mode == 1)
    s = strdup ("fixed"); /* { dg-bogus "reassigned" "mode 1 made no value" } */
  return consume (s);
}

int
modes_around_flag_loop (int mode, const char *k, Channel *ch)
{
  _cleanup_free_ char *s = NULL;

  if (mode != 1)
    s = find_value (k);
  for (bool first = true; first || channel_pending (ch); first = false)
    channel_send (ch, s);
  if (mode == 1)
    s = strdup ("fixed"); /* { dg-bogus "reassigned" "mode 1 made no value" } */
  return consume (s);
}

/* The same loops around a real leak are still reported.  */
int
leak_around_nested (const char *k, const char *const *rows, int n, int m)
{
  _cleanup_free_ char *s = find_value (k); /* { dg-message "note: .s. is declared here" } */

  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      log_item (rows[i * m + j]);
  if (consume (s) < 0)
    s = strdup ("fixed"); /* { dg-warning ".s. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (s);
}
