/* -Wcleanup-handoff through helpers of this file that free their
   parameter on every path where it holds something: past a test of the
   parameter itself in any of the forms real code writes ('if (!p)
   return;', 'if (fd < 0) return;', 'if (fd >= 0)'), and past a block
   that only logs it.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"


/* 'if (p == NULL) return;'.  */
static void
name_free (char *s)
{
  if (!s)
    return;
  free (s);
}

int
name_freed_armed (const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  name_free (p); /* { dg-warning ".p. is freed by .name_free., but its cleanup .freep. still runs\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}

/* 'if (fd < 0) return;'.  */
static void
fd_close (int fd)
{
  if (fd < 0)
    return;
  close (fd);
}

int
fd_closed_armed (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0)
    return -errno;
  fd_close (fd); /* { dg-warning ".fd. is freed by .fd_close., but its cleanup .closep. still runs\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}

/* 'if (fd >= 0) close (fd);'.  */
static void
fd_close_valid (int fd)
{
  if (fd >= 0)
    close (fd);
}

int
fd_closed_valid_armed (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0)
    return -errno;
  fd_close_valid (fd); /* { dg-warning ".fd. is freed by .fd_close_valid., but its cleanup .closep. still runs\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}

/* Logged first when set, then freed: the log is a block of its own.  */
static void
name_free_logged (char *s)
{
  if (s)
    fprintf (stderr, "dropping %s\n", s);
  free (s);
}

int
name_freed_logged_armed (const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  name_free_logged (p); /* { dg-warning ".p. is freed by .name_free_logged., but its cleanup .freep. still runs\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}

/* The correct forms: nulled after the helper.  */
int
name_freed_then_null (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  name_free_logged (p); /* { dg-bogus "released twice" } */
  p = NULL;
  return 0;
}

int
fd_closed_then_reset (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  fd_close (fd); /* { dg-bogus "released twice" } */
  fd = -1;
  return 0;
}
