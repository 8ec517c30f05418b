/* -Wcleanup-escape into an array grown by realloc in the loop: the
   array realloc returns is the one it was given, moved; a value of each
   iteration stored at a place that changes with the iteration dangles
   once the iteration's cleanup ran, when the array is returned or read
   after the loop.  The same slot reused, a copy stored, the value
   handed over (TAKE_PTR), or an array only freed after the loop are
   silent.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern const char *next_name (int i);
extern void show_all (char **v, size_t n);

struct list
{
  char **items;
  size_t n;
};

/* Positives.  */

char **
collect (int n)
{
  char **list = NULL;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	return NULL;
      char **nl = realloc (list, (k + 2) * sizeof *list);
      if (!nl)
	return NULL;
      list = nl;
      list[k++] = s; /* { dg-warning "outlives this iteration" } */
      list[k] = NULL;
    }
  return list;
}

void
collect_show (int n)
{
  char **v = NULL;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	break;
      v = reallocarray (v, k + 1, sizeof *v);
      if (!v)
	return;
      v[k++] = s; /* { dg-warning "outlives this iteration" } */
    }
  show_all (v, k);
  free (v);
}

/* GLib's reallocator, which GCC knows nothing of.  */
extern void *g_realloc (void *mem, size_t n_bytes);

char **
collect_glib (int n)
{
  char **list = NULL;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	break;
      list = g_realloc (list, (k + 2) * sizeof *list);
      list[k++] = s; /* { dg-warning "outlives this iteration" } */
      list[k] = NULL;
    }
  return list;
}

/* The caller's array, grown in place.  */
int
append_all (struct list *l, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	return -ENOMEM;
      char **nl = realloc (l->items, (l->n + 1) * sizeof *nl);
      if (!nl)
	return -ENOMEM;
      l->items = nl;
      nl[l->n++] = s; /* { dg-warning "outlives this iteration" } */
    }
  return 0;
}

/* Negatives.  */

char **
collect_taken (int n)
{
  char **list = NULL;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	return NULL;
      char **nl = realloc (list, (k + 2) * sizeof *list);
      if (!nl)
	return NULL;
      list = nl;
      list[k++] = TAKE_PTR (s); /* { dg-bogus "outlives" "handed over" } */
      list[k] = NULL;
    }
  return list;
}

char **
collect_copies (int n)
{
  char **list = NULL;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	return NULL;
      char **nl = realloc (list, (k + 2) * sizeof *list);
      if (!nl)
	return NULL;
      list = nl;
      list[k++] = strdup (s); /* { dg-bogus "outlives" "a copy" } */
      list[k] = NULL;
    }
  return list;
}

char *
last_one (int n)
{
  char **v = NULL;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	break;
      char **nv = realloc (v, 2 * sizeof *v);
      if (!nv)
	break;
      v = nv;
      v[0] = s; /* { dg-bogus "outlives" "one place reused, published for the call" } */
      show_all (v, 1);
    }
  free (v);
  return NULL;
}

void
only_freed (int n)
{
  char **v = NULL;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	break;
      char **nv = realloc (v, (k + 1) * sizeof *v);
      if (!nv)
	break;
      v = nv;
      v[k++] = s; /* { dg-bogus "outlives" "the array is only freed after the loop" } */
    }
  free (v);
}

/* { dg-prune-output "note:" } */
