/* The error convention with an error record declared without a tag
   ('typedef struct { ... } lib_error;'): the value a function given
   '&err' returned is NULL when it set the error, so replacing it under
   'if (err)' leaks nothing.  In C the record is named only by its
   typedef (C++ names it by the typedef too).  */
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
lookup_or_default (const char *key, const char *fallback)
{
  lib_error *err = NULL;
  _cleanup_free_ char *val = lib_lookup (key, &err);
  if (err)
    {
      lib_error_free (err);
      val = strdup (fallback); /* { dg-bogus "reassigned" "NULL when the error is set" } */
    }
  return TAKE_PTR (val);
}
