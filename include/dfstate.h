/* dfstate.h: states of the checkers' forward may-dataflows.

   A state is a sparse bitmap BITS of facts, and a set of variables SET
   (numbered from 0); a join unites both.  SET may start full (every
   variable uninitialized at the function's entry), so it is kept as its
   members or, when INVERTED, as the variables not in it: either way it
   costs only the variables whose state differs from the start.  Both
   are GCC's sparse bitmaps: a state costs the variables live at its
   point, not all the variables of the function.  Include after
   leakwatch-int.h.  */

#ifndef LEAKWATCH_DFSTATE_H
#define LEAKWATCH_DFSTATE_H

/* Budgets of a dataflow in one function; when one runs out its check
   reports nothing in that function (-fplugin-arg-leakwatch-debug says
   so).  States are as large as the variables in scope, so a function
   with hundreds of variables in scope throughout would make a dataflow
   quadratic: in each pass its states may hold at most
   LW_DFSTATE_PER_BB bitmap elements per block on average (an element
   holds 128 bits: 32 variables' four bits).  At most
   LW_DFSTATE_MAX_PASSES passes over the blocks reach the fixpoint, with
   at most as many returns to a loop header per block in all (a pass
   goes back to the header when a back edge's state changed, so each
   loop settles before the blocks after it: two or three passes are
   needed, for any number of loops in a row or nested).  */
#define LW_DFSTATE_PER_BB 16
#define LW_DFSTATE_MAX_PASSES 50

struct lw_dfstate
{
  bitmap_head bits;
  bitmap_head set;
  bool inverted;
};

/* N empty states (no path), allocated on OB: bitmap_obstack_release
   frees them.  */
lw_dfstate *lw_dfstate_new (unsigned n, bitmap_obstack *ob);
/* D = S, or the empty state when S is NULL.  */
void lw_dfstate_copy (lw_dfstate *d, const lw_dfstate *s);
/* D |= S.  */
void lw_dfstate_ior (lw_dfstate *d, const lw_dfstate *s);
bool lw_dfstate_equal (const lw_dfstate *a, const lw_dfstate *b);
/* Take the bitmap elements S holds (its cost) from *LEFT; false if
   there are not enough left.  */
bool lw_dfstate_charge (unsigned long *left, const lw_dfstate *s);
bool lw_dfstate_in (const lw_dfstate *s, unsigned v);
void lw_dfstate_put (lw_dfstate *s, unsigned v, bool in);
/* For each bit I of S's BITS below END with I % STRIDE == FROM, set the
   bit I - FROM + TO (STRIDE a power of two dividing 64, so the two are
   in one word).  Visits only the bits set.  */
void lw_dfstate_mark (lw_dfstate *s, unsigned end, unsigned stride,
		      unsigned from, unsigned to);

#endif /* LEAKWATCH_DFSTATE_H */
