/* void-cast=warn: explicit ignores are reported too.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x -fplugin-arg-leakwatch-void-cast=warn -fplugin-arg-leakwatch-must-check=mc_listed" } */

__attribute__ ((warn_unused_result)) int wur (void);
[[nodiscard]] int nd (void);
int mc_listed (void);

void
casts (void)
{
  int r = wur (); /* { dg-warning "value of .wur. stored in .r. is never checked" } */
  (void) r;
} /* { dg-message "note: .r. is not read" } */

void
idioms (void)
{
  (void) !wur (); /* { dg-warning "value of .wur. is never checked" } */
  if (wur ()) /* { dg-warning "value of .wur. is never checked" } */
    {
    }
  (void) mc_listed (); /* { dg-warning "ignoring return value of .mc_listed., whose result must be checked" } */
  (void) nd (); /* { dg-warning "ignoring return value of .nd., whose result must be checked" } */
}

void
unused_attribute (void)
{
  int q __attribute__ ((unused)) = wur (); /* { dg-warning "value of .wur. stored in .q. is never checked" } */
} /* { dg-message "note: .q. is not read" } */
