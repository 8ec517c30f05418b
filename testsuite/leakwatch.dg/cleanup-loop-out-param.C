// A loop that runs until a call in it sets an out-parameter, in C++:
// a reference parameter's field, a local descriptor (see
// cleanup-loop-out-param.c).
// { dg-do compile }

#include "cleanup-systemd.h"

struct layout
{
  int boot_dfd;
};
extern bool open_dir_at (int dfd, const char *name, int *out_fd);
extern const char *next_name ();
extern int read_more (int fd, int *done);

int
find_kernel (layout &l, int dfd)
{
  _cleanup_free_ char *kver = NULL;
  l.boot_dfd = -1;
  while (l.boot_dfd == -1)
    {
      const char *n = next_name ();
      if (n == NULL)
	break;
      if (!open_dir_at (dfd, n, &l.boot_dfd))
	return -1;
      kver = strdup (n); // { dg-bogus "reassigned" "the loop ends once the call succeeded" }
    }
  return kver != NULL;
}

int
read_all (int fd)
{
  _cleanup_free_ char *chunk = NULL;
  int done = 0;
  while (!done)
    {
      if (read_more (fd, &done) < 0)
	return -EIO;
      chunk = strdup ("chunk"); // { dg-warning "reassigned on each iteration" }
    }
  return 0;
}

// { dg-prune-output "note:" }
