/* Values that reach the variable through a conversion or an
   accumulation, and still die unread.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int part (int);

void
widened (void)
{
  long n = part (1); /* { dg-warning "value of .part. stored in .n. is never checked" } */
} /* { dg-message "note: .n. is not read" } */

void
accumulated (void)
{
  int ret = 0;
  ret |= part (1); /* { dg-warning "value of .part. stored in .ret. is never checked" } */
} /* { dg-message "note: .ret. is not read" } */
