/* -Wcleanup-handoff: ownership handed to a callee with the cleanup
   disarmed on that path (TAKE_PTR, TAKE_FD, nulling, a new value), or
   not handed at all: nothing to report.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int strv_consume (char ***l, char *value);

int
take_ptr_into_set (Set *s, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return set_consume (s, TAKE_PTR (p)); /* { dg-bogus "takes ownership|released twice" } */
}

int
take_ptr_into_strv (char ***l, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r = strv_consume (l, TAKE_PTR (p)); /* { dg-bogus "takes ownership" } */
  if (r < 0)
    return r;
  return 0;
}

/* hashmap_put takes the value only when it returns > 0: the failure
   path leaves it to the cleanup, the success path steals it.  */
int
hashmap_put_then_take (Hashmap *h, const char *key, const char *name)
{
  _cleanup_free_ char *v = strdup (name);
  if (!v)
    return -ENOMEM;
  int r = hashmap_put (h, key, v); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  TAKE_PTR (v);
  return 0;
}

int
free_then_null (const char *name, int again)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  if (again)
    {
      free (p); /* { dg-bogus "released twice" } */
      p = NULL;
    }
  return 0;
}

int
free_then_new_value (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  if (!p)
    return -ENOMEM;
  free (p); /* { dg-bogus "released twice" } */
  p = strdup (b);
  if (!p)
    return -ENOMEM;
  return strlen (p);
}

int
mfree_idiom (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  p = mfree (p); /* { dg-bogus "released twice" } */
  return 0;
}

int
safe_close_idiom (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  fd = safe_close (fd); /* { dg-bogus "released twice" } */
  return 0;
}

int
close_then_minus_one (const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  close (fd); /* { dg-bogus "released twice" } */
  fd = -1;
  return 0;
}

int
fclose_then_null (const char *path)
{
  _cleanup_fclose_ FILE *f = fopen (path, "re");
  if (!f)
    return -errno;
  if (fclose (f) != 0) /* { dg-bogus "released twice" } */
    {
      f = NULL;
      return -EIO;
    }
  f = NULL;
  return 0;
}

static size_t
only_reads (const char *s)
{
  return s ? strlen (s) : 0;
}

int
helper_only_reads (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return only_reads (p); /* { dg-bogus "released twice|takes ownership" } */
}

extern int unknown_effect (void *p);

int
helper_unknown (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return unknown_effect (p); /* { dg-bogus "released twice|takes ownership" } */
}

extern int fill_name (char **ret);

int
address_not_value (void)
{
  _cleanup_free_ char *p = NULL;
  int r = fill_name (&p);
  if (r < 0)
    return r;
  free (p); /* { dg-bogus "released twice" } */
  r = fill_name (&p);
  return r;
}

/* Freed by hand only once it is known to be NULL: nothing owned.  */
void
free_null (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (p)
    return;
  free (p); /* { dg-bogus "released twice" } */
}

/* A helper that frees only sometimes is not taken to free.  */
static void
free_if_empty (char *s)
{
  if (!s[0])
    free (s);
}

int
helper_frees_sometimes (const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  free_if_empty (p); /* { dg-bogus "released twice" } */
  return 0;
}

/* realloc-like: on failure the old array is left (the cleanup frees it),
   on success it is replaced (reduced from systemd's service.c).  */
extern void *grow_array (void *p, size_t n, size_t size)
  __attribute__ ((malloc (free, 1), alloc_size (2, 3)));
/* Its own deallocator, as glibc declares reallocarray.  */
extern void *grow_array (void *p, size_t n, size_t size)
  __attribute__ ((malloc (grow_array, 1)));

int
grow_fds (int extra)
{
  _cleanup_free_ int *fds = calloc (4, sizeof (int));
  int *t;
  if (!fds)
    return -ENOMEM;
  t = grow_array (fds, 4 + extra, sizeof (int)); /* { dg-bogus "released twice" "realloc-like: takes it only on success" } */
  if (!t)
    return -ENOMEM;
  fds = t;
  return fds[0];
}
