/* C2x [[nodiscard]], which GCC keeps on the declaration.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */

[[nodiscard]] int acquire (void);
[[nodiscard ("the lock may fail")]] int lock (int);

void
stored (void)
{
  int r = acquire (); /* { dg-bogus "never checked" } */
  int s = lock (r); /* { dg-warning "value of .lock. stored in .s. is never checked" } */
  s = lock (1); /* { dg-message "note: .s. is overwritten here" } */
  if (s)
    return;
  int t = acquire (); /* { dg-warning "value of .acquire. stored in .t. is never checked" } */
} /* { dg-message "note: .t. is not read" } */
