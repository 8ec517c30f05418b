/* glibc's __wur functions (active with _FORTIFY_SOURCE and optimisation).  */
/* { dg-do compile } */
/* { dg-options "-D_FORTIFY_SOURCE=2 -O2" } */

#include <unistd.h>
#include <stdlib.h>

void
write_all (int fd, const char *buf, size_t len)
{
  ssize_t n = write (fd, buf, len); /* { dg-warning "value of .write. stored in .n. is never checked" } */
} /* { dg-message "note: .n. is not read" } */

void
read_twice (int fd, char *buf, size_t len)
{
  ssize_t n;
  n = read (fd, buf, len); /* { dg-warning "value of .read. stored in .n. is never checked" } */
  n = read (fd, buf, len); /* { dg-message "note: .n. is overwritten here" } */
  if (n < 0)
    abort ();
}

void
narrowed (const char *path)
{
  long r = chown (path, 0, 0); /* { dg-warning "value of .chown. stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */
