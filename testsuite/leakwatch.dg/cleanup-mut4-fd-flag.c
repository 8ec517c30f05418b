/* A descriptor's test kept in a flag: the fallback is opened only when
   the first open failed, so the store over the variable leaks nothing.
   The walk knows the stored descriptor is >= 0.  (Issue 10: kills the
   facts on a signed variable of lw_cl_value_facts, cleanup-confirm.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include <stdbool.h>

extern int work_on (int fd);
extern void log_debug (const char *fmt, ...);

int
open_flagged (const char *a, const char *b)
{
  _cleanup_close_ int fd = open (a, O_RDONLY | O_CLOEXEC);
  bool missing = fd < 0;
  log_debug ("%s: %s", a, missing ? "missing" : "found");
  if (missing)
    fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned" "the first open failed" } */
  if (fd < 0)
    return -errno;
  return work_on (TAKE_FD (fd));
}
