/* disable=unused-result turns only leakwatch's part off.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-disable=unused-result -fplugin-arg-leakwatch-must-check=mc" } */

__attribute__ ((warn_unused_result)) int get (void);
int mc (void);

void
f (void)
{
  int r = get (); /* { dg-bogus "never checked" } */
  mc (); /* { dg-bogus "mc" } */
  get (); /* { dg-warning "ignoring return value of .get. declared with attribute" } */
}
