// -Wcleanup-escape and -Wcleanup-handoff in C++ (exceptions on): a
// value of each iteration stored into an array the function allocated
// before the loop and read after it, and a value added to a GLib-style
// pointer array made with a free function, while the cleanup still
// frees it.  The stolen forms are silent.
// { dg-do compile }

#include <cstdlib>

static inline void
freep (void *p)
{
  free (*(void **) p);
}
#define _cleanup_free_ __attribute__ ((cleanup (freep)))

typedef void (*GDestroyNotify) (void *);
struct GPtrArray;
extern "C" {
GPtrArray *g_ptr_array_new_with_free_func (GDestroyNotify f);
void g_ptr_array_add (GPtrArray *a, void *data);
void g_free (void *p);
}

extern char *next_name (int i);
extern void show (const char *s);
extern void use_array (GPtrArray *a);

static inline char *
steal (char **p)
{
  char *r = *p;
  *p = nullptr;
  return r;
}

void
collect_then_show (int n)
{
  char **v = static_cast<char **> (calloc (n, sizeof (char *)));
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); // { dg-message "note: .s. is declared here" }
      v[i] = s; // { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" }
    }
  for (int j = 0; j < n; j++)
    show (v[j]);
  free (v);
}

void
collect_stolen (int n)
{
  char **v = static_cast<char **> (calloc (n, sizeof (char *)));
  if (!v)
    return;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      v[i] = steal (&s); // { dg-bogus "stored where it outlives" "stolen" }
    }
  for (int j = 0; j < n; j++)
    show (v[j]);
  free (v);
}

void
names_array (int n)
{
  GPtrArray *a = g_ptr_array_new_with_free_func (g_free); // { dg-message "note: the container is made here with destroy function .\[^\n\]*g_free" }
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); // { dg-message "note: .s. is declared here" }
      g_ptr_array_add (a, s); // { dg-warning ".s. is handed to .\[^\n\]*g_ptr_array_add\[^\n\]*, which takes ownership\[^\n\]*-Wcleanup-handoff" }
    }
  use_array (a);
}

void
names_array_stolen (int n)
{
  GPtrArray *a = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      g_ptr_array_add (a, steal (&s)); // { dg-bogus "handed to" "stolen" }
    }
  use_array (a);
}
