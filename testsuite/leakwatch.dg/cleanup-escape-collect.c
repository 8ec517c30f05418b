/* A cleanup that collects its object only when nothing refers to it
   (systemd-resolved's dns_transaction_gcp: dns_transaction_gc returns
   the transaction it cannot free yet) may hold a value the function
   only looked up: that value outlives the cleanup, so storing or
   returning it is no escape, and replacing it no leak.  A cleanup that
   always frees, or drops a reference (returns NULL), is still checked.
   Reduced from resolved-dns-transaction.c (field-results.md).  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct tx
{
  int n_users;
  int n_ref;
  struct tx *next;
};

/* Frees the transaction only when nothing uses it; returns it when it
   cannot.  */
static struct tx *
tx_gc (struct tx *t)
{
  if (t->n_users > 0)
    return t;
  free (t);
  return NULL;
}
static inline void
tx_gcp (struct tx **p)
{
  if (*p)
    *p = tx_gc (*p);
}

/* Drops a reference: returns NULL whether it freed or not.  */
static struct tx *
tx_unref (struct tx *t)
{
  if (!t)
    return NULL;
  if (--t->n_ref > 0)
    return NULL;
  free (t);
  return NULL;
}
static inline void
tx_unrefp (struct tx **p)
{
  if (*p)
    tx_unref (*p);
}

extern struct tx *tx_find (int key); /* Borrowed.  */
extern int tx_new (struct tx **ret, int key);
extern int is_dependency (const struct tx *t, const struct tx *dep);

int
add_dependency (struct tx *t, int key, struct tx **ret)
{
  _cleanup_ (tx_gcp) struct tx *aux = NULL;
  aux = tx_find (key);
  if (!aux)
    {
      if (tx_new (&aux, key) < 0)
	return -1;
    }
  else if (is_dependency (t, aux))
    {
      *ret = aux; /* { dg-bogus "outlives" "a collected value may be referred to elsewhere" } */
      return 0;
    }
  aux->n_users++;
  *ret = aux;
  aux = NULL;
  return 1;
}

struct tx *
find_or_new (int key)
{
  _cleanup_ (tx_gcp) struct tx *aux = tx_find (key);
  if (aux)
    return aux; /* { dg-bogus "released" "a collected value may be referred to elsewhere" } */
  if (tx_new (&aux, key) < 0)
    return NULL;
  aux->n_users++;
  return TAKE_PTR (aux);
}

int
walk_deps (int n)
{
  _cleanup_ (tx_gcp) struct tx *aux = NULL;
  for (int i = 0; i < n; i++)
    {
      aux = tx_find (i); /* { dg-bogus "reassigned" "a collected value may be referred to elsewhere" } */
      if (aux && aux->n_users > 1)
	return i;
    }
  return -1;
}

/* A release that always gives the object back (it only drops a use):
   one return, of the parameter itself.  */
static struct tx *
tx_unuse (struct tx *t)
{
  t->n_users--;
  return t;
}
static inline void
tx_unusep (struct tx **p)
{
  if (*p)
    *p = tx_unuse (*p);
}

struct tx *
find_in_use (int key)
{
  _cleanup_ (tx_unusep) struct tx *aux = tx_find (key);
  if (aux)
    aux->n_users++;
  return aux; /* { dg-bogus "released" "the object is given back" } */
}

/* Dropping the only reference of a new object frees it.  */
int
new_ref (int key, struct tx **ret)
{
  _cleanup_ (tx_unrefp) struct tx *x = calloc (1, sizeof *x);
  if (!x)
    return -1;
  x->n_ref = 1;
  *ret = x; /* { dg-warning "outlives" } */
  return 0;
}

/* { dg-prune-output "note:" } */
