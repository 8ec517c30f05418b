/* The escape and in-loop reports that stay after the false-positive
   fixes: returning an owned value, storing it in a global, or in
   '*ret' through an out-parameter, while the variable still owns it;
   and a variable declared outside a loop that takes a new value on each
   iteration.  */
/* { dg-do compile } */
/* Stores into file-scope objects too.  */
/* { dg-options "-fplugin-arg-leakwatch-cleanup-escape=2" } */

#include "cleanup-systemd.h"

static int last_fd;

int
open_leaking_fd (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0)
    return -errno;
  last_fd = fd; /* { dg-warning "stored where it outlives\[^\n\]*cleanup-escape" } */
  return 0;
}

int
dup_out (const char *s, char **ret)
{
  _cleanup_free_ char *c = NULL; /* { dg-message "note: .c. is declared here" } */

  c = strdup (s);
  if (!c)
    return -ENOMEM;
  if (ret)
    *ret = c; /* { dg-warning "stored where it outlives\[^\n\]*cleanup-escape" } */
  return 0;
}

/* An fd returned after a failed test on errno, not on the fd.  */
int
open_returning (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0 && errno != ENOENT)
    return -errno;
  return fd; /* { dg-warning "is returned\[^\n\]*cleanup-escape" } */
}

/* One buffer for all remotes: only the last one is freed.  */
extern char *remote_keys (const char *remote);
extern int show (const char *s);

int
list_keys (char **remotes, int n)
{
  _cleanup_free_ char *keys = NULL; /* { dg-message "note: .keys. is declared here" } */

  for (int k = 0; k < n; k++) /* { dg-message "note: the loop is here" } */
    {
      keys = remote_keys (remotes[k]); /* { dg-warning "reassigned on each iteration\[^\n\]*cleanup-in-loop" } */
      if (!keys)
	continue;
      show (keys);
    }
  return 0;
}

extern int use_fd (int fd);

/* An int cleanup variable never assigned before an early return.  */
int
uninit_fd (const char *path, int flag)
{
  _cleanup_close_ int fd; /* { dg-warning "before it is assigned\[^\n\]*cleanup-uninit" } */
  if (flag)
    return -EINVAL;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  return use_fd (fd);
}

/* Overwrites that the path confirmation keeps: the conditions are
   independent, so a path goes through both assignments.  */
extern char *lookup_a (const char *k);
extern char *lookup_b (const char *k);

int
two_lookups (int a, int b, const char *k)
{
  _cleanup_free_ char *s = NULL; /* { dg-message "note: .s. is declared here" } */

  if (a)
    s = lookup_a (k);
  if (b)
    s = lookup_b (k); /* { dg-warning "reassigned while it still owns\[^\n\]*cleanup-overwrite" } */
  return show (s);
}

/* A test of another value inside the loop does not stop the leak.  */
int
matching_keys (char **remotes, int n)
{
  _cleanup_free_ char *last = NULL; /* { dg-message "note: .last. is declared here" } */

  for (int k = 0; k < n; k++) /* { dg-message "note: the loop is here" } */
    if (remotes[k][0] == '/')
      last = strdup (remotes[k]); /* { dg-warning "reassigned on each iteration\[^\n\]*cleanup-in-loop" } */
  return last ? show (last) : 0;
}

/* An out-parameter that is not an error object says nothing.  */
extern char *parse_word (const char *s, const char **end);

int
two_words (const char *s)
{
  const char *end = NULL;
  _cleanup_free_ char *w = parse_word (s, &end); /* { dg-message "note: .w. is declared here" } */
  if (end)
    w = parse_word (end, &end); /* { dg-warning "reassigned while it still owns\[^\n\]*cleanup-overwrite" } */
  return show (w);
}

/* A descriptor reassigned in a retry loop that goes around on success
   too.  */
int
reopen_loop (const char *path, int n)
{
  _cleanup_close_ int fd = -1; /* { dg-message "note: .fd. is declared here" } */

  for (int k = 0; k < n; k++) /* { dg-message "note: the loop is here" } */
    {
      fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-warning "reassigned on each iteration\[^\n\]*cleanup-in-loop" } */
      if (fd == -1 && errno == EINTR)
	continue;
    }
  return use_fd (fd);
}

/* flatpak's remote-ls: one buffer for the keys of every remote, inside
   libglnx-style hash table loops (a once-only 'guard' flag loop around
   the iteration).  Only the last buffer is freed.  */
struct table;
struct titer { void *a, *b; };
extern void titer_init (struct titer *it, struct table *t);
extern int titer_next (struct titer *it, void **k, void **v);
extern char **table_keys (struct table *t, unsigned *n);
extern void put (struct table *t, void *k);

#define TABLE_FOREACH(guard, t, it, k)                                   \
  int guard = 1;                                                         \
  for (struct titer it; guard && (titer_init (&it, t), 1); guard = 0)    \
    for (void *k; guard; guard = 0)                                      \
      while (titer_next (&it, &k, NULL)) /* { dg-message "note: the loop is here" } */

int
list_all_keys (struct table *remotes, struct table *names)
{
  _cleanup_free_ char **keys = NULL; /* { dg-message "note: .keys. is declared here" } */
  unsigned n;

  TABLE_FOREACH (g0, remotes, it0, remote) /* { dg-message "in expansion of macro" } */
    {
      TABLE_FOREACH (g1, (struct table *) remote, it1, ref)
	put (names, ref);
      keys = table_keys (names, &n); /* { dg-warning "reassigned on each iteration\[^\n\]*cleanup-in-loop" } */
      for (unsigned i = 0; i < n; i++)
	show (keys[i]);
    }
  return 0;
}
