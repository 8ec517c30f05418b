// An array grown by realloc in C++ (see cleanup-escape-realloc.c).
// { dg-do compile }

#include "cleanup-systemd.h"

extern const char *next_name (int i);

char **
collect (int n)
{
  char **list = nullptr;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	return nullptr;
      char **nl = static_cast<char **> (realloc (list, (k + 2) * sizeof *list));
      if (!nl)
	return nullptr;
      list = nl;
      list[k++] = s; // { dg-warning "outlives this iteration" }
      list[k] = nullptr;
    }
  return list;
}

char **
collect_taken (int n)
{
  char **list = nullptr;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = strdup (next_name (i));
      if (!s)
	return nullptr;
      char **nl = static_cast<char **> (realloc (list, (k + 2) * sizeof *list));
      if (!nl)
	return nullptr;
      list = nl;
      list[k++] = TAKE_PTR (s); // { dg-bogus "outlives" "handed over" }
      list[k] = nullptr;
    }
  return list;
}

// { dg-prune-output "note:" }
