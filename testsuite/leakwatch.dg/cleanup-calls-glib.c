/* -Wcleanup-in-loop with GLib's g_autofree and same-file helpers: readers
   and g_strdup wrappers are seen through, and a helper that fills a
   gchar ** out-parameter with a new string reassigns the variable;
   g_free wrappers and helpers that hand the string to GLib containers
   still take it over.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include "cleanup-glib.h"

#define FALSE (0)
#define TRUE (!FALSE)

/* As GLib declares them (G_GNUC_MALLOC).  */
extern gchar *g_strdup (const gchar *str) __attribute__ ((__malloc__));
extern gchar *g_strdup_printf (const gchar *format, ...)
  __attribute__ ((__malloc__, __format__ (__printf__, 1, 2)));

static gboolean
has_dot (gchar *s)
{
  return strchr (s, '.') != NULL;
}

/* A g_strdup wrapper: its argument is only read.  */
static gchar *
dup_or_empty (gchar *s)
{
  return g_strdup (s ? s : "");
}

/* Fills *out with a new string; TRUE when it did.  */
static gboolean
format_name (int i, gchar **out)
{
  gchar *s = g_strdup_printf ("item-%d", i);
  if (s == NULL)
    return FALSE;
  *out = s;
  return TRUE;
}

/* The same, but its result is a comparison: which paths stored a new
   string cannot be told from it.  */
static gboolean
format_name_cmp (int i, gchar **out)
{
  *out = g_strdup_printf ("item-%d", i);
  return *out != NULL;
}

static void
my_g_free (gpointer p)
{
  g_free (p);
}

static void
add_name (GPtrArray *arr, gchar *name)
{
  g_ptr_array_add (arr, name);
}

int
dotted_each (char **names, int n)
{
  g_autofree gchar *name = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      name = g_strdup (names[i]); /* { dg-warning ".name. is reassigned on each iteration" } */
      k += has_dot (name);
    }
  return k;
}

int
copied_each (char **names, gchar **out, int n)
{
  g_autofree gchar *name = NULL;
  for (int i = 0; i < n; i++)
    {
      name = g_strdup (names[i]); /* { dg-warning ".name. is reassigned on each iteration" } */
      out[i] = dup_or_empty (name);
    }
  return 0;
}

int
formatted_each (int n)
{
  g_autofree gchar *name = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    if (format_name (i, &name)) /* { dg-warning ".name. is reassigned on each iteration" } */
      k += (int) strlen (name);
  return k;
}

/* Negative cases.  */

int
freed_each (char **names, int n)
{
  g_autofree gchar *name = NULL; /* { dg-message "note: .name. is declared here with cleanup" } */
  for (int i = 0; i < n; i++)
    {
      name = g_strdup (names[i]); /* { dg-bogus "reassigned" "freed by a g_free wrapper" } */
      my_g_free (name); /* { dg-warning ".name. is freed by .my_g_free.\[^\n\]*-Wcleanup-handoff" "the last value is freed again by the cleanup after the loop" } */
    }
  return 0;
}

int
added_each (GPtrArray *arr, char **names, int n)
{
  g_autofree gchar *name = NULL;
  for (int i = 0; i < n; i++)
    {
      name = g_strdup (names[i]); /* { dg-bogus "reassigned" "handed to a GLib container" } */
      add_name (arr, name);
    }
  return 0;
}

/* Not seen: a test of format_name_cmp's result may be the path where
   nothing was stored.  */
int
formatted_cmp_each (int n)
{
  g_autofree gchar *name = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    if (format_name_cmp (i, &name)) /* { dg-bogus "reassigned" "which result means stored is unknown" } */
      k += (int) strlen (name);
  return k;
}

/* The failure path continues the loop with nothing stored.  */
int
stolen_each (GPtrArray *arr, int n)
{
  g_autofree gchar *name = NULL;
  for (int i = 0; i < n; i++)
    {
      if (!format_name (i, &name)) /* { dg-bogus "reassigned" "stolen each iteration" } */
	continue;
      g_ptr_array_add (arr, g_steal_pointer (&name));
    }
  return 0;
}

int
cleared_each (int n)
{
  g_autofree gchar *name = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      g_clear_pointer (&name, g_free);
      if (format_name (i, &name)) /* { dg-bogus "reassigned" "cleared first" } */
	k += has_dot (name);
    }
  return k;
}

int
stolen_cmp_each (GPtrArray *arr, int n)
{
  g_autofree gchar *name = NULL;
  for (int i = 0; i < n; i++)
    {
      if (!format_name_cmp (i, &name)) /* { dg-bogus "reassigned" "stolen each iteration" } */
	continue;
      g_ptr_array_add (arr, g_steal_pointer (&name));
    }
  return 0;
}
