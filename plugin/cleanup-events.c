/* cleanup-events.c: what each statement does to a cleanup variable,
   turned once into a short list of events per block (store, release,
   escape, cleanup, clobber), and the 'finally_tmp' dispatches the
   dataflow routes the state through.  */

#include "cleanup-int.h"

static void
lw_cl_add_event (lw_cl_ctx *cx, enum lw_cl_event_kind kind, int v,
		 gimple *stmt, int site = -1)
{
  lw_cl_event ev;
  ev.kind = kind;
  ev.var = v;
  ev.site = site;
  ev.src = -1;
  ev.stmt = stmt;
  cx->events.safe_push (ev);
}

int
lw_cl_add_site (lw_cl_ctx *cx, int v, gimple *stmt, bool is_return)
{
  lw_cl_site s;
  s.var = v;
  s.stmt = stmt;
  s.is_return = is_return;
  s.caller = false;
  s.local = false;
  s.heap = false;
  s.take = false;
  s.frees = false;
  s.pending = false;
  s.if_positive = false;
  s.reported = false;
  cx->sites.safe_push (s);
  cx->vars[v].sites.safe_push (cx->sites.length () - 1);
  return cx->sites.length () - 1;
}

/* 'tmp = steal (&w); v = tmp;' in BB: replay the owned store of V
   (from STMT) just before the release of W by that call, with W as its
   source, so that a steal from a W owning nothing stores nothing.
   Return false if RHS does not come from such a call.  */
static bool
lw_cl_add_steal_store (lw_cl_ctx *cx, tree rhs, int v, gimple *stmt,
		       lw_cl_bb *info)
{
  tree base = lw_strip_copies (rhs, true);
  if (TREE_CODE (base) != SSA_NAME)
    return false;
  /* A call in another block has no event in this one: the search
     below fails.  */
  gcall *call = dyn_cast<gcall *> (SSA_NAME_DEF_STMT (base));
  if (!call)
    return false;
  int w = -1;
  for (unsigned i = 0; i < gimple_call_num_args (call) && w < 0; i++)
    {
      int a = lw_cl_addr_arg (cx, gimple_call_arg (call, i));
      if (a != v)
	w = a;
    }
  if (w < 0)
    return false;
  unsigned k = cx->events.length ();
  while (k > info->first_event)
    {
      lw_cl_event *ev = &cx->events[k - 1];
      if (ev->var == v)
	return false;
      if (ev->stmt == call && ev->var == w && ev->kind == LW_EV_RELEASE_ADDR)
	break;
      k--;
    }
  if (k == info->first_event)
    return false;
  lw_cl_event ev;
  ev.kind = LW_EV_STORE_OWN;
  ev.var = v;
  ev.site = -1;
  ev.src = w;
  ev.stmt = stmt;
  cx->events.safe_insert (k - 1, ev);
  return true;
}

/* The source of a steal: for 'v = steal (&w)' into cleanup variable
   SV, the cleanup variable W whose address the call gets; -1 if there is
   none or the call was given SV's own address or value (mfree,
   safe_close, realloc: not a new owned value).  */
static int
lw_cl_steal_source (lw_cl_ctx *cx, gcall *call, int sv)
{
  int src = -1;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      int av = lw_cl_addr_arg (cx, a);
      if (av == sv)
	return -1;
      if (av >= 0 && src < 0)
	src = av;
      if (TREE_CODE (a) == SSA_NAME
	  && cx->carrier_var[SSA_NAME_VERSION (a)] == sv)
	return -1;
    }
  return src;
}

/* With -fexceptions a call that may throw ends its block, so
   'tmp = steal (&w);' and 'v = tmp;' lie in two blocks joined by the
   call's fall-through edge.  If CALL is such a steal, return the store
   of its result and set *SV to the stored cleanup variable; the steal is
   then handled at the call, as when both are in one block.  */
static gassign *
lw_cl_split_steal (lw_cl_ctx *cx, gcall *call, int *sv)
{
  tree val = gimple_call_lhs (call);
  gassign *st = NULL;
  /* Through plain copies ('_1 = _20; v = _1;' at -O0).  */
  for (int depth = 0; depth < LW_COPY_CHAIN_MAX && !st; depth++)
    {
      use_operand_p use;
      gimple *u;
      if (!val || TREE_CODE (val) != SSA_NAME
	  || !single_imm_use (val, &use, &u))
	return NULL;
      gassign *a = dyn_cast<gassign *> (u);
      if (!a || !gimple_assign_single_p (a) || gimple_assign_rhs1 (a) != val)
	return NULL;
      if (TREE_CODE (gimple_assign_lhs (a)) == SSA_NAME)
	val = gimple_assign_lhs (a);
      else
	st = a;
    }
  if (!st)
    return NULL;
  basic_block cb = gimple_bb (call), sb = gimple_bb (st);
  if (cb == sb || !single_pred_p (sb) || single_pred (sb) != cb
      || lw_last_stmt (cb) != call)
    return NULL;
  int v = lw_cl_ref_var (cx, gimple_assign_lhs (st));
  if (v < 0 || lw_cl_steal_source (cx, call, v) < 0)
    return NULL;
  *sv = v;
  return st;
}

/* Whether carrier NAME holds the current value of its variable at the
   end of the statements seen so far in BB, given LAST_STORE (uid of
   the last store to each variable in BB, 0 if none).  */
int
lw_cl_current_carrier (lw_cl_ctx *cx, tree name, basic_block bb,
		       const unsigned *last_store)
{
  if (TREE_CODE (name) != SSA_NAME)
    return -1;
  unsigned ver = SSA_NAME_VERSION (name);
  int v = cx->carrier_var[ver];
  gimple *root = cx->carrier_root[ver];
  if (v < 0 || !root || gimple_bb (root) != bb || !cx->vars[v].tracked)
    return -1;
  if (gimple_uid (root) < last_store[v])
    return -1;
  /* A load is current if no store followed it; a stored value if its
     store is the last one.  */
  if (gimple_uid (root) == last_store[v] || !gimple_assign_single_p (root)
      || lw_cl_ref_var (cx, gimple_assign_rhs1 (root)) == v)
    return v;
  return -1;
}

/* Like lw_cl_current_carrier, for NAME loaded in the single
   predecessor of BB and tested through a call that ended that block
   (with -fexceptions: 'p.1 = p; _2 = g_strcmp0 (p.1, 0B);' then
   'if (_2 == 0)' in BB): current if neither block changed the variable
   after the load.  */
static int
lw_cl_carrier_across_call (lw_cl_ctx *cx, tree name, basic_block bb,
			   const unsigned *last_store)
{
  int v = lw_cl_current_carrier (cx, name, bb, last_store);
  if (v >= 0 || TREE_CODE (name) != SSA_NAME || !single_pred_p (bb))
    return v;
  v = cx->carrier_var[SSA_NAME_VERSION (name)];
  gimple *root = cx->carrier_root[SSA_NAME_VERSION (name)];
  if (v < 0 || !root || gimple_bb (root) != single_pred (bb)
      || !cx->vars[v].tracked || last_store[v] != 0
      || !gimple_assign_single_p (root)
      || lw_cl_ref_var (cx, gimple_assign_rhs1 (root)) != v)
    return -1;
  /* The predecessor's events after the load, and BB's so far.  */
  lw_cl_bb *pi = &cx->bbs[single_pred (bb)->index];
  unsigned from[2] = { pi->first_event, cx->bbs[bb->index].first_event };
  unsigned to[2] = { pi->first_event + pi->n_events, cx->events.length () };
  for (int r = 0; r < 2; r++)
    for (unsigned i = from[r]; i < to[r]; i++)
      {
	lw_cl_event *ev = &cx->events[i];
	if (ev->var == v && ev->kind != LW_EV_RELEASE_VAL
	    && ev->kind != LW_EV_ESCAPE
	    && (r == 1 || gimple_uid (ev->stmt) > gimple_uid (root)))
	  return -1;
      }
  return v;
}

/* The scan of one block into events.  */
struct lw_cl_scan
{
  lw_cl_ctx *cx;
  basic_block bb;
  lw_cl_bb *info;
  /* Per variable, the uid of its last store in BB so far, 0 if none.  */
  unsigned *last_store;
  /* The variables whose LAST_STORE entry BB set.  */
  auto_vec<int, 8> stored;
  /* The variables the current statement uses in a way understood.  */
  auto_vec<int, 4> handled;
};

/* The events of STMT, a single assignment.  True if it needs no
   further look (every mention of a variable is understood).  */
static bool
lw_cl_scan_assign (lw_cl_scan *sc, gimple *stmt)
{
  lw_cl_ctx *cx = sc->cx;
  tree lhs = gimple_assign_lhs (stmt);
  tree rhs = gimple_assign_rhs1 (stmt);
  int sv = lw_cl_ref_var (cx, lhs);
  int lv = lw_cl_ref_var (cx, rhs);
  tree from = lw_strip_copies (rhs, true);
  gcall *stealer = (TREE_CODE (from) == SSA_NAME
		      ? dyn_cast<gcall *> (SSA_NAME_DEF_STMT (from))
		      : NULL);
  int split_sv;
  /* '_1 = .DEFERRED_INIT (...); v = _1;' (-ftrivial-auto-var-init):
     as if no assignment, unless it fills a pointer with zeros (NULL:
     nothing owned).  A zero descriptor is descriptor 0, which the
     cleanup would close: still no value of the program's.  */
  int init = (sv >= 0 && stealer ? lw_deferred_init_kind (stealer) : -1);
  if (init == 1
      || (init == 0 && !POINTER_TYPE_P (TREE_TYPE (cx->vars[sv].decl))))
    {
      sc->handled.safe_push (sv);
      return true;
    }
  if (sv >= 0 && lv < 0)
    {
      bool own = lw_cl_owned_value_p (cx, rhs, sv);
      /* A steal split from its store: replayed at the call.  */
      if (stealer && lw_cl_split_steal (cx, stealer, &split_sv) == stmt)
	;
      else if (!own || !lw_cl_add_steal_store (cx, rhs, sv, stmt, sc->info))
	lw_cl_add_event (cx, own ? LW_EV_STORE_OWN : LW_EV_STORE_NONOWN, sv,
			 stmt);
      sc->stored.safe_push (sv);
      sc->last_store[sv] = gimple_uid (stmt);
      if (TREE_CODE (rhs) == SSA_NAME)
	lw_cl_mark_carrier (cx, rhs, sv, stmt, 0);
      sc->handled.safe_push (sv);
    }
  else if (lv >= 0 && sv < 0 && TREE_CODE (lhs) == SSA_NAME)
    {
      lw_cl_mark_carrier (cx, lhs, lv, stmt, 0);
      unsigned flags = lw_cl_classify (cx, lhs, 0);
      if (flags & LW_CL_HANDOFF)
	lw_cl_add_event (cx, LW_EV_RELEASE_VAL, lv, stmt);
      if (flags & LW_CL_RETURNED)
	lw_cl_add_event (cx, LW_EV_ESCAPE, lv, stmt,
			 lw_cl_add_site (cx, lv, stmt, true));
      sc->handled.safe_push (lv);
    }
  else if (sv < 0 && lv < 0 && TREE_CODE (lhs) != SSA_NAME)
    {
      /* A value stored into memory: outward while the variable
	 still owns it?  (Only an SSA name can be a carrier.)  */
      int v = lw_cl_current_carrier (cx, rhs, sc->bb, sc->last_store);
      enum lw_cl_store_to to
	= v >= 0 ? lw_cl_store_to (lhs) : LW_CL_TO_NOWHERE;
      /* File-scope objects only at cleanup-escape=2 (often harmless: a
	 global nothing reads after the function returns).  */
      if (to == LW_CL_TO_FILE_SCOPE && lw_config.cleanup_escape < 2)
	to = LW_CL_TO_NOWHERE;
      /* A local array, or an object of this function the caller does
	 not get, counts only for a value of one iteration
	 (lw_cl_report_escape): no site, and no dataflow bit, outside
	 loops.  */
      if ((to == LW_CL_TO_LOCAL || to == LW_CL_TO_HEAP)
	  && !loop_outer (sc->bb->loop_father))
	to = LW_CL_TO_NOWHERE;
      if (to != LW_CL_TO_NOWHERE)
	{
	  int site = lw_cl_add_site (cx, v, stmt, false);
	  cx->sites[site].caller
	    = (to == LW_CL_TO_CALLER || to == LW_CL_TO_LOCAL
	       || to == LW_CL_TO_HEAP);
	  cx->sites[site].local = to == LW_CL_TO_LOCAL;
	  cx->sites[site].heap = to == LW_CL_TO_HEAP;
	  lw_cl_add_event (cx, LW_EV_ESCAPE, v, stmt, site);
	}
    }
  else if (TREE_CODE (lhs) == SSA_NAME && TREE_CODE (rhs) == ADDR_EXPR
	   && lw_cl_var_index (cx, TREE_OPERAND (rhs, 0)) >= 0)
    /* 'p_1 = &v': checked by lw_cl_mark_addr_ssa.  */
    return true;
  return false;
}

/* The events of CALL.  */
static void
lw_cl_scan_call (lw_cl_scan *sc, gcall *call)
{
  lw_cl_ctx *cx = sc->cx;
  gimple *stmt = call;
  if (lw_assert_fail_call_p (call))
    lw_cl_add_event (cx, LW_EV_PATH_END, -1, stmt);
  tree fndecl = gimple_call_fndecl (call);
  tree lhs = gimple_call_lhs (call);
  int sv = lhs ? lw_cl_ref_var (cx, lhs) : -1;
  /* Its result stored by the next block ('-fexceptions').  */
  bool split = sv < 0 && lw_cl_split_steal (cx, call, &sv);
  /* Is the result a new owned value?  Not if the call was given
     SV's old value or address (mfree, safe_close, realloc).  */
  bool own = true;
  int src = -1;
  for (unsigned i = 0; sv >= 0 && i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      int av = lw_cl_addr_arg (cx, a);
      if (av == sv)
	own = false;
      else if (av >= 0 && src < 0)
	src = av;
      /* Given the old value to free or keep it (realloc, mfree); not
	 when it only reads it ('s = g_strdup_printf ("%s/x", s)').  */
      if (TREE_CODE (a) == SSA_NAME
	  && cx->carrier_var[SSA_NAME_VERSION (a)] == sv
	  && lw_call_arg_effect (call, i) != LW_ARG_READS)
	own = false;
    }
  /* 'a = steal (&b)': the store is replayed before the release of
     B, so that B's state at the call is still known.  */
  bool early = sv >= 0 && own && src >= 0;
  if (split && !early)
    sv = -1;
  if (early)
    {
      lw_cl_add_event (cx, LW_EV_STORE_OWN, sv, stmt);
      cx->events.last ().src = src;
      sc->stored.safe_push (sv);
      sc->last_store[sv] = gimple_uid (stmt);
      sc->handled.safe_push (sv);
    }
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int v = lw_cl_addr_arg (cx, gimple_call_arg (call, i));
      if (v < 0)
	continue;
      if (fndecl && DECL_NAME (fndecl) == cx->vars[v].cleanup
	  && gimple_call_num_args (call) == 1)
	{
	  lw_cl_add_event (cx, LW_EV_CLEANUP, v, stmt);
	  /* Its values may be borrowed: nothing said of owning them
	     holds.  */
	  if (lw_cleanup_collects (fndecl))
	    lw_cl_untrack (cx, v,
			   "its cleanup frees only what nothing refers to");
	}
      else if (lw_cl_allocates_into_p (cx, call, i, v))
	{
	  lw_cl_add_event (cx, LW_EV_STORE_OWN, v, stmt);
	  sc->last_store[v] = gimple_uid (stmt);
	}
      else
	lw_cl_add_event (cx, LW_EV_RELEASE_ADDR, v, stmt);
      sc->handled.safe_push (v);
    }
  /* Before the store of its result: 'p = mfree (p)' takes the old
     value, then stores a value owning nothing.  */
  lw_cl_scan_takes (cx, call, sc->last_store);
  if (sv >= 0 && !early)
    {
      lw_cl_add_event (cx, own ? LW_EV_STORE_OWN : LW_EV_STORE_NONOWN, sv,
		       stmt);
      sc->stored.safe_push (sv);
      sc->last_store[sv] = gimple_uid (stmt);
      sc->handled.safe_push (sv);
    }
}

/* The variable whose current value 'LHS CODE RHS' tests so that one
   outcome shows it holds no resource (NULL, a negative descriptor), or
   -1; *ON is that outcome (1: true, 0: false).  */
static int
lw_cl_refine (lw_cl_scan *sc, enum tree_code code, tree lhs, tree rhs, int *on)
{
  lw_cl_ctx *cx = sc->cx;
  /* 'g_strcmp0 (p, NULL) == 0' is 'p == NULL'.  */
  tree x = ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop (rhs)
	      ? lw_strcmp0_null_operand (lhs)
	      : NULL_TREE);
  int v = (x ? lw_cl_carrier_across_call (cx, x, sc->bb, sc->last_store)
	     : lw_cl_current_carrier (cx, lhs, sc->bb, sc->last_store));
  if (x)
    {
      lhs = x;
      rhs = build_zero_cst (TREE_TYPE (x));
    }
  /* Not a variable (V < 0) or no comparison (ERROR_MARK): no clause
     below matches, or the -1 of V is returned.  */
  if (TREE_CODE (rhs) != INTEGER_CST)
    return -1;
  bool ptr = POINTER_TYPE_P (TREE_TYPE (lhs));
  bool sgn
    = INTEGRAL_TYPE_P (TREE_TYPE (lhs)) && !TYPE_UNSIGNED (TREE_TYPE (lhs));
  bool zero = integer_zerop (rhs);
  bool neg = tree_int_cst_sgn (rhs) < 0;
  *on = -1;
  if (ptr && zero && code == EQ_EXPR)
    *on = 1;
  else if (ptr && zero && code == NE_EXPR)
    *on = 0;
  else if (sgn
	   && ((code == LT_EXPR && zero) || (code == LE_EXPR && neg)
	       || (code == EQ_EXPR && neg)))
    *on = 1;
  else if (sgn
	   && ((code == GE_EXPR && zero) || (code == GT_EXPR && neg)
	       || (code == NE_EXPR && neg)))
    *on = 0;
  return *on >= 0 ? v : -1;
}

/* The comparison T (an SSA name) is made by in BB, through copies and
   branch hints, or NULL.  */
static gassign *
lw_cl_comparison_def (tree t, basic_block bb)
{
  t = lw_strip_copies (t, true);
  gimple *def = TREE_CODE (t) == SSA_NAME ? SSA_NAME_DEF_STMT (t) : NULL;
  if (def && gimple_call_builtin_p (def, BUILT_IN_EXPECT))
    {
      t = lw_strip_copies (gimple_call_arg (def, 0), true);
      def = TREE_CODE (t) == SSA_NAME ? SSA_NAME_DEF_STMT (t) : NULL;
    }
  gassign *a = safe_dyn_cast<gassign *> (def);
  return a && gimple_bb (a) == bb ? a : NULL;
}

gassign *
lw_cl_cond_comparison (gcond *cond, basic_block bb, enum tree_code *code,
		       tree *lhs, tree *rhs)
{
  *code = gimple_cond_code (cond);
  *lhs = gimple_cond_lhs (cond);
  *rhs = gimple_cond_rhs (cond);
  gassign *def
    = ((*code == NE_EXPR || *code == EQ_EXPR) && integer_zerop (*rhs)
	 ? lw_cl_comparison_def (*lhs, bb)
	 : NULL);
  if (def && TREE_CODE_CLASS (gimple_assign_rhs_code (def)) == tcc_comparison)
    {
      /* 'if (_1 != 0)': the comparison itself; '== 0': its inverse.  */
      enum tree_code dcode = gimple_assign_rhs_code (def);
      *code = *code == EQ_EXPR ? invert_tree_comparison (dcode, false) : dcode;
      *lhs = gimple_assign_rhs1 (def);
      *rhs = gimple_assign_rhs2 (def);
    }
  return def;
}

/* 'if (p == NULL)' or 'if (fd < 0)' on the current value of a variable
   ending the block: that edge carries nothing to release.  Also through
   '_1 = p == 0; if (_1 != 0)' (as _unlikely_ () makes), and through the
   '&&' ('_4 = _2 & _3') or '||' ('_4 = _2 | _3') GCC makes of two
   comparisons: where both hold (&&), or both fail (||), each one's
   outcome is known.  */
static void
lw_cl_scan_cond (lw_cl_scan *sc)
{
  gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (sc->bb));
  if (!cond)
    return;
  tree lhs, rhs;
  enum tree_code code;
  int on = -1, v = -1;
  gassign *def = lw_cl_cond_comparison (cond, sc->bb, &code, &lhs, &rhs);
  /* ERROR_MARK without DEF: neither case below.  */
  enum tree_code dcode = def ? gimple_assign_rhs_code (def) : ERROR_MARK;
  if (TREE_CODE_CLASS (dcode) == tcc_comparison)
    v = lw_cl_refine (sc, code, lhs, rhs, &on);
  else if ((dcode == BIT_AND_EXPR || dcode == BIT_IOR_EXPR)
	   && TREE_CODE (TREE_TYPE (gimple_assign_lhs (def))) == BOOLEAN_TYPE)
    {
      /* The outcome of the '&&' (true) or '||' (false) that fixes both
	 operands; the if's edge it is.  */
      int fixed = dcode == BIT_AND_EXPR ? 1 : 0;
      for (int k = 1; k <= 2 && v < 0; k++)
	{
	  gassign *c = lw_cl_comparison_def (gimple_op (def, k), sc->bb);
	  if (!c
	      || TREE_CODE_CLASS (gimple_assign_rhs_code (c))
		   != tcc_comparison)
	    continue;
	  int o;
	  int w = lw_cl_refine (sc, gimple_assign_rhs_code (c),
				gimple_assign_rhs1 (c), gimple_assign_rhs2 (c),
				&o);
	  if (w >= 0 && o == fixed)
	    {
	      v = w;
	      on = code == NE_EXPR ? fixed : !fixed;
	    }
	}
    }
  else
    v = lw_cl_refine (sc, code, lhs, rhs, &on);
  if (v >= 0)
    {
      sc->info->refine_var = v;
      sc->info->refine_on_true = on;
    }
}

/* Turn the statements of BB into events.  LAST_STORE is scratch, one
   entry per variable, all 0: BB puts back to 0 only those it sets.  */
void
lw_cl_scan_bb (lw_cl_ctx *cx, basic_block bb, unsigned *last_store)
{
  lw_cl_scan sc;
  sc.cx = cx;
  sc.bb = bb;
  sc.info = &cx->bbs[bb->index];
  sc.last_store = last_store;
  sc.info->first_event = cx->events.length ();
  sc.info->refine_var = -1;
  sc.info->take_first = -1;

  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (is_gimple_debug (stmt))
	continue;
      sc.handled.truncate (0);
      if (gimple_clobber_p (stmt))
	{
	  int v = lw_cl_ref_var (cx, gimple_assign_lhs (stmt));
	  if (v >= 0)
	    {
	      lw_cl_add_event (cx, LW_EV_CLOBBER, v, stmt);
	      cx->vars[v].clobber_bbs.safe_push (bb);
	      continue;
	    }
	}
      else if (is_gimple_assign (stmt) && gimple_assign_single_p (stmt))
	{
	  if (lw_cl_scan_assign (&sc, stmt))
	    continue;
	}
      else if (gcall *call = dyn_cast<gcall *> (stmt))
	lw_cl_scan_call (&sc, call);

      /* Any other mention of a tracked variable: stop checking it.  */
      struct walk_stmt_info wi;
      memset (&wi, 0, sizeof (wi));
      wi.info = cx;
      auto_vec<bool, 4> saved;
      for (int v : sc.handled)
	{
	  saved.safe_push (cx->vars[v].tracked);
	  cx->vars[v].tracked = false;
	}
      walk_gimple_op (stmt, lw_cl_untrack_refs, &wi);
      for (unsigned k = 0; k < sc.handled.length (); k++)
	cx->vars[sc.handled[k]].tracked = saved[k];
    }
  sc.info->n_events = cx->events.length () - sc.info->first_event;
  lw_cl_scan_cond (&sc);
  lw_cl_scan_take_cond (cx, bb);
  for (int v : sc.stored)
    last_store[v] = 0;
}

/* A 'finally_tmp' dispatch: BB ends in a switch or a comparison with a
   constant on an SSA name defined by a PHI of constants in BB or in a
   block leading to BB alone.  Record, for each predecessor of that
   block, the edge of BB its constant selects.  */
void
lw_cl_find_dispatch (lw_cl_ctx *cx, basic_block bb)
{
  lw_cl_bb *info = &cx->bbs[bb->index];
  info->dispatch_head = NULL;
  gimple *last = lw_last_stmt (bb);
  tree index = NULL_TREE;
  if (gswitch *sw = safe_dyn_cast<gswitch *> (last))
    index = gimple_switch_index (sw);
  else if (gcond *cond = safe_dyn_cast<gcond *> (last))
    {
      if (TREE_CODE (gimple_cond_rhs (cond)) == INTEGER_CST)
	index = gimple_cond_lhs (cond);
    }
  if (!index || TREE_CODE (index) != SSA_NAME)
    return;
  /* Also a 0/1 value made by a statement expression and passed through
     a branch hint, as GLib's G_LIKELY / G_UNLIKELY and g_assert make:
     '__builtin_expect (({ int b; if (e) b = 1; else b = 0; b; }), 1)'.
     Each path into the PHI then takes the edge its constant selects, so
     a test of the variable inside E is not lost at the join.  */
  tree name = index;
  for (int k = 0; k < LW_COPY_CHAIN_MAX; k++)
    {
      name = lw_strip_copies (name, true);
      gimple *def
	= TREE_CODE (name) == SSA_NAME ? SSA_NAME_DEF_STMT (name) : NULL;
      if (!def || !gimple_call_builtin_p (def, BUILT_IN_EXPECT))
	break;
      name = gimple_call_arg (def, 0);
    }
  if (TREE_CODE (name) != SSA_NAME)
    return;
  gphi *phi = dyn_cast<gphi *> (SSA_NAME_DEF_STMT (name));
  if (!phi)
    return;
  basic_block head = gimple_bb (phi);
  /* HEAD must lead to BB through single edges.  */
  basic_block b = bb;
  for (int n = 0; b != head; n++)
    {
      if (n >= LW_CL_DISPATCH_DISTANCE || !single_pred_p (b)
	  || !single_succ_p (single_pred (b)))
	return;
      b = single_pred (b);
    }
  edge e;
  edge_iterator ei;
  info->first_route = cx->routes.length ();
  FOR_EACH_EDGE (e, ei, head->preds)
    {
      lw_cl_route r;
      r.in = e;
      r.out = NULL;
      tree arg = lw_strip_copies (PHI_ARG_DEF_FROM_EDGE (phi, e), true);
      if (TREE_CODE (arg) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (arg))
	{
	  gimple *def = SSA_NAME_DEF_STMT (arg);
	  if (gimple_assign_single_p (def)
	      && TREE_CODE (gimple_assign_rhs1 (def)) == INTEGER_CST)
	    arg = gimple_assign_rhs1 (def);
	}
      if (TREE_CODE (arg) == INTEGER_CST)
	{
	  if (is_a<gswitch *> (last))
	    r.out = find_taken_edge (bb, arg);
	  else
	    {
	      gcond *cond = as_a<gcond *> (last);
	      tree val
		= fold_binary (gimple_cond_code (cond), boolean_type_node,
			       fold_convert (TREE_TYPE (index), arg),
			       gimple_cond_rhs (cond));
	      if (val && TREE_CODE (val) == INTEGER_CST)
		{
		  edge t, f;
		  extract_true_false_edges_from_block (bb, &t, &f);
		  r.out = integer_zerop (val) ? f : t;
		}
	    }
	}
      cx->routes.safe_push (r);
    }
  info->n_routes = cx->routes.length () - info->first_route;
  info->dispatch_head = head;
}
