/* The conditions guarding the first store are facts of the walk from it
   only while they hold.  parse_keys: the state it was stored under is
   loaded again at the top of the loop, after 'ps->state = STATE_VALUE':
   the fact is dropped, and the key kept when the loop is left is
   replaced after it, a leak.  collect_names: the kind is tested again
   before the loop computes it anew, so the fact still rules out the
   other store in the same iteration; the name is handed on before the
   next.  parse_keys_logged: a loop between the store and the state's
   change; the search for the definition goes round it once.  (Issue
   10: kills, in lw_cl_fact_stale_p of cleanup-confirm.c, the search for
   the definition (the loop, its start block's skip, the stop at it, the
   blocks seen: without them it goes round the inner loop until the
   walk budget is spent, and nothing is reported), and the stop at a
   use.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

enum
{
  STATE_KEY,
  STATE_VALUE
};
struct parser
{
  int state;
};
extern int consume (const char *s);
extern void log_part (const char *s, int k);

int
parse_keys (struct parser *ps, const char *const *lines, int n)
{
  _cleanup_free_ char *key = NULL; /* { dg-message "note: .key. is declared here" } */

  for (int i = 0; i < n; i++)
    {
      if (ps->state != STATE_KEY)
	continue;
      key = strdup (lines[i]);
      if (!key)
	return -ENOMEM;
      ps->state = STATE_VALUE;
      if (lines[i][0] != '=')
	break;
      key = mfree (key);
    }
  if (ps->state == STATE_VALUE)
    key = strdup ("value"); /* { dg-warning ".key. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (key);
}

int
parse_keys_logged (struct parser *ps, const char *const *lines, int n)
{
  _cleanup_free_ char *key = NULL; /* { dg-message "note: .key. is declared here" } */

  for (int i = 0; i < n; i++)
    {
      if (ps->state != STATE_KEY)
	continue;
      key = strdup (lines[i]);
      if (!key)
	return -ENOMEM;
      for (int k = 0; k < 3; k++)
	log_part (key, k);
      ps->state = STATE_VALUE;
      if (lines[i][0] != '=')
	break;
      key = mfree (key);
    }
  if (ps->state == STATE_VALUE)
    key = strdup ("value"); /* { dg-warning ".key. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return consume (key);
}

enum
{
  KIND_NAME,
  KIND_DEFAULT,
  KIND_OTHER
};
typedef struct List List;
extern int classify (const char *line);
extern int list_add (List *l, char *s);

int
collect_names (List *l, const char *const *lines, int n)
{
  _cleanup_free_ char *name = NULL;

  for (int i = 0; i < n; i++)
    {
      int kind = classify (lines[i]);
      if (kind == KIND_NAME)
	name = strdup (lines[i]);
      if (kind == KIND_DEFAULT)
	name = strdup ("default"); /* { dg-bogus "reassigned" "not in the same iteration" } */
      if (name && list_add (l, TAKE_PTR (name)) < 0)
	return -ENOMEM;
    }
  return 0;
}
