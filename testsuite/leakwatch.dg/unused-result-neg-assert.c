/* An active assert checks the value.  */
/* { dg-do compile } */
/* { dg-options "-UNDEBUG" } */

#include <assert.h>

__attribute__ ((warn_unused_result)) int setup (void);

void
init (void)
{
  int r = setup (); /* { dg-bogus "never checked" } */
  assert (r == 0);
}
