/* Reassigned only after being checked.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int step (int);

int
sequence (void)
{
  int r = step (1); /* { dg-bogus "never checked" } */
  if (r < 0)
    return r;
  r = step (2); /* { dg-bogus "never checked" } */
  if (r < 0)
    return r;
  r = step (3); /* { dg-bogus "never checked" } */
  return r;
}
