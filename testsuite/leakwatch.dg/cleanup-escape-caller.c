/* -Wcleanup-escape level 1 (the default): a per-iteration cleanup value
   stored into the caller's memory at a place that changes with each
   iteration (an element of an array the caller passed, a field of the
   element) dangles once the iteration's cleanup frees it.  Stores that
   hand the value over, copies, places reused by every iteration, and
   cleanups that do not free are not reported.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct entry
{
  char *name;
  int fd;
};

struct ctx
{
  const char *line;
  int n;
};

extern int parse_line (struct ctx *c);
extern char *next_name (int i);

/* Positives.  */

int
collect_names (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here with cleanup .freep." } */
      if (!s)
	return -ENOMEM;
      out[i] = s; /* { dg-warning "the value of .s. is stored where it outlives this iteration, but its cleanup .freep. runs at the end of each iteration; the stored copy dangles \\\[-Wcleanup-escape\\\]" } */
    }
  return 0;
}

size_t
collect_counted (char **out, int n)
{
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      if (s)
	out[k++] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
  return k;
}

void
fill_entries (struct entry **items, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      items[i]->name = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
}

void
fill_advancing (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      *out++ = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
}

void
open_all (struct entry *e, char **paths, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_close_ int fd = open (paths[i], O_RDONLY); /* { dg-message "note: .fd. is declared here" } */
      if (fd < 0)
	continue;
      e[i].fd = fd; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
}

/* Negatives.  */

void
fill_taken (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      out[i] = TAKE_PTR (s); /* { dg-bogus "stored where it outlives" "ownership taken" } */
    }
}

void
fill_nulled (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      out[i] = s; /* { dg-bogus "stored where it outlives" "nulled after the store" } */
      s = NULL;
    }
}

void
fill_copied (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      out[i] = strdup (s); /* { dg-bogus "stored where it outlives" "a copy" } */
    }
}

int
publish_line (struct ctx *c, FILE *f)
{
  for (int i = 0; i < c->n; i++)
    {
      _cleanup_free_ char *line = next_name (i);
      c->line = line; /* { dg-bogus "stored where it outlives" "the same place every iteration: published for the call" } */
      if (parse_line (c) < 0)
	return -1;
    }
  return 0;
}

extern void show (char **argv);

void
show_each (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      out[1] = s; /* { dg-bogus "stored where it outlives" "the same place every iteration, published for the call" } */
      show (out);
    }
}

void
fill_first_only (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      *out = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-in-loop" "an out-parameter, as before" } */
    }
}

void
inner_loop_same_slot (char **out, int n, int m)
{
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++)
      {
	_cleanup_free_ char *s = next_name (j); /* { dg-message "note: .s. is declared here" } */
	out[i] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" "the same place every iteration, but the caller keeps the last one" } */
      }
}

struct obj;
extern void obj_unref (struct obj *o);
extern struct obj *obj_get (int i);
static inline void obj_unrefp (struct obj **o) { if (*o) obj_unref (*o); }

void
fill_refs (struct obj **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_ (obj_unrefp) struct obj *o = obj_get (i);
      out[i] = o; /* { dg-bogus "stored where it outlives" "a reference count: the cleanup only drops one reference" } */
    }
}

void
fill_function_scope (char **out)
{
  _cleanup_free_ char *s = next_name (0); /* { dg-message "note: .s. is declared here" } */
  out[1] = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "not in a loop: the caller keeps it" } */
}

char *last_name;

void
remember_each (int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      last_name = s; /* { dg-bogus "stored where it outlives" "a file-scope object: cleanup-escape=2 only" } */
    }
}

void
local_argv (int n)
{
  for (int i = 0; i < n; i++)
    {
      char *argv[3] = { 0 };
      _cleanup_free_ char *s = next_name (i);
      argv[i % 2] = s; /* { dg-bogus "stored where it outlives" "a local array: not caller memory" } */
      execv ("/bin/true", argv);
    }
}
