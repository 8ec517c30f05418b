/* cleanup-places.c: where a value stored into memory ends up, for
   -Wcleanup-escape: whether the place changes with each iteration of a
   loop, whether a local array or an object of the function is read
   after the loop, and whether the caller's memory keeps the value when
   the function returns.  */

#include "cleanup-int.h"

static bool lw_cl_addr_varies (tree t, class loop *l, int depth);

/* Whether SSA name T takes another value in each iteration of L: it is
   made in L by a PHI (a counter, an advancing pointer), or computed in L
   from such values; a load counts if its address varies.  */
static bool
lw_cl_ssa_varies (tree t, class loop *l, int depth)
{
  if (SSA_NAME_IS_DEFAULT_DEF (t) || depth > LW_CL_ADDR_DEPTH)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (!gimple_bb (def) || !flow_bb_inside_loop_p (l, gimple_bb (def)))
    return false;
  /* A counter, an advancing pointer; a new object each time.  */
  if (gimple_code (def) == GIMPLE_PHI || lw_call_new_object_p (def))
    return true;
  if (!is_gimple_assign (def))
    return false;
  for (unsigned i = 1; i < gimple_num_ops (def); i++)
    if (gimple_op (def, i)
	&& lw_cl_addr_varies (gimple_op (def, i), l, depth + 1))
      return true;
  return false;
}

/* Whether the place T (an address or a reference) changes from one
   iteration of L to the next.  */
static bool
lw_cl_addr_varies (tree t, class loop *l, int depth)
{
  if (depth > LW_CL_ADDR_DEPTH)
    return false;
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      return lw_cl_ssa_varies (t, l, depth);
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
      return (lw_cl_addr_varies (TREE_OPERAND (t, 1), l, depth + 1)
	      || lw_cl_addr_varies (TREE_OPERAND (t, 0), l, depth + 1));
    case COMPONENT_REF:
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
    case MEM_REF:
      return lw_cl_addr_varies (TREE_OPERAND (t, 0), l, depth + 1);
    default:
      return false;
    }
}

/* Record in MAP (DATA) the block of STMT as one reading the local
   aggregate BASE (a load from it, or its address taken), if it is one
   of MAP's: bit 2 * index of the block.  */
static bool
lw_cl_note_local_read (gimple *stmt, tree base, tree, void *data)
{
  hash_map<tree, bitmap> *map = (hash_map<tree, bitmap> *) data;
  if (bitmap *b = DECL_P (base) ? map->get (base) : NULL)
    bitmap_set_bit (*b, 2 * gimple_bb (stmt)->index);
  return false;
}

/* The same for the end of its life (a clobber): bit 2 * index + 1.  */
static bool
lw_cl_note_local_end (gimple *stmt, tree base, tree, void *data)
{
  hash_map<tree, bitmap> *map = (hash_map<tree, bitmap> *) data;
  if (!gimple_clobber_p (stmt))
    return false;
  if (bitmap *b = DECL_P (base) ? map->get (base) : NULL)
    bitmap_set_bit (*b, 2 * gimple_bb (stmt)->index + 1);
  return false;
}

/* Whether the local aggregate BASE outlives an iteration of L and is
   read after one ended: its life does not end in L (it is not declared
   in the body: an 'argv' of each iteration), and it is read in a block
   outside L that does not come before it (does not dominate its
   header).  The blocks reading and ending each local aggregate stores
   are made into are found once per function, on the first question.  */
static bool
lw_cl_read_after_loop_p (lw_cl_ctx *cx, tree base, class loop *l)
{
  if (!cx->local_reads)
    {
      cx->local_reads = new hash_map<tree, bitmap>;
      for (unsigned i = 0; i < cx->sites.length (); i++)
	if (cx->sites[i].local)
	  {
	    tree b = get_base_address (gimple_assign_lhs (cx->sites[i].stmt));
	    bool existed;
	    bitmap &bits = cx->local_reads->get_or_insert (b, &existed);
	    if (!existed)
	      bits = BITMAP_ALLOC (NULL);
	  }
      basic_block bb;
      FOR_EACH_BB_FN (bb, cx->fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  walk_stmt_load_store_addr_ops (gsi_stmt (gsi), cx->local_reads,
					 lw_cl_note_local_read,
					 lw_cl_note_local_end,
					 lw_cl_note_local_read);
    }
  bitmap *bits = cx->local_reads->get (base);
  if (!bits)
    return false;
  unsigned i;
  bitmap_iterator bi;
  int left = LW_CL_LOCAL_READS;
  bool read_after = false;
  EXECUTE_IF_SET_IN_BITMAP (*bits, 0, i, bi)
  {
    if (--left < 0)
      {
	lw_debug ("cleanup: more than LW_CL_LOCAL_READS (%d) blocks read or "
		  "end %s: not reported",
		  LW_CL_LOCAL_READS, get_name (base) ? get_name (base) : "it");
	return false;
      }
    basic_block b = BASIC_BLOCK_FOR_FN (cx->fun, i / 2);
    bool inside = flow_bb_inside_loop_p (l, b);
    if (i % 2)
      {
	if (inside)
	  return false;
      }
    else if (!inside && !dominated_by_p (CDI_DOMINATORS, l->header, b))
      read_after = true;
  }
  return read_after;
}

/* The pointer to the object the reference REF is in, through fields,
   elements, copies, casts and offsets ('out + 8'), not through loads (a
   loaded pointer may be anyone's) or PHIs: a default definition (a
   parameter) or a name made by another statement (a call), or
   NULL_TREE.  */
tree
lw_cl_object_root (tree ref)
{
  while (handled_component_p (ref))
    ref = TREE_OPERAND (ref, 0);
  if (TREE_CODE (ref) != MEM_REF)
    return NULL_TREE;
  tree t = TREE_OPERAND (ref, 0);
  for (int steps = 0; steps <= LW_CL_ADDR_DEPTH; steps++)
    {
      if (TREE_CODE (t) != SSA_NAME)
	return NULL_TREE;
      if (SSA_NAME_IS_DEFAULT_DEF (t))
	return t;
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (!is_gimple_assign (def))
	return is_gimple_call (def) ? t : NULL_TREE;
      if (!(gimple_assign_single_p (def) || gimple_assign_cast_p (def)
	    || gimple_assign_rhs_code (def) == POINTER_PLUS_EXPR)
	  || gimple_assign_load_p (def))
	return NULL_TREE;
      t = gimple_assign_rhs1 (def);
    }
  return NULL_TREE;
}

/* Whether REF is memory reached through the pointer N.  */
static bool
lw_cl_through_p (tree ref, tree n)
{
  while (handled_component_p (ref))
    ref = TREE_OPERAND (ref, 0);
  return TREE_CODE (ref) == MEM_REF && TREE_OPERAND (ref, 0) == n;
}

/* Walk the uses of the object pointer ROOT and of the pointers made
   from it (copies, casts, offsets, PHIs), but SKIP: VISIT (U, N, DATA)
   for every other use U of such a pointer N; VISIT returning true stops
   the walk.  1 if it stopped so, 0 once every use was seen, -1 past
   LIMIT uses (said under debug, with the limit's name LIMIT_NAME and
   WHAT).  */
int
lw_cl_object_uses (tree root, gimple *skip,
		   bool (*visit) (gimple *u, tree n, void *data), void *data,
		   int limit, const char *limit_name, const char *what)
{
  auto_vec<tree, 8> work;
  hash_set<tree> seen;
  work.safe_push (root);
  seen.add (root);
  int left = limit;
  while (!work.is_empty ())
    {
      tree n = work.pop ();
      use_operand_p use_p;
      imm_use_iterator it;
      FOR_EACH_IMM_USE_FAST (use_p, it, n)
	{
	  gimple *u = USE_STMT (use_p);
	  if (u == skip || is_gimple_debug (u))
	    continue;
	  if (--left < 0)
	    {
	      lw_debug ("cleanup: more than %s (%d) uses of %s: %s",
			limit_name, limit,
			get_name (root) ? get_name (root) : "an object", what);
	      return -1;
	    }
	  tree made = NULL_TREE;
	  if (gphi *phi = dyn_cast<gphi *> (u))
	    made = gimple_phi_result (phi);
	  else if (is_gimple_assign (u)
		   && TREE_CODE (gimple_assign_lhs (u)) == SSA_NAME
		   && gimple_assign_rhs1 (u) == n
		   && (gimple_assign_single_p (u) || gimple_assign_cast_p (u)
		       || gimple_assign_rhs_code (u) == POINTER_PLUS_EXPR))
	    made = gimple_assign_lhs (u);
	  if (made)
	    {
	      if (!seen.add (made))
		work.safe_push (made);
	    }
	  else if (visit (u, n, data))
	    return 1;
	}
    }
  return 0;
}

/* A use U of the pointer N after loop DATA ended that reads the object:
   a load through N, or N given to a call that may read it (not one that
   only frees it).  */
static bool
lw_cl_read_after (gimple *u, tree n, void *data)
{
  class loop *l = (class loop *) data;
  basic_block b = gimple_bb (u);
  if (flow_bb_inside_loop_p (l, b)
      || dominated_by_p (CDI_DOMINATORS, l->header, b))
    return false;
  if (gimple_assign_load_p (u) && lw_cl_through_p (gimple_assign_rhs1 (u), n))
    return true;
  if (gcall *c = dyn_cast<gcall *> (u))
    for (unsigned i = 0; i < gimple_call_num_args (c); i++)
      if (gimple_call_arg (c, i) == n
	  && lw_call_arg_effect (c, i) != LW_ARG_FREES)
	return true;
  return false;
}

/* Whether the new object ROOT points to is read after an iteration of
   L ended (made before L, or made in L and its last one read after L:
   either way what the iteration stored dangles): something after L
   (outside it, not dominating its header) reads it (lw_cl_read_after).
   At most LW_CL_PLACE_USES uses looked at; past them, not reported.  */
static bool
lw_cl_object_read_after_loop_p (tree root, class loop *l)
{
  return lw_cl_object_uses (root, NULL, lw_cl_read_after, l, LW_CL_PLACE_USES,
			    "LW_CL_PLACE_USES", "not reported")
	 == 1;
}

/* Whether STMT comes before SITE_STMT on every path to it: earlier in
   its block, or in a block dominating its block.  */
static bool
lw_cl_before_p (gimple *stmt, gimple *site_stmt)
{
  basic_block a = gimple_bb (stmt), b = gimple_bb (site_stmt);
  if (a == b)
    return gimple_uid (stmt) < gimple_uid (site_stmt);
  return dominated_by_p (CDI_DOMINATORS, b, a);
}

/* A use U of the pointer N that may write again the place the store
   DATA wrote: a store or a call result through N that may alias it, or
   a call given N that does not just keep it; not one that comes before
   the store.  */
static bool
lw_cl_resets (gimple *u, tree n, void *data)
{
  gimple *site_stmt = (gimple *) data;
  if (lw_cl_before_p (u, site_stmt))
    return false;
  tree l = gimple_get_lhs (u);
  if (is_a<gassign *> (u))
    return (lw_cl_through_p (l, n)
	    && refs_may_alias_p (l, gimple_assign_lhs (site_stmt), false));
  if (gcall *c = dyn_cast<gcall *> (u))
    {
      if (l && lw_cl_through_p (l, n))
	return true;
      for (unsigned i = 0; i < gimple_call_num_args (c); i++)
	if (gimple_call_arg (c, i) == n
	    && lw_call_arg_effect (c, i) != LW_ARG_KEEPS)
	  return true;
    }
  return false;
}

/* Whether the store SITE_STMT into the caller's memory leaves it there
   when the function returns: the place is in the object a pointer
   parameter points to (not main's argv) or in a new object that reaches
   the caller, and nothing that follows may write it again (a place
   reset before the function returns): no store through the object's
   pointer (or one made from it) that may write the same place, and no
   call given that pointer, unless it only keeps it (a value published
   for the duration of a call, 'c->line = line; parse (c);', is not
   kept).  */
static bool
lw_cl_scope_escape_p (gimple *site_stmt)
{
  tree lhs = gimple_assign_lhs (site_stmt);
  tree root = lw_cl_object_root (lhs);
  if (!root)
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (root))
    {
      /* A pointer parameter; not main's argv.  */
      tree parm = SSA_NAME_VAR (root);
      if (!parm || TREE_CODE (parm) != PARM_DECL
	  || !POINTER_TYPE_P (TREE_TYPE (parm))
	  || MAIN_NAME_P (DECL_NAME (current_function_decl)))
	return false;
    }
  /* Otherwise a call: lw_cl_store_to, following the same steps back,
     found it makes a new object that reaches the caller.  */
  return lw_cl_object_uses (root, site_stmt, lw_cl_resets, site_stmt,
			    LW_CL_PLACE_USES, "LW_CL_PLACE_USES",
			    "the place is taken to be reset")
	 == 0;
}

/* What SITE, a store of V's value into the caller's memory, a local
   array or an object of this function, is.  An escape of the
   iteration: V lives in the body of a loop (its life ends in each
   iteration), the place changes with each iteration of that loop (so
   every iteration leaves a stored copy behind, not one slot published
   for a while), and a local array or an object of the function outlives
   the iteration and is read after the loop.  An escape of the scope:
   the caller's memory keeps the value when the function returns
   (lw_cl_scope_escape_p).  Only for a cleanup CLEANUP that frees the
   value (one that drops a reference or unregisters may be right).  */
enum lw_cl_place_escape
lw_cl_place_escape (lw_cl_ctx *cx, lw_cl_site *site, gimple *cleanup)
{
  int v = site->var;
  if (!lw_cleanup_frees_arg (gimple_call_fndecl (as_a<gcall *> (cleanup))))
    return LW_CL_PLACE_NONE;
  tree lhs = gimple_assign_lhs (site->stmt);
  /* The innermost loop around the store in which V's life ends.  */
  class loop *l = lw_cl_real_loop (cx, gimple_bb (site->stmt)->loop_father);
  for (; l; l = lw_cl_real_loop (cx, loop_outer (l)))
    {
      bool dies = false;
      for (unsigned i = 0; i < cx->vars[v].clobber_bbs.length (); i++)
	dies |= flow_bb_inside_loop_p (l, cx->vars[v].clobber_bbs[i]);
      if (dies)
	break;
    }
  if (l && lw_cl_addr_varies (lhs, l, 0)
      && (site->local ? lw_cl_read_after_loop_p (cx, get_base_address (lhs), l)
	  : site->heap
	    ? lw_cl_object_read_after_loop_p (lw_cl_object_root (lhs), l)
	    : true))
    return LW_CL_PLACE_ITERATION;
  /* (A local array's place has no pointer: lw_cl_object_root is NULL.)  */
  if (!site->heap && lw_cl_scope_escape_p (site->stmt))
    return LW_CL_PLACE_SCOPE;
  return LW_CL_PLACE_NONE;
}
