/* -Wcleanup-uninit: a cleanup variable declared without an initializer
   that a jump or return takes to its cleanup before it is assigned.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include "cleanup-glib.h"

extern int get_string (char **ret);

int
uninit_return (int k, const char *s)
{
  _cleanup_free_ char *p; /* { dg-warning ".p. can reach its cleanup .freep. before it is assigned, and the cleanup then acts on an indeterminate value \\\[-Wcleanup-uninit\\\]" } */
  if (k < 0)
    return -EINVAL;
  p = strdup (s);
  return p ? 0 : -ENOMEM;
}

int
uninit_continue (char **names, int n)
{
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *p; /* { dg-warning ".p. can reach its cleanup\[^\n\]*cleanup-uninit" } */
      if (!names[i])
	continue;
      p = strdup (names[i]);
      total += p != NULL;
    }
  return total;
}

int
uninit_goto (const char *path, int flags)
{
  int r = 0;
  {
    _cleanup_close_ int fd; /* { dg-warning ".fd. can reach its cleanup .closep.\[^\n\]*cleanup-uninit" } */
    if (flags < 0)
      goto out;
    fd = open (path, flags);
    r = fd < 0 ? -errno : 0;
  out:;
  }
  return r;
}

int
uninit_break (char **names, int n)
{
  int found = 0;
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s; /* { dg-warning ".s. can reach its cleanup\[^\n\]*cleanup-uninit" } */
      if (!names[i])
	break;
      s = g_strdup (names[i]);
      found += s != NULL;
    }
  return found;
}

/* Negative cases.  */
int
init_by_call (void)
{
  _cleanup_free_ char *p; /* { dg-bogus "cleanup" } */
  int r = get_string (&p);
  if (r < 0)
    return r;
  return (int) strlen (p);
}

int
init_on_every_path (int k, const char *a)
{
  _cleanup_free_ char *p; /* { dg-bogus "cleanup" } */
  if (k)
    p = strdup (a);
  else
    p = NULL;
  return p != NULL;
}

int
return_before_declaration (int k, const char *a)
{
  if (k < 0)
    return -EINVAL;
  _cleanup_free_ char *p; /* { dg-bogus "cleanup" } */
  p = strdup (a);
  return p != NULL;
}

int
initialized_in_loop (char **names, int n)
{
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *p = NULL; /* { dg-bogus "cleanup" } */
      if (!names[i])
	continue;
      p = strdup (names[i]);
      total += p != NULL;
    }
  return total;
}
