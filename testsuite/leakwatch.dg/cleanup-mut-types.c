/* Which cleanup variables can hold a resource: a pointer or an integer
   at least as wide as int (a descriptor).  A char, bool or enum with a
   cleanup restores a plain value (a saved character, a mode): its
   reassignments leak nothing.  (Issue 10: kills the mutants of
   lw_cl_resource_type_p and its caller in cleanup-vars.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *next_name (int i);

static inline void
restore_nul (char *c)
{
  *c = 0;
}

enum mode
{
  MODE_READ,
  MODE_WRITE
};
extern enum mode cur_mode;

static inline void
restore_mode (enum mode *m)
{
  cur_mode = *m;
}

/* The last character seen, wiped on the way out.  */
void
last_char (const char *s, int n)
{
  __attribute__ ((cleanup (restore_nul))) char c = 0;
  for (int i = 0; i < n; i++)
    c = s[i]; /* { dg-bogus "reassigned" "a char holds no resource" } */
  putchar (c);
}

/* A mode restored on the way out, changed as the input says.  */
void
follow_modes (const enum mode *modes, int n)
{
  __attribute__ ((cleanup (restore_mode))) enum mode saved = cur_mode;
  for (int i = 0; i < n; i++)
    {
      saved = modes[i]; /* { dg-bogus "reassigned" "an enum holds no resource" } */
      cur_mode = saved;
    }
}

/* Positive: a descriptor is an int.  */
void
last_fd (const char *const *paths, int n)
{
  _cleanup_close_ int fd = -1; /* { dg-message "note: .fd. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    fd = open (paths[i], O_RDONLY | O_CLOEXEC); /* { dg-warning ".fd. is reassigned on each iteration" } */
}
