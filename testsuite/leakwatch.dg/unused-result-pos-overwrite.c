/* The first value is overwritten before anyone looks at it.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int step (int);

int
overwrite (void)
{
  int r = step (1); /* { dg-warning "value of .step. stored in .r. is never checked" } */
  r = step (2); /* { dg-message "note: .r. is overwritten here before it is read" } */
  return r;
}

int
overwrite_in_branch (int x)
{
  int r;
  r = step (1); /* { dg-warning "value of .step. stored in .r. is never checked" } */
  if (x)
    r = step (2); /* { dg-message "note: .r. is overwritten here" } */
  else
    r = step (3);
  return r;
}
