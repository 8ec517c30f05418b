/* An error record declared without a tag ('typedef struct { ... }
   lib_error;'): its main variant has no name, which must not crash the
   error-type test.  The empty value replaced by the default leaks.
   (Issue 10: kills the '!TYPE_NAME (rec)' test of
   lw_cl_error_ptr_type_p, cleanup-confirm.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

typedef struct
{
  int code;
  char *message;
} lib_error;
extern char *lib_lookup (const char *key, lib_error **err);
extern void lib_error_free (lib_error *err);

char *
lookup_nonempty (const char *key, const char *fallback)
{
  lib_error *err = NULL;
  _cleanup_free_ char *val = lib_lookup (key, &err); /* { dg-message "note: .val. is declared here" } */
  if (err)
    {
      lib_error_free (err);
      return NULL;
    }
  if (val[0] == '\0')
    val = strdup (fallback); /* { dg-warning ".val. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return TAKE_PTR (val);
}
