/* -Wcleanup-escape level 1 into a heap object of the function: a value
   of each iteration stored into an array allocated before the loop, at
   a place that changes with each iteration, and read after the loop
   (its elements loaded, or the array given to a function that may read
   it): every stored copy was freed by then.  Arrays allocated in the
   iteration or only freed after the loop, one place reused, copies and
   hand-overs are silent (arrays grown by realloc:
   cleanup-escape-realloc.c).  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *next_name (int i);
extern void show (const char *s);
extern void show_all (char **v, int n);

/* Positives.  */

void
collect_then_show (int n)
{
  char **v = calloc (n, sizeof *v);
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here with cleanup .freep." } */
      v[i] = s; /* { dg-warning "the value of .s. is stored where it outlives this iteration, but its cleanup .freep. runs at the end of each iteration; the stored copy dangles \\\[-Wcleanup-escape\\\]" } */
    }
  for (int j = 0; j < n; j++)
    show (v[j]);
  free (v);
}

int
collect_then_pass (int n)
{
  char **v = malloc (n * sizeof *v);
  int k = 0;
  if (!v)
    return -ENOMEM;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      if (!s)
	continue;
      v[k++] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
  show_all (v, k);
  free (v);
  return 0;
}

/* Negatives.  */

void
collect_taken (int n)
{
  char **v = calloc (n, sizeof *v);
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      v[i] = TAKE_PTR (s); /* { dg-bogus "stored where it outlives" "ownership taken" } */
    }
  show_all (v, n);
  for (int j = 0; j < n; j++)
    free (v[j]);
  free (v);
}

void
only_freed_after (int n)
{
  const char **v = calloc (n, sizeof *v);
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      v[i] = s; /* { dg-bogus "stored where it outlives" "only read in the iteration, freed after" } */
      show (v[i]);
    }
  free (v);
}

void
array_per_iteration (int n)
{
  for (int i = 0; i < n; i++)
    {
      char **v = calloc (4, sizeof *v);
      if (!v)
	return;
      _cleanup_free_ char *s = next_name (i);
      v[i % 4] = s; /* { dg-bogus "stored where it outlives" "an array of the iteration" } */
      show_all (v, 4);
      free (v);
    }
}

void
grown_in_loop (int n)
{
  char **v = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      char **nv = realloc (v, (k + 1) * sizeof *v);
      if (!nv)
	break;
      v = nv;
      v[k++] = strdup (s); /* { dg-bogus "stored where it outlives" "a copy" } */
    }
  show_all (v, k);
  free (v);
}

void
slot_reused (int n)
{
  char **v = calloc (2, sizeof *v);
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      v[0] = s; /* { dg-bogus "stored where it outlives" "the same place every iteration" } */
      show_all (v, 1);
    }
  free (v);
}

extern void init_all (char **v, int n);

/* Initialised by a call before the loop, only freed after it.  */
void
initialised_then_freed (int n)
{
  char **v = calloc (n, sizeof *v);
  if (!v)
    return;
  init_all (v, n);
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      v[i] = s; /* { dg-bogus "stored where it outlives" "the call given the array comes before the loop" } */
      show (v[i]);
    }
  free (v);
}

/* Never read after the loop, nor freed (a leak of v, not an escape).  */
void
never_read (int n)
{
  char **v = calloc (n, sizeof *v);
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      v[i] = s; /* { dg-bogus "stored where it outlives" "an object the function keeps to itself and never reads again" } */
      show (v[i]);
    }
}

/* Made in each iteration, the last one read after the loop.  */
const char *
last_made (int n)
{
  char **v = NULL;
  for (int i = 0; i < n; i++)
    {
      free (v);
      v = calloc (2, sizeof *v);
      if (!v)
	return NULL;
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      v[0] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" "the last object is read after the loop" } */
    }
  return v ? v[0] : NULL;
}

/* Read after the loop through a copy of the pointer.  */
void
read_through_copy (int n)
{
  char **v = calloc (n, sizeof *v);
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      v[i] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" "read through a copy" } */
    }
  char **w = v;
  show_all (w, n);
  free (v);
}
