// -Wcleanup-escape in C++ (exceptions on): a cleanup value stored into
// the object a pointer or reference parameter names, kept there when the
// function returns, and a value of each iteration stored into a local
// array read after the loop.  Hand-overs and places reset before the
// return are silent.
// { dg-do compile }

#include <cstdlib>
#include <cstring>

static inline void
freep (void *p)
{
  free (*(void **) p);
}
#define _cleanup_free_ __attribute__ ((cleanup (freep)))

extern char *next_name (int i);
extern int work ();
extern void run (char **argv);

struct entry
{
  char *name;
};

int
set_name (entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i); // { dg-message "note: .s. is declared here" }
  if (!s)
    return -1;
  e->name = s; // { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" }
  return work ();
}

void
set_name_ref (entry &e, int i)
{
  _cleanup_free_ char *s = next_name (i); // { dg-message "note: .s. is declared here" }
  e.name = s; // { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "a reference parameter" }
}

int
set_name_nulled (entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  e->name = s; // { dg-bogus "stored where it outlives" "nulled after the store" }
  s = nullptr;
  return work ();
}

int
set_name_reset (entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  e->name = s; // { dg-bogus "stored where it outlives" "reset before the return" }
  int r = work ();
  e->name = nullptr;
  return r;
}

void
collect (int n)
{
  char *argv[8];
  int k = 0;
  for (int i = 0; i < n && k < 7; i++)
    {
      _cleanup_free_ char *s = next_name (i); // { dg-message "note: .s. is declared here" }
      argv[k++] = s; // { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" }
    }
  argv[k] = nullptr;
  run (argv);
}

void
argv_reused (int n)
{
  char *argv[3] = { nullptr, nullptr, nullptr };
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      argv[1] = s; // { dg-bogus "stored where it outlives" "one place every iteration" }
      run (argv);
    }
}
