/* -Werror=unused-result applies: the check reports under GCC's own
   option.  */
/* { dg-do compile } */
/* { dg-options "-Werror=unused-result" } */

__attribute__ ((warn_unused_result)) int get (void);

void
f (void)
{
  int r = get (); /* { dg-error "value of .get. stored in .r. is never checked \\\[-Werror=unused-result\\\]" } */
} /* { dg-message "note: .r. is not read" } */
