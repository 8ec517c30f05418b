/* -Wcleanup-handoff with GLib: errors handed on with g_steal_pointer,
   pointers cleared with g_clear_pointer: nothing to report.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

extern gboolean do_work (GError **error);

gboolean
propagate_stolen (GError **error)
{
  g_autoptr (GError) local_error = NULL;
  if (!do_work (&local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error)); /* { dg-bogus "takes ownership|released twice" } */
      return 0;
    }
  return 1;
}

void
task_return_stolen (GTask *task)
{
  g_autoptr (GError) err = NULL;
  if (!do_work (&err))
    {
      g_task_return_error (task, g_steal_pointer (&err)); /* { dg-bogus "takes ownership|released twice" } */
      return;
    }
}

void
task_return_new (GTask *task)
{
  g_autoptr (GError) err = g_error_new_literal (1, 2, "failed");
  g_task_return_error (task, g_steal_pointer (&err)); /* { dg-bogus "takes ownership|released twice" } */
}

int
clear_pointer (const char *s)
{
  g_autofree gchar *p = g_strdup (s);
  if (!p)
    return -1;
  g_clear_pointer (&p, g_free); /* { dg-bogus "released twice" } */
  return 0;
}

int
free_then_null (const char *s)
{
  g_autofree gchar *p = g_strdup (s);
  g_free (p); /* { dg-bogus "released twice" } */
  p = NULL;
  return 0;
}
