/* -Wcleanup-overwrite: a straight-line second assignment over a value
   the cleanup variable still owns.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

int
overwrite_ptr (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  puts (p);
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value; its cleanup .freep. runs only once, when it leaves scope, so the earlier value leaks \\\[-Wcleanup-overwrite\\\]" } */
  return p ? 0 : -ENOMEM;
}

int
overwrite_fd (const char *a, const char *b)
{
  _cleanup_close_ int fd = open (a, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0)
    return -errno;
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-warning ".fd. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return fd < 0 ? -errno : 0;
}

int
overwrite_file_on_branch (const char *a, const char *b, int both)
{
  _cleanup_fclose_ FILE *f = fopen (a, "re"); /* { dg-message "note: .f. is declared here" } */
  if (!f)
    return -errno;
  if (both)
    f = fopen (b, "re"); /* { dg-warning ".f. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return f ? 0 : -errno;
}

/* Negative: release, hand-off or constant first.  */
int
reassign_after_safe_close (const char *a, const char *b)
{
  _cleanup_close_ int fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  fd = safe_close (fd);
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "cleanup" } */
  return fd < 0 ? -errno : 0;
}

int
reassign_when_null (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    p = strdup (b); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

int
reassign_after_take (char **ret, const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    return -ENOMEM;
  *ret = TAKE_PTR (p);
  p = strdup (b); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

/* Silenced by the pragma.  */
#include <leakwatch.h>
#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("cleanup-overwrite")
int
silenced (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  puts (p);
  p = strdup (b); /* { dg-bogus "cleanup" } */
  return 0;
}
#pragma GCC diagnostic pop
