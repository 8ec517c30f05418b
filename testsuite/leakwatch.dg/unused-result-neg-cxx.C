// C++: (void), static_cast<void>, std::ignore, member functions named
// like POSIX ones, values returned through templates.
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=posix-io" } */

#include <tuple>
#include <unistd.h>

[[nodiscard]] int acquire ();
__attribute__ ((warn_unused_result)) int wur ();

struct stream
{
  int read (char *, int);
  int close ();
};

void
casts ()
{
  int r = acquire (); /* { dg-bogus "never checked" } */
  (void) r;
  int s = wur (); /* { dg-bogus "never checked" } */
  static_cast<void> (s);
  std::ignore = acquire (); /* { dg-bogus "never checked" } */
}

void
members (stream &st, char *buf)
{
  int n = st.read (buf, 4); /* { dg-bogus "never checked" } */
  st.close (); /* { dg-bogus "close" } */
}

template <typename F>
int
call (F f)
{
  auto r = f (); /* { dg-bogus "never checked" } */
  return r;
}

int
use ()
{
  return call (acquire) + call (wur);
}

int
checked_posix (int fd)
{
  if (::close (fd) < 0) /* { dg-bogus "close" } */
    return -1;
  return 0;
}
