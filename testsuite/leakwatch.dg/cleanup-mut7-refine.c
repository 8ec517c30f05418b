/* Which tests of a cleanup variable's current value show it holds
   nothing (cleanup-events.c, lw_cl_refine): each fallback below opens
   a second descriptor or string only where the first attempt failed,
   written the ways systemd and its neighbours write that test.  (Issue
   10, ninth round of mutation: each function keeps one outcome of
   lw_cl_refine needed.)  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include "cleanup-systemd.h"

extern char *lookup (const char *key);

int
open_eq_minus_one (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd == -1)
    return -errno;
  return TAKE_FD (fd);
}

int
open_ne_minus_one (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd != -1)
    return TAKE_FD (fd);
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd == -1)
    return -errno;
  return TAKE_FD (fd);
}

int
open_le_minus_one (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd <= -1)
    fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_gt_minus_one (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd > -1)
    return TAKE_FD (fd);
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_ge_zero (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd >= 0)
    return TAKE_FD (fd);
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_lt_zero (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned while it still owns" "only when the first open failed" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

/* A positive descriptor is not nothing: 'fd > 0' and 'fd == 0' say
   nothing of a leak, nor does a test against 1.  */
int
open_le_zero (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd <= 0)
    fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-warning "reassigned while it still owns" "descriptor 0 is open" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_lt_one (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd != 1)
    return TAKE_FD (fd);
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-warning "reassigned while it still owns" "descriptor 1 is open" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

char *
lookup_eq_null (const char *a, const char *b)
{
  _cleanup_free_ char *s = NULL;
  s = lookup (a);
  if (s == NULL)
    s = lookup (b); /* { dg-bogus "reassigned while it still owns" "only when the first lookup failed" } */
  return TAKE_PTR (s);
}

char *
lookup_ne_null (const char *a, const char *b)
{
  _cleanup_free_ char *s = NULL;
  s = lookup (a);
  if (s != NULL)
    return TAKE_PTR (s);
  s = lookup (b); /* { dg-bogus "reassigned while it still owns" "only when the first lookup failed" } */
  return TAKE_PTR (s);
}

/* Moving a descriptor above stdio (systemd's fd_move_above_stdio),
   forgetting the low one: descriptors 0, 1 and 2 are open ones.  */
int
open_above_stdio (const char *path)
{
  _cleanup_close_ int fd = -1;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  if (fd < 3)
    fd = fcntl (fd, F_DUPFD_CLOEXEC, 3); /* { dg-warning "reassigned while it still owns" "the low descriptor leaks" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_not_stdin (const char *path)
{
  _cleanup_close_ int fd = -1;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd == 0)
    fd = open ("/dev/null", O_RDONLY | O_CLOEXEC); /* { dg-warning "reassigned while it still owns" "descriptor 0 leaks" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

/* The opposite outcome of the same tests: where the pointer is not
   NULL, or the descriptor not 0, the old value is still owned.  */
char *
lookup_both (const char *a, const char *b)
{
  _cleanup_free_ char *s = NULL;
  s = lookup (a);
  if (s != NULL)
    s = lookup (b); /* { dg-warning "reassigned while it still owns" "the first result leaks" } */
  return TAKE_PTR (s);
}

int
open_stdin_ne (const char *path)
{
  _cleanup_close_ int fd = -1;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd != 0)
    return TAKE_FD (fd);
  fd = open ("/dev/null", O_RDONLY | O_CLOEXEC); /* { dg-warning "reassigned while it still owns" "descriptor 0 leaks" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

/* The test inverted, and the move above stdio written the other way
   round: the descriptor is open where the edge is taken.  */
int
reopen_inverted (const char *a, const char *b)
{
  _cleanup_close_ int fd = -1;
  fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd != -1)
    fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-warning "reassigned while it still owns" "the test is inverted" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_above_stdio_gt (const char *path)
{
  _cleanup_close_ int fd = -1;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  if (fd > 2)
    return TAKE_FD (fd);
  fd = fcntl (fd, F_DUPFD_CLOEXEC, 3); /* { dg-warning "reassigned while it still owns" "the low descriptor leaks" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}

int
open_above_stdio_ge (const char *path)
{
  _cleanup_close_ int fd = -1;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  if (fd >= 3)
    return TAKE_FD (fd);
  fd = fcntl (fd, F_DUPFD_CLOEXEC, 3); /* { dg-warning "reassigned while it still owns" "the low descriptor leaks" } */
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd);
}
