/* check-unused-result.c: must-check results that are stored in a
   variable and never looked at, reported under GCC's own
   -Wunused-result.

   GCC warns when the value of a warn_unused_result call is discarded
   outright; once the value is stored it says nothing, though
   "r = write (...);" followed by nothing swallows the error as surely.
   This check runs right after "ssa", where a non-addressable local is
   an SSA name per assignment, so "stored and never read" is def-use:

   1. Mark as read every SSA name used by a statement that does
      something with it: a return, a call argument, a store to memory,
      a condition whose outcome matters, an asm...  An assignment that
      only computes another SSA name from it (a copy, a conversion,
      arithmetic, a comparison) and a PHI node pass the mark on to
      their operands only when their own result is read.  Each name
      is marked at most once: linear in the function.
   2. A must-check call whose result (or the copy of it a named
      variable receives) was never marked is reported, with a note at
      the assignment that overwrites it (found in one walk of the
      blocks in reverse post-order, under dominance) or at the end of
      the function.

   Everything this does not understand (results stored to memory,
   addressable variables, aggregates) counts as used: precision first.

   Casts to void are gone in GIMPLE, so a PLUGIN_PRE_GENERICIZE callback
   records them first: the locations of calls under "(void)" and the
   variables named in "(void) var".  Under void-cast=silences it also
   turns "(void) f ()" of a warn_unused_result function into the
   equivalent of "(void) (tmp = f ())", which GCC does not warn about,
   as clang and C++ [[nodiscard]] do.  */

#include "leakwatch-int.h"
#include "dominance.h"

/* Recorded before genericization.  Keys are locations and DECL_UIDs,
   never trees, so that nothing goes stale across garbage collection.  */
typedef int_hash<location_t, 0, 1> lw_loc_hash; /* UNKNOWN, BUILTINS.  */
typedef int_hash<int, -1, -2> lw_uid_hash;

/* Locations of calls written under an explicit cast to void.  */
static hash_set<lw_loc_hash> *lw_void_calls;
/* DECL_UIDs of variables named in an explicit cast to void.  */
static hash_set<lw_uid_hash> *lw_void_vars;
/* Identifiers of the functions named by must-check=.  */
static hash_set<tree> *lw_listed;

/* True if function type FNTYPE carries warn_unused_result.  */
static bool
lw_type_wur_p (tree fntype)
{
  return fntype && FUNC_OR_METHOD_TYPE_P (fntype)
	 && lookup_attribute ("warn_unused_result", TYPE_ATTRIBUTES (fntype));
}

/* The function type called by CALL_EXPR CALL, or NULL.  */
static tree
lw_call_expr_fntype (tree call)
{
  tree fn = CALL_EXPR_FN (call);
  if (!fn || !TREE_TYPE (fn) || !POINTER_TYPE_P (TREE_TYPE (fn)))
    return NULL_TREE;
  tree t = TREE_TYPE (TREE_TYPE (fn));
  return FUNC_OR_METHOD_TYPE_P (t) ? t : NULL_TREE;
}

static void
lw_record_void_cast (tree *opp)
{
  tree op = *opp;
  while (TREE_CODE (op) == NON_LVALUE_EXPR
	 || (CONVERT_EXPR_P (op) && !VOID_TYPE_P (TREE_TYPE (op))))
    {
      opp = &TREE_OPERAND (op, 0);
      op = *opp;
    }
  /* "(void) ref" in C++ is "(void) *ref".  */
  if (TREE_CODE (op) == INDIRECT_REF
      && (TREE_CODE (TREE_OPERAND (op, 0)) == VAR_DECL
	  || TREE_CODE (TREE_OPERAND (op, 0)) == PARM_DECL))
    op = TREE_OPERAND (op, 0);

  if (TREE_CODE (op) == VAR_DECL || TREE_CODE (op) == PARM_DECL)
    {
      if (!lw_void_vars)
	lw_void_vars = new hash_set<lw_uid_hash>;
      lw_void_vars->add ((int) DECL_UID (op));
      return;
    }
  if (TREE_CODE (op) != CALL_EXPR)
    return;
  /* Without its range: gimplification combines it with a BLOCK.  */
  location_t loc = get_pure_location (EXPR_LOCATION (op));
  if (loc > BUILTINS_LOCATION)
    {
      if (!lw_void_calls)
	lw_void_calls = new hash_set<lw_loc_hash>;
      lw_void_calls->add (loc);
    }
  tree type = TREE_TYPE (op);
  if (lw_config.void_cast == LW_VOID_CAST_SILENCES && type
      && !VOID_TYPE_P (type) && !AGGREGATE_TYPE_P (type)
      && TREE_CODE (type) != COMPLEX_TYPE
      && lw_type_wur_p (lw_call_expr_fntype (op)))
    {
      /* Give the call a result that nobody reads: GCC warns only about
	 calls without one.  The gimplifier turns the SAVE_EXPR into
	 "tmp = f ();".  */
      tree save = build1 (SAVE_EXPR, type, op);
      TREE_SIDE_EFFECTS (save) = 1;
      SET_EXPR_LOCATION (save, loc);
      *opp = save;
      lw_debug ("unused-result: (void) cast silences GCC's warning at %s:%d",
		LOCATION_FILE (loc), LOCATION_LINE (loc));
    }
}

static tree
lw_find_void_casts (tree *tp, int *walk_subtrees, void *)
{
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  /* An explicit cast has the location of its '('; the C++ front end
     also wraps every expression statement in a cast to void, without
     a location.  */
  if (CONVERT_EXPR_P (t) && VOID_TYPE_P (TREE_TYPE (t))
      && EXPR_HAS_LOCATION (t))
    lw_record_void_cast (&TREE_OPERAND (t, 0));
  return NULL_TREE;
}

void
lw_unused_result_pre_genericize (void *gcc_data, void *)
{
  tree fndecl = (tree) gcc_data;
  if (!lw_check_runs (LW_UNUSED_RESULT) || seen_error () || !fndecl
      || TREE_CODE (fndecl) != FUNCTION_DECL || !DECL_SAVED_TREE (fndecl))
    return;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl), lw_find_void_casts,
				NULL);
}

/* True if FNDECL is a function named by must-check=: a function at
   file scope, in the global namespace or in std.  */
static bool
lw_listed_p (tree fndecl)
{
  if (!lw_config.n_must_check || !DECL_NAME (fndecl))
    return false;
  if (!lw_listed)
    {
      lw_listed = new hash_set<tree>;
      for (unsigned i = 0; i < lw_config.n_must_check; i++)
	lw_listed->add (get_identifier (lw_config.must_check[i]));
    }
  if (!lw_listed->contains (DECL_NAME (fndecl)))
    return false;
  tree ctx = DECL_CONTEXT (fndecl);
  if (!ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL)
    return true;
  if (TREE_CODE (ctx) != NAMESPACE_DECL)
    return false; /* A member function or a local declaration.  */
  tree outer = DECL_CONTEXT (ctx);
  if (!outer || TREE_CODE (outer) == TRANSLATION_UNIT_DECL)
    return true; /* The global namespace.  */
  tree outer2 = DECL_CONTEXT (outer);
  return (DECL_NAME (ctx) && id_equal (DECL_NAME (ctx), "std")
	  && (!outer2 || TREE_CODE (outer2) == TRANSLATION_UNIT_DECL));
}

/* What is known about a call whose result must be checked.  */
struct lw_must_check
{
  tree fndecl;	      /* The callee, or NULL for an indirect call.  */
  bool gcc_wur;	      /* GCC warns when it is discarded, even under (void).  */
  bool gcc_nodiscard; /* GCC warns when it is discarded without (void).  */
};

/* True if the result of CALL must be checked; fill *MC.  */
static bool
lw_must_check_call_p (gcall *call, struct lw_must_check *mc)
{
  memset (mc, 0, sizeof *mc);
  if (gimple_call_internal_p (call))
    return false;
  tree fndecl = gimple_call_fndecl (call);
  tree fntype = gimple_call_fntype (call);
  if (!fntype || VOID_TYPE_P (TREE_TYPE (fntype)))
    return false;
  mc->fndecl = fndecl;
  /* GCC's -Wunused-result looks at the type of the call.  */
  mc->gcc_wur = lw_type_wur_p (fntype);
  mc->gcc_nodiscard
    = ((fndecl && lookup_attribute ("nodiscard", DECL_ATTRIBUTES (fndecl)))
       || lookup_attribute ("nodiscard",
			    TYPE_ATTRIBUTES (TREE_TYPE (fntype))));
  if (mc->gcc_wur || mc->gcc_nodiscard)
    return true;
  if (!fndecl)
    return false;
  int argno;
  return (lw_type_wur_p (TREE_TYPE (fndecl))
	  || lw_api_annotated (fndecl, LW_API_MUST_CHECK, &argno)
	  || lw_listed_p (fndecl));
}

/* The variable the user named that SSA name NAME is a version of, or
   NULL for a temporary.  */
static tree
lw_user_var (tree name)
{
  if (TREE_CODE (name) != SSA_NAME)
    return NULL_TREE;
  tree var = SSA_NAME_VAR (name);
  if (!var || (TREE_CODE (var) != VAR_DECL && TREE_CODE (var) != PARM_DECL)
      || !DECL_NAME (var) || DECL_ARTIFICIAL (var) || DECL_IGNORED_P (var))
    return NULL_TREE;
  return var;
}

/* True if STMT only computes an SSA name from SSA names and constants:
   its operands are read only if its result is.  */
static bool
lw_transfer_p (gimple *stmt)
{
  if (gimple_code (stmt) == GIMPLE_PHI)
    return true;
  gassign *a = dyn_cast<gassign *> (stmt);
  if (!a || TREE_CODE (gimple_assign_lhs (a)) != SSA_NAME
      || gimple_has_volatile_ops (a))
    return false;
  switch (gimple_assign_rhs_class (a))
    {
    case GIMPLE_SINGLE_RHS:
      {
	tree rhs = gimple_assign_rhs1 (a);
	return TREE_CODE (rhs) == SSA_NAME || is_gimple_min_invariant (rhs);
      }
    case GIMPLE_UNARY_RHS:
    case GIMPLE_BINARY_RHS:
    case GIMPLE_TERNARY_RHS:
      return true;
    default:
      return false;
    }
}

/* Follow *E through empty forwarder blocks (a few at most); return
   where it leads, *E being the last edge.  */
static basic_block
lw_skip_empty (function *fun, edge *e)
{
  for (int i = 0; i < 4; i++)
    {
      basic_block b = (*e)->dest;
      if (b == EXIT_BLOCK_PTR_FOR_FN (fun) || !single_succ_p (b)
	  || !gimple_seq_empty_p (phi_nodes (b))
	  || !gsi_end_p (gsi_start_nondebug_after_labels_bb (b))
	  || (single_succ_edge (b)->flags & (EDGE_EH | EDGE_ABNORMAL)))
	break;
      *e = single_succ_edge (b);
    }
  return (*e)->dest;
}

/* True if the outcome of the condition ending BB changes nothing: both
   ways lead to the same place with the same values ("if (r < 0) ;"
   kept as a branch).  */
static bool
lw_noop_cond_p (function *fun, basic_block bb)
{
  if (EDGE_COUNT (bb->succs) != 2)
    return false;
  edge e1 = EDGE_SUCC (bb, 0), e2 = EDGE_SUCC (bb, 1);
  if ((e1->flags | e2->flags) & (EDGE_EH | EDGE_ABNORMAL))
    return false;
  if (lw_skip_empty (fun, &e1) != lw_skip_empty (fun, &e2))
    return false;
  for (gphi_iterator gsi = gsi_start_phis (e1->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!operand_equal_p (PHI_ARG_DEF_FROM_EDGE (gsi.phi (), e1),
			  PHI_ARG_DEF_FROM_EDGE (gsi.phi (), e2), 0))
      return false;
  return true;
}

static void
lw_mark (tree name, sbitmap read, vec<tree> *work)
{
  if (TREE_CODE (name) == SSA_NAME
      && !bitmap_bit_p (read, SSA_NAME_VERSION (name)))
    {
      bitmap_set_bit (read, SSA_NAME_VERSION (name));
      work->safe_push (name);
    }
}

/* Set in READ the SSA names whose value is looked at, directly or
   through the names computed from them.  Linear in the function.  */
static void
lw_compute_read (function *fun, sbitmap read)
{
  auto_vec<tree> work;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt) || lw_transfer_p (stmt))
	  continue;
	if (gimple_code (stmt) == GIMPLE_COND && lw_noop_cond_p (fun, bb))
	  continue;
	ssa_op_iter iter;
	tree op;
	FOR_EACH_SSA_TREE_OPERAND (op, stmt, iter, SSA_OP_USE)
	  lw_mark (op, read, &work);
      }
  while (!work.is_empty ())
    {
      tree name = work.pop ();
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (!def)
	continue;
      if (gphi *phi = dyn_cast<gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    lw_mark (gimple_phi_arg_def (phi, i), read, &work);
	}
      else if (lw_transfer_p (def))
	{
	  ssa_op_iter iter;
	  tree op;
	  FOR_EACH_SSA_TREE_OPERAND (op, def, iter, SSA_OP_USE)
	    lw_mark (op, read, &work);
	}
    }
}

/* The variables of which some SSA name is in READ.  */
static hash_set<tree> *
lw_read_vars (function *fun, sbitmap read)
{
  hash_set<tree> *vars = new hash_set<tree>;
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, fun)
  if (SSA_NAME_VAR (name) && bitmap_bit_p (read, i))
    vars->add (SSA_NAME_VAR (name));
  return vars;
}

/* A result stored in a variable and never read.  */
struct lw_unread
{
  gcall *call;
  tree var;	     /* The variable.  */
  tree name;	     /* The SSA name of VAR that holds the result.  */
  gimple *overwrite; /* The assignment that overwrites it, or NULL.  */
  bool armed;	     /* The walk below has passed its definition.  */
  unsigned order;    /* Position in the function, for reporting.  */
};

static int
lw_unread_order_cmp (const void *a, const void *b)
{
  const struct lw_unread *x = (const struct lw_unread *) a;
  const struct lw_unread *y = (const struct lw_unread *) b;
  return x->order < y->order ? -1 : x->order > y->order ? 1 : 0;
}

static int
lw_unread_cmp (const void *a, const void *b)
{
  const struct lw_unread *x = (const struct lw_unread *) a;
  const struct lw_unread *y = (const struct lw_unread *) b;
  if (DECL_UID (x->var) != DECL_UID (y->var))
    return DECL_UID (x->var) < DECL_UID (y->var) ? -1 : 1;
  return SSA_NAME_VERSION (x->name) < SSA_NAME_VERSION (y->name)   ? -1
	 : SSA_NAME_VERSION (x->name) > SSA_NAME_VERSION (y->name) ? 1
								   : 0;
}

/* Find, for each entry of UNREAD (sorted by variable), the later
   assignment to its variable that its definition dominates and that
   comes first in the source.  One walk
   of the function in reverse post-order.  */
static void
lw_find_overwrites (function *fun, vec<lw_unread> &unread)
{
  hash_map<tree, unsigned> first; /* Variable -> its first entry.  */
  for (unsigned i = 0; i < unread.length (); i++)
    if (i == 0 || unread[i].var != unread[i - 1].var)
      first.put (unread[i].var, i);

  bool had_dom = dom_info_available_p (fun, CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  int *rpo = XNEWVEC (int, n_basic_blocks_for_fn (fun));
  int n = pre_and_rev_post_order_compute_fn (fun, NULL, rpo, false);
  for (int i = 0; i < n; i++)
    {
      basic_block bb = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (is_gimple_debug (stmt))
	    continue;
	  tree lhs = gimple_get_lhs (stmt);
	  if (!lhs || TREE_CODE (lhs) != SSA_NAME || !SSA_NAME_VAR (lhs))
	    continue;
	  unsigned *idx = first.get (SSA_NAME_VAR (lhs));
	  if (!idx)
	    continue;
	  /* A variable has few such entries; bound the work anyway.  */
	  for (unsigned j = *idx, k = 0;
	       j < unread.length () && unread[j].var == SSA_NAME_VAR (lhs)
	       && k < 32;
	       j++, k++)
	    {
	      struct lw_unread *u = &unread[j];
	      if (u->name == lhs)
		u->armed = true;
	      else if (u->armed
		       && (!u->overwrite
			   || linemap_location_before_p (
			     line_table, gimple_location (stmt),
			     gimple_location (u->overwrite)))
		       && dominated_by_p (CDI_DOMINATORS, bb,
					  gimple_bb (
					    SSA_NAME_DEF_STMT (u->name))))
		/* The first in the source, whatever the block order.  */
		u->overwrite = stmt;
	    }
	}
    }
  free (rpo);
  if (!had_dom)
    free_dominance_info (CDI_DOMINATORS);
}

/* The callee of CALL for messages: its declaration, or the pointer
   variable it is called through, or NULL.  */
static tree
lw_callee_for_message (gcall *call, struct lw_must_check *mc)
{
  if (mc->fndecl)
    return mc->fndecl;
  tree fn = gimple_call_fn (call);
  if (fn && TREE_CODE (fn) == SSA_NAME && lw_user_var (fn))
    return SSA_NAME_VAR (fn);
  return NULL_TREE;
}

static void
lw_report_unread (function *fun, struct lw_unread *u)
{
  struct lw_must_check mc;
  lw_must_check_call_p (u->call, &mc);
  tree callee = lw_callee_for_message (u->call, &mc);
  location_t loc = gimple_location (u->call);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (u->var);
  auto_diagnostic_group d;
  bool warned;
  if (mc.fndecl)
    warned = lw_warn (LW_UNUSED_RESULT, loc,
		      "value of %qD stored in %qD is never checked", callee,
		      u->var);
  else if (callee)
    warned = lw_warn (LW_UNUSED_RESULT, loc,
		      "value of the call through %qD stored in %qD is never "
		      "checked",
		      callee, u->var);
  else
    warned = lw_warn (LW_UNUSED_RESULT, loc,
		      "value of an indirect call stored in %qD is never "
		      "checked",
		      u->var);
  if (!warned)
    return;
  if (u->overwrite && gimple_location (u->overwrite) != UNKNOWN_LOCATION)
    lw_note (gimple_location (u->overwrite),
	     "%qD is overwritten here before it is read", u->var);
  else
    lw_note (fun->function_end_locus, "%qD is not read before the end of %qD",
	     u->var, fun->decl);
}

/* A call result discarded outright or only ever held in a temporary.
   CAST: the call is written under an explicit cast to void.  */
static void
lw_report_ignored (gcall *call, struct lw_must_check *mc, bool stored)
{
  tree callee = lw_callee_for_message (call, mc);
  location_t loc = gimple_location (call);
  if (stored)
    {
      if (callee)
	lw_warn (LW_UNUSED_RESULT, loc, "value of %qD is never checked",
		 callee);
      else
	lw_warn (LW_UNUSED_RESULT, loc,
		 "value of an indirect call is never checked");
    }
  else if (callee)
    lw_warn (LW_UNUSED_RESULT, loc,
	     "ignoring return value of %qD, whose result must be checked",
	     callee);
  else
    lw_warn (LW_UNUSED_RESULT, loc,
	     "ignoring return value of an indirect call whose result must "
	     "be checked");
}

void
lw_check_unused_result (function *fun)
{
  auto_vec<gcall *> stored;
  basic_block bb;
  bool warn_casts = lw_config.void_cast == LW_VOID_CAST_WARN;

  /* Discarded calls now; collect the stored ones.  */
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
	struct lw_must_check mc;
	if (!call || !lw_must_check_call_p (call, &mc))
	  continue;
	/* A value GCC knows is never NULL (returns_nonnull, alloca,
	   operator new): the C front end folds its comparison with NULL
	   away before this pass ('if ((p = alloca (n)) == 0)' becomes
	   '(p = alloca (n), 0)'), so a check cannot be told from none.  */
	if (gimple_call_nonnull_result_p (call))
	  {
	    lw_debug ("unused-result: line %d: never NULL, not followed",
		      LOCATION_LINE (gimple_location (call)));
	    continue;
	  }
	tree lhs = gimple_call_lhs (call);
	if (lhs)
	  {
	    /* Results stored to memory count as used.  */
	    if (TREE_CODE (lhs) == SSA_NAME)
	      stored.safe_push (call);
	    continue;
	  }
	location_t loc = get_pure_location (gimple_location (call));
	bool cast = (loc > BUILTINS_LOCATION && lw_void_calls
		     && lw_void_calls->contains (loc));
	/* GCC warns itself: say nothing more.  */
	if (mc.gcc_wur || (mc.gcc_nodiscard && !cast))
	  continue;
	if (cast && !warn_casts)
	  continue;
	lw_report_ignored (call, &mc, false);
      }
  if (stored.is_empty ())
    return;

  auto_sbitmap read (num_ssa_names);
  bitmap_clear (read);
  lw_compute_read (fun, read);

  auto_vec<lw_unread> unread;
  hash_set<tree> *read_vars = NULL;
  for (unsigned i = 0; i < stored.length (); i++)
    {
      gcall *call = stored[i];
      tree lhs = gimple_call_lhs (call);
      if (bitmap_bit_p (read, SSA_NAME_VERSION (lhs)))
	continue;
      /* The variable that holds the result: the call's own, or one that
	 gets it from a temporary ("long n = write (...);").  */
      tree name = lhs, var = lw_user_var (lhs);
      if (!var)
	{
	  imm_use_iterator it;
	  use_operand_p use;
	  FOR_EACH_IMM_USE_FAST (use, it, lhs)
	    {
	      gimple *u = USE_STMT (use);
	      if (is_gimple_debug (u) || !lw_transfer_p (u))
		continue;
	      tree l = gimple_get_lhs (u);
	      if (l && lw_user_var (l))
		{
		  name = l;
		  var = lw_user_var (l);
		  break;
		}
	    }
	}
      struct lw_must_check mc;
      lw_must_check_call_p (call, &mc);
      if (!var)
	{
	  /* "(void) !f ()", "if (f ()) {}": GCC's own idioms for an
	     unnamed value; reported only under void-cast=warn.  */
	  if (warn_casts)
	    lw_report_ignored (call, &mc, true);
	  continue;
	}
      bool ignored
	= ((lw_void_vars && lw_void_vars->contains ((int) DECL_UID (var)))
	   || lookup_attribute ("unused", DECL_ATTRIBUTES (var))
	   || lookup_attribute ("maybe_unused", DECL_ATTRIBUTES (var)));
      /* The C++ front end drops "(void) r;" before genericization, so
	 it cannot be recorded; it leaves DECL_READ_P.  A variable the
	 source reads but the IR never does was read only in ways that
	 vanished: taken as an explicit ignore.  */
      if (!ignored && lang_GNU_CXX () && DECL_READ_P (var))
	{
	  if (!read_vars)
	    read_vars = lw_read_vars (fun, read);
	  ignored = !read_vars->contains (var);
	}
      if (ignored && !warn_casts)
	{
	  lw_debug ("unused-result: %s: explicitly ignored",
		    IDENTIFIER_POINTER (DECL_NAME (var)));
	  continue;
	}
      struct lw_unread u = { call, var, name, NULL, false, i };
      unread.safe_push (u);
    }
  delete read_vars;
  if (unread.is_empty ())
    return;
  unread.qsort (lw_unread_cmp);
  lw_find_overwrites (fun, unread);
  unread.qsort (lw_unread_order_cmp);
  for (unsigned i = 0; i < unread.length (); i++)
    lw_report_unread (fun, &unread[i]);
}
