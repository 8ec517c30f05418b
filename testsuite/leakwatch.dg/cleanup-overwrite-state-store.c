/* A state kept in memory and changed by a store between two tests of
   it: what the first test said of it no longer holds after the store,
   and the stored constant is what the second test sees.  A parser that
   moves from KEY to VALUE in one call runs both branches.  (Facts on a
   loaded location used to survive the store, hiding the leak:
   docs/mutation.md, fourth round's notes.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

enum state
{
  STATE_KEY,
  STATE_VALUE,
  STATE_DONE
};
struct parser
{
  enum state state;
  int n;
};
extern int consume (char *s);

int
parse_line (struct parser *ps, const char *line)
{
  _cleanup_free_ char *key = NULL;
  if (ps->state == STATE_KEY)
    {
      key = strdup (line);
      if (!key)
	return -ENOMEM;
      ps->state = STATE_VALUE;
    }
  if (ps->state == STATE_VALUE)
    key = strdup ("value"); /* { dg-warning "still owns a value" } */
  return key ? 0 : -1;
}

/* The store makes the second test false: exclusive after all.  */
int
parse_line_done (struct parser *ps, const char *line)
{
  _cleanup_free_ char *key = NULL;
  if (ps->state == STATE_VALUE)
    {
      key = strdup (line);
      if (!key)
	return -ENOMEM;
      ps->state = STATE_DONE;
    }
  if (ps->state == STATE_VALUE)
    key = strdup ("value"); /* { dg-bogus "still owns" "the state was moved on" } */
  return key ? 0 : -1;
}

/* A counter stored to zero and then tested: the test knows it.  */
int
reset_and_fill (struct parser *ps, const char *line)
{
  _cleanup_free_ char *buf = NULL;
  if (ps->n > 0)
    {
      buf = strdup (line);
      if (!buf)
	return -ENOMEM;
      ps->n = 0;
    }
  if (ps->n == 0)
    buf = strdup ("empty"); /* { dg-warning "still owns a value" } */
  return consume (TAKE_PTR (buf));
}

/* { dg-prune-output "note:" } */
