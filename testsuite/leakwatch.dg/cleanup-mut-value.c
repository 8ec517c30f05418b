/* What the uses of a cleanup variable's value do with it: reads through
   it, copies and casts, builtins returning their first argument, and
   which stored values are new resources.  (Issue 10: kills mutants of
   lw_cl_classify, lw_cl_mark_carrier and lw_cl_owned_value_p in
   cleanup-vars.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern void register_cookie (unsigned long cookie);

/* Writing through the value is no hand-off: the overwrite leaks.  */
int
capitalise_then_replace (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  p[0] = 'X';
  puts (p);
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return p ? 0 : -ENOMEM;
}

/* The value cast to an integer and handed to an unknown call: it may
   keep it, so the later store is no overwrite.  */
void
cookie_then_replace (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a);
  register_cookie ((unsigned long) p);
  p = strdup (b); /* { dg-bogus "reassigned" "the cookie call may own the value" } */
}

/* memcpy returns its first argument, not its second: returning the
   destination hands nothing of P out.  */
char *
copy_out (char *buf, const char *s)
{
  _cleanup_free_ char *p = strdup (s);
  if (!p)
    return NULL;
  return memcpy (buf, p, strlen (p) + 1); /* { dg-bogus "returned" "memcpy returns BUF" } */
}

/* Local aliases of the value are the value: the forgotten TAKE_PTR.  */
int
get_alias (char **ret, const char *s)
{
  _cleanup_free_ char *p = strdup (s); /* { dg-message "note: .p. is declared here with cleanup .freep." } */
  if (!p)
    return -ENOMEM;
  char *found = p;
  char *result = found;
  *ret = result; /* { dg-warning "the value of .p. is stored where it outlives .p.\[^\n\]*cleanup-escape" } */
  return 0;
}

/* ... and reading through an alias is no hand-off.  */
int
alias_then_replace (const char *a, const char *b)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  const char *name = p;
  const char *shown = name;
  puts (shown);
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return p ? 0 : -ENOMEM;
}

/* Taking each element out of an array: the value loaded is owned now,
   and the next iteration's load overwrites it.  */
void
take_each (char **list, int n)
{
  _cleanup_free_ char *p = NULL; /* { dg-message "note: .p. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    {
      p = list[i]; /* { dg-warning ".p. is reassigned on each iteration" } */
      list[i] = NULL;
      puts (p);
    }
}

/* The value goes round a loop's PHIs ('best' is P or an element) and is
   only read: each PHI is looked at once, and the overwrite leaks.  */
int
longest_then_replace (const char *a, const char *b, char **names, int n)
{
  _cleanup_free_ char *p = strdup (a); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  const char *best = p;
  for (int i = 0; i < n; i++)
    if (strlen (names[i]) > strlen (best))
      best = names[i];
  puts (best);
  p = strdup (b); /* { dg-warning ".p. is reassigned while it still owns a value\[^\n\]*cleanup-overwrite" } */
  return p ? 0 : -ENOMEM;
}
