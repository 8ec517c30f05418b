/* -Wcleanup-in-loop with GLib's g_autofree and g_autoptr, and the GLib
   idioms that hand a value off correctly.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

int
autofree_in_loop (char **names, int n)
{
  g_autofree gchar *path = NULL; /* { dg-message "note: .path. is declared here" } */
  int total = 0;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    {
      path = g_build_filename ("/etc", names[i], NULL); /* { dg-warning ".path. is reassigned on each iteration\[^\n\]*.g_autoptr_cleanup_generic_gfree." } */
      total += (int) strlen (path);
    }
  return total;
}

int
autoptr_in_loop (char **paths, int n)
{
  g_autoptr (GFile) file = NULL; /* { dg-message "note: .file. is declared here" } */
  int found = 0;
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    {
      file = g_file_new_for_path (paths[i]); /* { dg-warning ".file. is reassigned on each iteration\[^\n\]*.glib_autoptr_cleanup_GFile." } */
      if (file == NULL)
	continue;
      found++;
    }
  return found;
}

int
autofree_printf_loop (int n)
{
  g_autofree gchar *msg = NULL; /* { dg-message "note: .msg. is declared here" } */
  while (n-- > 0) /* { dg-message "note: the loop is here" } */
    {
      msg = g_strdup_printf ("%d", n); /* { dg-warning ".msg. is reassigned on each iteration" } */
      printf ("%s\n", msg);
    }
  return 0;
}

/* Stored into the caller's array at a place that changes with each
   iteration, and freed at the end of the iteration (cleanup-escape=1).  */
void
autofree_escape_loop (GPtrArray *arr, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = g_strdup (names[i]); /* { dg-message "note: .s. is declared here" } */
      arr->pdata[i] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" "an element of the caller's array, one per iteration" } */
    }
}

/* Negative cases.  */

void
steal_into_array (GPtrArray *arr, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = g_strdup (names[i]);
      g_ptr_array_add (arr, g_steal_pointer (&s)); /* { dg-bogus "cleanup" } */
    }
}

void
steal_into_pdata (GPtrArray *arr, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = g_strdup (names[i]);
      arr->pdata[i] = g_steal_pointer (&s); /* { dg-bogus "cleanup" } */
    }
}

int
clear_pointer_before_reassign (char **names, int n)
{
  g_autofree gchar *s = NULL;
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      g_clear_pointer (&s, g_free);
      s = g_strdup (names[i]); /* { dg-bogus "cleanup" } */
      total += (int) strlen (s);
    }
  return total;
}

int
autoptr_in_body (GFile *dir, char **names, int n)
{
  int found = 0;
  for (int i = 0; i < n; i++)
    {
      g_autoptr (GFile) child = g_file_get_child (dir, names[i]); /* { dg-bogus "cleanup" } */
      if (child)
	found++;
    }
  return found;
}

gchar *
first_with_prefix (char **names, int n, const char *prefix)
{
  g_autofree gchar *found = NULL;
  for (int i = 0; i < n && !found; i++)
    if (g_str_has_prefix (names[i], prefix))
      found = g_strdup (names[i]); /* { dg-bogus "cleanup" } */
  return g_steal_pointer (&found);
}

GPtrArray *
build_array (char **names, int n)
{
  g_autoptr (GPtrArray) arr = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < n; i++)
    g_ptr_array_add (arr, g_strdup (names[i]));
  return g_steal_pointer (&arr); /* { dg-bogus "cleanup" } */
}

void
free_then_assign (char **names, int n)
{
  g_autofree gchar *s = NULL;
  for (int i = 0; i < n; i++)
    {
      g_free (s);
      s = g_strdup (names[i]); /* { dg-bogus "cleanup" } */
    }
}
