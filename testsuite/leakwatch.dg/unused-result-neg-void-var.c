/* void-cast=allow (the default): an explicit ignore is deliberate.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=mc_listed" } */

__attribute__ ((warn_unused_result)) int wur (void);
int mc_listed (void);

#define IGNORE(x) ((void) (x))

void
cast_var (void)
{
  int r = wur (); /* { dg-bogus "never checked" } */
  (void) r;
}

void
cast_macro (void)
{
  int r = mc_listed (); /* { dg-bogus "never checked" } */
  IGNORE (r);
}

void
unused_attribute (void)
{
  int r __attribute__ ((unused)) = wur (); /* { dg-bogus "never checked" } */
}

void
cast_call (void)
{
  (void) mc_listed (); /* { dg-bogus "mc_listed" } */
}
