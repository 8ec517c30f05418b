/* A test of a cleanup descriptor or pointer joined with another by &&
   or ||: GCC makes '_4 = _2 & _3; if (_4 != 0)' of it, and each
   comparison still says what the variable holds on the edge where the
   whole test fixes it (reduced from systemd's dynamic-user.c).  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int take_lock (void);
extern char *find (const char *k);
extern int use (int fd);

int
lock_or_error (void)
{
  _cleanup_close_ int lock_fd = -1;
  lock_fd = take_lock ();
  if (lock_fd < 0 && lock_fd != -EROFS)
    return lock_fd; /* { dg-bogus "returned but its cleanup" "a negative error code, not a descriptor" } */
  return use (lock_fd);
}

char *
lookup_or_null (const char *k, int strict)
{
  _cleanup_free_ char *s = find (k);
  if (s == NULL || strict)
    return NULL;
  return strdup (s);
}

int
unlikely_pair (int fd2)
{
  _cleanup_close_ int fd = take_lock ();
  if (__builtin_expect (fd < 0 && fd2 > 0, 0))
    return fd; /* { dg-bogus "returned but its cleanup" "an error code" } */
  return use (fd);
}

int
not_fixed_by_or (int other)
{
  _cleanup_close_ int fd = take_lock (); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0 || other)
    return fd; /* { dg-warning "returned but its cleanup\[^\n\]*cleanup-escape" "the || holds with fd >= 0 too" } */
  return use (fd);
}
