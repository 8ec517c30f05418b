/* alloc-success.c: how a function that allocates into a parameter
   tells, by its result, that it did.

   Its result is CODE (GE_EXPR, EQ_EXPR, NE_EXPR) 0 exactly on the
   paths where it stored the new object.  The callers' path walks start
   from such a call knowing that it succeeded; without the relation, a
   caller that tests the result cannot be checked (the failure path
   stores nothing, and may go on to the next allocation).  Two shapes
   are recognised:
     - every return returns the result of the one call that allocates
       through the parameter (a vasprintf wrapper): that call's relation;
     - every value returned is a constant (directly, or through a PHI in
       the returning block), and the constants returned after a store
       (on every path to them) and those returned before any store, or
       after the stored value was found NULL right after the store, are
       told apart by their sign or by being zero ('if (!p) return
       -ENOMEM; *out = p; return 0;', '*out = malloc (n); if (!*out)
       return -ENOMEM; return 0;', 'return FALSE; ... return TRUE;').
   Anything else (a comparison returned, a value returned on paths with
   and without a store) is ERROR_MARK.  Linear in the function's size.  */

#include "leakwatch-int.h"

/* Blocks reachable from the blocks in WORK (marked in SEEN), not going
   on from the blocks in STOP, nor along the edges in SKIP.  */
static void
lw_as_reach (auto_vec<basic_block> &work, sbitmap seen, sbitmap stop,
	     const vec<edge> &skip)
{
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      if (stop && bitmap_bit_p (stop, b->index))
	continue;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, b->succs)
	if (!bitmap_bit_p (seen, e->dest->index) && !skip.contains (e))
	  {
	    bitmap_set_bit (seen, e->dest->index);
	    work.safe_push (e->dest);
	  }
    }
}

/* If the block of ST, a store of a new object through a parameter,
   ends by testing the stored value against NULL ('*out = malloc (n);
   if (*out == NULL)'), the edge on which it is NULL: nothing new was
   stored along it.  */
static edge
lw_as_null_edge (gimple *st)
{
  basic_block bb = gimple_bb (st);
  gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (bb));
  if (!cond || !gimple_assign_single_p (st)
      || !integer_zerop (gimple_cond_rhs (cond))
      || (gimple_cond_code (cond) != EQ_EXPR
	  && gimple_cond_code (cond) != NE_EXPR))
    return NULL;
  tree val = lw_strip_copies (gimple_assign_rhs1 (st), false);
  tree x = lw_strip_copies (gimple_cond_lhs (cond), false);
  bool same = x == val;
  /* Or the stored value loaded again after the store.  */
  gimple *def = TREE_CODE (x) == SSA_NAME ? SSA_NAME_DEF_STMT (x) : NULL;
  if (!same && def && gimple_bb (def) == bb && gimple_assign_single_p (def)
      && operand_equal_p (gimple_assign_rhs1 (def), gimple_assign_lhs (st), 0))
    {
      gimple_stmt_iterator gsi = gsi_for_stmt (st);
      for (gsi_next (&gsi); !gsi_end_p (gsi) && !same; gsi_next (&gsi))
	if (gsi_stmt (gsi) == def)
	  same = true;
	else if (gimple_vdef (gsi_stmt (gsi)))
	  break; /* Something may have written it since.  */
    }
  if (!same)
    return NULL;
  edge t, f;
  extract_true_false_edges_from_block (bb, &t, &f);
  return gimple_cond_code (cond) == EQ_EXPR ? t : f;
}

enum tree_code
lw_alloc_success_relation (function *fun, const vec<gimple *> &stores)
{
  tree restype = TREE_TYPE (TREE_TYPE (fun->decl));
  if (!INTEGRAL_TYPE_P (restype) || stores.is_empty ())
    return ERROR_MARK;
  unsigned nb = last_basic_block_for_fn (fun);
  auto_sbitmap in_store (nb), after (nb), before (nb);
  bitmap_clear (in_store);
  bitmap_clear (after);
  bitmap_clear (before);
  auto_vec<basic_block> work;
  auto_vec<edge> null_edges, none;
  for (gimple *st : stores)
    {
      if (edge ne = lw_as_null_edge (st))
	null_edges.safe_push (ne);
      if (!bitmap_bit_p (in_store, gimple_bb (st)->index))
	{
	  bitmap_set_bit (in_store, gimple_bb (st)->index);
	  bitmap_set_bit (after, gimple_bb (st)->index);
	  work.safe_push (gimple_bb (st));
	}
    }
  /* After a store of a new object (not along the edges where it was
     NULL); before any store, or after it was found NULL.  */
  lw_as_reach (work, after, NULL, null_edges);
  work.safe_push (ENTRY_BLOCK_PTR_FOR_FN (fun));
  bitmap_set_bit (before, ENTRY_BLOCK_PTR_FOR_FN (fun)->index);
  for (edge ne : null_edges)
    if (!bitmap_bit_p (before, ne->dest->index))
      {
	bitmap_set_bit (before, ne->dest->index);
	work.safe_push (ne->dest);
      }
  lw_as_reach (work, before, in_store, none);

  /* The values returned, each with the block it comes from.  */
  auto_vec<tree> vals;
  auto_vec<basic_block> from;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fun)->preds)
    {
      greturn *ret = safe_dyn_cast<greturn *> (lw_last_stmt (e->src));
      if (!ret || !gimple_return_retval (ret))
	continue;
      tree r = lw_strip_copies (gimple_return_retval (ret), false);
      gphi *phi
	= (TREE_CODE (r) == SSA_NAME ? dyn_cast<gphi *> (SSA_NAME_DEF_STMT (r))
				     : NULL);
      /* Its incoming values are judged by where they come from: only
	 when nothing can happen between the PHI and the return.  */
      if (phi && gimple_bb (phi) != e->src)
	return ERROR_MARK;
      if (phi)
	for (unsigned k = 0; k < gimple_phi_num_args (phi); k++)
	  {
	    vals.safe_push (gimple_phi_arg_def (phi, k));
	    from.safe_push (gimple_phi_arg_edge (phi, k)->src);
	  }
      else
	{
	  vals.safe_push (r);
	  from.safe_push (e->src);
	}
    }
  if (vals.is_empty ())
    return ERROR_MARK;

  /* A wrapper returning the result of its one allocating call.  */
  tree first = lw_strip_copies (vals[0], false);
  gcall *inner
    = (stores.length () == 1 ? dyn_cast<gcall *> (stores[0]) : NULL);
  if (inner && first == gimple_call_lhs (inner))
    {
      for (tree v : vals)
	if (lw_strip_copies (v, false) != first)
	  return ERROR_MARK;
      enum tree_code code;
      if (!lw_call_alloc_success (inner, &code))
	return ERROR_MARK;
      return code;
    }

  /* Constants returned after a store, and before any.  */
  bool s_neg = false, s_zero = false, s_pos = false, any_s = false;
  bool f_neg = false, f_zero = false, f_pos = false;
  for (unsigned i = 0; i < vals.length (); i++)
    {
      tree c = lw_constant_through_copies (vals[i]);
      int idx = from[i]->index;
      bool stored = bitmap_bit_p (after, idx);
      bool unstored
	= bitmap_bit_p (before, idx) && !bitmap_bit_p (in_store, idx);
      if (!c || stored == unstored)
	return ERROR_MARK;
      int sgn = tree_int_cst_sgn (c);
      if (stored)
	{
	  any_s = true;
	  s_neg |= sgn<0, s_zero |= sgn == 0, s_pos |= sgn> 0;
	}
      else
	f_neg |= sgn<0, f_zero |= sgn == 0, f_pos |= sgn> 0;
    }
  if (!any_s)
    return ERROR_MARK;
  if (!s_neg && !f_zero && !f_pos)
    return GE_EXPR;
  if (!s_neg && !s_pos && !f_zero)
    return EQ_EXPR;
  if (!s_zero && !f_neg && !f_pos)
    return NE_EXPR;
  return ERROR_MARK;
}
