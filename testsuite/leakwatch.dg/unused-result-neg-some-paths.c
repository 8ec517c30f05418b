/* Used on some paths only: not reported by default.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int op (void);

int
some_paths (int verbose)
{
  int r = op (); /* { dg-bogus "never checked" } */
  if (verbose)
    return r;
  return 0;
}

int
loop_carried (int n)
{
  int r = 0;
  for (int i = 0; i < n; i++)
    r = op (); /* { dg-bogus "never checked" } */
  return r;
}
