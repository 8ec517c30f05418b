/* -Wcleanup-in-loop and its siblings stay silent on correct systemd-style
   code: the old value is released or handed off before the variable is
   reassigned, or the variable lives in the loop body.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct list
{
  char **items;
  size_t n;
};
extern int list_append (struct list *l, char *s);
extern int consume_fd (int fd);
extern int read_string (FILE *f, char **ret);
extern int match (const char *s, const char *key);

int
declared_in_body (char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *line = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (!line)
	return -ENOMEM;
      puts (line);
    }
  return 0;
}

int
free_before_reassign (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      free (p);
      p = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (!p)
	return -ENOMEM;
    }
  return 0;
}

int
mfree_at_end (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (!p)
	return -ENOMEM;
      puts (p);
      p = mfree (p);
    }
  return 0;
}

int
safe_close_at_end (char **paths, int n)
{
  _cleanup_close_ int fd = -1;
  char buf[16];
  for (int i = 0; i < n; i++)
    {
      fd = open (paths[i], O_RDONLY | O_CLOEXEC); /* { dg-bogus "cleanup" } */
      if (fd < 0)
	return -errno;
      if (read (fd, buf, sizeof buf) < 0)
	return -errno;
      fd = safe_close (fd);
    }
  return 0;
}

int
take_ptr_handoff (struct list *l, char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (!p)
	return -ENOMEM;
      if (list_append (l, TAKE_PTR (p)) < 0)
	return -ENOMEM;
    }
  return 0;
}

int
stored_then_nulled (char **out, char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (!p)
	return -ENOMEM;
      out[i] = p;
      p = NULL;
    }
  return 0;
}

int
free_and_replace_loop (char **names, int n)
{
  _cleanup_free_ char *best = NULL;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *c = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (!c)
	return -ENOMEM;
      if (!best || strcmp (c, best) > 0)
	free_and_replace (best, c);
    }
  return best ? (int) strlen (best) : 0;
}

int
getline_loop (FILE *f)
{
  _cleanup_free_ char *line = NULL;
  size_t size = 0;
  int n = 0;
  while (getline (&line, &size, f) > 0) /* { dg-bogus "cleanup" } */
    n++;
  return n;
}

int
realloc_loop (int n)
{
  _cleanup_free_ char *buf = NULL;
  for (int i = 1; i <= n; i++)
    {
      char *t = realloc (buf, i * 16);
      if (!t)
	return -ENOMEM;
      buf = t; /* { dg-bogus "cleanup" } */
    }
  return 0;
}

int
realloc_direct_loop (int n)
{
  _cleanup_free_ char *buf = NULL;
  for (int i = 1; i <= n; i++)
    {
      buf = realloc (buf, i * 16); /* { dg-bogus "cleanup" } */
      if (!buf)
	return -ENOMEM;
    }
  return 0;
}

char *
assign_then_break (char **names, int n, const char *key)
{
  _cleanup_free_ char *found = NULL;
  for (int i = 0; i < n; i++)
    if (match (names[i], key))
      {
	found = strdup (names[i]); /* { dg-bogus "cleanup" } */
	break;
      }
  return TAKE_PTR (found);
}

#define SET_STRING(var, s)                                                     \
  do                                                                           \
    {                                                                          \
      free (var);                                                              \
      (var) = strdup (s);                                                      \
    }                                                                          \
  while (0)

int
do_while_zero (const char *a)
{
  _cleanup_free_ char *p = NULL;
  SET_STRING (p, a); /* { dg-bogus "cleanup" } */
  SET_STRING (p, "x"); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

int
lazy_init (char **names, int n)
{
  _cleanup_free_ char *first = NULL;
  for (int i = 0; i < n; i++)
    {
      if (!first)
	first = strdup (names[i]); /* { dg-bogus "cleanup" } */
      puts (names[i]);
    }
  return first != NULL;
}

int
retry_open (const char *path)
{
  _cleanup_close_ int fd = -1;
  for (;;)
    {
      fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-bogus "cleanup" } */
      if (fd >= 0)
	break;
      if (errno != EINTR)
	return -errno;
    }
  return consume_fd (TAKE_FD (fd));
}

int
take_fd_handoff (char **paths, int n)
{
  _cleanup_close_ int fd = -1;
  for (int i = 0; i < n; i++)
    {
      fd = open (paths[i], O_RDONLY | O_CLOEXEC); /* { dg-bogus "cleanup" } */
      if (fd < 0)
	continue;
      if (consume_fd (TAKE_FD (fd)) < 0)
	return -EIO;
    }
  return 0;
}

int
fd_to_fdopen (char **paths, int n)
{
  _cleanup_close_ int fd = -1;
  _cleanup_fclose_ FILE *f = NULL;
  for (int i = 0; i < n; i++)
    {
      fd = open (paths[i], O_RDONLY | O_CLOEXEC); /* { dg-bogus "cleanup" } */
      if (fd < 0)
	return -errno;
      f = fdopen (fd, "re"); /* { dg-bogus "cleanup" } */
      if (!f)
	return -errno;
      TAKE_FD (fd);
      fclose (TAKE_PTR (f));
    }
  return 0;
}

int
unlikely_continue (struct list *l, char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "cleanup" } */
      if (_unlikely_ (!p))
	continue;
      list_append (l, TAKE_PTR (p));
    }
  return 0;
}

int
read_string_loop (FILE *f)
{
  _cleanup_free_ char *s = NULL;
  int n = 0;
  for (;;)
    {
      int r = read_string (f, &s); /* { dg-bogus "cleanup" } */
      if (r <= 0)
	return r;
      n++;
    }
}

/* The break path and the continue path share the cleanup of 'c' at -O0,
   and are told apart again by a finally_tmp switch.  */
char *
shared_cleanup_paths (char **names, int n, const char *key)
{
  _cleanup_free_ char *result = NULL;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *c = strdup (names[i]);
      if (!c)
	return NULL;
      if (strlen (c) == 0)
	continue;
      if (match (c, key))
	{
	  result = TAKE_PTR (c); /* { dg-bogus "cleanup" } */
	  break;
	}
      puts (c);
    }
  return TAKE_PTR (result);
}

int
copy_out_value (char (*out)[32], char **names, int n, size_t *lens)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (names[i]);
      if (!s)
	return -ENOMEM;
      lens[i] = strlen (s); /* { dg-bogus "cleanup" } */
      snprintf (out[i], sizeof out[i], "%s", s); /* { dg-bogus "cleanup" } */
    }
  return 0;
}

extern int run (const char *const *argv);

int
reused_local_argv (char **names, int n)
{
  const char *argv[3] = { "echo", NULL, NULL };
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *arg = strdup (names[i]);
      if (!arg)
	return -ENOMEM;
      argv[1] = arg; /* { dg-bogus "cleanup" } */
      if (run (argv) < 0)
	return -EIO;
    }
  return 0;
}

int
overwrite_after_handoff (struct list *l, const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    return -ENOMEM;
  list_append (l, p);
  p = strdup (b); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

int
overwrite_after_free (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    return -ENOMEM;
  puts (p);
  free (p);
  p = strdup (b); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

int
swap_old_value (const char *a)
{
  _cleanup_free_ char *p = strdup (a);
  char *old = p;
  p = strdup ("new"); /* { dg-bogus "cleanup" } */
  free (old);
  return 0;
}
