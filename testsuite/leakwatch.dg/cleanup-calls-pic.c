/* -Wcleanup-in-loop under -fPIC: only functions that cannot be replaced
   at load time are summarised (static or hidden ones); an exported
   function may be interposed, and a call to it stays a hand-off.  */
/* { dg-do compile } */
/* { dg-options "-fPIC" } */
/* { dg-prune-output "note:" } */

#include "cleanup-systemd.h"

static int
count_static (char *s)
{
  return (int) strlen (s);
}

__attribute__ ((visibility ("hidden"))) int
count_hidden (char *s)
{
  return (int) strlen (s);
}

int
count_exported (char *s)
{
  return (int) strlen (s);
}

int
each_static (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      k += count_static (p);
    }
  return k;
}

int
each_hidden (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      k += count_hidden (p);
    }
  return k;
}

int
each_exported (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "an exported function may be interposed" } */
      if (!p)
	return -ENOMEM;
      k += count_exported (p);
    }
  return k;
}
