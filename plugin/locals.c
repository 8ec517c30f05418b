/* locals.c: the automatic objects of a function, as the checks see them
   in the IR after "ssa": which object a pointer value holds the address
   of, whether two references to one object overlap, and where an
   object's scope ends (its clobber "x ={v} {CLOBBER(eol)}"), for notes
   that point at the source.  */

#include "leakwatch-int.h"

/* Budgets (docs/performance.md), each reported by the debug argument
   when it runs out.  Definitions (copies, pointer conversions, offsets,
   PHIs and their arguments) looked at to find the address a pointer
   value holds: past them, the value is not known to point to a local
   (the thread-argument check is silent about it).  */
#define LW_MAX_ADDRESS_STEPS 16
/* Blocks followed after a clobber to find where its scope ends: past
   them, the note says "out of scope here" at the clobber, or before the
   next statement, rather than naming the return or the loop.  */
#define LW_MAX_SCOPE_BLOCKS 8

bool
lw_auto_object_p (tree base, function *fun)
{
  return (base && (VAR_P (base) || TREE_CODE (base) == PARM_DECL)
	  && !TREE_STATIC (base) && !DECL_EXTERNAL (base)
	  && !TREE_THIS_VOLATILE (base) && DECL_NAME (base)
	  && !DECL_ARTIFICIAL (base) && auto_var_in_fn_p (base, fun->decl));
}

/* Does REF reach its base through a variable index?  */
static bool
lw_varying_ref_p (tree ref)
{
  for (; handled_component_p (ref); ref = TREE_OPERAND (ref, 0))
    if ((TREE_CODE (ref) == ARRAY_REF || TREE_CODE (ref) == ARRAY_RANGE_REF)
	&& TREE_CODE (TREE_OPERAND (ref, 1)) != INTEGER_CST)
      return true;
  return false;
}

static bool
lw_local_address_1 (tree p, function *fun, lw_local_ref *out, int *steps)
{
  if (--*steps < 0 || !p)
    return false;
  if (TREE_CODE (p) == ADDR_EXPR)
    {
      tree ref = TREE_OPERAND (p, 0);
      tree base = get_base_address (ref);
      if (!lw_auto_object_p (base, fun))
	return false;
      out->base = base;
      out->ref = ref;
      out->varying = lw_varying_ref_p (ref);
      return true;
    }
  if (TREE_CODE (p) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (p)
      || !POINTER_TYPE_P (TREE_TYPE (p)))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (p);
  if (gphi *phi = dyn_cast<gphi *> (def))
    {
      /* Every way in must give the same object.  */
      bool found = false;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	{
	  tree a = gimple_phi_arg_def (phi, i);
	  lw_local_ref one;
	  if (a == p)
	    continue;
	  if (!lw_local_address_1 (a, fun, &one, steps))
	    return false;
	  if (found && one.base != out->base)
	    return false;
	  if (found && !operand_equal_p (one.ref, out->ref, 0))
	    one.varying = true;
	  *out = one;
	  found = true;
	}
      return found;
    }
  gassign *a = dyn_cast<gassign *> (def);
  if (!a)
    return false;
  enum tree_code code = gimple_assign_rhs_code (a);
  tree rhs = gimple_assign_rhs1 (a);
  if (code == POINTER_PLUS_EXPR)
    {
      if (!lw_local_address_1 (rhs, fun, out, steps))
	return false;
      out->varying = true;
      return true;
    }
  if (gimple_assign_single_p (a)
      || (CONVERT_EXPR_CODE_P (code) && POINTER_TYPE_P (TREE_TYPE (rhs))))
    return lw_local_address_1 (rhs, fun, out, steps);
  return false;
}

bool
lw_local_address (tree p, function *fun, lw_local_ref *out)
{
  int steps = LW_MAX_ADDRESS_STEPS;
  if (lw_local_address_1 (p, fun, out, &steps))
    return true;
  if (steps < 0)
    lw_debug ("%s: address not followed past LW_MAX_ADDRESS_STEPS (%d) "
	      "definitions",
	      function_name (fun), LW_MAX_ADDRESS_STEPS);
  return false;
}

bool
lw_refs_overlap (tree a, tree b)
{
  auto_vec<tree, 8> ca, cb;
  for (tree r = a; handled_component_p (r); r = TREE_OPERAND (r, 0))
    ca.safe_push (r);
  for (tree r = b; handled_component_p (r); r = TREE_OPERAND (r, 0))
    cb.safe_push (r);
  /* From the base outwards, as long as both go on.  */
  for (unsigned i = 1; i <= ca.length () && i <= cb.length (); i++)
    {
      tree x = ca[ca.length () - i], y = cb[cb.length () - i];
      if (TREE_CODE (x) != TREE_CODE (y))
	return true;
      if (TREE_CODE (x) == COMPONENT_REF)
	{
	  if (TREE_CODE (TREE_TYPE (TREE_OPERAND (x, 0))) == UNION_TYPE)
	    return true;
	  if (TREE_OPERAND (x, 1) != TREE_OPERAND (y, 1))
	    return false;
	}
      else if (TREE_CODE (x) == ARRAY_REF
	       && TREE_CODE (TREE_OPERAND (x, 1)) == INTEGER_CST
	       && TREE_CODE (TREE_OPERAND (y, 1)) == INTEGER_CST
	       && !tree_int_cst_equal (TREE_OPERAND (x, 1),
				       TREE_OPERAND (y, 1)))
	return false;
    }
  return true;
}

/* The place a path that reached clobber C came through last: a
   located statement before C in its block, else the jump (or the last
   located statement) of the path's last edge.  */
static location_t
lw_place_before (gimple *c, const vec<edge> &path)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (c);
  for (gsi_prev (&gsi); !gsi_end_p (gsi); gsi_prev (&gsi))
    if (LOCATION_LOCUS (gimple_location (gsi_stmt (gsi))) != UNKNOWN_LOCATION)
      return gimple_location (gsi_stmt (gsi));
  if (path.is_empty ())
    return UNKNOWN_LOCATION;
  edge e = path[path.length () - 1];
  location_t loc = e->goto_locus;
  for (gsi = gsi_last_bb (e->src);
       !gsi_end_p (gsi) && LOCATION_LOCUS (loc) == UNKNOWN_LOCATION;
       gsi_prev (&gsi))
    loc = gimple_location (gsi_stmt (gsi));
  return loc;
}

/* The place of the loop HEADER heads: its condition, if it is there;
   else the jump back to it (LATCH, "for (;;) {"), else where the header
   starts.  */
static location_t
lw_loop_place (basic_block header, location_t latch)
{
  gimple *last = lw_last_stmt (header);
  edge e;
  edge_iterator ei;
  if (last && is_a<gcond *> (last))
    FOR_EACH_EDGE (e, ei, header->succs)
      if (loop_exit_edge_p (header->loop_father, e)
	  && LOCATION_LOCUS (gimple_location (last)) != UNKNOWN_LOCATION)
	return gimple_location (last);
  if (LOCATION_LOCUS (latch) != UNKNOWN_LOCATION)
    return latch;
  for (gimple_stmt_iterator gsi = gsi_start_nondebug_after_labels_bb (header);
       !gsi_end_p (gsi); gsi_next_nondebug (&gsi))
    if (LOCATION_LOCUS (gimple_location (gsi_stmt (gsi))) != UNKNOWN_LOCATION)
      return gimple_location (gsi_stmt (gsi));
  return UNKNOWN_LOCATION;
}

enum lw_scope_end
lw_scope_end_at (gimple *c, function *fun, const vec<edge> &path,
		 location_t *loc)
{
  bool trivial = true; /* Only what the end of a function does.  */
  location_t next = UNKNOWN_LOCATION, latch = UNKNOWN_LOCATION;
  basic_block header = NULL, bb = gimple_bb (c);
  gimple_stmt_iterator gsi = gsi_for_stmt (c);
  gsi_next (&gsi);
  int n;
  for (n = 0; n < LW_MAX_SCOPE_BLOCKS; n++)
    {
      for (; !gsi_end_p (gsi); gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  if (is_gimple_debug (s) || gimple_clobber_p (s)
	      || gimple_code (s) == GIMPLE_LABEL
	      || gimple_code (s) == GIMPLE_PREDICT)
	    continue;
	  if (is_a<greturn *> (s) && trivial)
	    {
	      /* A return merged with others has no place of its own: the
		 path came from the one it takes.  */
	      *loc = gimple_location (s);
	      if (LOCATION_LOCUS (*loc) == UNKNOWN_LOCATION)
		*loc = lw_place_before (c, path);
	      if (LOCATION_LOCUS (*loc) == UNKNOWN_LOCATION)
		*loc = fun->function_end_locus;
	      return LW_SCOPE_END_RETURN;
	    }
	  if (next == UNKNOWN_LOCATION
	      && LOCATION_LOCUS (gimple_location (s)) != UNKNOWN_LOCATION)
	    next = gimple_location (s);
	  tree lhs = gimple_get_lhs (s);
	  if (!is_gimple_assign (s) || gimple_has_volatile_ops (s)
	      || (TREE_CODE (lhs) != SSA_NAME
		  && TREE_CODE (lhs) != RESULT_DECL))
	    trivial = false;
	}
      edge e = single_succ_p (bb) ? single_succ_edge (bb) : NULL;
      if (!e)
	break;
      if (e->dest == EXIT_BLOCK_PTR_FOR_FN (fun) && trivial)
	{
	  *loc = fun->function_end_locus;
	  return LW_SCOPE_END_RETURN;
	}
      bb = e->dest;
      if (bb->loop_father && bb->loop_father->header == bb
	  && flow_bb_inside_loop_p (bb->loop_father, gimple_bb (c)))
	{
	  header = bb;
	  latch = e->goto_locus;
	  break;
	}
      gsi = gsi_start_bb (bb);
    }
  if (n == LW_MAX_SCOPE_BLOCKS)
    lw_debug ("%s: scope end not found within LW_MAX_SCOPE_BLOCKS (%d) "
	      "blocks",
	      function_name (fun), LW_MAX_SCOPE_BLOCKS);
  *loc = gimple_location (c);
  if (LOCATION_LOCUS (*loc) != UNKNOWN_LOCATION)
    return LW_SCOPE_END_HERE;
  if (header
      && LOCATION_LOCUS (*loc = lw_loop_place (header, latch))
	   != UNKNOWN_LOCATION)
    return LW_SCOPE_END_ITERATION;
  *loc = next;
  return LW_SCOPE_END_BEFORE;
}
