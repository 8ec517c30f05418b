// A collecting cleanup in C++ (see cleanup-escape-collect.c): the
// value it holds may only have been looked up.
// { dg-do compile }

#include "cleanup-systemd.h"

struct tx
{
  int n_users;
};

static tx *
tx_gc (tx *t)
{
  if (t->n_users > 0)
    return t;
  delete t;
  return nullptr;
}
static inline void
tx_gcp (tx **p)
{
  if (*p)
    *p = tx_gc (*p);
}

extern tx *tx_find (int key);

tx *
find_used (int key)
{
  _cleanup_ (tx_gcp) tx *aux = tx_find (key);
  if (aux && aux->n_users > 0)
    return aux; // { dg-bogus "released" "a collected value may be referred to elsewhere" }
  return nullptr;
}

void
keep_used (int key, tx *&out)
{
  _cleanup_ (tx_gcp) tx *aux = tx_find (key);
  if (aux)
    out = aux; // { dg-bogus "outlives" "a collected value may be referred to elsewhere" }
}
