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

/* The same by assignment: a new value made from the old one, which
   the call only reads, stored over it.  */
extern char *strjoin2 (const char *a, const char *b);
extern char *fmt_new (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
extern char *trim_in_place (char *s);

int
suffixed (const char *dir)
{
  _cleanup_free_ char *p = strdup (dir); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  p = strjoin2 (p, "/sub"); /* { dg-warning ".p. is reassigned while it still owns a value" } */
  return use (p);
}

int
formatted_in_loop (int n)
{
  _cleanup_free_ char *s = strdup (""); /* { dg-message "note: .s. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    s = fmt_new ("%s,%d", s, i); /* { dg-warning ".s. is reassigned on each iteration of this loop" } */
  return use (s);
}

/* Correct: a call that may free, keep or return the old value.  */
int
grown (size_t n)
{
  _cleanup_free_ char *p = malloc (n);
  if (!p)
    return -ENOMEM;
  char *q = realloc (p, 2 * n);
  if (!q)
    return -ENOMEM;
  p = q; /* { dg-bogus "reassigned" } */
  return use (p);
}

int
trimmed (const char *in)
{
  _cleanup_free_ char *p = strdup (in);
  if (!p)
    return -ENOMEM;
  p = trim_in_place (p); /* { dg-bogus "reassigned" } */
  return use (p);
}

int
freed_first (const char *in)
{
  _cleanup_free_ char *p = strdup (in);
  if (!p)
    return -ENOMEM;
  p = mfree (p); /* { dg-bogus "reassigned" } */
  p = strjoin2 (in, "/x"); /* { dg-bogus "reassigned" } */
  return use (p);
}
