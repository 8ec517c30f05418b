/* A loop that runs until a call in it sets an out-parameter ('while
   (l->boot_dfd == -1)' around 'if (!open_dir_at (..., &l->boot_dfd))
   return') runs the code after a successful call once: the call stores
   a descriptor (or a pointer) there, and the loop's test ends it.
   Reduced from ostree's _ostree_kernel_layout_load (field-results.md).
   A loop whose test the call does not end, or a call whose success the
   path did not test, still leaks each earlier value.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct layout
{
  int boot_dfd;
  char *kernel;
};
extern int open_dir_at (int dfd, const char *name, int *out_fd);
extern int open_dir_r (int dfd, const char *name, int *out_fd);
extern void open_dir_void (int dfd, const char *name, int *out_fd);
extern const char *next_name (void);
extern int lookup (const char *key, struct layout **ret);
extern int read_more (int fd, int *done);
extern void layout_freep (struct layout **l);

/* ostree: the boolean result, the field of an object of the caller.  */
int
find_kernel (struct layout *l, int dfd)
{
  _cleanup_free_ char *kver = NULL;
  l->boot_dfd = -1;
  while (l->boot_dfd == -1)
    {
      const char *n = next_name ();
      if (n == NULL)
	break;
      if (!open_dir_at (dfd, n, &l->boot_dfd))
	return -1;
      kver = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  return kver != NULL;
}

/* The object under a cleanup of its own (ostree's g_autoptr).  */
int
find_kernel_owned (int dfd)
{
  _cleanup_ (layout_freep) struct layout *l = calloc (1, sizeof *l);
  _cleanup_free_ char *kver = NULL;
  if (!l)
    return -ENOMEM;
  l->boot_dfd = -1;
  while (l->boot_dfd == -1)
    {
      const char *n = next_name ();
      if (n == NULL)
	return 0;
      if (!open_dir_at (dfd, n, &l->boot_dfd))
	return -1;
      kver = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
      l->kernel = strdup ("vmlinuz");
    }
  return kver != NULL;
}

/* systemd's convention (r < 0 is failure), a local descriptor.  */
int
find_dir (int dfd)
{
  _cleanup_free_ char *name = NULL;
  int fd = -1, r;
  while (fd < 0)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      r = open_dir_r (dfd, n, &fd);
      if (r < 0)
	return r;
      name = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  close (fd);
  return name ? 0 : -ENOMEM;
}

/* A pointer out-parameter.  */
int
find_entry (const char *const *keys)
{
  _cleanup_free_ char *label = NULL;
  struct layout *e = NULL;
  for (unsigned i = 0; !e; i++)
    {
      if (!keys[i])
	return -ENOENT;
      if (lookup (keys[i], &e) < 0)
	return -EIO;
      label = strdup (keys[i]); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  return label ? 0 : -ENOMEM;
}

/* A do-while: the call's test is in the loop's first block.  */
int
find_dir_do (int dfd)
{
  _cleanup_free_ char *name = NULL;
  int fd = -1;
  do
    {
      if (open_dir_r (dfd, next_name (), &fd) < 0)
	return -EIO;
      name = strdup ("dir"); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  while (fd < 0);
  close (fd);
  return name ? 0 : -ENOMEM;
}

/* The result converted before the test (a long kept in an int), and a
   negated boolean kept in a flag.  */
extern long open_dir_long (int dfd, const char *name, int *out_fd);
extern _Bool open_dir_b (int dfd, const char *name, int *out_fd);

int
find_dir_long (int dfd)
{
  _cleanup_free_ char *name = NULL;
  int fd = -1;
  while (fd < 0)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      int r = open_dir_long (dfd, n, &fd);
      if (r < 0)
	return r;
      name = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  close (fd);
  return name ? 0 : -ENOMEM;
}

int
find_dir_flag (int dfd)
{
  _cleanup_free_ char *name = NULL;
  int fd = -1;
  while (fd < 0)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      _Bool failed = !open_dir_b (dfd, n, &fd);
      if (failed)
	return -EIO;
      name = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  close (fd);
  return name ? 0 : -ENOMEM;
}

/* An unsigned id whose "none" is (uid_t) -1, as systemd's UID_INVALID.  */
extern int lookup_uid (const char *name, unsigned *ret);

int
first_user (void)
{
  _cleanup_free_ char *user = NULL;
  unsigned uid = (unsigned) -1;
  while (uid == (unsigned) -1)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      if (lookup_uid (n, &uid) < 0)
	return -EIO;
      user = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  return user ? 0 : -ENOMEM;
}

/* The descriptor is a cleanup variable itself.  */
int
find_dir_owned_fd (int dfd)
{
  _cleanup_close_ int fd = -1;
  _cleanup_free_ char *name = NULL;
  while (fd < 0)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      if (open_dir_r (dfd, n, &fd) < 0)
	return -EIO;
      name = strdup (n); /* { dg-bogus "reassigned" "the loop ends once the call succeeded" } */
    }
  return name ? 0 : -ENOMEM;
}

/* The call sets an out-parameter the loop does not end on: a test of
   it in the body decides nothing of the loop.  */
extern int more (void);
extern int probe (int dfd, int *out_fd);

int
record_missing (int dfd)
{
  _cleanup_free_ char *name = NULL;
  int fd = -1;
  while (more ())
    {
      if (probe (dfd, &fd) < 0)
	return -EIO;
      if (fd >= 0)
	{
	  close (fd);
	  continue;
	}
      name = strdup ("missing"); /* { dg-warning "reassigned on each iteration" } */
    }
  return 0;
}

/* The loop's test reads a flag the call sets, not a value it stores:
   the loop goes on after a successful call.  */
int
read_all (int fd)
{
  _cleanup_free_ char *chunk = NULL;
  int done = 0;
  while (!done)
    {
      if (read_more (fd, &done) < 0)
	return -EIO;
      chunk = strdup ("chunk"); /* { dg-warning "reassigned on each iteration" } */
    }
  return 0;
}

/* The call's result is not tested: a failure leaves the descriptor
   unset and the loop goes round again.  */
int
find_dir_untested (int dfd)
{
  _cleanup_free_ char *name = NULL;
  int fd = -1;
  while (fd == -1)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      open_dir_void (dfd, n, &fd);
      name = strdup (n); /* { dg-warning "reassigned on each iteration" } */
    }
  close (fd);
  return 0;
}

/* The call succeeded, but the loop does not test what it set.  */
int
find_all_dirs (int dfd, struct layout *l)
{
  _cleanup_free_ char *name = NULL;
  while (l->kernel == NULL)
    {
      const char *n = next_name ();
      if (!n)
	return -ENOENT;
      if (!open_dir_at (dfd, n, &l->boot_dfd))
	return -1;
      name = strdup (n); /* { dg-warning "reassigned on each iteration" } */
      close (l->boot_dfd);
    }
  return 0;
}

/* { dg-prune-output "note:" } */
