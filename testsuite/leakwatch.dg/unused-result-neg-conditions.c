/* Values checked in if, switch and loop conditions.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int op (int);
void fail (void);

void
in_if (void)
{
  int r = op (1); /* { dg-bogus "never checked" } */
  if (r < 0)
    fail ();
}

void
in_switch (void)
{
  int r = op (2); /* { dg-bogus "never checked" } */
  switch (r)
    {
    case 0:
      break;
    default:
      fail ();
    }
}

void
in_loop (void)
{
  int r; /* { dg-bogus "never checked" } */
  do
    r = op (3); /* { dg-bogus "never checked" } */
  while (r > 0);
}

void
in_ternary (int *out)
{
  int r = op (4); /* { dg-bogus "never checked" } */
  *out = r < 0 ? -1 : 0;
}
