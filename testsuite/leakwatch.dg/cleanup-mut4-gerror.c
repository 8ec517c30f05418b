/* GLib's convention: a function given '&error' returns NULL exactly when
   it sets the error, so a value it returned is never replaced under
   'if (error != NULL)'.  GError's record is 'struct _GError': only
   "Err" names it.  (Issue 10: kills the "Err" match of
   lw_cl_error_ptr_type_p, cleanup-confirm.c; cleanup-mut4-gerror.C the
   same in C++, where the name is a TYPE_DECL.)  */
/* { dg-do compile } */

#include "cleanup-glib.h"

typedef struct _GKeyFile GKeyFile;
extern gchar *g_key_file_get_string (GKeyFile *key_file,
				     const gchar *group_name, const gchar *key,
				     GError **error);
extern void g_clear_error (GError **err);

gchar *
setting_or_default (GKeyFile *kf, const gchar *key, const gchar *fallback)
{
  GError *error = NULL;
  g_autofree gchar *val = g_key_file_get_string (kf, "main", key, &error);
  if (error != NULL)
    {
      g_clear_error (&error);
      val = g_strdup (fallback); /* { dg-bogus "reassigned" "NULL when the error is set" } */
    }
  return (gchar *) (g_steal_pointer) (&val);
}
