/* Correlated conditions through boolean operators: a flag tested
   negated ('if (!found)', GIMPLE's '~found' or 'found ^ 1') and a test
   of two comparisons joined by '||' or '&&' (GIMPLE's '_1 | _2' and
   '_1 & _2').  The paths they rule out are not reported.  */
/* { dg-do compile } */

#include <stdbool.h>
#include "cleanup-systemd.h"

extern int pick (int i);
extern char *make (int i);
extern void use (const char *s);

int
open_first (const char *a, const char *b)
{
  _cleanup_close_ int fd = open (a, O_RDONLY);
  bool found = fd >= 0;
  if (!found)
    fd = open (b, O_RDONLY); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

enum kind
{
  KIND_A,
  KIND_B,
  KIND_C
};

void
per_kind (int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = NULL;
      enum kind k = (enum kind) pick (i);
      if (k == KIND_A)
	s = make (i);
      if (k == KIND_A || k == KIND_B)
	{
	  use (s);
	  free (TAKE_PTR (s));
	}
      if (k == KIND_B)
	s = make (-i); /* { dg-bogus "reassigned" "the value of KIND_A was taken under 'A || B'" } */
    }
}

char *
kept (int n)
{
  _cleanup_free_ char *s = NULL;
  for (int i = 0; i < n; i++)
    {
      enum kind k = (enum kind) pick (i);
      bool a = k == KIND_A, b = k == KIND_B;
      if (a && !s)
	s = make (i); /* { dg-bogus "reassigned" "only while s holds nothing" } */
      if (a && b)
	s = make (-i); /* { dg-bogus "reassigned" "never: k is not both" } */
    }
  return TAKE_PTR (s);
}
