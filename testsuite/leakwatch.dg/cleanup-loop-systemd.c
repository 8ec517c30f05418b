/* -Wcleanup-in-loop: systemd-style cleanup variables declared outside a
   loop and given a new owned value on each iteration.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int match (const char *s, const char *key);

int
loop_strdup (char **names, int n)
{
  _cleanup_free_ char *line = NULL; /* { dg-message "note: .line. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    {
      line = strdup (names[i]); /* { dg-warning ".line. is reassigned on each iteration of this loop but its cleanup .freep. runs only once, when it leaves scope; values from earlier iterations leak \\\[-Wcleanup-in-loop\\\]" } */
      if (!line)
	return -ENOMEM;
      puts (line);
    }
  return 0;
}

int
loop_open (char **paths, int n)
{
  _cleanup_close_ int fd = -1;
  char buf[64];
  for (int i = 0; i < n; i++)
    {
      fd = open (paths[i], O_RDONLY | O_CLOEXEC); /* { dg-warning ".fd. is reassigned on each iteration \[^\n\]*.closep.\[^\n\]*cleanup-in-loop" } */
      if (fd < 0)
	continue;
      if (read (fd, buf, sizeof buf) < 0)
	return -errno;
    }
  return 0;
}

int
loop_fopen (char **paths)
{
  _cleanup_fclose_ FILE *f = NULL;
  char buf[128];
  while (*paths)
    {
      f = fopen (*paths++, "re"); /* { dg-warning ".f. is reassigned on each iteration\[^\n\]*.fclosep." } */
      if (!f)
	continue;
      if (!fgets (buf, sizeof buf, f))
	return -EIO;
    }
  return 0;
}

/* "Last match wins": every earlier match leaks.  */
const char *
loop_last_match (char **l, int n, const char *key)
{
  static char result[64];
  _cleanup_free_ char *found = NULL;
  for (int i = 0; i < n; i++)
    if (match (l[i], key))
      found = strdup (l[i]); /* { dg-warning ".found. is reassigned on each iteration" } */
  if (found)
    snprintf (result, sizeof result, "%s", found);
  return result;
}

int
loop_do_while (const char *s, size_t k)
{
  _cleanup_free_ char *chunk = NULL;
  size_t total = 0;
  do
    {
      chunk = strndup (s, k); /* { dg-warning ".chunk. is reassigned on each iteration" } */
      if (!chunk)
	return -ENOMEM;
      total += strlen (chunk);
      s += strlen (chunk);
    }
  while (*s);
  return (int) total;
}

int
loop_nested (char ***table, int rows, int cols)
{
  _cleanup_free_ char *cell = NULL;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++)
      {
	cell = malloc (32); /* { dg-warning ".cell. is reassigned on each iteration" } */
	if (!cell)
	  return -ENOMEM;
	snprintf (cell, 32, "%s", table[r][c]);
      }
  return 0;
}

int
loop_socket (int n)
{
  _cleanup_close_ int s = -1;
  for (int i = 0; i < n; i++)
    {
      s = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0); /* { dg-warning ".s. is reassigned on each iteration" } */
      if (s < 0)
	return -errno;
      if (listen (s, 4) < 0)
	return -errno;
    }
  return 0;
}

int
loop_goto (const char *name, int tries)
{
  _cleanup_free_ char *p = NULL;
again:
  p = strdup (name); /* { dg-warning ".p. is reassigned on each iteration" } */
  if (!p)
    return -ENOMEM;
  if (--tries > 0 && strlen (p) > 3)
    goto again;
  return 0;
}

/* { dg-prune-output "note:" } */
