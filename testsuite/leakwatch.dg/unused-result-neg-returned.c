/* Values returned, directly or through variables.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int op (int);

int
direct (void)
{
  return op (1);
}

int
via_var (void)
{
  int r = op (2); /* { dg-bogus "never checked" } */
  return r;
}

long
via_conversion (int x)
{
  int r = op (x); /* { dg-bogus "never checked" } */
  long l = r;
  return l + 1;
}

int
via_phi (int x)
{
  int r;
  if (x)
    r = op (3); /* { dg-bogus "never checked" } */
  else
    r = op (4); /* { dg-bogus "never checked" } */
  return r;
}
