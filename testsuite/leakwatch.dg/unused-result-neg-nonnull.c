/* A comparison with NULL of a value GCC knows is never NULL (alloca,
   returns_nonnull) is folded away by the C front end before leakwatch
   sees it: 'if ((p = alloca (n)) == 0)' becomes '(p = alloca (n), 0)'.
   It was still a check; such values are not reported.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=my_nonnull_listed" } */

#include <stddef.h>

void *alloca (size_t) __attribute__ ((warn_unused_result));
void *my_alloc (size_t) __attribute__ ((warn_unused_result, returns_nonnull));
void *my_nonnull_listed (size_t) __attribute__ ((returns_nonnull));
void *my_maybe_null (size_t) __attribute__ ((warn_unused_result));
extern void fail (void);
extern void use (void *);

void
alloca_eq (size_t n)
{
  void *p;
  if ((p = alloca (n)) == 0) /* { dg-bogus "never checked" "alloca == 0" } */
    fail ();
}

void
alloca_not (size_t n)
{
  void *p;
  if (!(p = alloca (n))) /* { dg-bogus "never checked" "!alloca" } */
    fail ();
}

void
alloca_or (size_t n)
{
  void *p;
  if ((p = alloca (n)) == NULL || n > 64) /* { dg-bogus "never checked" "alloca == NULL ||" } */
    fail ();
}

void
builtin_alloca_ne (size_t n)
{
  char *p;
  if ((p = __builtin_alloca (n)) != NULL) /* { dg-bogus "never checked" "__builtin_alloca" } */
    return;
  fail ();
}

void
returns_nonnull_eq (size_t n)
{
  void *p;
  if ((p = my_alloc (n)) == NULL) /* { dg-bogus "never checked" "returns_nonnull" } */
    fail ();
}

void
listed_discarded_compare (size_t n)
{
  if (!my_nonnull_listed (n)) /* { dg-bogus "ignoring return value" "must-check= returns_nonnull" } */
    fail ();
}

void
listed_stored (size_t n)
{
  void *p;
  if ((p = my_nonnull_listed (n)) == 0) /* { dg-bogus "never checked" "must-check= returns_nonnull stored" } */
    fail ();
}

/* A function that can return NULL: its comparison is not folded, and a
   value never compared is still reported.  */

void
maybe_null_checked (size_t n)
{
  void *p;
  if ((p = my_maybe_null (n)) == NULL) /* { dg-bogus "never checked" } */
    fail ();
}

void
maybe_null_unread (size_t n)
{
  void *p;
  p = my_maybe_null (n); /* { dg-warning "value of .my_maybe_null. stored in .p. is never checked" } */
} /* { dg-message "not read before the end" } */
