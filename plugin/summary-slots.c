/* summary-slots.c: the local aggregates of a function that a summary
   (summary.c) follows values through.

   'struct rec r; r.t = t; printf ("%lu", r.t);' keeps nothing: the
   value only passes through R, a local of the function.  A slot is a
   local variable in memory (an aggregate) whose address is never taken
   and that is only stored into and loaded from into SSA names: never
   copied whole, passed, returned or reached otherwise.  A parameter's
   value stored into a slot is then not "kept": it flows on to the SSA
   names loaded from the slot (any field: a slot is one place), whose
   uses the summary classifies as usual.  Anything else that mentions
   the variable makes it no slot, and its stores keep the value as
   before.  Finding the slots is one walk over the function's
   statements; a slot's loads are revisited only when its mask grows
   (at most once per parameter bit).  */

#include "leakwatch-int.h"
#include "gimple-walk.h"

struct lw_slot
{
  unsigned mask;
  bool bad;
  vec<tree> loads; /* SSA names loaded from it.  */
};

struct lw_slots
{
  hash_map<tree, int> index;
  vec<lw_slot> slots;
};

/* The variable a memory reference REF is part of, if it may be a slot:
   a local variable in memory whose address is never taken.  */
static tree
lw_slot_base (tree fndecl, tree ref)
{
  if (!ref || (!handled_component_p (ref) && !VAR_P (ref)))
    return NULL_TREE;
  tree base = get_base_address (ref);
  if (!base || !VAR_P (base) || is_global_var (base) || TREE_ADDRESSABLE (base)
      || DECL_CONTEXT (base) != fndecl || TREE_THIS_VOLATILE (base)
      || is_gimple_reg (base))
    return NULL_TREE;
  return base;
}

static int
lw_slot_get (lw_slots *s, tree decl)
{
  bool existed;
  int &i = s->index.get_or_insert (decl, &existed);
  if (!existed)
    {
      lw_slot slot = { 0, false, vNULL };
      i = s->slots.length ();
      s->slots.safe_push (slot);
    }
  return i;
}

struct lw_slot_walk
{
  lw_slots *s;
  tree fndecl;
  tree allowed; /* The one mention this statement may make.  */
};

/* Any other mention of a variable that could be a slot makes it none.  */
static tree
lw_slot_mention (tree *tp, int *walk_subtrees, void *data)
{
  walk_stmt_info *wi = (walk_stmt_info *) data;
  lw_slot_walk *w = (lw_slot_walk *) wi->info;
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (VAR_P (*tp) && lw_slot_base (w->fndecl, *tp) == *tp)
    {
      int i = lw_slot_get (w->s, *tp);
      if (*tp != w->allowed)
	w->s->slots[i].bad = true;
    }
  return NULL_TREE;
}

lw_slots *
lw_slots_find (function *fun)
{
  lw_slots *s = new lw_slots;
  s->slots = vNULL;
  tree fndecl = fun->decl;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt) || gimple_clobber_p (stmt))
	  continue;
	lw_slot_walk w = { s, fndecl, NULL_TREE };
	gassign *a = dyn_cast<gassign *> (stmt);
	if (a && gimple_assign_single_p (a))
	  {
	    tree lhs = gimple_assign_lhs (a), rhs = gimple_assign_rhs1 (a);
	    tree st = lw_slot_base (fndecl, lhs),
		 ld = lw_slot_base (fndecl, rhs);
	    /* 'r.t = x' (X an SSA name or a constant), or '_1 = r.t'.  */
	    if (st && !ld
		&& (TREE_CODE (rhs) == SSA_NAME || CONSTANT_CLASS_P (rhs)
		    || (TREE_CODE (rhs) == CONSTRUCTOR
			&& CONSTRUCTOR_NELTS (rhs) == 0)))
	      w.allowed = st;
	    else if (ld && TREE_CODE (lhs) == SSA_NAME)
	      {
		w.allowed = ld;
		s->slots[lw_slot_get (s, ld)].loads.safe_push (lhs);
	      }
	  }
	walk_stmt_info wi;
	memset (&wi, 0, sizeof (wi));
	wi.info = &w;
	walk_gimple_op (stmt, lw_slot_mention, &wi);
      }
  return s;
}

int
lw_slots_store (lw_slots *s, tree fndecl, gimple *stmt)
{
  gassign *a = dyn_cast<gassign *> (stmt);
  if (!s || !a || !gimple_assign_single_p (a) || gimple_clobber_p (a))
    return -1;
  tree base = lw_slot_base (fndecl, gimple_assign_lhs (a));
  int *i = base ? s->index.get (base) : NULL;
  return i && !s->slots[*i].bad ? *i : -1;
}

const vec<tree> *
lw_slots_add (lw_slots *s, int slot, unsigned mask, unsigned *all)
{
  lw_slot *sl = &s->slots[slot];
  if ((sl->mask | mask) == sl->mask)
    return NULL;
  sl->mask |= mask;
  *all = sl->mask;
  return &sl->loads;
}

void
lw_slots_free (lw_slots *s)
{
  if (!s)
    return;
  for (unsigned i = 0; i < s->slots.length (); i++)
    s->slots[i].loads.release ();
  s->slots.release ();
  delete s;
}
