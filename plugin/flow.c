/* flow.c: CFG walks shared by the checkers.

   lw_walk_from explores the paths that leave a statement, over normal
   edges only (exception and abnormal edges are ignored, so results do
   not change with -fexceptions), until each path is stopped by the
   client or reaches the function's exit.  Each path carries a few facts
   about values ("r_5 == 0", "c_2 != 0") learnt from the conditions it
   took and the PHI arguments it came through, so a path on which a
   condition is known does not take the other branch: "created under
   if (c), joined under a later if (c)" has no leaking path.

   Cost: each (block, fact set) state is visited once, at most
   LW_MAX_STATES_PER_BB states per block, and every walk of a function
   draws on one budget, LW_WALK_STATES_PER_BB per block, so a
   function costs O(size) whatever its shape.  When the budget runs out
   the walk answers "unknown" and the checker stays silent.  */

#include "leakwatch-int.h"

/* Edge kinds no check follows: exceptions, abnormal and fake edges.  */
bool
lw_ignored_edge_p (edge e)
{
  return (e->flags & (EDGE_EH | EDGE_ABNORMAL | EDGE_FAKE)) != 0;
}

bool
lw_back_edge_p (edge e)
{
  class loop *l = e->dest->loop_father;
  return l && loop_outer (l) && l->header == e->dest
	 && flow_bb_inside_loop_p (l, e->src);
}

/* The phase of lw_loop_rpo in which the edge from SRC to DEST is taken:
   0 leaves a loop, 1 stays at the same depth, 2 enters a loop.  */
static int
lw_edge_phase (basic_block src, basic_block dest)
{
  unsigned from = loop_depth (src->loop_father);
  unsigned to = loop_depth (dest->loop_father);
  return to < from ? 0 : to == from ? 1 : 2;
}

int
lw_loop_rpo (function *fun, int *rpo)
{
  int nb = last_basic_block_for_fn (fun);
  auto_sbitmap visited (nb);
  bitmap_clear (visited);
  /* A frame: the block, the phase and the index of its next edge.  */
  auto_vec<basic_block, 32> stack;
  auto_vec<int, 32> phase, next;
  int n = n_basic_blocks_for_fn (fun) - NUM_FIXED_BLOCKS, post = n;
  basic_block entry = ENTRY_BLOCK_PTR_FOR_FN (fun);
  basic_block exit = EXIT_BLOCK_PTR_FOR_FN (fun);
  stack.safe_push (entry);
  phase.safe_push (0);
  next.safe_push (0);
  while (!stack.is_empty ())
    {
      unsigned top = stack.length () - 1;
      basic_block bb = stack[top];
      basic_block succ = NULL;
      while (!succ && phase[top] < 3)
	{
	  if ((unsigned) next[top] >= EDGE_COUNT (bb->succs))
	    {
	      phase[top]++;
	      next[top] = 0;
	      continue;
	    }
	  basic_block d = EDGE_SUCC (bb, next[top])->dest;
	  next[top]++;
	  if (d != exit && !bitmap_bit_p (visited, d->index)
	      && (bb == entry || lw_edge_phase (bb, d) == phase[top]))
	    succ = d;
	}
      if (succ)
	{
	  bitmap_set_bit (visited, succ->index);
	  stack.safe_push (succ);
	  phase.safe_push (0);
	  next.safe_push (0);
	  continue;
	}
      stack.pop ();
      phase.pop ();
      next.pop ();
      if (bb != entry && post > 0)
	rpo[--post] = bb->index;
    }
  /* Blocks not reached from the entry are left out: shift down.  */
  int m = n - post;
  if (post > 0)
    memmove (rpo, rpo + post, m * sizeof (int));
  return m;
}

tree
lw_strip_copies (tree name, bool casts)
{
  for (int i = 0;
       i < LW_COPY_CHAIN_MAX && name && TREE_CODE (name) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (!is_gimple_assign (def))
	break;
      enum tree_code code = gimple_assign_rhs_code (def);
      tree op = gimple_assign_rhs1 (def);
      if (code == SSA_NAME)
	;
      else if (casts && CONVERT_EXPR_CODE_P (code))
	;
      else if (casts && code == VIEW_CONVERT_EXPR)
	op = TREE_OPERAND (op, 0);
      else
	break;
      name = op;
    }
  return name;
}

tree
lw_constant_through_copies (tree t)
{
  t = lw_strip_copies (t, false);
  if (t && TREE_CODE (t) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (t))
    {
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (gimple_assign_single_p (def))
	t = gimple_assign_rhs1 (def);
    }
  return t && TREE_CODE (t) == INTEGER_CST ? t : NULL_TREE;
}

#define LW_WALK_STATES_PER_BB 32

void
lw_budget_init (lw_budget *b, function *fun)
{
  b->left = LW_WALK_STATES_PER_BB * (n_basic_blocks_for_fn (fun) + 16L);
}

#define LW_MAX_STATES_PER_BB 4

/* A walk's states in one block: their facts, on the walk's obstack.  */
struct lw_seen
{
  unsigned n;
  lw_facts *at[LW_MAX_STATES_PER_BB];
};

/* A location that points somewhere (not an unknown one with a block).  */
static bool
lw_known_loc (location_t loc)
{
  return LOCATION_LOCUS (loc) != UNKNOWN_LOCATION;
}

struct lw_state
{
  basic_block bb;
  location_t from_loc; /* The last place the path went through.  */
  bool from_return;    /* FROM_LOC is that of a return statement.  */
  int trail;	       /* The edge that led here, in the walk's trail.  */
  lw_facts facts;
};

/* The walk's trail: each state reached records the edge it came by and
   the trail entry of the state it came from, so the path to any state
   can be read back.  One entry per state, so linear like the walk.  */
struct lw_trail
{
  edge e;
  int parent;
};

/* Put into *PATH the edges from the walk's start to trail entry AT.  */
static void
lw_trail_path (const vec<lw_trail> &trail, int at, vec<edge> *path)
{
  path->truncate (0);
  for (int i = at; i >= 0; i = trail[i].parent)
    path->safe_push (trail[i].e);
  path->reverse ();
}

lw_walk_result
lw_walk_from (gimple *start, const lw_facts &start_facts, lw_stop_fn stop,
	      void *data, lw_budget *budget, bool exit_is_final,
	      vec<edge> *path)
{
  lw_walk_result res;
  res.kind = LW_WALK_NONE;
  res.exit_loc = UNKNOWN_LOCATION;
  res.stopped_at = NULL;

  hash_map<int_hash<int, -1, -2>, lw_seen> seen;
  struct obstack seen_facts; /* No allocation per block.  */
  gcc_obstack_init (&seen_facts);
  auto_vec<lw_state> work;
  auto_vec<lw_trail> trail;

  /* The rest of START's block first.  */
  gimple_stmt_iterator gsi = gsi_for_stmt (start);
  gsi_next (&gsi);
  lw_state first;
  first.bb = gimple_bb (start);
  first.facts = start_facts;
  first.from_loc = gimple_location (start);
  first.from_return = false;
  first.trail = -1;
  bool first_block = true;
  lw_state cur = first;

  for (;;)
    {
      bool stopped = false;
      if (!first_block)
	gsi = gsi_start_bb (cur.bb);
      for (; !gsi_end_p (gsi); gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  if (is_gimple_debug (s))
	    continue;
	  /* A name defined again (round a loop) loses its old facts.  */
	  tree def = gimple_get_lhs (s);
	  if (def && TREE_CODE (def) == SSA_NAME)
	    lw_facts_kill (&cur.facts, def);
	  else if (def && gimple_assign_single_p (s) && !gimple_clobber_p (s))
	    lw_facts_store (&cur.facts, def, gimple_assign_rhs1 (s));
	  /* A failed assertion ends the path, even if the call returns
	     (GLib's non-fatal test mode).  */
	  if (lw_assert_fail_call_p (s))
	    {
	      stopped = true;
	      break;
	    }
	  int r = stop (s, data);
	  if (r == LW_STOP_PATH)
	    {
	      stopped = true;
	      break;
	    }
	  if (r == LW_STOP_REPORT)
	    {
	      /* A definite event (a handle overwritten, an object
		 destroyed) answers the question: stop.  */
	      res.kind = LW_WALK_STOPPED;
	      res.stopped_at = s;
	      if (path)
		lw_trail_path (trail, cur.trail, path);
	      goto out;
	    }
	  /* A merged return statement carries the location of one of the
	     returns; the jump that reached it says which.  */
	  if (lw_known_loc (gimple_location (s))
	      && gimple_code (s) != GIMPLE_LABEL && !gimple_clobber_p (s)
	      && (gimple_code (s) != GIMPLE_RETURN || !cur.from_return))
	    {
	      cur.from_loc = gimple_location (s);
	      cur.from_return = gimple_code (s) == GIMPLE_RETURN;
	    }
	}
      first_block = false;

      if (!stopped)
	{
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, cur.bb->succs)
	    {
	      if (e->flags & (EDGE_EH | EDGE_ABNORMAL | EDGE_FAKE))
		continue;
	      if (!lw_edge_possible (cur.facts, e))
		continue;
	      if (e->dest == EXIT_BLOCK_PTR_FOR_FN (cfun))
		{
		  /* The first path to the exit is the one reported,
		     unless a definite event turns up later.  */
		  if (res.kind != LW_WALK_EXIT)
		    {
		      res.kind = LW_WALK_EXIT;
		      /* Falling off the end: the caller names the closing
			 brace.  */
		      res.exit_loc
			= cur.from_return ? cur.from_loc : UNKNOWN_LOCATION;
		      if (path)
			{
			  lw_trail_path (trail, cur.trail, path);
			  path->safe_push (e);
			}
		    }
		  if (exit_is_final)
		    goto out;
		  continue;
		}
	      lw_state next;
	      next.bb = e->dest;
	      next.facts = cur.facts;
	      lw_facts_take_edge (&next.facts, e);
	      /* An edge with a location is a lowered "return" or
		 "goto".  */
	      next.from_loc = (lw_known_loc (e->goto_locus) ? e->goto_locus
							    : cur.from_loc);
	      next.from_return
		= lw_known_loc (e->goto_locus) || cur.from_return;
	      /* Been in this block with these facts?  (New entries: 0.)  */
	      lw_seen &v = seen.get_or_insert (e->dest->index);
	      bool dup = false;
	      for (unsigned i = 0; i < v.n && !dup; i++)
		dup = lw_facts_equal (*v.at[i], next.facts);
	      if (dup || v.n >= LW_MAX_STATES_PER_BB)
		continue;
	      v.at[v.n] = XOBNEW (&seen_facts, lw_facts);
	      *v.at[v.n++] = next.facts;
	      lw_trail t = { e, cur.trail };
	      next.trail = trail.length ();
	      trail.safe_push (t);
	      if (--budget->left < 0)
		{
		  /* An exit already found stands; otherwise unknown.  */
		  if (res.kind != LW_WALK_EXIT)
		    res.kind = LW_WALK_UNKNOWN;
		  goto out;
		}
	      work.safe_push (next);
	    }
	}
      if (work.is_empty ())
	break;
      cur = work.pop ();
    }
out:
  obstack_free (&seen_facts, NULL);
  return res;
}

/* Branches shown in a finding's path.  A longer path shows its last
   ones, nearest the leak, after an event at the first one left out
   saying how many were: a path through a large function stays
   readable.  */
#define LW_PATH_MAX_BRANCHES 16

void
lw_path_branches (lw_path *finding, const vec<edge> &path)
{
  auto_vec<edge> branches;
  for (edge e : path)
    {
      gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (e->src));
      if (cond && (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))
	  && lw_known_loc (gimple_location (cond)))
	branches.safe_push (e);
    }
  unsigned skip = 0;
  if (branches.length () > LW_PATH_MAX_BRANCHES)
    {
      skip = branches.length () - LW_PATH_MAX_BRANCHES;
      lw_path_event (finding,
		     gimple_location (lw_last_stmt (branches[0]->src)),
		     "%E branches not shown, from here on",
		     build_int_cst (integer_type_node, skip));
    }
  for (unsigned i = skip; i < branches.length (); i++)
    {
      edge e = branches[i];
      lw_path_event (finding, gimple_location (lw_last_stmt (e->src)),
		     (e->flags & EDGE_TRUE_VALUE)
		       ? "following %<true%> branch"
		       : "following %<false%> branch",
		     NULL_TREE);
    }
}
