/* The posix-io profile: no attributes needed (no _FORTIFY_SOURCE).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=posix-io" } */

#include <unistd.h>

void
finish (int fd)
{
  int r = fsync (fd); /* { dg-warning "value of .fsync. stored in .r. is never checked" } */
  close (fd); /* { dg-warning "ignoring return value of .close., whose result must be checked" } */
} /* { dg-message "note: .r. is not read" } */

void
drop_privileges (void)
{
  setuid (65534); /* { dg-warning "ignoring return value of .setuid." } */
}

int
checked (int fd)
{
  if (close (fd) < 0) /* { dg-bogus "close" } */
    return -1;
  return 0;
}
