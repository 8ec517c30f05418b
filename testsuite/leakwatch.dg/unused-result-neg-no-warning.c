/* -Wno-unused-result turns the check off with GCC's own warning.  */
/* { dg-do compile } */
/* { dg-options "-Wno-unused-result" } */

__attribute__ ((warn_unused_result)) int get (void);

void
f (void)
{
  int r = get (); /* { dg-bogus "never checked" } */
  get (); /* { dg-bogus "ignoring" } */
}
