/* An assert compiled out by NDEBUG checks nothing.  */
/* { dg-do compile } */
/* { dg-options "-DNDEBUG" } */

#include <assert.h>

__attribute__ ((warn_unused_result)) int setup (void);

void
init (void)
{
  int r = setup (); /* { dg-warning "value of .setup. stored in .r. is never checked" } */
  assert (r == 0);
} /* { dg-message "note: .r. is not read" } */
