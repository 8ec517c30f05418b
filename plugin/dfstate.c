/* dfstate.c: states of the checkers' forward may-dataflows (see
   include/dfstate.h).  */

#include "leakwatch-int.h"
#include "dfstate.h"

lw_dfstate *
lw_dfstate_new (unsigned n, bitmap_obstack *ob)
{
  lw_dfstate *s = XOBNEWVEC (&ob->obstack, lw_dfstate, n);
  for (unsigned i = 0; i < n; i++)
    {
      bitmap_initialize (&s[i].bits, ob);
      bitmap_initialize (&s[i].set, ob);
      s[i].inverted = false;
    }
  return s;
}

void
lw_dfstate_copy (lw_dfstate *d, const lw_dfstate *s)
{
  if (!s)
    {
      bitmap_clear (&d->bits);
      bitmap_clear (&d->set);
      d->inverted = false;
      return;
    }
  bitmap_copy (&d->bits, &s->bits);
  bitmap_copy (&d->set, &s->set);
  d->inverted = s->inverted;
}

void
lw_dfstate_ior (lw_dfstate *d, const lw_dfstate *s)
{
  bitmap_ior_into (&d->bits, &s->bits);
  if (d->inverted && s->inverted)
    bitmap_and_into (&d->set, &s->set); /* ~A | ~B = ~(A & B).  */
  else if (d->inverted)
    bitmap_and_compl_into (&d->set, &s->set); /* ~A | B = ~(A & ~B).  */
  else if (s->inverted)
    {
      bitmap_compl_and_into (&d->set, &s->set); /* A | ~B = ~(~A & B).  */
      d->inverted = true;
    }
  else
    bitmap_ior_into (&d->set, &s->set);
}

bool
lw_dfstate_equal (const lw_dfstate *a, const lw_dfstate *b)
{
  return (a->inverted == b->inverted && bitmap_equal_p (&a->bits, &b->bits)
	  && bitmap_equal_p (&a->set, &b->set));
}

bool
lw_dfstate_charge (unsigned long *left, const lw_dfstate *s)
{
  unsigned long n = 0;
  for (bitmap_element *e = s->bits.first; e; e = e->next)
    n++;
  for (bitmap_element *e = s->set.first; e; e = e->next)
    n++;
  if (n > *left)
    return false;
  *left -= n;
  return true;
}

bool
lw_dfstate_in (const lw_dfstate *s, unsigned v)
{
  return bitmap_bit_p (&s->set, v) != s->inverted;
}

void
lw_dfstate_put (lw_dfstate *s, unsigned v, bool in)
{
  if (in != s->inverted)
    bitmap_set_bit (&s->set, v);
  else
    bitmap_clear_bit (&s->set, v);
}

void
lw_dfstate_mark (lw_dfstate *s, unsigned end, unsigned stride, unsigned from,
		 unsigned to)
{
  /* Setting a bit in the word being visited allocates nothing and does
     not disturb the iteration.  */
  unsigned i;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (&s->bits, 0, i, bi)
  {
    if (i >= end)
      break;
    if (i % stride == from)
      bitmap_set_bit (&s->bits, i - from + to);
  }
}
