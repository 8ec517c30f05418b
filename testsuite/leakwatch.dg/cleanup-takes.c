/* -Wcleanup-handoff: a cleanup variable's value handed to a callee that
   frees it or takes ownership of it, while the cleanup stays armed: the
   value is released twice (or dangles).  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern int strv_consume (char ***l, char *value);
#include <leakwatch.h>

int
consume_without_take (Set *s, const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here with cleanup .freep." } */
  if (!p)
    return -ENOMEM;
  return set_consume (s, p); /* { dg-warning ".p. is handed to .set_consume., which takes ownership of it, but its cleanup .freep. still runs when .p. leaves scope; the value is released twice \\\[-Wcleanup-handoff\\\]" } */
}

int
strv_consume_without_take (char ***l, const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  int r = strv_consume (l, p); /* { dg-warning ".p. is handed to .strv_consume., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
  if (r < 0)
    return r;
  return 0;
}

int
free_then_return (const char *name, int early)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here with cleanup .freep." } */
  if (!p)
    return -ENOMEM;
  if (early)
    {
      free (p); /* { dg-warning ".p. is freed by .free., but its cleanup .freep. still runs when .p. leaves scope; the value is released twice \\\[-Wcleanup-handoff\\\]" } */
      return 0;
    }
  return 1;
}

int
fclose_then_return (const char *path)
{
  _cleanup_fclose_ FILE *f = fopen (path, "re"); /* { dg-message "note: .f. is declared here" } */
  if (!f)
    return -errno;
  if (fclose (f) != 0) /* { dg-warning ".f. is freed by .fclose.\[^\n\]*-Wcleanup-handoff" } */
    return -EIO;
  f = NULL;
  return 0;
}

static void
drop_name (char *s)
{
  free (s);
}

int
helper_frees (const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  drop_name (p); /* { dg-warning ".p. is freed by .drop_name.\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}

/* Frees on every path where it holds something: past a test of the
   parameter itself.  */
static void
drop_if_set (char *s)
{
  if (s)
    free (s);
}

int
helper_frees_if_set (const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  drop_if_set (p); /* { dg-warning ".p. is freed by .drop_if_set.\[^\n\]*-Wcleanup-handoff" } */
  return 0;
}

struct registry;
extern int registry_adopt (struct registry *r, char *item) LEAKWATCH_TAKES (2);

int
annotated_taker (struct registry *r, const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  return registry_adopt (r, p); /* { dg-warning ".p. is handed to .registry_adopt., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
}

int
annotated_taker_stolen (struct registry *r, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return registry_adopt (r, TAKE_PTR (p)); /* { dg-bogus "takes ownership" } */
}

/* LEAKWATCH_TAKES_IF_POSITIVE: taken only when the call returns > 0.  */
extern int registry_offer (struct registry *r, char *item)
  LEAKWATCH_TAKES_IF_POSITIVE (2);

int
annotated_conditional (struct registry *r, const char *name)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  int r2 = registry_offer (r, p); /* { dg-warning ".p. is handed to .registry_offer., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  if (r2 <= 0)
    return r2;
  return 1;
}

int
annotated_conditional_stolen (struct registry *r, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r2 = registry_offer (r, p); /* { dg-bogus "takes ownership" } */
  if (r2 <= 0)
    return r2;
  TAKE_PTR (p);
  return 1;
}
