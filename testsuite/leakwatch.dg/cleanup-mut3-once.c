/* A loop whose body runs once (systemd's RUN_WITH_UMASK) forgets the
   state only on its back edge: a value owned before the loop, or
   stored earlier in its body, is still owned inside it, and a store
   over it leaks.  (Issue 10: kills the back-edge test before
   lw_cl_once_p in lw_cl_edge_state, check-cleanup.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include <sys/stat.h>

static inline void umaskp (mode_t *m) { umask (*m & 0777); }
#define RUN_WITH_UMASK(m)                                                  \
  for (_cleanup_ (umaskp) mode_t saved_mask_ = umask (m) | S_IFMT;         \
       (saved_mask_ & S_IFMT) != 0; saved_mask_ &= 0777)

extern int write_to (const char *path);

int
path_before_mask (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  RUN_WITH_UMASK (0077)
    {
      p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
      if (!p)
	return -ENOMEM;
    }
  return write_to (p);
}

int
path_twice_in_mask (const char *a, const char *b)
{
  _cleanup_free_ char *p = NULL; /* { dg-message "note: .p. is declared here" } */
  RUN_WITH_UMASK (0077)
    {
      p = strdup (a);
      if (!p)
	return -ENOMEM;
      if (write_to (p) < 0)
	return -EIO;
      p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
      if (!p)
	return -ENOMEM;
    }
  return write_to (p);
}
