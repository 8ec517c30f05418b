/* void-cast=silences: (void) f () also silences GCC's own warning;
   everything else keeps GCC's exact conditions.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-void-cast=silences" } */

__attribute__ ((warn_unused_result)) int wur (void);
__attribute__ ((warn_unused_result)) struct big { int a[8]; } big (void);

void
silenced (void)
{
  (void) wur (); /* { dg-bogus "ignoring return value" } */
  (void) (wur ()); /* { dg-bogus "ignoring return value" } */
}

void
still_warned (void)
{
  wur (); /* { dg-warning "ignoring return value of .wur. declared with attribute .warn_unused_result." } */
  int r = wur (); /* { dg-warning "value of .wur. stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

void
still_checked (void)
{
  int r = wur (); /* { dg-bogus "never checked" } */
  (void) r;
}
