/* -Wcleanup-handoff: which argument a taker takes.  Only the one named
   (the position of a LEAKWATCH_TAKES annotation, the value of
   hashmap_put); a cleanup variable given in another position (the
   container itself, owned by the caller) is only borrowed.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include <leakwatch.h>

/* A queue with its own destructor, and a push that takes the item.  */
typedef struct Queue Queue;
extern Queue *queue_new (void);
extern Queue *queue_free (Queue *q);
static inline void
queue_freep (Queue **q)
{
  if (*q)
    queue_free (*q);
}
extern int queue_push (Queue *q, char *item) LEAKWATCH_TAKES (2);

int
queue_build (const char *name, Queue **ret)
{
  _cleanup_ (queue_freep) Queue *q = queue_new ();
  if (!q)
    return -ENOMEM;
  _cleanup_free_ char *p = strdup (name);
  if (!p)
    return -ENOMEM;
  int r = queue_push (q, TAKE_PTR (p)); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  *ret = TAKE_PTR (q);
  return 0;
}

/* A map owned by the caller, filled with hashmap_put (the key and the
   value taken when it returns > 0, the map never).  */
extern Hashmap *hashmap_new (const void *ops);
extern Hashmap *hashmap_free (Hashmap *h);
static inline void
hashmap_freep (Hashmap **h)
{
  if (*h)
    hashmap_free (*h);
}

extern int map_check (Hashmap *h);

int
map_build (const char *key, void *value, Hashmap **ret)
{
  _cleanup_ (hashmap_freep) Hashmap *h = hashmap_new (NULL);
  if (!h)
    return -ENOMEM;
  _cleanup_free_ char *k = strdup (key);
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  TAKE_PTR (k);
  r = map_check (h);
  if (r < 0)
    return r;
  *ret = TAKE_PTR (h);
  return 0;
}

/* Key and value both cleanup variables: each reported.  */
int
pair_put_armed (Hashmap *h, const char *key, const char *value)
{
  _cleanup_free_ char *k = strdup (key); /* { dg-message "note: .k. is declared here" } */
  _cleanup_free_ char *v = strdup (value); /* { dg-message "note: .v. is declared here" } */
  if (!k || !v)
    return -ENOMEM;
  int r = hashmap_put (h, k, v); /* { dg-warning ".k. is handed to .hashmap_put., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  /* { dg-warning ".v. is handed to .hashmap_put., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" "" { target *-*-* } 79 } */
  if (r < 0)
    return r;
  return 0;
}

int
pair_put_taken (Hashmap *h, const char *key, const char *value)
{
  _cleanup_free_ char *k = strdup (key);
  _cleanup_free_ char *v = strdup (value);
  if (!k || !v)
    return -ENOMEM;
  int r = hashmap_put (h, k, v); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  TAKE_PTR (k);
  TAKE_PTR (v);
  return 0;
}

/* The key read after the put (logged): still reported; only a removal
   from the map undoes the take.  */
int
key_put_logged_armed (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name); /* { dg-message "note: .k. is declared here" } */
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); /* { dg-warning ".k. is handed to .hashmap_put., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  if (r < 0)
    return r;
  printf ("added %s\n", k);
  return 0;
}

/* Added to two maps, by name and by id: the first key taken, the
   second forgotten.  */
int
unit_add_names (Hashmap *by_name, Hashmap *by_id, void *u, const char *name,
		const char *id)
{
  _cleanup_free_ char *n = strdup (name);
  _cleanup_free_ char *i = strdup (id); /* { dg-message "note: .i. is declared here" } */
  if (!n || !i)
    return -ENOMEM;
  int r = hashmap_put (by_name, n, u); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  TAKE_PTR (n);
  r = hashmap_put (by_id, i, u); /* { dg-warning ".i. is handed to .hashmap_put., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  if (r < 0)
    return r;
  return 0;
}

/* set_consume takes the name (argument 2), never the set.  */
extern Set *set_new (const void *ops);
extern Set *set_free (Set *s);
static inline void
set_freep (Set **s)
{
  if (*s)
    set_free (*s);
}

int
set_build (char **names, int n, Set **ret)
{
  _cleanup_ (set_freep) Set *s = set_new (NULL);
  if (!s)
    return -ENOMEM;
  for (int i = 0; i < n; i++)
    {
      char *c = strdup (names[i]);
      if (!c)
	return -ENOMEM;
      int r = set_consume (s, c); /* { dg-bogus "takes ownership|released twice" } */
      if (r < 0)
	return r;
    }
  *ret = TAKE_PTR (s);
  return 0;
}
