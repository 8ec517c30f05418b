/* GCC's own idioms on unnamed values stay GCC's business.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int wur (void);

void
idioms (void)
{
  (void) !wur (); /* { dg-bogus "wur" } */
  if (wur ()) /* { dg-bogus "wur" } */
    {
    }
}
