/* Checked once, then reused for a value nobody checks.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int open_it (void);
__attribute__ ((warn_unused_result)) int flush_it (void);

int
second_unchecked (void)
{
  int r = open_it ();
  if (r < 0)
    return r;
  r = flush_it (); /* { dg-warning "value of .flush_it. stored in .r. is never checked" } */
  return 0;
} /* { dg-message "note: .r. is not read before the end" } */
