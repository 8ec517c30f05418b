/* A new value allocated into a cleanup variable by a call that is also
   given the old value only to read it ('asprintf (&p, "%s/x", p)'): the
   old value leaks.  A call that frees or keeps the old value
   (realloc-like, getline) does not leak it.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int asprintf (char **strp, const char *fmt, ...);
extern int use (const char *s);

int
sub_path (const char *dir)
{
  _cleanup_free_ char *p = strdup (dir); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  if (asprintf (&p, "%s/sub", p) < 0) /* { dg-warning ".p. is reassigned while it still owns a value" } */
    return -ENOMEM;
  return use (p);
}

int
join_all (char **comp, int n)
{
  _cleanup_free_ char *path = strdup (""); /* { dg-message "note: .path. is declared here" } */
  if (!path)
    return -ENOMEM;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    if (asprintf (&path, "%s/%s", path, comp[i]) < 0) /* { dg-warning ".path. is reassigned on each iteration of this loop" } */
      return -ENOMEM;
  return use (path);
}

/* Correct: the old value freed first, or kept in another variable that
   frees it, or the new value made in another variable.  */
int
sub_path_freed (const char *dir)
{
  _cleanup_free_ char *p = strdup (dir);
  _cleanup_free_ char *q = NULL;
  if (!p)
    return -ENOMEM;
  if (asprintf (&q, "%s/sub", p) < 0) /* { dg-bogus "reassigned" } */
    return -ENOMEM;
  free (p);
  p = TAKE_PTR (q);
  return use (p);
}

int
sub_path_swapped (const char *dir)
{
  _cleanup_free_ char *p = strdup (dir);
  _cleanup_free_ char *old = NULL;
  if (!p)
    return -ENOMEM;
  old = TAKE_PTR (p);
  if (asprintf (&p, "%s/sub", old) < 0) /* { dg-bogus "reassigned" } */
    return -ENOMEM;
  return use (p);
}

/* getline is given the old buffer by address: it reuses it.  */
int
lines (FILE *f)
{
  _cleanup_free_ char *line = NULL;
  size_t n = 0;
  while (getline (&line, &n, f) > 0) /* { dg-bogus "reassigned" } */
    use (line);
  return 0;
}
