/* check-cleanup.c: -Wcleanup-in-loop, -Wcleanup-overwrite,
   -Wcleanup-escape and -Wcleanup-uninit.

   A variable with __attribute__ ((cleanup (fn))) is C's 'defer': FN
   runs once, when the variable leaves scope.  Such a variable is always
   addressable, so after "ssa" it is a memory VAR_DECL: stores 'v = _5;',
   loads 'v.0_6 = v;', the cleanup call 'fn (&v);' and a clobber at each
   scope exit.

   One forward dataflow over the CFG, with a few bits per variable:
     O  the variable may own a value nothing else has released or taken;
     B  that owned value may have come around a loop's back edge;
     U  the variable may be uninitialized (before its first store, or
	after its clobber);
     L  the value read by the variable's latest load may have been owned
	then (an escape of that value counts only then);
     A  the variable's address went to a call since its last store, which
	may have stored an owned value there ('do_work (&error)');
     LA the value read by the latest load may be such a value (a call
	taking it, cleanup-takes.c, counts then too; escapes do not);
   and one bit per escape site E: the value stored at that site (or
   returned, or taken by a call: cleanup-takes.c) may still be owned by
   the variable (sparse: dfstate.h).

   Each statement is turned once into a short list of events (store,
   release, escape, cleanup, clobber); the dataflow and the reporting
   replay only those.  A store of a new owned value while O is set is
   reported (-Wcleanup-in-loop when B is set, -Wcleanup-overwrite when
   not); a cleanup call reached with U is -Wcleanup-uninit, one reached
   with an escape bit -Wcleanup-escape (or -Wcleanup-in-loop when the
   variable lives in the loop body), or -Wcleanup-handoff when the site
   is a call that took the value.

   An escape counts only if the variable may own the value when it is
   read (the L bit): 'if (fd < 0) return fd;' and 'conn_ref (c); *ret =
   c;' are not escapes.  Escape sites are returns, stores into globals
   and statics, '*ret = v' with RET an out-parameter, and stores into
   the caller's objects, local arrays and objects of the function; the
   last three are reported only where cleanup-places.c finds the place
   outlives the value (it changes with each iteration and is read after
   the loop, or the caller keeps it after the return), not for a
   registration in a parent or a value published for a call.  Only
   pointers and integers of at least int precision are checked.

   Loops that run once (left by a test of a cleanup variable the loop
   only updates from its own value or with constants: RUN_WITH_UMASK)
   are not loops here.  A reassignment the dataflow finds is confirmed by
   a path walk (flow.c) from an owned assignment, knowing the variable
   holds a value, before it is reported.

   Precision comes first: anything that may release the value (an
   unknown call receiving it or the variable's address, a store of it
   elsewhere, a constant stored over it, a test showing it is NULL or a
   negative descriptor) clears O.  A variable whose address goes
   anywhere we do not follow is not checked at all.

   The cleanup call is duplicated differently per -O level and with
   -fexceptions, and at -O0 one copy is shared by several scope exits
   that a 'finally_tmp' switch then tells apart again.  The dataflow
   ignores EH edges and routes the state through such a dispatch by the
   constant each predecessor gives 'finally_tmp', so the paths are not
   mixed.

   This file has the dataflow and the entry point; the variables, the
   events, the confirming walks and the reports are in the cleanup-*.c
   files listed in include/cleanup-int.h.  */

#include "cleanup-int.h"

static inline unsigned
lw_cl_bit (int v, int which)
{
  return v * LW_CL_NBITS + which;
}

static void
lw_cl_forget_value (lw_cl_ctx *cx, lw_dfstate *s, int v)
{
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_O));
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_B));
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_L));
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_A));
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_LA));
  for (unsigned i = 0; i < cx->vars[v].sites.length (); i++)
    bitmap_clear_bit (&s->bits,
		      cx->vars.length () * LW_CL_NBITS + cx->vars[v].sites[i]);
}

/* Apply the events of BB to STATE; report when REPORT.  */
static void
lw_cl_transfer (lw_cl_ctx *cx, basic_block bb, lw_dfstate *state, bool report)
{
  lw_cl_bb *info = &cx->bbs[bb->index];
  unsigned nv = cx->vars.length ();
  for (unsigned i = 0; i < info->n_events; i++)
    {
      lw_cl_event *ev = &cx->events[info->first_event + i];
      if (ev->kind == LW_EV_PATH_END)
	{
	  /* Nothing flows on from a failed assertion.  */
	  lw_dfstate_copy (state, NULL);
	  return;
	}
      int v = ev->var;
      if (!cx->vars[v].tracked)
	continue;
      switch (ev->kind)
	{
	case LW_EV_STORE_OWN:
	  if (ev->src >= 0 && cx->vars[ev->src].tracked
	      && !bitmap_bit_p (&state->bits, lw_cl_bit (ev->src, LW_CL_O)))
	    {
	      /* Taken from a variable that owned nothing.  */
	      lw_cl_forget_value (cx, state, v);
	      lw_dfstate_put (state, v, false);
	      break;
	    }
	  if (report && bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_O))
	      && lw_cl_confirm_store (cx, v, ev->stmt))
	    lw_cl_report_store (cx, v, ev->stmt,
				bitmap_bit_p (&state->bits,
					      lw_cl_bit (v, LW_CL_B)));
	  lw_cl_forget_value (cx, state, v);
	  bitmap_set_bit (&state->bits, lw_cl_bit (v, LW_CL_O));
	  lw_dfstate_put (state, v, false);
	  break;
	case LW_EV_STORE_NONOWN:
	  lw_cl_forget_value (cx, state, v);
	  lw_dfstate_put (state, v, false);
	  break;
	case LW_EV_RELEASE_ADDR:
	  lw_cl_forget_value (cx, state, v);
	  lw_dfstate_put (state, v, false);
	  bitmap_set_bit (&state->bits, lw_cl_bit (v, LW_CL_A));
	  break;
	case LW_EV_RELEASE_VAL:
	  /* The loaded value was owned iff O was set: an escape of it
	     (a return, a store outward) matters only then.  A value already
	     released or taken ('conn_ref (c); *ret = c;'), or known to be
	     NULL or negative ('if (fd < 0) return fd;'), is not owned.  */
	  if (bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_O)))
	    bitmap_set_bit (&state->bits, lw_cl_bit (v, LW_CL_L));
	  else
	    bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_L));
	  if (bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_A)))
	    bitmap_set_bit (&state->bits, lw_cl_bit (v, LW_CL_LA));
	  else
	    bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_LA));
	  bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_A));
	  bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_O));
	  bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_B));
	  /* A call given the value after a conditional take may undo it
	     (hashmap_remove, a function that takes it in turn).  */
	  for (unsigned k = 0;
	       cx->vars[v].cond_takes && k < cx->vars[v].sites.length (); k++)
	    if (cx->sites[cx->vars[v].sites[k]].if_positive)
	      bitmap_clear_bit (&state->bits,
				nv * LW_CL_NBITS + cx->vars[v].sites[k]);
	  break;
	case LW_EV_ESCAPE:
	  if (bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_L))
	      || (cx->sites[ev->site].take
		  && bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_LA))))
	    bitmap_set_bit (&state->bits, nv * LW_CL_NBITS + ev->site);
	  break;
	case LW_EV_CLEANUP:
	  if (report)
	    {
	      if (lw_dfstate_in (state, v))
		lw_cl_report_uninit (cx, v, ev->stmt);
	      for (unsigned k = 0; k < cx->vars[v].sites.length (); k++)
		{
		  int s = cx->vars[v].sites[k];
		  if (!bitmap_bit_p (&state->bits, nv * LW_CL_NBITS + s))
		    continue;
		  if (cx->sites[s].take)
		    lw_cl_report_take (cx, &cx->sites[s], ev->stmt);
		  else
		    lw_cl_report_escape (cx, &cx->sites[s], ev->stmt);
		}
	    }
	  lw_cl_forget_value (cx, state, v);
	  break;
	case LW_EV_CLOBBER:
	  lw_cl_forget_value (cx, state, v);
	  lw_dfstate_put (state, v, true);
	  break;
	case LW_EV_PATH_END:
	  break;
	}
    }
}

/* The dataflow of one function: IN and OUT per block number, the entry,
   scratch; the states of edges out of dispatch blocks are in e->aux.  */
struct lw_cl_flow
{
  bitmap_obstack ob;
  lw_dfstate *in, *out, *entry, *cur, *tmp, *acc;
};

/* The state flowing along E into E->dest.  */
static void
lw_cl_edge_state (lw_cl_ctx *cx, lw_cl_flow *fl, edge e, lw_dfstate *dst)
{
  if (e->src == ENTRY_BLOCK_PTR_FOR_FN (cfun))
    lw_dfstate_copy (dst, fl->entry);
  else if (e->aux)
    lw_dfstate_copy (dst, (lw_dfstate *) e->aux);
  else
    lw_dfstate_copy (dst, &fl->out[e->src->index]);
  if (e->src != ENTRY_BLOCK_PTR_FOR_FN (cfun) && !e->aux)
    {
      lw_cl_bb *info = &cx->bbs[e->src->index];
      bool on_true = (e->flags & EDGE_TRUE_VALUE) != 0;
      bool on_false = (e->flags & EDGE_FALSE_VALUE) != 0;
      if (info->refine_var >= 0 && (info->refine_on_true ? on_true : on_false))
	lw_cl_forget_value (cx, dst, info->refine_var);
      int act = (on_true    ? info->take_on_true
		 : on_false ? info->take_on_false
			    : 0);
      /* ACT is nonzero only where lw_cl_scan_take_cond set TAKE_FIRST.  */
      if (act)
	lw_cl_refine_takes (cx, dst, info->take_first, act > 0);
    }
  if (e->src != ENTRY_BLOCK_PTR_FOR_FN (cfun)
      && cx->bbs[e->dest->index].ret_phi)
    lw_cl_refine_return (cx, dst, e);
  if (lw_back_edge_p (e) && lw_cl_once_p (cx, e->dest->loop_father))
    /* The body does not run again: only the exit test follows.  */
    bitmap_clear (&dst->bits);
  else if (lw_back_edge_p (e))
    /* B for each variable that owns a value (O).  */
    lw_dfstate_mark (dst, cx->vars.length () * LW_CL_NBITS, LW_CL_NBITS,
		     LW_CL_O, LW_CL_B);
}

/* The union of the states on the edges into BB.  */
static void
lw_cl_in_state (lw_cl_ctx *cx, lw_cl_flow *fl, basic_block bb, lw_dfstate *in)
{
  lw_dfstate_copy (in, NULL);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, bb->preds)
    if (!lw_ignored_edge_p (e))
      {
	lw_cl_edge_state (cx, fl, e, fl->tmp);
	lw_dfstate_ior (in, fl->tmp);
      }
}

/* For dispatch block BB: the state of each out edge, made only of the
   predecessors of its head whose constant selects that edge.  */
static void
lw_cl_dispatch_states (lw_cl_ctx *cx, lw_cl_flow *fl, basic_block bb)
{
  lw_cl_bb *info = &cx->bbs[bb->index];
  edge f;
  edge_iterator ei;
  FOR_EACH_EDGE (f, ei, bb->succs)
    {
      lw_dfstate_copy (fl->acc, NULL);
      for (unsigned i = 0; i < info->n_routes; i++)
	{
	  lw_cl_route *r = &cx->routes[info->first_route + i];
	  if ((r->out && r->out != f) || lw_ignored_edge_p (r->in))
	    continue;
	  lw_cl_edge_state (cx, fl, r->in, fl->tmp);
	  lw_dfstate_ior (fl->acc, fl->tmp);
	}
      /* Run the chain from the head down to BB (lw_cl_find_dispatch
	 checked that single edges lead from one to the other).  */
      auto_vec<basic_block, LW_CL_DISPATCH_DISTANCE + 1> chain;
      for (basic_block b = bb;; b = single_pred (b))
	{
	  chain.safe_push (b);
	  if (b == info->dispatch_head
	      || chain.length () > LW_CL_DISPATCH_DISTANCE)
	    break;
	}
      for (unsigned k = chain.length (); k-- > 0;)
	lw_cl_transfer (cx, chain[k], fl->acc, false);
      lw_dfstate_copy ((lw_dfstate *) f->aux, fl->acc);
    }
}

/* Solve the dataflow over the N blocks of RPO (states in FL).  False
   if it has no fixpoint or exceeds its budget (include/dfstate.h): then
   nothing is reported.

   Passes in RPO, but a block whose out-state changed sends the pass
   back to the loop header its back edge leads to, so each loop settles
   before the blocks after it are visited: without that, a change made
   around the back edge of one loop reached the next loop only one pass
   later, and a function with more loops in a row than
   LW_DFSTATE_MAX_PASSES had no fixpoint.  The returns are bounded by
   LW_DFSTATE_MAX_PASSES visits per block in all (then plain passes).  */
static bool
lw_cl_solve (lw_cl_ctx *cx, lw_cl_flow *fl, const int *rpo, int n)
{
  bool changed = true, over = false;
  /* In an order where each loop's blocks follow its header together,
     so that going back to a header runs that loop's blocks only.  */
  int *order = XNEWVEC (int, n_basic_blocks_for_fn (cx->fun));
  int m = lw_loop_rpo (cx->fun, order);
  if (m == n)
    rpo = order;
  unsigned long returns = LW_DFSTATE_MAX_PASSES * (unsigned long) n;
  int *pos = XNEWVEC (int, last_basic_block_for_fn (cx->fun));
  for (int i = 0; i < last_basic_block_for_fn (cx->fun); i++)
    pos[i] = -1;
  for (int i = 0; i < n; i++)
    pos[rpo[i]] = i;
  /* Once OVER, a pass does nothing and leaves CHANGED false.  */
  for (int iter = 0; changed && iter < LW_DFSTATE_MAX_PASSES; iter++)
    {
      changed = false;
      unsigned long left = LW_DFSTATE_PER_BB * (n + 16UL);
      int frontier = -1;
      for (int i = 0; i < n && !over;)
	{
	  basic_block b = BASIC_BLOCK_FOR_FN (cx->fun, rpo[i]);
	  lw_cl_in_state (cx, fl, b, fl->cur);
	  if (!lw_dfstate_equal (fl->cur, &fl->in[b->index]))
	    {
	      lw_dfstate_copy (&fl->in[b->index], fl->cur);
	      changed = true;
	    }
	  lw_cl_transfer (cx, b, fl->cur, false);
	  bool out_changed = !lw_dfstate_equal (fl->cur, &fl->out[b->index]);
	  lw_dfstate_copy (&fl->out[b->index], fl->cur);
	  if (cx->bbs[b->index].dispatch_head)
	    lw_cl_dispatch_states (cx, fl, b);
	  /* The budget is per pass: charged once per block.  */
	  if (i > frontier)
	    {
	      frontier = i;
	      over = !lw_dfstate_charge (&left, fl->cur);
	    }
	  int next = i + 1;
	  edge e;
	  edge_iterator ei;
	  if (out_changed && returns > 0)
	    FOR_EACH_EDGE (e, ei, b->succs)
	      if (pos[e->dest->index] >= 0 && pos[e->dest->index] <= i
		  && !lw_ignored_edge_p (e))
		next = MIN (next, pos[e->dest->index]);
	  if (next <= i)
	    returns--;
	  i = next;
	}
    }
  XDELETEVEC (pos);
  XDELETEVEC (order);
  if (over)
    lw_debug ("cleanup: %s: state budget exhausted, nothing reported",
	      function_name (cx->fun));
  else if (changed)
    lw_debug ("cleanup: %s: no fixpoint, nothing reported",
	      function_name (cx->fun));
  return !over && !changed;
}

/* Replay the solved dataflow once more, reporting; the confirming walks
   read the events of each statement (of uids below NUID) from a chain.  */
static void
lw_cl_report (lw_cl_ctx *cx, lw_cl_flow *fl, const int *rpo, int n,
	      unsigned nuid)
{
  cx->max_uid = nuid;
  cx->ev_head = XNEWVEC (int, nuid);
  cx->ev_next = XNEWVEC (int, cx->events.length () + 1);
  for (unsigned i = 0; i < nuid; i++)
    cx->ev_head[i] = -1;
  for (unsigned i = cx->events.length (); i-- > 0;)
    {
      unsigned u = gimple_uid (cx->events[i].stmt);
      cx->ev_next[i] = u < nuid ? cx->ev_head[u] : -1;
      if (u < nuid)
	cx->ev_head[u] = i;
    }
  bool had_dom = dom_info_available_p (CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  lw_budget_init (&cx->budget, cx->fun);
  for (int i = 0; i < n; i++)
    {
      basic_block b = BASIC_BLOCK_FOR_FN (cx->fun, rpo[i]);
      lw_dfstate_copy (fl->cur, &fl->in[b->index]);
      lw_cl_transfer (cx, b, fl->cur, true);
    }
  if (!had_dom)
    free_dominance_info (CDI_DOMINATORS);
}

static void
lw_cl_analyze (lw_cl_ctx *cx)
{
  function *fun = cx->fun;
  unsigned nuid = lw_cl_find_addresses (cx, fun);
  cx->bbs = XCNEWVEC (lw_cl_bb, last_basic_block_for_fn (fun));
  unsigned *last_store = XCNEWVEC (unsigned, cx->vars.length ());
  int *rpo = XNEWVEC (int, n_basic_blocks_for_fn (fun));
  int n = pre_and_rev_post_order_compute_fn (fun, NULL, rpo, false);
  /* Scan in RPO so a value's load is seen before most of its uses.  */
  for (int i = 0; i < n; i++)
    {
      basic_block b = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
      lw_cl_scan_bb (cx, b, last_store);
      lw_cl_find_dispatch (cx, b);
    }
  XDELETEVEC (last_store);
  lw_cl_find_return_phis (cx, fun);
  for (unsigned i = 0; i < cx->events.length (); i++)
    if (cx->events[i].var >= 0)
      cx->vars[cx->events[i].var].events.safe_push (i);
  lw_cl_find_once_loops (cx, fun);

  bool any = false;
  for (unsigned v = 0; v < cx->vars.length (); v++)
    any |= cx->vars[v].tracked;
  if (any)
    {
      unsigned nbb = last_basic_block_for_fn (fun);
      lw_cl_flow fl;
      bitmap_obstack_initialize (&fl.ob);
      fl.entry = lw_dfstate_new (4 + 2 * nbb, &fl.ob);
      fl.entry->inverted = true; /* U: every variable uninitialized.  */
      fl.cur = fl.entry + 1, fl.tmp = fl.entry + 2, fl.acc = fl.entry + 3;
      fl.in = fl.entry + 4, fl.out = fl.in + nbb;
      for (int i = 0; i < n; i++)
	{
	  basic_block b = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
	  if (!cx->bbs[b->index].dispatch_head)
	    continue;
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, b->succs)
	    e->aux = lw_dfstate_new (1, &fl.ob);
	}
      if (lw_cl_solve (cx, &fl, rpo, n))
	lw_cl_report (cx, &fl, rpo, n, nuid);
      for (int i = 0; i < n; i++)
	{
	  basic_block b = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, b->succs)
	    e->aux = NULL;
	}
      bitmap_obstack_release (&fl.ob);
    }
  XDELETEVEC (rpo);
}

/* Free everything CX holds.  */
static void
lw_cl_ctx_release (lw_cl_ctx *cx)
{
  for (unsigned i = 0; i < cx->vars.length (); i++)
    {
      cx->vars[i].clobber_bbs.release ();
      cx->vars[i].sites.release ();
      cx->vars[i].events.release ();
    }
  cx->vars.release ();
  cx->events.release ();
  cx->sites.release ();
  cx->routes.release ();
  delete cx->index;
  delete cx->take_sites;
  delete cx->sole_store;
  if (cx->local_reads)
    {
      for (hash_map<tree, bitmap>::iterator it = cx->local_reads->begin ();
	   it != cx->local_reads->end (); ++it)
	BITMAP_FREE ((*it).second);
      delete cx->local_reads;
    }
  XDELETEVEC (cx->bbs);
  XDELETEVEC (cx->addr_var);
  XDELETEVEC (cx->carrier_var);
  XDELETEVEC (cx->carrier_root);
  XDELETEVEC (cx->use_flags);
  XDELETEVEC (cx->once_loop);
  XDELETEVEC (cx->ev_head);
  XDELETEVEC (cx->ev_next);
}

void
lw_check_cleanup (function *fun)
{
  if (!fun->cfg || !fun->gimple_df || !current_loops
      || loops_state_satisfies_p (fun, LOOPS_NEED_FIXUP))
    return;
  lw_cl_ctx cx;
  memset (&cx, 0, sizeof (cx));
  cx.fun = fun;
  cx.index = new hash_map<tree, int>;
  lw_cl_collect_vars (&cx, fun);
  if (cx.vars.length () > 0)
    {
      lw_debug ("cleanup: %s: %u cleanup variables", function_name (fun),
		cx.vars.length ());
      lw_cl_analyze (&cx);
    }
  lw_cl_ctx_release (&cx);
}
