/* -Wcleanup-handoff on takers that take the value only when they return
   a value > 0 (systemd's hashmap_put, set_put): the correct forms real
   code uses, and what is not followed.  Nothing is reported.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct hash_ops;
extern const struct hash_ops string_hash_ops;
extern int set_put (Set *s, const void *key);
extern int set_ensure_put (Set **s, const struct hash_ops *ops,
			   const void *key);
extern int hashmap_ensure_put (Hashmap **h, const struct hash_ops *ops,
			       const void *key, void *value);
extern int log_error_errno (int r, const char *fmt, ...);
extern int log_oom (void);
extern void *hashmap_remove (Hashmap *h, const void *key);

/* The failure path keeps the value: the cleanup frees it, correctly.  */
int
put_then_take (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name);
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return log_error_errno (r, "cannot add %s", k);
  TAKE_PTR (k);
  return 0;
}

/* 0: an equal string was there already, ours is freed; > 0: taken.  */
int
dedup_then_take (Set **s, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r = set_ensure_put (s, &string_hash_ops, p); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  if (r == 0)
    return 0;
  TAKE_PTR (p);
  return 1;
}

int
take_if_added (Set *s, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r = set_put (s, p); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  if (r > 0)
    TAKE_PTR (p);
  return 0;
}

/* -EEXIST is a failure too; nulled by hand after success.  */
int
put_exists_then_null (Hashmap **h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name);
  if (!k)
    return log_oom ();
  int r = hashmap_ensure_put (h, &string_hash_ops, k, value); /* { dg-bogus "takes ownership|released twice" } */
  if (r == -EEXIST)
    return 0;
  if (r < 0)
    return r;
  k = NULL;
  return 0;
}

/* In a loop: each added name stolen, duplicates freed.  */
int
names_into_set (Set **s, char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *c = strdup (names[i]);
      if (!c)
	return -ENOMEM;
      int r = set_ensure_put (s, &string_hash_ops, c); /* { dg-bogus "takes ownership|released twice" } */
      if (r < 0)
	return r;
      if (r > 0)
	TAKE_PTR (c);
    }
  return 0;
}

/* An object whose cleanup unreferences it: the last unref unlinks it
   from the map first, so failing after the put is correct.  */
typedef struct Link Link;
struct Link
{
  Hashmap *links;
  int ifindex;
  unsigned n_ref;
};
extern Link *link_unref (Link *l);
static inline void
link_unrefp (Link **l)
{
  if (*l)
    link_unref (*l);
}
extern int link_new (Link **ret);
extern int link_setup (Link *l);

int
link_add (Hashmap *links, Link **ret)
{
  _cleanup_ (link_unrefp) Link *l = NULL;
  int r = link_new (&l);
  if (r < 0)
    return r;
  r = hashmap_put (links, &l->ifindex, l); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  r = link_setup (l);
  if (r < 0)
    return r;
  *ret = TAKE_PTR (l);
  return 0;
}

/* The same with a destructor of this file that unlinks before it
   frees: not a plain free either.  */

static Link *
link_free (Link *l)
{
  if (!l)
    return NULL;
  hashmap_remove (l->links, &l->ifindex);
  free (l);
  return NULL;
}
static inline void
link_freep (Link **l)
{
  link_free (*l);
}

int
link_add_local (Hashmap *links, Link **ret)
{
  _cleanup_ (link_freep) Link *l = NULL;
  int r = link_new (&l);
  if (r < 0)
    return r;
  l->links = links;
  r = hashmap_put (links, &l->ifindex, l); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  r = link_setup (l);
  if (r < 0)
    return r;
  *ret = TAKE_PTR (l);
  return 0;
}

/* The result not tested, or tested after a join with another value:
   not followed (silent).  */
void
put_ignored (Set *s, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return;
  (void) set_put (s, p); /* { dg-bogus "takes ownership|released twice" } */
}

int
put_maybe (Hashmap *h, const char *name, void *value, int add)
{
  _cleanup_free_ char *k = strdup (name);
  int r;
  if (!k)
    return -ENOMEM;
  if (add)
    r = hashmap_put (h, k, value); /* { dg-bogus "takes ownership|released twice" } */
  else
    r = -EINVAL;
  if (r < 0)
    return r;
  TAKE_PTR (k);
  return 0;
}

/* Stolen in the call.  */
int
put_stolen (Set *s, const char *name)
{
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  return set_put (s, TAKE_PTR (p)); /* { dg-bogus "takes ownership|released twice" } */
}

/* Put into the map first, as that is easier to undo: a later failure
   removes the name again before the cleanup frees it, and success
   hands it on to a function that takes it.  */

extern int alias_add (void *u, char *name);

int
name_add (Hashmap *units, void *u, const char *text)
{
  _cleanup_free_ char *name = strdup (text);
  if (!name)
    return -ENOMEM;
  int r = hashmap_put (units, name, u); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  r = alias_add (u, name);
  if (r < 0)
    {
      hashmap_remove (units, name);
      return r;
    }
  TAKE_PTR (name);
  return 0;
}

int
name_add_removed (Hashmap *units, void *u, const char *text, int keep)
{
  _cleanup_free_ char *name = strdup (text);
  if (!name)
    return -ENOMEM;
  int r = hashmap_put (units, name, u); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  if (!keep)
    {
      hashmap_remove (units, name);
      return 0;
    }
  TAKE_PTR (name);
  return 0;
}
