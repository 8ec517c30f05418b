/* -Wcleanup-handoff with GLib: an error handed to g_propagate_error or
   g_task_return_error while its g_autoptr still frees it.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

extern gboolean do_work (GError **error);

gboolean
propagate_armed (GError **error)
{
  g_autoptr (GError) local_error = NULL; /* { dg-message "note: .local_error. is declared here with cleanup .glib_autoptr_cleanup_GError." } */
  if (!do_work (&local_error))
    {
      g_propagate_error (error, local_error); /* { dg-warning ".local_error. is handed to .g_propagate_error., which takes ownership of it, but its cleanup .glib_autoptr_cleanup_GError. still runs when .local_error. leaves scope; the value is released twice \\\[-Wcleanup-handoff\\\]" } */
      return 0;
    }
  return 1;
}

void
task_return_armed (GTask *task)
{
  g_autoptr (GError) err = g_error_new_literal (1, 2, "failed"); /* { dg-message "note: .err. is declared here" } */
  g_task_return_error (task, err); /* { dg-warning ".err. is handed to .g_task_return_error., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
}

int
g_free_then_return (const char *s)
{
  g_autofree gchar *p = g_strdup (s); /* { dg-message "note: .p. is declared here" } */
  g_free (p); /* { dg-warning ".p. is freed by .g_free.\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}
