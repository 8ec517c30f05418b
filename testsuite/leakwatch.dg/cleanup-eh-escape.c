/* The same cases with -fexceptions, where the cleanup also sits on EH
   paths and is shared and dispatched differently: same results.  */
/* { dg-do compile } */
/* { dg-options "-fexceptions" } */

/* From cleanup-escape.c.  */
#include "cleanup-systemd.h"

static char *cached;

struct item
{
  char *name;
  struct item *next;
};

int
escape_out_param (char **ret, const char *s)
{
  _cleanup_free_ char *copy = strdup (s); /* { dg-message "note: .copy. is declared here with cleanup .freep." } */
  if (!copy)
    return -ENOMEM;
  *ret = copy; /* { dg-warning "the value of .copy. is stored where it outlives .copy., but its cleanup .freep. still runs when .copy. leaves scope; the stored copy dangles \\\[-Wcleanup-escape\\\]" } */
  return 0;
}

char *
escape_return (const char *s)
{
  _cleanup_free_ char *copy = strdup (s); /* { dg-message "note: .copy. is declared here with cleanup .freep." } */
  if (!copy)
    return NULL;
  return copy; /* { dg-warning ".copy. is returned but its cleanup .freep. runs when it leaves scope; the caller receives a released value \\\[-Wcleanup-escape\\\]" } */
}

int
escape_return_fd (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here with cleanup .closep." } */
  if (fd < 0)
    return -errno;
  return fd; /* { dg-warning ".fd. is returned but its cleanup .closep. runs\[^\n\]*cleanup-escape" } */
}

void
escape_global (const char *s)
{
  _cleanup_free_ char *copy = strdup (s); /* { dg-message "note: .copy. is declared here" } */
  cached = copy; /* { dg-warning "the value of .copy. is stored where it outlives\[^\n\]*cleanup-escape" } */
}

int
escape_inner_block (struct item *it, const char *s)
{
  if (s)
    {
      _cleanup_free_ char *copy = strdup (s);
      if (!copy)
	return -ENOMEM;
      it->name = copy; /* { dg-bogus "stored where it outlives" "field of an object reached through a parameter: no longer reported" } */
    }
  return 0;
}

int
escape_in_loop_list (struct item **items, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (names[i]);
      if (!s)
	return -ENOMEM;
      items[i]->name = s; /* { dg-bogus "stored where it outlives" "field of an object reached through a parameter: no longer reported" } */
    }
  return 0;
}

char *
escape_return_in_loop (char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (names[i]); /* { dg-message "note: .s. is declared here" } */
      if (s && strlen (s) > 4)
	return s; /* { dg-warning ".s. is returned but its cleanup\[^\n\]*cleanup-in-loop" } */
    }
  return NULL;
}

/* Negative cases.  */
int
take_out_param (char **ret, const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  if (!copy)
    return -ENOMEM;
  *ret = TAKE_PTR (copy); /* { dg-bogus "cleanup" } */
  return 0;
}

char *
take_return (const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  return TAKE_PTR (copy); /* { dg-bogus "cleanup" } */
}

int
take_fd_return (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  return TAKE_FD (fd); /* { dg-bogus "cleanup" } */
}

int
store_then_null (char **ret, const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  if (!copy)
    return -ENOMEM;
  *ret = copy; /* { dg-bogus "cleanup" } */
  copy = NULL;
  return 0;
}

size_t
copy_length_out (size_t *ret, const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  *ret = strlen (copy); /* { dg-bogus "cleanup" } */
  return *ret;
}

int
store_in_local_then_use (const char *s)
{
  struct item it;
  _cleanup_free_ char *copy = strdup (s);
  it.name = copy; /* { dg-bogus "cleanup" } */
  return puts (it.name);
}

int
return_comparison (const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  return copy != NULL; /* { dg-bogus "cleanup" } */
}

/* From cleanup-uninit.c.  */
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

/* From cleanup-overwrite.c.  */
#include "cleanup-systemd.h"

int
overwrite_ptr (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  puts (p);
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value; its cleanup .freep. runs only once, when it leaves scope, so the earlier value leaks \\\[-Wcleanup-overwrite\\\]" } */
  return p ? 0 : -ENOMEM;
}

int
overwrite_fd (const char *a, const char *b)
{
  _cleanup_close_ int fd = open (a, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0)
    return -errno;
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-warning ".fd. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return fd < 0 ? -errno : 0;
}

int
overwrite_file_on_branch (const char *a, const char *b, int both)
{
  _cleanup_fclose_ FILE *f = fopen (a, "re"); /* { dg-message "note: .f. is declared here" } */
  if (!f)
    return -errno;
  if (both)
    f = fopen (b, "re"); /* { dg-warning ".f. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return f ? 0 : -errno;
}

/* Negative: release, hand-off or constant first.  */
int
reassign_after_safe_close (const char *a, const char *b)
{
  _cleanup_close_ int fd = open (a, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  fd = safe_close (fd);
  fd = open (b, O_RDONLY | O_CLOEXEC); /* { dg-bogus "cleanup" } */
  return fd < 0 ? -errno : 0;
}

int
reassign_when_null (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    p = strdup (b); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

int
reassign_after_take (char **ret, const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    return -ENOMEM;
  *ret = TAKE_PTR (p);
  p = strdup (b); /* { dg-bogus "cleanup" } */
  return p ? 0 : -ENOMEM;
}

/* Silenced by the pragma.  */
#include <leakwatch.h>
#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("cleanup-overwrite")
int
silenced (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  puts (p);
  p = strdup (b); /* { dg-bogus "cleanup" } */
  return 0;
}
#pragma GCC diagnostic pop

/* { dg-prune-output "note:" } */
