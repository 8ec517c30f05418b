/* -Wcleanup-escape: a cleanup variable's value stored where it outlives
   the variable, or returned, while the variable still owns it.  */
/* { dg-do compile } */
/* Stores into file-scope objects too.  */
/* { dg-options "-fplugin-arg-leakwatch-cleanup-escape=2" } */

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
      _cleanup_free_ char *copy = strdup (s); /* { dg-message "note: .copy. is declared here" } */
      if (!copy)
	return -ENOMEM;
      it->name = copy; /* { dg-warning "stored where it outlives .copy.\[^\n\]*cleanup-escape" "field of an object reached through a parameter" } */
    }
  return 0;
}

int
escape_in_loop_list (struct item **items, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (names[i]); /* { dg-message "note: .s. is declared here" } */
      if (!s)
	return -ENOMEM;
      items[i]->name = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" "a place of the caller's that changes with each iteration" } */
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
