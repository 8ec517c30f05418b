/* -Wcleanup-handoff: a helper of this file that frees its parameter only
   when told it owns it is not taken to free it: the caller that says
   it does not own it (its cleanup keeps the value) is correct.  Nor
   does the helper's log of the value, or its free of another argument,
   count as freeing the parameter.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

#define ENTRY_OWNS_NAME 1

static void
entry_done (char *scratch, char *name, int flags)
{
  fprintf (stderr, "done with %s\n", name);
  free (scratch);
  if (!(flags & ENTRY_OWNS_NAME))
    return;
  free (name);
}

int
entry_borrowed (const char *text)
{
  _cleanup_free_ char *name = strdup (text);
  char *scratch = malloc (64);
  if (!name || !scratch)
    {
      free (scratch);
      return -ENOMEM;
    }
  entry_done (scratch, name, 0); /* { dg-bogus "released twice" } */
  return 0;
}
