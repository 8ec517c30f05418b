/* LEAKWATCH_MUST_CHECK from <leakwatch.h>: only leakwatch enforces it,
   for stored values and for discarded calls.  */
/* { dg-do compile } */

#include <leakwatch.h>

LEAKWATCH_MUST_CHECK int commit (int);

void
stored (void)
{
  int r = commit (1); /* { dg-warning "value of .commit. stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

void
discarded (void)
{
  commit (2); /* { dg-warning "ignoring return value of .commit., whose result must be checked" } */
}

int
checked (void)
{
  if (commit (3) < 0) /* { dg-bogus "commit" } */
    return -1;
  return commit (4); /* { dg-bogus "commit" } */
}
