// The C++ front end does not fold these comparisons before leakwatch
// sees them today, but may: values GCC knows are never null (alloca,
// returns_nonnull, operator new) are not reported, as in C.
// { dg-do compile }
// { dg-options "-std=gnu++20" }

#include <cstddef>
#include <new>

extern "C" void *alloca (std::size_t) throw () __attribute__ ((warn_unused_result));
void *my_alloc (std::size_t) __attribute__ ((warn_unused_result, returns_nonnull));
void *my_maybe_null (std::size_t) __attribute__ ((warn_unused_result));
void fail ();

void
alloca_eq (std::size_t n)
{
  void *p;
  if ((p = alloca (n)) == nullptr) // { dg-bogus "never checked" "alloca" }
    fail ();
}

void
returns_nonnull_not (std::size_t n)
{
  void *p;
  if (!(p = my_alloc (n))) // { dg-bogus "never checked" "returns_nonnull" }
    fail ();
}

void
operator_new_eq (std::size_t n)
{
  void *p;
  // operator new is [[nodiscard]] in C++20.
  if ((p = ::operator new (n)) == nullptr) // { dg-bogus "never checked" "operator new" }
    fail ();
  ::operator delete (p);
}

void
maybe_null_unread (std::size_t n)
{
  void *p;
  p = my_maybe_null (n); // { dg-warning "value of .void\\* my_maybe_null\\(std::size_t\\). stored in .p. is never checked" }
} // { dg-message "not read before the end" }
