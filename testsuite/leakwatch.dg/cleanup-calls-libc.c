/* -Wcleanup-in-loop and -Wcleanup-overwrite see through calls whose
   effect on the value is known without their body: printf-like
   functions (a format attribute), the access attribute, GCC's builtins,
   the POSIX functions that only read a path, and asprintf / vasprintf /
   posix_memalign, which allocate into their first argument (a
   reassignment of the variable whose address they get).  Calls that
   may free or keep the value stay hand-offs.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#define _GNU_SOURCE
#include "cleanup-systemd.h"
#include <stdarg.h>
#include <sys/stat.h>

extern void log_msg (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));
extern void log_full (int level, char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));
extern int name_ok (void *ctx, char *name)
  __attribute__ ((access (read_only, 2)));
extern int name_fix (void *ctx, char *name)
  __attribute__ ((access (read_write, 2)));
extern void my_release (char *p);
extern char *my_alloc (size_t n) __attribute__ ((malloc (my_release, 1)));
extern int remember (char *p);

/* A printf-like function formats its arguments and keeps none.  */
int
log_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      log_msg ("checking %s", p);
    }
  return 0;
}

/* The format string itself, not const-qualified.  */
int
log_format (char **fmts, int n)
{
  _cleanup_free_ char *fmt = NULL;
  for (int i = 0; i < n; i++)
    {
      fmt = strdup (fmts[i]); /* { dg-warning ".fmt. is reassigned on each iteration" } */
      if (!fmt)
	return -ENOMEM;
      log_full (3, fmt, i);
    }
  return 0;
}

/* printf ("%p") is a builtin: a read.  */
int
print_pointer (int n)
{
  _cleanup_free_ char *buf = NULL;
  for (int i = 0; i < n; i++)
    {
      buf = malloc (16); /* { dg-warning ".buf. is reassigned on each iteration" } */
      if (!buf)
	return -ENOMEM;
      printf ("%p\n", (void *) buf);
    }
  return 0;
}

/* access (read_only, 2): the parameter is only read.  */
int
count_ok (void *ctx, char **names, int n)
{
  _cleanup_free_ char *name = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      name = strdup (names[i]); /* { dg-warning ".name. is reassigned on each iteration" } */
      if (!name)
	return -ENOMEM;
      k += name_ok (ctx, name);
    }
  return k;
}

/* Paths: access, stat, open, unlink and mkdir only read them.  */
int
probe_paths (char **names, int n)
{
  _cleanup_free_ char *path = NULL;
  struct stat st;
  for (int i = 0; i < n; i++)
    {
      path = strdup (names[i]); /* { dg-warning ".path. is reassigned on each iteration" } */
      if (!path)
	return -ENOMEM;
      if (access (path, R_OK) < 0 || stat (path, &st) < 0)
	continue;
      if (S_ISDIR (st.st_mode))
	mkdir (path, 0755);
      else
	unlink (path);
    }
  return 0;
}

/* asprintf allocates into *p on each iteration.  */
int
asprintf_loop (char **names, int n)
{
  _cleanup_free_ char *msg = NULL;
  for (int i = 0; i < n; i++)
    {
      if (asprintf (&msg, "name=%s", names[i]) < 0) /* { dg-warning ".msg. is reassigned on each iteration" } */
	return -ENOMEM;
      puts (msg);
    }
  return 0;
}

/* vasprintf too, and posix_memalign.  */
int
vasprintf_loop (int n, const char *fmt, va_list ap)
{
  _cleanup_free_ char *s = NULL;
  while (n-- > 0)
    {
      va_list aq;
      va_copy (aq, ap);
      if (vasprintf (&s, fmt, aq) < 0) /* { dg-warning ".s. is reassigned on each iteration" } */
	{
	  va_end (aq);
	  return -ENOMEM;
	}
      va_end (aq);
      puts (s);
    }
  return 0;
}

int
memalign_loop (int n)
{
  _cleanup_free_ void *block = NULL;
  for (int i = 0; i < n; i++)
    if (posix_memalign (&block, 64, 4096) != 0) /* { dg-warning ".block. is reassigned on each iteration" } */
      return -ENOMEM;
  return 0;
}

/* Outside loops: the second allocation loses the first.  */
int
asprintf_twice (const char *a, const char *b)
{
  _cleanup_free_ char *s = NULL;
  if (asprintf (&s, "%s", a) < 0)
    return -ENOMEM;
  puts (s);
  if (asprintf (&s, "%s", b) < 0) /* { dg-warning ".s. is reassigned while it still owns a value" } */
    return -ENOMEM;
  puts (s);
  return 0;
}

/* Negative cases.  */

/* A function that may change the string may also reallocate it.  */
int
fix_each (void *ctx, char **names, int n)
{
  _cleanup_free_ char *name = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      name = strdup (names[i]); /* { dg-bogus "reassigned" "access (read_write) may release it" } */
      if (!name)
	return -ENOMEM;
      k += name_fix (ctx, name);
    }
  return k;
}

/* The deallocator paired with my_alloc by malloc (my_release, 1).  */
int
release_each (int n)
{
  _cleanup_free_ char *buf = NULL; /* { dg-message "note: .buf. is declared here with cleanup" } */
  for (int i = 0; i < n; i++)
    {
      buf = my_alloc (16); /* { dg-bogus "reassigned" "released by its deallocator" } */
      if (!buf)
	return -ENOMEM;
      my_release (buf); /* { dg-warning ".buf. is freed by .my_release.\[^\n\]*-Wcleanup-handoff" "the last value is freed again by the cleanup after the loop" } */
    }
  return 0;
}

/* putenv keeps the string it is given.  */
int
export_each (char **vars, int n)
{
  _cleanup_free_ char *v = NULL;
  for (int i = 0; i < n; i++)
    {
      v = strdup (vars[i]); /* { dg-bogus "reassigned" "putenv keeps it" } */
      if (!v)
	return -ENOMEM;
      putenv (v);
    }
  return 0;
}

/* Any other function of another file may keep it.  */
int
remember_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "an unknown function may keep it" } */
      if (!p)
	return -ENOMEM;
      remember (p);
    }
  return 0;
}

/* asprintf into a variable declared in the loop, or freed first.  */
int
asprintf_per_iteration (char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *msg = NULL;
      if (asprintf (&msg, "name=%s", names[i]) < 0) /* { dg-bogus "reassigned" "a new variable each iteration" } */
	return -ENOMEM;
      puts (msg);
    }
  return 0;
}

int
asprintf_freed_first (char **names, int n)
{
  _cleanup_free_ char *msg = NULL;
  for (int i = 0; i < n; i++)
    {
      msg = mfree (msg);
      if (asprintf (&msg, "name=%s", names[i]) < 0) /* { dg-bogus "reassigned" "freed before" } */
	return -ENOMEM;
      puts (msg);
    }
  return 0;
}

/* The old value is handed off before the next allocation.  */
int
asprintf_taken (char **out, char **names, int n)
{
  _cleanup_free_ char *msg = NULL;
  for (int i = 0; i < n; i++)
    {
      if (asprintf (&msg, "name=%s", names[i]) < 0) /* { dg-bogus "reassigned" "taken each iteration" } */
	return -ENOMEM;
      out[i] = TAKE_PTR (msg);
    }
  return 0;
}

/* A failed allocation stores nothing: the loop goes on without a
   value to lose.  */
int
asprintf_continue (char **out, char **names, int n)
{
  _cleanup_free_ char *msg = NULL;
  for (int i = 0; i < n; i++)
    {
      if (asprintf (&msg, "name=%s", names[i]) < 0) /* { dg-bogus "reassigned" "the failure path stores nothing" } */
	continue;
      out[i] = TAKE_PTR (msg);
    }
  return 0;
}

int
asprintf_continue_unlikely (char **out, char **names, int n)
{
  _cleanup_free_ char *msg = NULL;
  for (int i = 0; i < n; i++)
    {
      int r = asprintf (&msg, "name=%s", names[i]); /* { dg-bogus "reassigned" "the failure path stores nothing" } */
      if (_unlikely_ (r < 0))
	continue;
      out[i] = TAKE_PTR (msg);
    }
  return 0;
}

int
asprintf_continue_minus_one (char **out, char **names, int n)
{
  _cleanup_free_ char *msg = NULL;
  for (int i = 0; i < n; i++)
    {
      if (asprintf (&msg, "name=%s", names[i]) == -1) /* { dg-bogus "reassigned" "the failure path stores nothing" } */
	continue;
      out[i] = TAKE_PTR (msg);
    }
  return 0;
}

/* getline may reallocate the line: not a new value each time.  */
int
getline_count (FILE *f)
{
  _cleanup_free_ char *line = NULL;
  size_t size = 0;
  int n = 0;
  while (getline (&line, &size, f) > 0) /* { dg-bogus "cleanup" } */
    n += line[0] == '#';
  return n;
}

/* realpath keeps nothing of its input; its result is a new value.  */
int
resolve_each (char **names, int n)
{
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *r = realpath (names[i], NULL); /* { dg-bogus "cleanup" } */
      if (r && access (r, X_OK) == 0)
	k++;
    }
  return k;
}
