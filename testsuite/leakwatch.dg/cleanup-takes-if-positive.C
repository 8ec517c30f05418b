// -Wcleanup-handoff on systemd's conditional takers, in C++.
// { dg-do compile }

#include "cleanup-systemd.h"

extern "C" int set_put (Set *s, const void *key);

int
key_put_armed (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name); // { dg-message "note: .k. is declared here with cleanup .freep." }
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); // { dg-warning ".k. is handed to .int hashmap_put\\(Hashmap\\*, const void\\*, void\\*\\)., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" }
  if (r < 0)
    return r;
  return 0;
}

int
put_then_take (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name);
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); // { dg-bogus "takes ownership" }
  if (r < 0)
    return r;
  TAKE_PTR (k);
  return 0;
}

int
take_if_added (Set *s, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r = set_put (s, p); // { dg-bogus "takes ownership" }
  if (r < 0)
    return r;
  if (r > 0)
    TAKE_PTR (p);
  return 0;
}
