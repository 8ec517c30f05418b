/* -Wcleanup-in-loop sees through the functions defined in the same file:
   what each does with a pointer or descriptor parameter is summarised
   once, and a helper that only reads the value is no hand-off.  Helpers
   that free it, store it where it outlives the call, return it, or pass
   it to anything unknown still take it over; so do helpers that cannot
   be summarised (recursive, weak).  A helper that allocates into its
   out-parameter reassigns the variable whose address it gets.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#define _GNU_SOURCE
#include "cleanup-systemd.h"
#include <stdarg.h>

struct obj
{
  char *name;
  int refs;
};

static char *last_name;
extern void take (char *p);
extern char *table[16];

/* Readers.  */
static int
is_hidden (char *s)
{
  return s[0] == '.';
}

static void
log_path (char *p)
{
  fprintf (stderr, "path: %s\n", p);
}

/* Only reads, through another reader.  */
static int
check_name (char *s)
{
  log_path (s);
  return is_hidden (s) || strlen (s) > 64;
}

/* Writes into the buffer, keeps nothing.  */
static void
upcase (char *s)
{
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z')
      *s -= 'a' - 'A';
}

static int
write_line (int fd, char *s)
{
  return write (fd, s, strlen (s)) < 0 ? -errno : 0;
}

/* Returns what write returns, not the descriptor.  */
static ssize_t
do_write (int fd, const char *s)
{
  return write (fd, s, strlen (s));
}

/* Copies it: a new string is no alias of its argument.  */
static char *
upper_dup (char *s)
{
  char *r = strdup (s);
  if (r)
    upcase (r);
  return r;
}

/* Defined after its callers: GCC gives the pass callees first.  */
static int later_reader (char *s);

/* Out-parameter allocators.  */
static int
dup_name (const char *s, char **out)
{
  char *p = strdup (s);
  if (!p)
    return -ENOMEM;
  *out = p;
  return 0;
}

static int
xasprintf (char **out, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int r = vasprintf (out, fmt, ap);
  va_end (ap);
  return r;
}

static int
alloc_checked (char **out, size_t n)
{
  *out = malloc (n);
  if (*out == NULL)
    return -ENOMEM;
  return 0;
}

int
hidden_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      k += is_hidden (p);
    }
  return k;
}

int
logged_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      if (check_name (p))
	continue;
      upcase (p);
    }
  return 0;
}

int
later_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      k += later_reader (p);
    }
  return k;
}

/* A descriptor given to a reader.  */
int
write_each (char **paths, int n, char *line)
{
  _cleanup_close_ int fd = -1;
  for (int i = 0; i < n; i++)
    {
      fd = open (paths[i], O_WRONLY | O_CLOEXEC); /* { dg-warning ".fd. is reassigned on each iteration" } */
      if (fd < 0)
	return -errno;
      if (write_line (fd, line) < 0)
	return -EIO;
    }
  return 0;
}

int
copied_each (char **names, char **out, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-warning ".p. is reassigned on each iteration" } */
      if (!p)
	return -ENOMEM;
      out[i] = upper_dup (p);
    }
  return 0;
}

int
do_write_each (char **paths, int n)
{
  _cleanup_close_ int fd = -1;
  for (int i = 0; i < n; i++)
    {
      fd = open (paths[i], O_WRONLY | O_CLOEXEC); /* { dg-warning ".fd. is reassigned on each iteration" } */
      if (fd < 0)
	return -errno;
      if (do_write (fd, "x") < 0)
	return -EIO;
    }
  return 0;
}

int
dup_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      if (dup_name (names[i], &p) < 0) /* { dg-warning ".p. is reassigned on each iteration" } */
	return -ENOMEM;
      puts (p);
    }
  return 0;
}

int
xasprintf_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      if (xasprintf (&p, "<%s>", names[i]) < 0) /* { dg-warning ".p. is reassigned on each iteration" } */
	return -ENOMEM;
      puts (p);
    }
  return 0;
}

int
alloc_twice (void)
{
  _cleanup_free_ char *p = NULL;
  if (alloc_checked (&p, 16) < 0)
    return -ENOMEM;
  puts (p);
  if (alloc_checked (&p, 32) < 0) /* { dg-warning ".p. is reassigned while it still owns a value" } */
    return -ENOMEM;
  return 0;
}

static int
later_reader (char *s)
{
  return strchr (s, '/') != NULL;
}

/* Negative cases.  */

/* A failed allocation stores nothing: the loop goes on without a
   value to lose.  */
int
dup_continue (char **out, char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      if (dup_name (names[i], &p) < 0) /* { dg-bogus "reassigned" "the failure path stores nothing" } */
	continue;
      out[i] = TAKE_PTR (p);
    }
  return 0;
}

int
alloc_continue (char **out, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      if (alloc_checked (&p, 16) < 0) /* { dg-bogus "reassigned" "the failure path stores nothing" } */
	continue;
      out[i] = TAKE_PTR (p);
    }
  return 0;
}

/* Helpers that take the value over.  */

static void
my_free (char *p)
{
  free (p);
}

static void
set_name (struct obj *o, char *name)
{
  o->name = name;
}

static void
remember (char *p)
{
  last_name = p;
}

static char *
pass_through (char *p)
{
  return p;
}

static void
hand_on (char *p)
{
  if (p[0])
    take (p);
}

/* Frees it on one path only: still a hand-off there.  */
static void
free_if_empty (char *p)
{
  if (!p[0])
    free (p);
}

/* Recursive: not summarised.  */
static int
depth (char *p, int n)
{
  if (n > 0)
    return depth (p, n - 1);
  return p[0];
}

/* Mutually recursive: not summarised either.  */
static int odd_len (char *p, int n);
static int
even_len (char *p, int n)
{
  return n == 0 ? p[0] : odd_len (p, n - 1);
}
static int
odd_len (char *p, int n)
{
  return n == 0 ? 0 : even_len (p, n - 1);
}

/* Weak: another definition may replace it at link time.  */
__attribute__ ((weak)) int
weak_reader (char *p)
{
  return p[0];
}

/* Stored atomically.  */
static char *shared_name;
static void
publish_name (char *p)
{
  __atomic_store_n (&shared_name, p, __ATOMIC_RELEASE);
}

/* Called through a pointer.  */
static int (*reader_ptr) (char *) = is_hidden;

int
freed_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL; /* { dg-message "note: .p. is declared here with cleanup" } */
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "freed by a same-file wrapper" } */
      if (!p)
	return -ENOMEM;
      my_free (p); /* { dg-warning ".p. is freed by .my_free.\[^\n\]*-Wcleanup-handoff" "the last value is freed again by the cleanup after the loop" } */
    }
  return 0;
}

int
stored_each (struct obj *o, char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "stored into a struct passed in" } */
      if (!p)
	return -ENOMEM;
      set_name (o, p);
    }
  return 0;
}

int
kept_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "stored into a global" } */
      if (!p)
	return -ENOMEM;
      remember (p);
    }
  return 0;
}

int
returned_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "returned by the helper" } */
      if (!p)
	return -ENOMEM;
      table[i & 15] = pass_through (p);
    }
  return 0;
}

int
handed_on_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "passed on to an unknown function" } */
      if (!p)
	return -ENOMEM;
      hand_on (p);
    }
  return 0;
}

int
maybe_freed_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "freed on some path" } */
      if (!p)
	return -ENOMEM;
      free_if_empty (p);
    }
  return 0;
}

int
recursive_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "recursive helper: unknown" } */
      if (!p)
	return -ENOMEM;
      k += depth (p, 3) + even_len (p, 4);
    }
  return k;
}

int
weak_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "weak helper: unknown" } */
      if (!p)
	return -ENOMEM;
      k += weak_reader (p);
    }
  return k;
}

int
published_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "stored by an atomic builtin" } */
      if (!p)
	return -ENOMEM;
      publish_name (p);
    }
  return 0;
}

int
indirect_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "called through a pointer" } */
      if (!p)
	return -ENOMEM;
      k += reader_ptr (p);
    }
  return k;
}

/* Out-parameter helpers that are not plain allocators.  */

/* Lazy initialisation: allocates only when *cache is NULL.  */
static int
ensure (char **cache)
{
  if (*cache)
    return 0;
  *cache = strdup ("default");
  return *cache ? 1 : -ENOMEM;
}

/* Frees the old value before storing the new one.  */
static int
replace (char **pp, const char *s)
{
  char *t = strdup (s);
  if (!t)
    return -ENOMEM;
  free (*pp);
  *pp = t;
  return 0;
}

/* Stores a borrowed pointer.  */
static void
pick (char **out, int i)
{
  *out = table[i & 15];
}

/* The new value is also kept elsewhere.  */
static int
dup_and_remember (const char *s, char **out)
{
  char *p = strdup (s);
  if (!p)
    return -ENOMEM;
  last_name = p;
  *out = p;
  return 0;
}

int
ensure_each (int n)
{
  _cleanup_free_ char *cache = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    k += ensure (&cache); /* { dg-bogus "reassigned" "allocates only if empty" } */
  return k;
}

int
replace_each (char **names, int n)
{
  _cleanup_free_ char *cur = NULL;
  for (int i = 0; i < n; i++)
    if (replace (&cur, names[i]) < 0) /* { dg-bogus "reassigned" "frees the old value" } */
      return -ENOMEM;
  return 0;
}

int
pick_each (int n)
{
  _cleanup_free_ char *p = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      pick (&p, i); /* { dg-bogus "reassigned" "a borrowed pointer is no new value" } */
      k += p != NULL;
    }
  return k;
}

int
remembered_each (char **names, int n)
{
  _cleanup_free_ char *p = NULL;
  for (int i = 0; i < n; i++)
    if (dup_and_remember (names[i], &p) < 0) /* { dg-bogus "reassigned" "the value is kept elsewhere too" } */
      return -ENOMEM;
  return 0;
}

/* systemd's strv_consume: takes the value, frees it on failure.  */
extern int strv_push (char ***l, char *value);
static int
strv_consume (char ***l, char *value)
{
  int r = strv_push (l, value);
  if (r < 0)
    free (value);
  return r;
}

int
consume_each (char ***l, char **names, int n)
{
  _cleanup_free_ char *p = NULL; /* { dg-message "note: .p. is declared here with cleanup" } */
  for (int i = 0; i < n; i++)
    {
      p = strdup (names[i]); /* { dg-bogus "reassigned" "strv_consume takes it" } */
      if (!p)
	return -ENOMEM;
      if (strv_consume (l, p) < 0) /* { dg-warning ".p. is handed to .strv_consume., which takes ownership\[^\n\]*-Wcleanup-handoff" "the last value is freed again by the cleanup after the loop" } */
	return -ENOMEM;
    }
  return 0;
}
