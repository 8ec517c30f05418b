/* Checks through __builtin_expect (likely/unlikely) and logical
   operators.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int op (int);
void fail (void);

#define unlikely(x) __builtin_expect (!!(x), 0)

void
f (int a)
{
  int r = op (1); /* { dg-bogus "never checked" } */
  if (unlikely (r < 0))
    fail ();
  int s = op (2); /* { dg-bogus "never checked" } */
  int t = op (3); /* { dg-bogus "never checked" } */
  if (a && (s < 0 || t < 0))
    fail ();
}
