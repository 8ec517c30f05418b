/* A warn_unused_result value stored in a variable that is never read:
   GCC says nothing, leakwatch does.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int do_io (int);

void
never_read (int fd)
{
  int r = do_io (fd); /* { dg-warning "value of .do_io. stored in .r. is never checked \\\[-Wunused-result\\\]" } */
} /* { dg-message "note: .r. is not read before the end of .never_read." } */

void
never_read_later_decl (int fd)
{
  int r;
  r = do_io (fd); /* { dg-warning "value of .do_io. stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

void
underscore (int fd)
{
  int _ = do_io (fd); /* { dg-warning "value of .do_io. stored in ._. is never checked" } */
} /* { dg-message "note: ._. is not read" } */
