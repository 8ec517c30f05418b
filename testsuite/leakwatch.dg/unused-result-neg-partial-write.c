/* Partial-write loops: the loop condition reads the value.  */
/* { dg-do compile } */
/* { dg-options "-D_FORTIFY_SOURCE=2 -O2" } */

#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>

int
write_all (int fd, const char *p, size_t n)
{
  while (n > 0)
    {
      ssize_t w = write (fd, p, n); /* { dg-bogus "never checked" } */
      if (w < 0)
	{
	  if (errno == EINTR)
	    continue;
	  return -1;
	}
      p += w;
      n -= (size_t) w;
    }
  return 0;
}

ssize_t
read_some (int fd, char *buf, size_t n)
{
  ssize_t got;
  do
    got = read (fd, buf, n); /* { dg-bogus "never checked" } */
  while (got < 0 && errno == EINTR);
  return got;
}

int
retry (int fd, const char *p, size_t n)
{
  ssize_t w = TEMP_FAILURE_RETRY (write (fd, p, n)); /* { dg-bogus "never checked" } */
  return w == (ssize_t) n ? 0 : -1;
}
