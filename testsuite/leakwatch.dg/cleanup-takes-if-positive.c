/* -Wcleanup-handoff on takers that take the value only when they return
   a value > 0 (systemd's hashmap_put, set_put and their kin: < 0
   failed, 0 already there): a path that tests the result, goes on as if
   the call succeeded and reaches the cleanup without TAKE_PTR frees
   what the map now holds.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

typedef struct OrderedHashmap OrderedHashmap;
struct hash_ops;
extern const struct hash_ops string_hash_ops;
extern int set_put (Set *s, const void *key);
extern int set_ensure_put (Set **s, const struct hash_ops *ops,
			   const void *key);
extern int hashmap_ensure_put (Hashmap **h, const struct hash_ops *ops,
			       const void *key, void *value);
extern int ordered_hashmap_put (OrderedHashmap *h, const void *key,
				void *value);
extern int log_oom (void);

/* The key is kept by the map, then freed by the cleanup.  */
int
key_put_armed (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name); /* { dg-message "note: .k. is declared here with cleanup .freep." } */
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); /* { dg-warning ".k. is handed to .hashmap_put., which takes ownership of it when it returns a positive value, but its cleanup .freep. still runs on a path where the result was tested to be at least 0; the value is released twice \\\[-Wcleanup-handoff\\\]" } */
  if (r < 0)
    return r;
  return 0;
}

/* 'if (r <= 0) return r;': the rest runs with r > 0.  */
int
ensure_put_armed (Hashmap **h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name); /* { dg-message "note: .k. is declared here" } */
  if (!k)
    return -ENOMEM;
  int r = hashmap_ensure_put (h, &string_hash_ops, k, value); /* { dg-warning ".k. is handed to .hashmap_ensure_put., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  if (r <= 0)
    return r;
  return 1;
}

/* The value (argument 3) of an ordered map.  */
int
value_put_armed (OrderedHashmap *h, const char *key, const char *name)
{
  _cleanup_free_ char *v = strdup (name); /* { dg-message "note: .v. is declared here" } */
  if (!v)
    return log_oom ();
  int r = ordered_hashmap_put (h, key, v); /* { dg-warning ".v. is handed to .ordered_hashmap_put., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
  if (r == -ENOMEM)
    return log_oom ();
  if (r < 0)
    return r;
  return 0;
}

/* A set of names built in a loop: each name is freed at the end of its
   iteration while the set keeps it.  */
int
names_into_set (Set **s, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *c = strdup (names[i]); /* { dg-message "note: .c. is declared here" } */
      if (!c)
	return -ENOMEM;
      int r = set_ensure_put (s, &string_hash_ops, c); /* { dg-warning ".c. is handed to .set_ensure_put., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
      if (r < 0)
	return r;
      if (r == 0)
	continue;
    }
  return 0;
}

/* 'if (r > 0)': taken on the true edge, and the cleanup still armed.  */
int
put_logged (Set *s, const char *name, int *added)
{
  _cleanup_free_ char *p = strdup (name); /* { dg-message "note: .p. is declared here" } */
  if (!p)
    return -ENOMEM;
  int r = set_put (s, p); /* { dg-warning ".p. is handed to .set_put., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
  if (r > 0)
    (*added)++;
  return 0;
}
