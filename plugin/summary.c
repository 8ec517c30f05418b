/* summary.c: what each function of this translation unit does with its
   parameters, for the calls to it (call-effects.c).

   Order.  The pass sits in GCC's pass_build_ssa_passes, a simple IPA
   pass whose GIMPLE sub-passes run function after function through
   do_per_function_toporder: in the reverse of ipa_reverse_postorder
   (passes.cc), which puts every function after all of its callers, so
   callees come first, whether they are defined before or after their
   callers in the file.  The pass computes a function's summary when it
   runs on that function, before the checkers, so the summaries of its
   callees are there when its checkers look at its calls.  Only a cycle
   of calls (recursion) is broken arbitrarily: the call that closes it
   finds no summary, and its arguments are LW_ARG_UNKNOWN.  The
   -fplugin-arg-leakwatch-debug trace prints each summary when it is
   made (testsuite/leakwatch.driver/summary-order.c checks the order).

   What a summary says.  For each parameter of pointer or integer type
   (at most LW_SUMMARY_MAX_PARMS), one lw_arg_effect: the SSA names that
   may hold the parameter's value (copies, conversions, arithmetic, PHIs,
   addresses computed from it, pointers returned by calls given it, and
   loads from local aggregates it was stored into that never leave the
   function: summary-slots.c) are followed through the whole body, and
   each use is classified:
     compared, tested, dereferenced (read or written through): READS;
     stored into memory, or returned: KEEPS;
     passed to a call: that call's lw_call_arg_effect for the argument;
     anything else (asm, ...): UNKNOWN.
   The worst use decides, in the order UNKNOWN, KEEPS, FREES, RELEASES
   (any of them ends tracking at the call, as a hand-off did before).
   A parameter that would be READS is ALLOCATES_INTO when some path
   stores a new object through it ('*out = p' with P the result of a
   malloc-like call that nothing else keeps, or 'vasprintf (out, ...)')
   and no path reads the old '*out' or passes OUT to anything else: a
   load of '*out' is allowed only after a store to it in the same block,
   to be compared ('*out = malloc (n); if (*out == NULL) ...').

   Availability.  A summary is used only for a direct call to a function
   defined here that cannot be replaced: not weak, not interposable (a
   global function under -fPIC with semantic interposition), not an
   alias, not external (gnu_inline), not a nested function using its
   parent's frame (a static chain), not noipa.  Any doubt
   is LW_ARG_UNKNOWN.

   State.  The summaries are unit-level state: one struct below, filled
   as the pass runs on each function and freed at the end of the unit
   (PLUGIN_FINISH_UNIT).  Keys are DECL_UIDs, which are never reused.
   Computing one is linear in the size of its function (each SSA name
   is revisited at most once per parameter bit).  */

#include "leakwatch-int.h"
#include "tree-dfa.h"

/* Parameters past this many are not summarised (their arguments are
   LW_ARG_UNKNOWN): one bit each in the masks below.  */
#define LW_SUMMARY_MAX_PARMS 32

/* The fresh value stored through an out-parameter is followed through
   at most this many SSA names (copies of it); more: not fresh.  */
#define LW_SUMMARY_MAX_FRESH_NAMES 16

static struct
{
  /* DECL_UID of a summarised function -> index in EFFECTS of its
     number of parameters, its LW_SUCC_* relation, then one
     lw_arg_effect per parameter.  */
  hash_map<int_hash<int, -1, -2>, unsigned> *index;
  vec<unsigned char> effects;
} lw_sums;

void
lw_summaries_release (void *, void *)
{
  delete lw_sums.index;
  lw_sums.index = NULL;
  lw_sums.effects.release ();
}

/* Bits of what a parameter's uses do.  */
enum
{
  LW_SB_FREE = 1,
  LW_SB_KEEP = 2,
  LW_SB_RELEASE = 4,
  LW_SB_UNKNOWN = 8,
  LW_SB_FRESH = 16,	/* A new object is stored through it.  */
  LW_SB_BAD_ALLOC = 32, /* The old '*p' is read, or P goes elsewhere.  */
};

/* How a function that allocates into one parameter tells, by its
   result, that it did (alloc-success.c).  */
enum
{
  LW_SUCC_UNKNOWN,
  LW_SUCC_GE0,
  LW_SUCC_EQ0,
  LW_SUCC_NE0
};

/* The summary being made of one function.  */
struct lw_sum_ctx
{
  function *fun;
  unsigned nparms;
  tree parms[LW_SUMMARY_MAX_PARMS];
  unsigned char bits[LW_SUMMARY_MAX_PARMS];
  /* Per SSA version: the parameters whose value it may hold.  */
  auto_vec<unsigned> mask;
  auto_vec<tree> work;
  /* The statements that store a new object through a parameter, and
     which parameters (exactly) they store through.  */
  auto_vec<gimple *> fresh_stmts;
  auto_vec<unsigned> fresh_masks;
  /* Local aggregates values pass through (summary-slots.c).  */
  lw_slots *slots;
};

/* Whether calls to FNDECL may use its body here: see "Availability".  */
static bool
lw_sum_usable_p (tree fndecl)
{
  /* A nested function that reaches its parent's frame has a static
     chain; one without is an ordinary function.  (With -flto GCC sets
     the context of local classes' members, lambdas, to the function.)  */
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || DECL_EXTERNAL (fndecl)
      || DECL_STATIC_CHAIN (fndecl)
      || lookup_attribute ("noipa", DECL_ATTRIBUTES (fndecl)))
    return false;
  cgraph_node *node = cgraph_node::get (fndecl);
  return (node && node->definition && !node->alias
	  && node->get_availability () >= AVAIL_AVAILABLE);
}

static void
lw_sum_set (lw_sum_ctx *cx, unsigned m, unsigned bits)
{
  for (unsigned i = 0; m && i < cx->nparms; i++, m >>= 1)
    if (m & 1)
      cx->bits[i] |= bits;
}

static unsigned
lw_sum_mask (const lw_sum_ctx *cx, tree t)
{
  return (t && TREE_CODE (t) == SSA_NAME ? cx->mask[SSA_NAME_VERSION (t)] : 0);
}

/* The parameter T is exactly (through copies and conversions, not
   arithmetic): its bit, or 0.  An object stored through '*T' is then
   stored into the variable whose address the caller passed.  */
static unsigned
lw_sum_exact (const lw_sum_ctx *cx, tree t)
{
  for (int i = 0; i < 8 && t && TREE_CODE (t) == SSA_NAME; i++)
    {
      if (SSA_NAME_IS_DEFAULT_DEF (t))
	{
	  for (unsigned k = 0; k < cx->nparms; k++)
	    if (cx->parms[k] == SSA_NAME_VAR (t))
	      return 1u << k;
	  return 0;
	}
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (!is_gimple_assign (def)
	  || !(gimple_assign_single_p (def)
	       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	return 0;
      t = gimple_assign_rhs1 (def);
    }
  return 0;
}

/* walk_tree callback: the masks of every SSA name, into DATA.  */
struct lw_sum_walk
{
  const lw_sum_ctx *cx;
  unsigned m;
};

static tree
lw_sum_any_ssa (tree *tp, int *walk_subtrees, void *data)
{
  lw_sum_walk *w = (lw_sum_walk *) data;
  if (TREE_CODE (*tp) == SSA_NAME)
    w->m |= lw_sum_mask (w->cx, *tp);
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* The parameters whose values operand OP uses, into *VAL when OP uses
   them as values (copies, arithmetic, an address computed from them)
   and into *ADDR when only to reach memory (the base of a dereference,
   an index).  DEREF: OP is a memory reference read or written.  */
static void
lw_sum_operand (const lw_sum_ctx *cx, tree op, bool deref, unsigned *val,
		unsigned *addr)
{
  if (!op)
    return;
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      *(deref ? addr : val) |= lw_sum_mask (cx, op);
      return;
    case ADDR_EXPR:
      /* '&p->f' is a pointer computed from P.  */
      lw_sum_operand (cx, TREE_OPERAND (op, 0), false, val, addr);
      return;
    case MEM_REF:
    case TARGET_MEM_REF:
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
    case COMPONENT_REF:
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      for (int k = 0; k < TREE_OPERAND_LENGTH (op); k++)
	lw_sum_operand (cx, TREE_OPERAND (op, k), deref, val, addr);
      return;
    default:
      if (CONSTANT_CLASS_P (op) || DECL_P (op))
	return;
      {
	lw_sum_walk w = { cx, 0 };
	walk_tree_without_duplicates (&op, lw_sum_any_ssa, &w);
	*val |= w.m;
      }
      return;
    }
}

static bool
lw_sum_is_ref (tree op)
{
  return (op
	  && (handled_component_p (op) || TREE_CODE (op) == MEM_REF
	      || TREE_CODE (op) == TARGET_MEM_REF));
}

/* Whether the value CALL returns may be the one of its argument A (or
   computed from it): said so by GCC, or a pointer that may point into
   A, unless it is a new object (strdup), or an integer as wide as A
   from a builtin or a const or pure function.  The other functions that
   only read A (the table, format functions, summaries, which say KEEPS
   for a returned parameter) do not return it.  */
static bool
lw_sum_result_carries (gcall *call, unsigned a)
{
  int rf = gimple_call_return_flags (call);
  if ((rf & ERF_RETURNS_ARG) && (unsigned) (rf & ERF_RETURN_ARG_MASK) == a)
    return true;
  tree lhs = gimple_call_lhs (call);
  if (!lhs || lw_call_new_object_p (call))
    return false;
  tree lt = TREE_TYPE (lhs), at = TREE_TYPE (gimple_call_arg (call, a));
  if (POINTER_TYPE_P (lt))
    return POINTER_TYPE_P (at);
  tree fndecl = gimple_call_fndecl (call);
  return (INTEGRAL_TYPE_P (lt) && INTEGRAL_TYPE_P (at)
	  && TYPE_PRECISION (lt) >= TYPE_PRECISION (at)
	  && ((gimple_call_flags (call) & (ECF_CONST | ECF_PURE))
	      || gimple_call_internal_p (call)
	      || (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))));
}

/* The parameters whose value STMT's SSA result may hold.  */
static unsigned
lw_sum_result_mask (const lw_sum_ctx *cx, gimple *stmt)
{
  unsigned val = 0, addr = 0;
  if (gassign *a = dyn_cast<gassign *> (stmt))
    {
      if (TREE_CODE (gimple_assign_lhs (a)) != SSA_NAME
	  || TREE_CODE_CLASS (gimple_assign_rhs_code (a)) == tcc_comparison)
	return 0;
      for (unsigned i = 1; i < gimple_num_ops (a); i++)
	{
	  tree op = gimple_op (a, i);
	  lw_sum_operand (cx, op, lw_sum_is_ref (op), &val, &addr);
	}
      return val;
    }
  if (gcall *call = dyn_cast<gcall *> (stmt))
    {
      tree lhs = gimple_call_lhs (call);
      if (!lhs || TREE_CODE (lhs) != SSA_NAME)
	return 0;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	if (lw_sum_result_carries (call, i))
	  val |= lw_sum_mask (cx, gimple_call_arg (call, i));
      return val;
    }
  return 0;
}

static void
lw_sum_add (lw_sum_ctx *cx, tree name, unsigned m)
{
  if (!m || !name || TREE_CODE (name) != SSA_NAME)
    return;
  unsigned &cur = cx->mask[SSA_NAME_VERSION (name)];
  if ((cur | m) == cur)
    return;
  cur |= m;
  cx->work.safe_push (name);
}

/* Every SSA name that may hold a parameter's value.  */
static void
lw_sum_closure (lw_sum_ctx *cx)
{
  while (!cx->work.is_empty ())
    {
      tree name = cx->work.pop ();
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, name)
	{
	  int slot = lw_slots_store (cx->slots, cx->fun->decl, use);
	  unsigned all;
	  if (gphi *phi = dyn_cast<gphi *> (use))
	    lw_sum_add (cx, gimple_phi_result (phi), lw_sum_mask (cx, name));
	  else if (slot >= 0)
	    {
	      /* Stored into a slot: on to what is loaded from it.  */
	      const vec<tree> *loads
		= lw_slots_add (cx->slots, slot, lw_sum_mask (cx, name), &all);
	      for (unsigned k = 0; loads && k < loads->length (); k++)
		lw_sum_add (cx, (*loads)[k], all);
	    }
	  else if (is_gimple_assign (use) || is_gimple_call (use))
	    lw_sum_add (cx, gimple_get_lhs (use),
			lw_sum_result_mask (cx, use));
	}
    }
}

/* Whether every use of NAME only compares it.  */
static bool
lw_sum_only_compared (tree name)
{
  imm_use_iterator it;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, it, name)
    {
      gimple *use = USE_STMT (use_p);
      if (is_gimple_debug (use) || gimple_code (use) == GIMPLE_COND)
	continue;
      if (is_gimple_assign (use)
	  && TREE_CODE_CLASS (gimple_assign_rhs_code (use)) == tcc_comparison)
	continue;
      return false;
    }
  return true;
}

/* Whether V, stored by STORE, is a new object that only STORE keeps:
   made by a malloc-like call, and otherwise only compared, written or
   read through, or given to calls that only read it.  */
static bool
lw_sum_fresh_p (tree v, gimple *store)
{
  for (int i = 0; i < 8 && TREE_CODE (v) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (v);
      if (!is_gimple_assign (def)
	  || !(gimple_assign_single_p (def)
	       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
	  || TREE_CODE (gimple_assign_rhs1 (def)) != SSA_NAME)
	break;
      v = gimple_assign_rhs1 (def);
    }
  if (TREE_CODE (v) != SSA_NAME)
    return false;
  gcall *alloc = dyn_cast<gcall *> (SSA_NAME_DEF_STMT (v));
  if (!alloc || !lw_call_new_object_p (alloc))
    return false;
  auto_vec<tree, LW_SUMMARY_MAX_FRESH_NAMES> names;
  names.quick_push (v);
  for (unsigned k = 0; k < names.length (); k++)
    {
      imm_use_iterator it;
      use_operand_p use_p;
      FOR_EACH_IMM_USE_FAST (use_p, it, names[k])
	{
	  gimple *use = USE_STMT (use_p);
	  tree name = names[k];
	  if (use == store || is_gimple_debug (use)
	      || gimple_code (use) == GIMPLE_COND)
	    continue;
	  tree follow = NULL_TREE;
	  if (gassign *a = dyn_cast<gassign *> (use))
	    {
	      tree lhs = gimple_assign_lhs (a);
	      enum tree_code code = gimple_assign_rhs_code (a);
	      if (TREE_CODE_CLASS (code) == tcc_comparison)
		continue;
	      if (TREE_CODE (lhs) == SSA_NAME
		  && (code == SSA_NAME || CONVERT_EXPR_CODE_P (code)
		      || code == POINTER_PLUS_EXPR)
		  && gimple_assign_rhs1 (a) == name)
		follow = lhs;
	      else
		for (unsigned i = 1; i < gimple_num_ops (a); i++)
		  if (gimple_op (a, i) == name)
		    return false; /* Stored, or computed with.  */
	      /* Otherwise NAME only leads to memory ('p[i] = c').  */
	    }
	  else if (gcall *call = dyn_cast<gcall *> (use))
	    {
	      if (gimple_call_lhs (call) == name)
		return false;
	      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
		if (gimple_call_arg (call, i) == name)
		  {
		    if (lw_call_arg_effect (call, i) != LW_ARG_READS)
		      return false;
		    if (lw_sum_result_carries (call, i))
		      follow = gimple_call_lhs (call);
		  }
	      if (follow && TREE_CODE (follow) != SSA_NAME)
		return false;
	    }
	  else
	    return false; /* Returned, merged in a PHI, ...  */
	  if (follow)
	    {
	      if (names.length () == LW_SUMMARY_MAX_FRESH_NAMES)
		return false;
	      names.quick_push (follow);
	    }
	}
    }
  return true;
}

/* A store of VAL (a call when VAL is NULL_TREE: CALL) through LHS, a
   memory reference whose address uses the parameters in ADDR.  STORED:
   the parameters a new object was stored through in this block.  */
static void
lw_sum_store_through (lw_sum_ctx *cx, gimple *stmt, tree lhs, tree val,
		      unsigned addr, unsigned *stored)
{
  if (!addr)
    return;
  tree base = TREE_CODE (lhs) == MEM_REF ? TREE_OPERAND (lhs, 0) : NULL_TREE;
  if (!base || !integer_zerop (TREE_OPERAND (lhs, 1))
      || !POINTER_TYPE_P (TREE_TYPE (lhs)) || lw_sum_exact (cx, base) != addr)
    {
      /* Written elsewhere through it: no plain allocator.  */
      lw_sum_set (cx, addr, LW_SB_BAD_ALLOC);
      return;
    }
  bool fresh;
  if (val)
    {
      if (integer_zerop (val))
	return; /* '*out = NULL' loses nothing new.  */
      fresh = lw_sum_fresh_p (val, stmt);
    }
  else
    fresh = lw_call_new_object_p (stmt);
  lw_sum_set (cx, addr, fresh ? LW_SB_FRESH : LW_SB_BAD_ALLOC);
  if (fresh)
    {
      *stored |= addr;
      cx->fresh_stmts.safe_push (stmt);
      cx->fresh_masks.safe_push (addr);
    }
}

/* A load from a reference that uses the parameters in ADDR to reach
   memory, into LHS: only '*p' after a store of a new object into it in
   this block, and only compared, keeps P a plain allocator.  */
static void
lw_sum_load_through (lw_sum_ctx *cx, tree ref, tree lhs, unsigned addr,
		     unsigned stored)
{
  if (!addr)
    return;
  tree base = TREE_CODE (ref) == MEM_REF ? TREE_OPERAND (ref, 0) : NULL_TREE;
  if (base && lw_sum_exact (cx, base) == addr && (addr & ~stored) == 0
      && integer_zerop (TREE_OPERAND (ref, 1)) && lhs
      && TREE_CODE (lhs) == SSA_NAME && lw_sum_only_compared (lhs))
    return;
  lw_sum_set (cx, addr, LW_SB_BAD_ALLOC);
}

static void
lw_sum_call (lw_sum_ctx *cx, gcall *call, unsigned *stored)
{
  if (gimple_call_chain (call))
    lw_sum_set (cx, lw_sum_mask (cx, gimple_call_chain (call)), LW_SB_UNKNOWN);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      unsigned val = 0, addr = 0;
      lw_sum_operand (cx, arg, lw_sum_is_ref (arg), &val, &addr);
      /* An aggregate read through it.  */
      lw_sum_set (cx, addr, LW_SB_BAD_ALLOC);
      if (!val)
	continue;
      if (TREE_CODE (arg) != SSA_NAME)
	{
	  lw_sum_set (cx, val, LW_SB_UNKNOWN);
	  continue;
	}
      switch (lw_call_arg_effect (call, i))
	{
	case LW_ARG_READS:
	  lw_sum_set (cx, val, LW_SB_BAD_ALLOC);
	  break;
	case LW_ARG_ALLOCATES_INTO:
	  {
	    unsigned exact = lw_sum_exact (cx, arg);
	    lw_sum_set (cx, exact, LW_SB_FRESH);
	    lw_sum_set (cx, val & ~exact, LW_SB_BAD_ALLOC);
	    *stored |= exact;
	    if (exact)
	      {
		cx->fresh_stmts.safe_push (call);
		cx->fresh_masks.safe_push (exact);
	      }
	  }
	  break;
	case LW_ARG_FREES:
	  lw_sum_set (cx, val, LW_SB_FREE);
	  break;
	case LW_ARG_KEEPS:
	  lw_sum_set (cx, val, LW_SB_KEEP);
	  break;
	case LW_ARG_RELEASES:
	  lw_sum_set (cx, val, LW_SB_RELEASE);
	  break;
	default:
	  lw_sum_set (cx, val, LW_SB_UNKNOWN);
	  break;
	}
    }
  tree lhs = gimple_call_lhs (call);
  if (lhs && lw_sum_is_ref (lhs))
    {
      unsigned val = 0, addr = 0;
      lw_sum_operand (cx, lhs, true, &val, &addr);
      lw_sum_set (cx, val, LW_SB_KEEP);
      lw_sum_store_through (cx, call, lhs, NULL_TREE, addr, stored);
    }
}

static void
lw_sum_assign (lw_sum_ctx *cx, gassign *a, unsigned *stored)
{
  tree lhs = gimple_assign_lhs (a);
  unsigned val = 0, addr = 0;
  for (unsigned i = 1; i < gimple_num_ops (a); i++)
    {
      tree op = gimple_op (a, i);
      lw_sum_operand (cx, op, lw_sum_is_ref (op), &val, &addr);
    }
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      /* Values flow on (lw_sum_closure); loads through a parameter.  */
      if (gimple_assign_single_p (a))
	lw_sum_load_through (cx, gimple_assign_rhs1 (a), lhs, addr, *stored);
      return;
    }
  /* A store: of a parameter's value, it keeps it; not into a slot,
     where it is followed to the loads (lw_sum_closure).  */
  if (lw_slots_store (cx->slots, cx->fun->decl, a) < 0)
    lw_sum_set (cx, val, LW_SB_KEEP);
  lw_sum_load_through (cx, gimple_assign_rhs1 (a), NULL_TREE, addr, *stored);
  unsigned lval = 0, laddr = 0;
  lw_sum_operand (cx, lhs, true, &lval, &laddr);
  lw_sum_set (cx, lval, LW_SB_KEEP);
  if (gimple_clobber_p (a))
    return;
  lw_sum_store_through (cx, a, lhs,
			gimple_assign_single_p (a) ? gimple_assign_rhs1 (a)
						   : NULL_TREE,
			laddr, stored);
}

/* Classify every use of a parameter's value in STMT.  */
static void
lw_sum_stmt (lw_sum_ctx *cx, gimple *stmt, unsigned *stored)
{
  ssa_op_iter iter;
  tree op;
  unsigned m = 0;
  FOR_EACH_SSA_TREE_OPERAND (op, stmt, iter, SSA_OP_USE)
    m |= lw_sum_mask (cx, op);
  if (!m)
    return;
  switch (gimple_code (stmt))
    {
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
      return;
    case GIMPLE_RETURN:
      {
	tree r = gimple_return_retval (as_a<greturn *> (stmt));
	unsigned val = 0, addr = 0;
	lw_sum_operand (cx, r, lw_sum_is_ref (r), &val, &addr);
	lw_sum_set (cx, val, LW_SB_KEEP);
	lw_sum_set (cx, addr, LW_SB_BAD_ALLOC);
	return;
      }
    case GIMPLE_ASSIGN:
      lw_sum_assign (cx, as_a<gassign *> (stmt), stored);
      return;
    case GIMPLE_CALL:
      lw_sum_call (cx, as_a<gcall *> (stmt), stored);
      return;
    default:
      lw_sum_set (cx, m, LW_SB_UNKNOWN);
      return;
    }
}

static enum lw_arg_effect
lw_sum_effect (unsigned bits)
{
  if (bits & LW_SB_UNKNOWN)
    return LW_ARG_UNKNOWN;
  if (bits & LW_SB_KEEP)
    return LW_ARG_KEEPS;
  if (bits & LW_SB_FREE)
    return LW_ARG_FREES;
  if (bits & LW_SB_RELEASE)
    return LW_ARG_RELEASES;
  if ((bits & LW_SB_FRESH) && !(bits & LW_SB_BAD_ALLOC))
    return LW_ARG_ALLOCATES_INTO;
  return LW_ARG_READS;
}

/* Whether a parameter of type T can be summarised.  */
static bool
lw_sum_parm_type_p (tree t)
{
  return POINTER_TYPE_P (t) || INTEGRAL_TYPE_P (t);
}

void
lw_summarize_function (function *fun)
{
  tree fndecl = fun->decl;
  if (!lw_sum_usable_p (fndecl) || !DECL_ARGUMENTS (fndecl))
    return;
  lw_sum_ctx cx;
  cx.fun = fun;
  cx.nparms = 0;
  cx.mask.safe_grow_cleared (num_ssa_names);
  cx.slots = lw_slots_find (fun);
  for (tree p = DECL_ARGUMENTS (fndecl); p && cx.nparms < LW_SUMMARY_MAX_PARMS;
       p = DECL_CHAIN (p))
    {
      unsigned i = cx.nparms++;
      cx.parms[i] = p;
      cx.bits[i] = 0;
      if (!lw_sum_parm_type_p (TREE_TYPE (p)) || TREE_ADDRESSABLE (p)
	  || DECL_BY_REFERENCE (p))
	{
	  cx.bits[i] = LW_SB_UNKNOWN;
	  continue;
	}
      tree def = ssa_default_def (fun, p);
      if (def)
	lw_sum_add (&cx, def, 1u << i);
      /* No default definition: the parameter is never used.  */
    }
  lw_sum_closure (&cx);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      unsigned stored = 0;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	if (!is_gimple_debug (gsi_stmt (gsi)))
	  lw_sum_stmt (&cx, gsi_stmt (gsi), &stored);
    }
  lw_slots_free (cx.slots);

  if (!lw_sums.index)
    lw_sums.index = new hash_map<int_hash<int, -1, -2>, unsigned>;
  unsigned alloc = 0, nalloc = 0;
  for (unsigned i = 0; i < cx.nparms; i++)
    if (lw_sum_effect (cx.bits[i]) == LW_ARG_ALLOCATES_INTO)
      alloc |= 1u << i, nalloc++;
  int success = LW_SUCC_UNKNOWN;
  if (nalloc == 1)
    {
      auto_vec<gimple *> stores;
      for (unsigned i = 0; i < cx.fresh_stmts.length (); i++)
	if (cx.fresh_masks[i] & alloc)
	  stores.safe_push (cx.fresh_stmts[i]);
      switch (lw_alloc_success_relation (fun, stores))
	{
	case GE_EXPR:
	  success = LW_SUCC_GE0;
	  break;
	case EQ_EXPR:
	  success = LW_SUCC_EQ0;
	  break;
	case NE_EXPR:
	  success = LW_SUCC_NE0;
	  break;
	default:
	  break;
	}
    }
  lw_sums.index->put (DECL_UID (fndecl), lw_sums.effects.length ());
  lw_sums.effects.safe_push (cx.nparms);
  lw_sums.effects.safe_push (success);
  for (unsigned i = 0; i < cx.nparms; i++)
    lw_sums.effects.safe_push (lw_sum_effect (cx.bits[i]));
  if (lw_config.debug)
    {
      fprintf (stderr, "leakwatch: summary of '%s':", function_name (fun));
      for (unsigned i = 0; i < cx.nparms; i++)
	fprintf (stderr, " %u %s", i,
		 lw_arg_effect_name (lw_sum_effect (cx.bits[i])));
      static const char *const succ[]
	= { "", ", success if >= 0", ", success if == 0",
	    ", success if != 0" };
      fprintf (stderr, "%s\n", succ[success]);
    }
}

/* Whether an argument of type A can stand for a parameter of type P:
   both pointers, or integers of the same precision (a call through a
   cast may pass anything).  */
static bool
lw_sum_same_kind_p (tree p, tree a)
{
  if (POINTER_TYPE_P (p) || POINTER_TYPE_P (a))
    return POINTER_TYPE_P (p) && POINTER_TYPE_P (a);
  return (INTEGRAL_TYPE_P (p) && INTEGRAL_TYPE_P (a)
	  && TYPE_PRECISION (p) == TYPE_PRECISION (a));
}

bool
lw_summary_effect (gcall *call, unsigned argno, enum lw_arg_effect *effect)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!lw_sums.index || !fndecl || gimple_call_chain (call)
      || argno >= gimple_call_num_args (call))
    return false;
  unsigned *at = lw_sums.index->get (DECL_UID (fndecl));
  if (!at || argno >= lw_sums.effects[*at] || !lw_sum_usable_p (fndecl))
    return false;
  tree parm = lw_nth_parm (fndecl, argno);
  if (!parm
      || !lw_sum_same_kind_p (TREE_TYPE (parm),
			      TREE_TYPE (gimple_call_arg (call, argno))))
    return false;
  *effect = (enum lw_arg_effect) lw_sums.effects[*at + 2 + argno];
  return true;
}

bool
lw_summary_alloc_success (gcall *call, enum tree_code *code)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!lw_sums.index || !fndecl || gimple_call_chain (call))
    return false;
  unsigned *at = lw_sums.index->get (DECL_UID (fndecl));
  if (!at || !lw_sum_usable_p (fndecl))
    return false;
  switch (lw_sums.effects[*at + 1])
    {
    case LW_SUCC_GE0:
      *code = GE_EXPR;
      return true;
    case LW_SUCC_EQ0:
      *code = EQ_EXPR;
      return true;
    case LW_SUCC_NE0:
      *code = NE_EXPR;
      return true;
    default:
      return false;
    }
}
