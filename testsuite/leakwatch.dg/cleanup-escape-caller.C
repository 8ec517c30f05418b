// -Wcleanup-escape in C++: a per-iteration cleanup value stored into the
// caller's array at a place that changes with each iteration.
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

struct ctx
{
  const char *line;
};
extern int parse_line (ctx *c);

int
collect_names (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i); // { dg-message "note: .s. is declared here" }
      if (!s)
	return -1;
      out[i] = s; // { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" }
    }
  return 0;
}

void
fill_copied (char **out, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      out[i] = strdup (s); // { dg-bogus "stored where it outlives" "a copy" }
    }
}

int
publish_line (ctx *c, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *line = next_name (i);
      c->line = line; // { dg-bogus "stored where it outlives" "one place every iteration" }
      if (parse_line (c) < 0)
	return -1;
    }
  return 0;
}
