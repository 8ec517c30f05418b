/* cleanup-confirm.c: confirming a reassignment with a path walk
   (flow.c).  The dataflow joins all paths; before reporting 'V is
   reassigned while it owns a value' at TARGET, look for one path from
   an owned assignment of V to TARGET that the conditions on it allow,
   knowing that V holds a value there (not NULL, not negative).  The
   walk reads the events of each statement, chained by uid.  */

#include "cleanup-int.h"

struct lw_cl_walk
{
  lw_cl_ctx *cx;
  int v;
  gimple *target;
};

static int
lw_cl_walk_stop (gimple *stmt, void *data)
{
  lw_cl_walk *w = (lw_cl_walk *) data;
  lw_cl_ctx *cx = w->cx;
  unsigned uid = gimple_uid (stmt);
  if (uid != 0 && uid < cx->max_uid)
    for (int i = cx->ev_head[uid]; i >= 0; i = cx->ev_next[i])
      {
	lw_cl_event *ev = &cx->events[i];
	if (ev->var != w->v || ev->kind == LW_EV_ESCAPE)
	  continue;
	/* At TARGET, V's first event other than an escape is the owned
	   store itself: the dataflow asks about a store only when V owns
	   a value there, and any other kind of event of V before it in
	   the statement would have cleared that (lw_cl_transfer).  */
	if (ev->stmt == w->target)
	  return LW_STOP_REPORT;
	/* Released, replaced, cleaned up or out of scope: this path
	   holds no value of V any more.  */
	return LW_STOP_PATH;
      }
  return LW_STOP_NO;
}

/* The location LOC holds a value: it is not NULL, or is a descriptor
   or an id (>= 0, != -1: an unsigned one is not its "none", (uid_t)
   -1).  */
static void
lw_cl_holds_value (lw_facts *facts, tree loc)
{
  tree type = TREE_TYPE (loc);
  if (POINTER_TYPE_P (type))
    lw_facts_add (facts, loc, NE_EXPR, build_zero_cst (type), true);
  else if (INTEGRAL_TYPE_P (type))
    {
      lw_facts_add (facts, loc, GE_EXPR, build_zero_cst (type), true);
      lw_facts_add (facts, loc, NE_EXPR, build_minus_one_cst (type), true);
    }
}

/* V holds an owned value.  */
static void
lw_cl_value_facts (lw_cl_ctx *cx, lw_facts *facts, int v)
{
  lw_cl_holds_value (facts, cx->vars[v].decl);
}

/* Whether a condition of loop L that can leave it reads LOC ('while
   (l->fd == -1)').  Draws on the walk budget.  */
static bool
lw_cl_loop_tests_p (lw_cl_ctx *cx, class loop *l, tree loc)
{
  basic_block *body = get_loop_body (l);
  bool found = false;
  for (unsigned i = 0; i < l->num_nodes && !found; i++)
    {
      if (--cx->budget.left < 0)
	break;
      gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (body[i]));
      if (!cond)
	continue;
      bool leaves = false;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, body[i]->succs)
	leaves |= !flow_bb_inside_loop_p (l, e->dest);
      tree x = gimple_cond_lhs (cond);
      gimple *load = TREE_CODE (x) == SSA_NAME ? SSA_NAME_DEF_STMT (x) : NULL;
      found = (leaves && load && gimple_assign_load_p (load)
	       && gimple_assign_single_p (load)
	       && lw_facts_same_location (gimple_assign_rhs1 (load), loc));
    }
  free (body);
  return found;
}

/* The call whose result X is, through copies, conversions, negations
   ('_2 = ~_1;' of a bool in C++) and tests against zero ('_3 = _2 !=
   0;', C's conversion to bool), or NULL.  */
static gcall *
lw_cl_result_of_call (tree x)
{
  for (int i = 0; i < LW_COPY_CHAIN_MAX && TREE_CODE (x) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (x);
      if (gcall *call = dyn_cast<gcall *> (def))
	return call;
      if (!is_gimple_assign (def))
	return NULL;
      enum tree_code code = gimple_assign_rhs_code (def);
      if (code != SSA_NAME && code != BIT_NOT_EXPR
	  && !CONVERT_EXPR_CODE_P (code)
	  && !((code == NE_EXPR || code == EQ_EXPR)
	       && integer_zerop (gimple_assign_rhs2 (def))))
	return NULL;
      x = gimple_assign_rhs1 (def);
    }
  return NULL;
}

/* A loop that runs until a call in it sets an out-parameter: 'while
   (l->fd == -1) { ...  if (!open_at (dfd, n, &l->fd)) return -1;  v =
   strdup (n); }'.  When a test of the result of a call given &LOC
   guards START in its loop, and the loop's exit test reads LOC, the
   path to START is the one on which the call succeeded and, by the
   out-parameter convention, stored a value: LOC holds one, and the
   loop ends.  Facts only remove paths.  Draws on the walk budget.  */
static void
lw_cl_out_param_facts (lw_cl_ctx *cx, lw_facts *facts, gimple *start)
{
  basic_block bb = gimple_bb (start);
  class loop *l = bb->loop_father;
  if (!l || !loop_outer (l))
    return;
  /* Up the dominators, to the header (which a do-while's test may
     be in).  */
  for (basic_block b = get_immediate_dominator (CDI_DOMINATORS, bb);
       b && flow_bb_inside_loop_p (l, b);
       b
       = (b == l->header ? NULL : get_immediate_dominator (CDI_DOMINATORS, b)))
    {
      if (--cx->budget.left < 0)
	return;
      gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (b));
      if (!cond || EDGE_COUNT (b->succs) != 2)
	continue;
      /* START on one side of the test only.  */
      edge t = EDGE_SUCC (b, 0), f = EDGE_SUCC (b, 1);
      bool in_t = (single_pred_p (t->dest)
		   && dominated_by_p (CDI_DOMINATORS, bb, t->dest));
      bool in_f = (single_pred_p (f->dest)
		   && dominated_by_p (CDI_DOMINATORS, bb, f->dest));
      gcall *call
	= (in_t != in_f ? lw_cl_result_of_call (gimple_cond_lhs (cond))
			: NULL);
      for (unsigned i = 0; call && i < gimple_call_num_args (call); i++)
	{
	  /* '&l->fd', or at -O0 '_1 = &l->fd;'.  */
	  tree a = gimple_call_arg (call, i);
	  gimple *d = TREE_CODE (a) == SSA_NAME ? SSA_NAME_DEF_STMT (a) : NULL;
	  if (d && gimple_assign_single_p (d))
	    a = gimple_assign_rhs1 (d);
	  if (TREE_CODE (a) != ADDR_EXPR)
	    continue;
	  tree loc = TREE_OPERAND (a, 0);
	  if (!lw_cl_loop_tests_p (cx, l, loc))
	    continue;
	  lw_debug ("cleanup: the loop ends once a call sets an "
		    "out-parameter");
	  lw_cl_holds_value (facts, loc);
	}
    }
}

/* Whether pointer type T points to an error object (GError, an 'err'
   struct): a function given '&error' returns NULL exactly when it sets
   the error, by the GLib convention.  */
static bool
lw_cl_error_ptr_type_p (tree t)
{
  if (!POINTER_TYPE_P (t))
    return false;
  tree rec = TYPE_MAIN_VARIANT (TREE_TYPE (t));
  if (TREE_CODE (rec) != RECORD_TYPE)
    return false;
  /* A record without a tag ('typedef struct { ... } lib_error;') is
     named by its typedef in C (C++ names the record by it).  */
  tree name = TYPE_NAME (rec) ? TYPE_NAME (rec) : TYPE_NAME (TREE_TYPE (t));
  if (!name)
    return false;
  if (TREE_CODE (name) == TYPE_DECL)
    name = DECL_NAME (name);
  if (!name || TREE_CODE (name) != IDENTIFIER_NODE)
    return false;
  const char *n = IDENTIFIER_POINTER (name);
  return strstr (n, "err") || strstr (n, "Err");
}

/* Facts that hold after START, an owned assignment: an error variable
   whose address the call making the value was given is still NULL; a
   pointer call result stored into memory in the same block is not
   NULL ('sum = strdup (a); l->kernel = strdup (b);', then a test of
   l->kernel).  These only assume success of what made the value, as
   the facts on the variable itself do.  */
static void
lw_cl_start_facts (lw_cl_ctx *cx, lw_facts *facts, gimple *start)
{
  tree rhs = NULL_TREE;
  if (gimple_assign_single_p (start))
    rhs = lw_strip_copies (gimple_assign_rhs1 (start), true);
  gcall *call = is_a<gcall *> (start)
		  ? as_a<gcall *> (start)
		  : (rhs && TREE_CODE (rhs) == SSA_NAME
		       ? dyn_cast<gcall *> (SSA_NAME_DEF_STMT (rhs))
		       : NULL);
  /* An allocation into the variable ('asprintf (&v, ...)'): succeeded.  */
  enum tree_code succ;
  tree res = call == start ? gimple_call_lhs (call) : NULL_TREE;
  if (res && TREE_CODE (res) == SSA_NAME
      && lw_call_alloc_success (call, &succ))
    lw_facts_add (facts, res, succ, build_zero_cst (TREE_TYPE (res)), true);
  for (unsigned i = 0; call && i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      if (TREE_CODE (a) != ADDR_EXPR)
	continue;
      tree e = TREE_OPERAND (a, 0);
      if (VAR_P (e) && !TREE_STATIC (e) && lw_cl_var_index (cx, e) < 0
	  && lw_cl_error_ptr_type_p (TREE_TYPE (e)))
	lw_facts_add (facts, e, EQ_EXPR, build_zero_cst (TREE_TYPE (e)), true);
    }
  int n = 0;
  gimple_stmt_iterator gsi = gsi_for_stmt (start);
  for (gsi_next (&gsi); !gsi_end_p (gsi) && n < LW_CL_NEIGHBOURS;
       gsi_next (&gsi))
    {
      gimple *s = gsi_stmt (gsi);
      if (!gimple_assign_single_p (s))
	continue;
      tree lhs = gimple_assign_lhs (s);
      tree val = lw_strip_copies (gimple_assign_rhs1 (s), true);
      if (TREE_CODE (lhs) == SSA_NAME || lw_cl_ref_var (cx, lhs) >= 0
	  || !POINTER_TYPE_P (TREE_TYPE (lhs)) || TREE_CODE (val) != SSA_NAME
	  || !is_gimple_call (SSA_NAME_DEF_STMT (val))
	  || TREE_THIS_VOLATILE (lhs))
	continue;
      lw_facts_add (facts, lhs, NE_EXPR, build_zero_cst (TREE_TYPE (lhs)),
		    true);
      n++;
    }
}

/* Whether a path from START reaches the definition of X (an SSA name
   a fact is about) before any use of X: the fact may then be stale where
   it is tested.  Draws on the walk budget; true when it runs out.  */
static bool
lw_cl_fact_stale_p (lw_cl_ctx *cx, tree x, gimple *start)
{
  if (TREE_CODE (x) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (x);
  basic_block dbb = gimple_bb (def);
  basic_block sbb = gimple_bb (start);
  /* A default definition (a parameter's value): its GIMPLE_NOP is in
     no block.  */
  if (!dbb)
    return false;
  if (dbb == sbb && gimple_code (def) != GIMPLE_PHI
      && gimple_uid (def) > gimple_uid (start))
    return true;
  auto_bitmap uses, seen;
  /* The uses of X, and of the flags and copies made from it ('b = x ==
     B; _5 = b; if (_5 & _4)'): a test of those reads this X.  Each
     name is pushed once, by its one definition.  */
  auto_vec<tree, 4> names;
  names.safe_push (x);
  for (unsigned n = 0; n < names.length (); n++)
    {
      imm_use_iterator it;
      use_operand_p use_p;
      FOR_EACH_IMM_USE_FAST (use_p, it, names[n])
	{
	  gimple *u = USE_STMT (use_p);
	  if (is_gimple_debug (u) || !gimple_bb (u))
	    continue;
	  bitmap_set_bit (uses, gimple_bb (u)->index);
	  if (is_gimple_assign (u)
	      && TREE_CODE (gimple_assign_lhs (u)) == SSA_NAME
	      && gimple_assign_rhs1 (u) == names[n]
	      && (gimple_assign_rhs_code (u) == SSA_NAME
		  || (TREE_CODE_CLASS (gimple_assign_rhs_code (u))
			== tcc_comparison
		      && TREE_CODE (gimple_assign_rhs2 (u)) == INTEGER_CST)))
	    names.safe_push (gimple_assign_lhs (u));
	}
    }
  auto_vec<basic_block> work;
  work.safe_push (sbb);
  bool first = true;
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      if (!first)
	{
	  if (b == dbb)
	    return true;
	  if (bitmap_bit_p (uses, b->index))
	    continue;
	}
      first = false;
      if (--cx->budget.left < 0)
	return true;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, b->succs)
	if (!(e->flags & (EDGE_EH | EDGE_ABNORMAL | EDGE_FAKE))
	    && e->dest != EXIT_BLOCK_PTR_FOR_FN (cfun)
	    && !bitmap_bit_p (seen, e->dest->index))
	  {
	    bitmap_set_bit (seen, e->dest->index);
	    work.safe_push (e->dest);
	  }
    }
  return false;
}

/* Whether some path from an owned assignment of V reaches TARGET, an
   owned reassignment of V, with V still holding that value.  */
bool
lw_cl_confirm_store (lw_cl_ctx *cx, int v, gimple *target, bool others_only)
{
  lw_cl_walk w;
  w.cx = cx;
  w.v = v;
  w.target = target;
  for (unsigned k = 0; k < cx->vars[v].events.length (); k++)
    {
      unsigned i = cx->vars[v].events[k];
      lw_cl_event *ev = &cx->events[i];
      if (ev->kind != LW_EV_STORE_OWN || (others_only && ev->stmt == target))
	continue;
      lw_facts facts;
      facts.n = 0;
      lw_facts_guarding (&facts, ev->stmt);
      /* flow.c keeps a fact on an SSA name after the path re-executes
	 its definition (around a loop), where it is stale and can
	 contradict the facts added below or the condition it guards:
	 drop a guarding fact whose definition some path from the start
	 reaches before a use of it.  */
      unsigned kept = 0;
      for (unsigned k = 0; k < facts.n; k++)
	if (!lw_cl_fact_stale_p (cx, facts.f[k].op, ev->stmt))
	  facts.f[kept++] = facts.f[k];
      facts.n = kept;
      /* Other cleanup variables given an owned value just before, in
	 the same block ('found = strdup (n); fd = t;'): they hold one
	 too.  */
      basic_block bb = gimple_bb (ev->stmt);
      auto_vec<int, LW_CL_NEIGHBOURS> seen;
      for (unsigned j = i; j-- > 0 && seen.length () < LW_CL_NEIGHBOURS;)
	{
	  lw_cl_event *o = &cx->events[j];
	  if (gimple_bb (o->stmt) != bb)
	    break;
	  if (o->var == v || seen.contains (o->var))
	    continue;
	  seen.safe_push (o->var);
	  if (o->kind == LW_EV_STORE_OWN && o->src < 0)
	    lw_cl_value_facts (cx, &facts, o->var);
	}
      lw_cl_out_param_facts (cx, &facts, ev->stmt);
      /* The newest facts are kept longest: those on the values last.  */
      lw_cl_start_facts (cx, &facts, ev->stmt);
      lw_cl_value_facts (cx, &facts, v);
      if (lw_config.debug)
	for (unsigned k = 0; k < facts.n; k++)
	  {
	    fprintf (stderr, "leakwatch: cleanup: fact %u: ", k);
	    print_generic_expr (stderr, facts.f[k].op);
	    fprintf (stderr, " %s ", get_tree_code_name (facts.f[k].code));
	    print_generic_expr (stderr, facts.f[k].cst);
	    fprintf (stderr, " %d\n", facts.f[k].truth);
	  }
      lw_walk_result r = lw_walk_from (ev->stmt, facts, lw_cl_walk_stop, &w,
				       &cx->budget, false, NULL);
      lw_debug ("cleanup: walk for %s from uid %u: %d, budget %ld",
		IDENTIFIER_POINTER (DECL_NAME (cx->vars[v].decl)),
		gimple_uid (ev->stmt), (int) r.kind, cx->budget.left);
      if (r.kind == LW_WALK_STOPPED)
	return true;
      if (r.kind == LW_WALK_UNKNOWN)
	{
	  lw_debug ("cleanup: walk budget exhausted, %s not reported",
		    IDENTIFIER_POINTER (DECL_NAME (cx->vars[v].decl)));
	  return false;
	}
    }
  return false;
}
