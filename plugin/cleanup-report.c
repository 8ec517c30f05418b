/* cleanup-report.c: the loops a value goes around, the locations of
   findings, and the warnings of the cleanup checks.  */

#include "cleanup-int.h"

bool
lw_cl_once_p (lw_cl_ctx *cx, class loop *l)
{
  return l && cx->once_loop && (unsigned) l->num < cx->n_loops
	 && cx->once_loop[l->num];
}

/* The innermost loop containing BB that is a real loop for these
   checks (not the function body, not a run-once loop), or NULL.  */
class loop *
lw_cl_real_loop (lw_cl_ctx *cx, class loop *l)
{
  for (; l && loop_outer (l); l = loop_outer (l))
    if (!lw_cl_once_p (cx, l))
      return l;
  return NULL;
}

/* The tracked variable whose load T is computed from (through copies,
   arithmetic, comparisons and branch hints), or -1.  */
static int
lw_cl_reads_var (lw_cl_ctx *cx, tree t, int depth)
{
  if (TREE_CODE (t) != SSA_NAME || depth > LW_CL_EXPR_DEPTH
      || SSA_NAME_IS_DEFAULT_DEF (t))
    return -1;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (gimple_call_builtin_p (def, BUILT_IN_EXPECT))
    return lw_cl_reads_var (cx, gimple_call_arg (def, 0), depth + 1);
  if (!is_gimple_assign (def))
    return -1;
  if (gimple_assign_single_p (def))
    {
      int v = lw_cl_ref_var (cx, gimple_assign_rhs1 (def));
      if (v >= 0)
	return v;
    }
  for (unsigned i = 1; i < gimple_num_ops (def); i++)
    {
      int v = lw_cl_reads_var (cx, gimple_op (def, i), depth + 1);
      if (v >= 0)
	return v;
    }
  return -1;
}

/* Find the loops that run their body once: a loop left by a test of a
   cleanup variable V which the loop only updates from its own value or
   with constants, never with a new owned value nor through its address.
   systemd's RUN_WITH_UMASK is such a loop:
     for (_cleanup_umask_ mode_t _saved_umask_ = umask (mask) | S_IFMT;
	  FLAGS_SET (_saved_umask_, S_IFMT); _saved_umask_ &= 0777)
   Such a loop is not a loop for these checks, for V and for the other
   cleanup variables assigned in its body.  */
void
lw_cl_find_once_loops (lw_cl_ctx *cx, function *fun)
{
  cx->n_loops = number_of_loops (fun);
  cx->once_loop = XCNEWVEC (unsigned char, cx->n_loops);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      class loop *l = bb->loop_father;
      gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (bb));
      if (!cond || !l || !loop_outer (l) || (unsigned) l->num >= cx->n_loops
	  || cx->once_loop[l->num])
	continue;
      bool exits = false;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!flow_bb_inside_loop_p (l, e->dest))
	  exits = true;
      if (!exits)
	continue;
      int v = lw_cl_reads_var (cx, gimple_cond_lhs (cond), 0);
      if (v < 0)
	v = lw_cl_reads_var (cx, gimple_cond_rhs (cond), 0);
      if (v < 0)
	continue;
      bool updated = false, ok = true;
      for (unsigned i = 0; i < cx->vars[v].events.length () && ok; i++)
	{
	  lw_cl_event *ev = &cx->events[cx->vars[v].events[i]];
	  if (!flow_bb_inside_loop_p (l, gimple_bb (ev->stmt)))
	    continue;
	  if (ev->kind == LW_EV_STORE_NONOWN)
	    updated = true;
	  else if (ev->kind == LW_EV_STORE_OWN
		   || ev->kind == LW_EV_RELEASE_ADDR)
	    ok = false;
	}
      if (ok && updated)
	{
	  cx->once_loop[l->num] = 1;
	  lw_debug ("cleanup: loop %d runs once (%s)", l->num,
		    IDENTIFIER_POINTER (DECL_NAME (cx->vars[v].decl)));
	}
    }
}

/* The loop that V's value goes around to reach STMT: the innermost
   loop containing STMT whose body does not end V's life.  */
static class loop *
lw_cl_leaking_loop (lw_cl_ctx *cx, int v, gimple *stmt,
		    class loop *from = NULL)
{
  basic_block bb = gimple_bb (stmt);
  for (class loop *l = from ? from : bb->loop_father; l && loop_outer (l);
       l = loop_outer (l))
    {
      if (lw_cl_once_p (cx, l))
	continue;
      bool inside = false;
      for (unsigned i = 0; i < cx->vars[v].clobber_bbs.length (); i++)
	if (flow_bb_inside_loop_p (l, cx->vars[v].clobber_bbs[i]))
	  inside = true;
      if (!inside)
	return l;
    }
  return NULL;
}

/* Whether T, through copies and conversions, is an induction variable
   of L: a PHI of L's header whose value on each back edge is itself
   plus a nonzero constant, so it takes each value at most once per
   execution of L (no wrap-around is assumed).  */
static bool
lw_cl_induction_p (tree t, class loop *l)
{
  t = lw_strip_copies (t, true);
  gphi *phi
    = (TREE_CODE (t) == SSA_NAME ? dyn_cast<gphi *> (SSA_NAME_DEF_STMT (t))
				 : NULL);
  if (!phi || gimple_bb (phi) != l->header)
    return false;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, l->header->preds)
    if (flow_bb_inside_loop_p (l, e->src))
      {
	tree next = PHI_ARG_DEF_FROM_EDGE (phi, e);
	gassign *a = (TREE_CODE (next) == SSA_NAME
			? dyn_cast<gassign *> (SSA_NAME_DEF_STMT (next))
			: NULL);
	enum tree_code code = a ? gimple_assign_rhs_code (a) : ERROR_MARK;
	if ((code != PLUS_EXPR && code != MINUS_EXPR
	     && code != POINTER_PLUS_EXPR)
	    || lw_strip_copies (gimple_assign_rhs1 (a), true)
		 != gimple_phi_result (phi)
	    || TREE_CODE (gimple_assign_rhs2 (a)) != INTEGER_CST
	    || integer_zerop (gimple_assign_rhs2 (a)))
	  return false;
      }
  return true;
}

/* Whether STMT runs at most once per execution of L: a block of L on
   the way to it (itself or a dominator) is entered only through the
   edge on which an induction variable of L equals a constant ('if (i ==
   2)', 'case 2:' of 'switch (i)').  Needs dominators.  */
static bool
lw_cl_once_in_loop_p (gimple *stmt, class loop *l)
{
  for (basic_block d = gimple_bb (stmt); d && d != l->header;
       d = get_immediate_dominator (CDI_DOMINATORS, d))
    {
      if (!single_pred_p (d) || !flow_bb_inside_loop_p (l, d))
	continue;
      edge in = single_pred_edge (d);
      gimple *last = lw_last_stmt (in->src);
      if (gcond *c = safe_dyn_cast<gcond *> (last))
	{
	  enum tree_code code = gimple_cond_code (c);
	  bool eq = ((code == EQ_EXPR && (in->flags & EDGE_TRUE_VALUE))
		     || (code == NE_EXPR && (in->flags & EDGE_FALSE_VALUE)));
	  if (eq && TREE_CODE (gimple_cond_rhs (c)) == INTEGER_CST
	      && lw_cl_induction_p (gimple_cond_lhs (c), l))
	    return true;
	}
      else if (gswitch *sw = safe_dyn_cast<gswitch *> (last))
	{
	  if (!lw_cl_induction_p (gimple_switch_index (sw), l))
	    continue;
	  /* D is reached by one case label of one value.  */
	  int n = 0;
	  for (unsigned k = 1; k < gimple_switch_num_labels (sw); k++)
	    {
	      tree lab = gimple_switch_label (sw, k);
	      if (label_to_block (cfun, CASE_LABEL (lab)) == d)
		n += CASE_HIGH (lab) ? 2 : 1;
	    }
	  if (n == 1
	      && label_to_block (cfun,
				 CASE_LABEL (gimple_switch_label (sw, 0)))
		   != d)
	    return true;
	}
    }
  return false;
}

/* Whether variable V lives inside a loop body: its life ends (its clobber)
   on a path that goes on to the next iteration.  A site in V's scope is
   then in that body too, though the natural loop may not contain it (a
   'return' leaves the loop).  */
static bool
lw_cl_per_iteration_p (lw_cl_ctx *cx, int v)
{
  for (unsigned i = 0; i < cx->vars[v].clobber_bbs.length (); i++)
    {
      if (lw_cl_real_loop (cx, cx->vars[v].clobber_bbs[i]->loop_father))
	return true;
    }
  return false;
}

static location_t
lw_cl_loop_location (class loop *l)
{
  basic_block bbs[2] = { l->header, l->latch };
  for (int i = 0; i < 2; i++)
    if (bbs[i])
      for (gimple_stmt_iterator gsi = gsi_start_bb (bbs[i]); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  location_t loc = gimple_location (gsi_stmt (gsi));
	  if (LOCATION_LOCUS (loc) != UNKNOWN_LOCATION)
	    return loc;
	}
  return UNKNOWN_LOCATION;
}

location_t
lw_cl_stmt_location (lw_cl_ctx *cx, gimple *stmt, int v)
{
  location_t loc = gimple_location (stmt);
  /* A statement GCC made without a location belongs to the source
     statement it was made from: the nearest located one before it, in
     its block or the single predecessors (at -O1 and above lowering
     turns 'posix_memalign (&v, ...)' into a call on a temporary and a
     store to V in the next block).  At most LW_CL_LOC_LOOKBACK
     statements back.  */
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  basic_block bb = gimple_bb (stmt);
  for (int n = 0;
       LOCATION_LOCUS (loc) == UNKNOWN_LOCATION && n < LW_CL_LOC_LOOKBACK; n++)
    {
      gsi_prev (&gsi);
      while (gsi_end_p (gsi) && single_pred_p (bb)
	     && single_pred (bb) != ENTRY_BLOCK_PTR_FOR_FN (cfun)
	     && n++ < LW_CL_LOC_LOOKBACK)
	{
	  bb = single_pred (bb);
	  gsi = gsi_last_bb (bb);
	}
      if (gsi_end_p (gsi))
	break;
      loc = gimple_location (gsi_stmt (gsi));
    }
  if (LOCATION_LOCUS (loc) == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (cx->vars[v].decl);
  return loc;
}

void
lw_cl_report_store (lw_cl_ctx *cx, int v, gimple *stmt, bool back_edge)
{
  tree decl = cx->vars[v].decl;
  tree fn = cx->vars[v].cleanup;
  location_t loc = lw_cl_stmt_location (cx, stmt, v);
  class loop *l = back_edge ? lw_cl_leaking_loop (cx, v, stmt) : NULL;
  /* A store that runs once per execution of the loop ('if (i == 2)')
     does not come round to itself there: an outer loop may still repeat
     it; if none does, only another store's value can be overwritten.  */
  bool once = false;
  while (l && lw_cl_once_in_loop_p (stmt, l))
    {
      once = true;
      l = lw_cl_leaking_loop (cx, v, stmt, loop_outer (l));
    }
  if (once && !l && !lw_cl_confirm_store (cx, v, stmt, true))
    return;
  if (l)
    {
      if (lw_warn (LW_CLEANUP_IN_LOOP, loc,
		   "%qD is reassigned on each iteration of this loop but its "
		   "cleanup %qE runs only once, when it leaves scope; values "
		   "from earlier iterations leak",
		   decl, fn))
	{
	  lw_note (DECL_SOURCE_LOCATION (decl), "%qD is declared here", decl);
	  location_t lloc = lw_cl_loop_location (l);
	  if (LOCATION_LOCUS (lloc) != UNKNOWN_LOCATION)
	    lw_note (lloc, "the loop is here");
	}
    }
  else if (lw_warn (LW_CLEANUP_OVERWRITE, loc,
		    "%qD is reassigned while it still owns a value; its "
		    "cleanup %qE runs only once, when it leaves scope, so the "
		    "earlier value leaks",
		    decl, fn))
    lw_note (DECL_SOURCE_LOCATION (decl), "%qD is declared here", decl);
}

void
lw_cl_report_escape (lw_cl_ctx *cx, lw_cl_site *site, gimple *cleanup)
{
  if (site->reported)
    return;
  site->reported = true;
  enum lw_cl_place_escape place
    = site->caller ? lw_cl_place_escape (cx, site, cleanup) : LW_CL_PLACE_NONE;
  if (site->caller && place == LW_CL_PLACE_NONE)
    return;
  int v = site->var;
  tree decl = cx->vars[v].decl;
  tree fn = cx->vars[v].cleanup;
  location_t loc = lw_cl_stmt_location (cx, site->stmt, v);
  bool in_loop
    = place == LW_CL_PLACE_ITERATION || lw_cl_per_iteration_p (cx, v);
  /* A store into the caller's memory is -Wcleanup-escape's own; other
     per-iteration escapes are reported with the loop's reassignments.  */
  enum lw_check check
    = (in_loop && !site->caller ? LW_CLEANUP_IN_LOOP : LW_CLEANUP_ESCAPE);
  bool warned;
  if (site->is_return)
    warned
      = lw_warn (check, loc,
		 "%qD is returned but its cleanup %qE runs when it leaves "
		 "scope; the caller receives a released value",
		 decl, fn);
  else
    {
      /* "x = DECL;" with a steal macro in the file: wrap DECL in it.  */
      lw_fix fix;
      gimple *def = NULL;
      tree rhs = (gimple_assign_single_p (site->stmt)
		    ? gimple_assign_rhs1 (site->stmt)
		    : NULL_TREE);
      if (rhs && TREE_CODE (rhs) == SSA_NAME)
	def = SSA_NAME_DEF_STMT (rhs);
      bool fixable = (def && gimple_assign_single_p (def)
		      && gimple_assign_rhs1 (def) == decl
		      && lw_fix_steal (gimple_location (site->stmt), decl,
				       current_function_decl, &fix));
      if (in_loop)
	warned
	  = lw_warn_fix (check, loc, fixable ? &fix : NULL,
			 "the value of %qD is stored where it outlives "
			 "this iteration, but its cleanup %qE runs at the "
			 "end of each iteration; the stored copy dangles",
			 decl, fn);
      else
	warned = lw_warn_fix (check, loc, fixable ? &fix : NULL,
			      "the value of %qD is stored where it outlives "
			      "%qD, but its cleanup %qE still runs when %qD "
			      "leaves scope; the stored copy dangles",
			      decl, decl, fn, decl);
    }
  if (warned)
    lw_note (DECL_SOURCE_LOCATION (decl),
	     "%qD is declared here with cleanup %qE", decl, fn);
}

/* CLEANUP is the cleanup call reached with V uninitialised.  */
void
lw_cl_report_uninit (lw_cl_ctx *cx, int v, gimple *cleanup)
{
  if (cx->vars[v].uninit_reported)
    return;
  cx->vars[v].uninit_reported = true;
  tree decl = cx->vars[v].decl;
  /* A scope guard whose handler never looks at the value.  */
  if (lw_cleanup_ignores_arg (gimple_call_fndecl (as_a<gcall *> (cleanup))))
    {
      lw_debug ("cleanup: %s: the handler ignores its argument",
		IDENTIFIER_POINTER (DECL_NAME (decl)));
      return;
    }
  lw_warn (LW_CLEANUP_UNINIT, DECL_SOURCE_LOCATION (decl),
	   "%qD can reach its cleanup %qE before it is assigned, and the "
	   "cleanup then acts on an indeterminate value",
	   decl, cx->vars[v].cleanup);
}
