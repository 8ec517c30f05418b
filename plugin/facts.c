/* facts.c: what a path knows about values, for the walks of flow.c.

   A fact "OP CODE CST is TRUTH" is learnt from a condition a path took
   or a PHI argument it came through; facts decide later conditions
   (lw_edge_possible), so a path on which a condition is known does not
   take the other branch.  A path keeps at most LW_MAX_FACTS facts
   (include/leakwatch-int.h), the newest ones.  */

#include "leakwatch-int.h"

/* Facts are kept on the operand as written in the condition (an SSA
   name), or on a memory location ("errno", "s->err") a value was
   stored to: a later load of that location compares equal.  Stores in
   between are not looked for: assuming a value unchanged only removes
   paths, which can hide a warning but never create one.  */

/* The memory location OP was loaded from, or OP itself if it is one.  */
static tree
lw_location_of (tree op)
{
  if (TREE_CODE (op) != SSA_NAME)
    return (is_gimple_min_invariant (op) || TREE_THIS_VOLATILE (op))
	     ? NULL_TREE
	     : op;
  gimple *def = SSA_NAME_DEF_STMT (op);
  if (!def || !gimple_assign_load_p (def) || !gimple_assign_single_p (def)
      || TREE_THIS_VOLATILE (gimple_assign_rhs1 (def)))
    return NULL_TREE;
  return gimple_assign_rhs1 (def);
}

/* Is the pointer P the result of a call to a const function without
   arguments, such as __errno_location (): every call gives the same
   address.  Returns the function.  */
static tree
lw_const_address_fn (tree p)
{
  if (TREE_CODE (p) != SSA_NAME)
    return NULL_TREE;
  gcall *call = safe_dyn_cast<gcall *> (SSA_NAME_DEF_STMT (p));
  if (!call || gimple_call_num_args (call) != 0 || !gimple_call_fndecl (call)
      || !(gimple_call_flags (call) & ECF_CONST))
    return NULL_TREE;
  return gimple_call_fndecl (call);
}

static bool lw_same_operand (tree a, tree b);

/* Are the memory references A and B the same location?  Pointers they
   go through compare by value: "p->f" read through two loads of the
   same unmodified variable "p" is one location.  DEPTH bounds that.  */
static bool
lw_same_location_1 (tree a, tree b, int depth)
{
  if (operand_equal_p (a, b, 0))
    return true;
  if (depth <= 0 || TREE_CODE (a) != TREE_CODE (b) || TREE_THIS_VOLATILE (a)
      || TREE_THIS_VOLATILE (b))
    return false;
  switch (TREE_CODE (a))
    {
    case COMPONENT_REF:
      return (TREE_OPERAND (a, 1) == TREE_OPERAND (b, 1)
	      && lw_same_location_1 (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0),
				     depth - 1));
    case ARRAY_REF:
      return (operand_equal_p (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1), 0)
	      && lw_same_location_1 (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0),
				     depth - 1));
    case MEM_REF:
      return (tree_int_cst_equal (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1))
	      && types_compatible_p (TREE_TYPE (a), TREE_TYPE (b))
	      && TREE_CODE (TREE_OPERAND (a, 0)) == SSA_NAME
	      && TREE_CODE (TREE_OPERAND (b, 0)) == SSA_NAME
	      && lw_same_operand (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0)));
    default:
      return false;
    }
}

static bool
lw_same_location (tree a, tree b)
{
  if (lw_same_location_1 (a, b, 4))
    return true;
  /* errno: *__errno_location () twice.  */
  if (TREE_CODE (a) == MEM_REF && TREE_CODE (b) == MEM_REF
      && integer_zerop (TREE_OPERAND (a, 1))
      && integer_zerop (TREE_OPERAND (b, 1))
      && types_compatible_p (TREE_TYPE (a), TREE_TYPE (b)))
    {
      tree fa = lw_const_address_fn (TREE_OPERAND (a, 0));
      return fa && fa == lw_const_address_fn (TREE_OPERAND (b, 0));
    }
  return false;
}

bool
lw_facts_same_location (tree a, tree b)
{
  return lw_same_location (a, b);
}

bool
lw_facts_same_operand (tree a, tree b)
{
  return lw_same_operand (a, b);
}

static bool
lw_same_operand (tree a, tree b)
{
  if (a == b)
    return true;
  tree la = lw_location_of (a);
  tree lb = lw_location_of (b);
  return la && lb && lw_same_location (la, lb);
}

/* The integer constant NAME was set to, if it is an SSA name defined
   by a plain constant assignment (the IR before constant propagation,
   as this pass sees it at every -O level).  */
static tree
lw_constant_value (tree name)
{
  if (TREE_CODE (name) == INTEGER_CST)
    return name;
  if (TREE_CODE (name) != SSA_NAME)
    return NULL_TREE;
  gimple *def = SSA_NAME_DEF_STMT (name);
  if (def && gimple_assign_single_p (def)
      && TREE_CODE (gimple_assign_rhs1 (def)) == INTEGER_CST)
    return gimple_assign_rhs1 (def);
  return NULL_TREE;
}

/* Does "x FCODE C1" (true), a bound on x, decide "x CODE C2"?  1 true,
   0 false, -1 not known ('r >= 0' decides 'r == -1' and 'r < 0').  */
static int
lw_bound_decides (enum tree_code fcode, tree c1, enum tree_code code, tree c2)
{
  widest_int a = wi::to_widest (c1), b = wi::to_widest (c2);
  /* x >= LO, or x <= HI.  */
  bool has_lo = fcode == GE_EXPR || fcode == GT_EXPR;
  bool has_hi = fcode == LE_EXPR || fcode == LT_EXPR;
  if (!has_lo && !has_hi)
    return -1;
  widest_int lo = fcode == GT_EXPR ? a + 1 : a;
  widest_int hi = fcode == LT_EXPR ? a - 1 : a;
  /* B below every x, or above every x.  */
  bool below = has_lo && wi::lts_p (b, lo);
  bool above = has_hi && wi::gts_p (b, hi);
  switch (code)
    {
    case EQ_EXPR:
      return below || above ? 0 : -1;
    case NE_EXPR:
      return below || above ? 1 : -1;
    case LT_EXPR: /* x < b */
      return (has_lo && wi::les_p (b, lo)) ? 0 : above ? 1 : -1;
    case LE_EXPR:
      return below ? 0 : (has_hi && wi::ges_p (b, hi)) ? 1 : -1;
    case GT_EXPR:
      return below ? 1 : (has_hi && wi::ges_p (b, hi)) ? 0 : -1;
    case GE_EXPR:
      return (has_lo && wi::les_p (b, lo)) ? 1 : above ? 0 : -1;
    default:
      return -1;
    }
}

/* Does fact F decide "OP CODE CST"?  Return 1 true, 0 false, -1 not
   known.  LOC: OP is a memory location, that F's operand may be too.  */
static int
lw_fact_decides (const lw_fact &f, tree op, bool loc, enum tree_code code,
		 tree cst)
{
  if (f.op != op && (!loc || !lw_same_operand (f.op, op)))
    return -1;
  if (TREE_CODE (cst) != INTEGER_CST || TREE_CODE (f.cst) != INTEGER_CST)
    {
      if (f.code == code && operand_equal_p (f.cst, cst, 0))
	return f.truth;
      return -1;
    }
  if (f.code == code && tree_int_cst_equal (f.cst, cst))
    return f.truth;
  if (f.code == invert_tree_comparison (code, false)
      && tree_int_cst_equal (f.cst, cst))
    return !f.truth;
  /* A known exact value decides any comparison with a constant.  */
  if ((f.code == EQ_EXPR && f.truth) || (f.code == NE_EXPR && !f.truth))
    {
      tree r = fold_binary (code, boolean_type_node, f.cst,
			    fold_convert (TREE_TYPE (f.cst), cst));
      if (r && TREE_CODE (r) == INTEGER_CST)
	return integer_nonzerop (r);
    }
  /* x != k (or x == k false) decides x == k and x != k only.  */
  if (((f.code == NE_EXPR && f.truth) || (f.code == EQ_EXPR && !f.truth))
      && tree_int_cst_equal (f.cst, cst))
    {
      if (code == EQ_EXPR)
	return 0;
      if (code == NE_EXPR)
	return 1;
    }
  /* A bound ('r >= 0', or 'r < 0' false) on an integer.  */
  if (INTEGRAL_TYPE_P (TREE_TYPE (f.cst)) && INTEGRAL_TYPE_P (TREE_TYPE (cst)))
    return lw_bound_decides (f.truth ? f.code
				     : invert_tree_comparison (f.code, false),
			     f.cst, code, cst);
  return -1;
}

/* Decide "OP CODE CST" from FACTS, looking through a comparison or a
   conversion that defines OP (bool flags, "(int) x != 0"), a copy, or
   __builtin_expect.  DEPTH bounds the look-through: LW_DECIDE_DEPTH
   steps cover '_unlikely_ (r < 0)', which is
   '__builtin_expect ((long) (r < 0), 0) != 0'.  */
#define LW_DECIDE_DEPTH 4
static int
lw_decide (const lw_facts &facts, tree op, enum tree_code code, tree cst,
	   int depth)
{
  bool loc = lw_location_of (op);
  for (unsigned i = 0; i < facts.n; i++)
    {
      int r = lw_fact_decides (facts.f[i], op, loc, code, cst);
      if (r >= 0)
	return r;
    }
  int s = lw_string_decide (facts, op, code, cst);
  if (s >= 0)
    return s;
  if (TREE_CODE (cst) != INTEGER_CST)
    return -1;
  if (tree k = lw_constant_value (op))
    {
      tree r = fold_binary (code, boolean_type_node, k,
			    fold_convert (TREE_TYPE (k), cst));
      if (r && TREE_CODE (r) == INTEGER_CST)
	return integer_nonzerop (r);
    }
  if (depth <= 0 || TREE_CODE (op) != SSA_NAME)
    return -1;
  gimple *def = SSA_NAME_DEF_STMT (op);
  /* op = g_strcmp0 (x, NULL); then "op == 0" is "x == NULL".  */
  tree x;
  if ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop (cst)
      && (x = lw_strcmp0_null_operand (op)))
    return lw_decide (facts, x, code, build_zero_cst (TREE_TYPE (x)),
		      depth - 1);
  /* op = __builtin_expect (a, k): op is a (_unlikely_, G_UNLIKELY).  */
  if (def
      && (gimple_call_builtin_p (def, BUILT_IN_EXPECT)
	  || gimple_call_builtin_p (def, BUILT_IN_EXPECT_WITH_PROBABILITY)))
    return lw_decide (facts, gimple_call_arg (def, 0), code, cst, depth - 1);
  if (!def || !is_gimple_assign (def))
    return -1;
  enum tree_code dcode = gimple_assign_rhs_code (def);
  /* op = a, a copy: with -fexceptions the result of a call that may
     throw (thrd_create, a wrapper) is copied in the block after it.  */
  if (dcode == SSA_NAME)
    return lw_decide (facts, gimple_assign_rhs1 (def), code, cst, depth - 1);
  /* op = -a: "op CODE k" is "a SWAPPED -k" ('rc = -pthread_create
     (...); if (rc < 0)').  */
  if (dcode == NEGATE_EXPR && INTEGRAL_TYPE_P (TREE_TYPE (op))
      && !TYPE_UNSIGNED (TREE_TYPE (op))
      && TREE_CODE_CLASS (code) == tcc_comparison)
    {
      tree a = gimple_assign_rhs1 (def);
      tree k = fold_convert (TREE_TYPE (a), cst);
      tree nk = fold_unary (NEGATE_EXPR, TREE_TYPE (a), k);
      if (nk && TREE_CODE (nk) == INTEGER_CST && !TREE_OVERFLOW (nk))
	return lw_decide (facts, a, swap_tree_comparison (code), nk,
			  depth - 1);
    }
  /* op = a CMP k; then "op != 0" is "a CMP k".  */
  if (TREE_CODE_CLASS (dcode) == tcc_comparison
      && TREE_CODE (gimple_assign_rhs2 (def)) == INTEGER_CST
      && (code == NE_EXPR || code == EQ_EXPR) && integer_zerop (cst))
    {
      int r = lw_decide (facts, gimple_assign_rhs1 (def), dcode,
			 gimple_assign_rhs2 (def), depth - 1);
      if (r < 0)
	return -1;
      return code == NE_EXPR ? r : !r;
    }
  /* A truth value tested against zero: 'op = !a' ('~a' or 'a ^ 1' of a
     bool), 'op = a | b' and 'op = a & b' (GCC's '||' and '&&' of two
     comparisons).  */
  tree type = TREE_TYPE (op);
  if ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop (cst)
      && (TREE_CODE (type) == BOOLEAN_TYPE
	  || (INTEGRAL_TYPE_P (type) && TYPE_PRECISION (type) == 1)))
    {
      tree a = gimple_assign_rhs1 (def);
      tree zero = build_zero_cst (type);
      int r = -1;
      if (dcode == BIT_NOT_EXPR || dcode == TRUTH_NOT_EXPR
	  || (dcode == BIT_XOR_EXPR
	      && integer_onep (gimple_assign_rhs2 (def))))
	{
	  r = lw_decide (facts, a, NE_EXPR, zero, depth - 1);
	  if (r >= 0)
	    r = !r;
	}
      else if (dcode == BIT_IOR_EXPR || dcode == BIT_AND_EXPR
	       || dcode == TRUTH_OR_EXPR || dcode == TRUTH_AND_EXPR)
	{
	  bool ior = dcode == BIT_IOR_EXPR || dcode == TRUTH_OR_EXPR;
	  int x = lw_decide (facts, a, NE_EXPR, zero, depth - 1);
	  int y = lw_decide (facts, gimple_assign_rhs2 (def), NE_EXPR, zero,
			     depth - 1);
	  /* One operand decides, or both do.  */
	  if (x == ior || y == ior)
	    r = ior;
	  else if (x >= 0 && y >= 0)
	    r = !ior;
	}
      if (r >= 0)
	return code == NE_EXPR ? r : !r;
    }
  /* op = (T) a, for comparisons with zero.  */
  if (CONVERT_EXPR_CODE_P (dcode) && integer_zerop (cst)
      && (code == NE_EXPR || code == EQ_EXPR)
      && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_rhs1 (def)))
      && TYPE_PRECISION (TREE_TYPE (gimple_assign_rhs1 (def)))
	   <= TYPE_PRECISION (TREE_TYPE (op)))
    return lw_decide (facts, gimple_assign_rhs1 (def), code,
		      build_zero_cst (TREE_TYPE (gimple_assign_rhs1 (def))),
		      depth - 1);
  return -1;
}

void
lw_facts_add (lw_facts *facts, tree op, enum tree_code code, tree cst,
	      bool truth)
{
  if (!op || !cst || TREE_CODE_CLASS (code) != tcc_comparison)
    return;
  if (TREE_CODE (op) != SSA_NAME && !lw_location_of (op))
    return;
  /* Known already (a path going round a loop learns it again, a
     location loaded again is tested the same way).  */
  for (unsigned i = 0; i < facts->n; i++)
    if (lw_same_operand (facts->f[i].op, op) && facts->f[i].code == code
	&& facts->f[i].truth == truth
	&& operand_equal_p (facts->f[i].cst, cst, 0))
      return;
  if (facts->n == LW_MAX_FACTS)
    {
      /* Forget the oldest: fewer facts only means more paths (which can
	 be a path a correlated test would have ruled out: see
	 docs/robustness.md, "16 facts per path").  */
      lw_debug ("path facts: more than %d (LW_MAX_FACTS), the oldest is "
		"forgotten",
		LW_MAX_FACTS);
      memmove (&facts->f[0], &facts->f[1],
	       (LW_MAX_FACTS - 1) * sizeof facts->f[0]);
      facts->n--;
    }
  lw_fact &f = facts->f[facts->n++];
  f.op = op;
  f.code = code;
  f.cst = cst;
  f.truth = truth;
}

/* The SSA names of the current function that a condition can test,
   directly or through what the facts follow: a PHI result they are an
   argument of, a comparison or conversion of them (lw_decide), a
   g_strcmp0 against NULL.  A fact on any other name (the PHIs of a
   return value kept in a variable) can decide nothing and would only
   push out useful facts (the flag that records a creation) when a path
   passes many merges, making impossible paths.  Computed once per
   function.  */
static sbitmap lw_tested;
static function *lw_tested_fun;
static unsigned lw_tested_fun_no, lw_tested_n;

static void
lw_tested_mark (tree op, vec<tree> *work)
{
  if (op && TREE_CODE (op) == SSA_NAME && SSA_NAME_VERSION (op) < lw_tested_n
      && !bitmap_bit_p (lw_tested, SSA_NAME_VERSION (op)))
    {
      bitmap_set_bit (lw_tested, SSA_NAME_VERSION (op));
      work->safe_push (op);
    }
}

static bool
lw_can_be_tested (tree op)
{
  if (TREE_CODE (op) != SSA_NAME || lw_location_of (op))
    return true;
  if (lw_tested_fun != cfun || lw_tested_fun_no != (unsigned) cfun->funcdef_no
      || lw_tested_n != (unsigned) num_ssa_names)
    {
      if (lw_tested)
	sbitmap_free (lw_tested);
      lw_tested_fun = cfun;
      lw_tested_fun_no = cfun->funcdef_no;
      lw_tested_n = num_ssa_names;
      lw_tested = sbitmap_alloc (lw_tested_n);
      bitmap_clear (lw_tested);
      auto_vec<tree> work;
      basic_block bb;
      FOR_EACH_BB_FN (bb, cfun)
	{
	  gimple *last = lw_last_stmt (bb);
	  if (gcond *c = safe_dyn_cast<gcond *> (last))
	    {
	      lw_tested_mark (gimple_cond_lhs (c), &work);
	      lw_tested_mark (gimple_cond_rhs (c), &work);
	    }
	  else if (gswitch *sw = safe_dyn_cast<gswitch *> (last))
	    lw_tested_mark (gimple_switch_index (sw), &work);
	}
      while (!work.is_empty ())
	{
	  tree n = work.pop ();
	  gimple *def = SSA_NAME_DEF_STMT (n);
	  if (gphi *phi = safe_dyn_cast<gphi *> (def))
	    for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	      lw_tested_mark (gimple_phi_arg_def (phi, i), &work);
	  else if (def && is_gimple_assign (def)
		   && (TREE_CODE_CLASS (gimple_assign_rhs_code (def))
			 == tcc_comparison
		       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	    lw_tested_mark (gimple_assign_rhs1 (def), &work);
	  else
	    lw_tested_mark (lw_strcmp0_null_operand (n), &work);
	}
    }
  return SSA_NAME_VERSION (op) >= lw_tested_n
	 || bitmap_bit_p (lw_tested, SSA_NAME_VERSION (op));
}

/* Is a fact on OP, learnt from the condition ending block BB, worth
   keeping?  Not if OP is computed in BB and used by that condition
   alone ("_1 = cond (k); if (_1 != 0)"): nothing later can test it, and
   a new visit of the condition computes it again.  */
static bool
lw_fact_worth_keeping (tree op, basic_block bb)
{
  if (TREE_CODE (op) != SSA_NAME || lw_location_of (op))
    return true;
  gimple *def = SSA_NAME_DEF_STMT (op);
  return !def || gimple_bb (def) != bb || !has_single_use (op);
}

/* Forget what FACTS say of OP: it gets a new value.  */
void
lw_facts_kill (lw_facts *facts, tree op)
{
  unsigned j = 0;
  for (unsigned i = 0; i < facts->n; i++)
    if (facts->f[i].op != op && j++ != i)
      facts->f[j - 1] = facts->f[i]; /* Moved only after a kill.  */
  facts->n = j;
}

/* The store 'LHS = RHS' (LHS memory) runs: a constant stored is what the
   location LHS holds now ('ps->state = STATE_VALUE;' then 'if (ps->state ==
   STATE_VALUE)'), and so is what is known of an SSA value stored
   ('j->err = rc;' after the creation succeeded); what was known of the
   location before is void then.  A value nothing is known of leaves
   the location's facts as they were, as stores through another
   pointer that may reach it do (see above): a path start's facts on a
   location ('l->kernel = strdup (b)' not NULL) are stored just after
   it.  */
void
lw_facts_store (lw_facts *facts, tree lhs, tree rhs)
{
  tree type = TREE_TYPE (lhs);
  tree k = lw_constant_value (rhs);
  if (k && !INTEGRAL_TYPE_P (type) && !POINTER_TYPE_P (type))
    return;
  lw_facts known;
  known.n = 0;
  for (unsigned i = 0; !k && i < facts->n; i++)
    if (facts->f[i].op == rhs)
      known.f[known.n++] = facts->f[i];
  if (!k && known.n == 0)
    return;
  unsigned j = 0;
  for (unsigned i = 0; i < facts->n; i++)
    {
      tree loc = lw_location_of (facts->f[i].op);
      if (!loc || !lw_same_location (loc, lhs))
	facts->f[j++] = facts->f[i];
    }
  facts->n = j;
  if (k)
    lw_facts_add (facts, lhs, EQ_EXPR, fold_convert (type, k), true);
  for (unsigned i = 0; i < known.n; i++)
    lw_facts_add (facts, lhs, known.f[i].code, known.f[i].cst,
		  known.f[i].truth);
}

/* The test 'LHS CODE RHS is TRUTH' of the condition ending BB, with LHS
   a flag computed by a comparison with a constant ('a = k == A; ...
   if (a != 0)'): learn that comparison too, for later tests of k ('if
   (a && b)' with b = k == B).  */
static void
lw_facts_add_flag_test (lw_facts *facts, tree lhs, enum tree_code code,
			tree rhs, bool truth, basic_block bb)
{
  if (TREE_CODE (lhs) != SSA_NAME || (code != EQ_EXPR && code != NE_EXPR)
      || !integer_zerop (rhs))
    return;
  gassign *d = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (lhs));
  if (d && TREE_CODE_CLASS (gimple_assign_rhs_code (d)) == tcc_comparison
      && TREE_CODE (gimple_assign_rhs2 (d)) == INTEGER_CST
      && lw_fact_worth_keeping (gimple_assign_rhs1 (d), bb))
    lw_facts_add (facts, gimple_assign_rhs1 (d), gimple_assign_rhs_code (d),
		  gimple_assign_rhs2 (d), code == NE_EXPR ? truth : !truth);
}

/* Learn the facts a path gets by taking edge E out of a condition.  */
void
lw_facts_take_edge (lw_facts *facts, edge e)
{
  gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (e->src));
  if (cond && (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE)))
    {
      tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
      enum tree_code code = gimple_cond_code (cond);
      bool truth = (e->flags & EDGE_TRUE_VALUE) != 0;
      if (lw_fact_worth_keeping (lhs, e->src))
	lw_facts_add (facts, lhs, code, rhs, truth);
      /* "g_strcmp0 (x, NULL) == 0" is also "x == NULL", for later
	 tests of x.  */
      tree x = ((code == EQ_EXPR || code == NE_EXPR) && integer_zerop (rhs)
		  ? lw_strcmp0_null_operand (lhs)
		  : NULL_TREE);
      if (x)
	lw_facts_add (facts, x, code, build_zero_cst (TREE_TYPE (x)), truth);
      lw_facts_add_flag_test (facts, lhs, code, rhs, truth, e->src);
      lw_facts_add_string_test (facts, lhs, code, rhs, truth);
    }
  /* PHI results get new values, all at once: what was known of them
     (on an earlier trip round a loop) is void, and what is known of the
     arguments on this edge (taken from the facts before any PHI)
     holds for them.  */
  gphi_iterator g = gsi_start_phis (e->dest);
  while (!gsi_end_p (g) && virtual_operand_p (gimple_phi_result (g.phi ())))
    gsi_next (&g);
  if (gsi_end_p (g))
    return; /* Virtual PHIs only: they carry no facts.  */
  lw_facts in = *facts;
  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    lw_facts_kill (facts, gimple_phi_result (gsi.phi ()));
  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      tree res = gimple_phi_result (phi);
      if (virtual_operand_p (res))
	continue;
      if (!lw_can_be_tested (res))
	continue;
      tree arg = PHI_ARG_DEF_FROM_EDGE (phi, e);
      tree k = arg ? lw_constant_value (arg) : NULL_TREE;
      if (k)
	lw_facts_add (facts, res, EQ_EXPR, k, true);
      else if (arg && TREE_CODE (arg) == SSA_NAME)
	for (unsigned i = 0; i < in.n; i++)
	  if (in.f[i].op == arg)
	    lw_facts_add (facts, res, in.f[i].code, in.f[i].cst,
			  in.f[i].truth);
    }
}

/* Can a path with FACTS take edge E?  */
bool
lw_edge_possible (const lw_facts &facts, edge e)
{
  gimple *last = lw_last_stmt (e->src);
  if (gswitch *sw = safe_dyn_cast<gswitch *> (last))
    {
      /* "switch (pthread_create (...))" with the value known.  */
      tree index = gimple_switch_index (sw);
      for (unsigned i = 0; i < facts.n; i++)
	if (facts.f[i].code == EQ_EXPR && facts.f[i].truth
	    && TREE_CODE (facts.f[i].cst) == INTEGER_CST
	    && lw_same_operand (facts.f[i].op, index))
	  {
	    tree v = fold_convert (TREE_TYPE (index), facts.f[i].cst);
	    edge taken = find_taken_edge_switch_expr (sw, v);
	    return !taken || taken == e;
	  }
      return true;
    }
  gcond *cond = safe_dyn_cast<gcond *> (last);
  if (!cond || !(e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE)))
    return true;
  int r = lw_decide (facts, gimple_cond_lhs (cond), gimple_cond_code (cond),
		     gimple_cond_rhs (cond), LW_DECIDE_DEPTH);
  if (r < 0)
    return true;
  return (r == 1) == ((e->flags & EDGE_TRUE_VALUE) != 0);
}

bool
lw_facts_equal (const lw_facts &a, const lw_facts &b)
{
  if (a.n != b.n)
    return false;
  for (unsigned i = 0; i < a.n; i++)
    if (a.f[i].op != b.f[i].op || a.f[i].code != b.f[i].code
	|| a.f[i].truth != b.f[i].truth
	|| !operand_equal_p (a.f[i].cst, b.f[i].cst, 0))
      return false;
  return true;
}

/* Learn "LHS CODE RHS is TRUTH", and for '(unsigned) x <= C', the range
   test GCC makes of a switch's cases 0..C on a signed x (systemd's enums
   are signed, for their _INVALID = -EINVAL), also 'x >= 0' and 'x <= C'
   on x itself, which later tests compare.  */
static void
lw_facts_add_test (lw_facts *facts, tree lhs, enum tree_code code, tree rhs,
		   bool truth)
{
  lw_facts_add (facts, lhs, code, rhs, truth);
  if (!truth)
    code = invert_tree_comparison (code, false);
  if ((code != LE_EXPR && code != LT_EXPR) || TREE_CODE (lhs) != SSA_NAME
      || TREE_CODE (rhs) != INTEGER_CST)
    return;
  gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (lhs));
  if (!def || !CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
    return;
  tree x = gimple_assign_rhs1 (def);
  tree xt = TREE_TYPE (x), lt = TREE_TYPE (lhs);
  if (TREE_CODE (x) != SSA_NAME || !INTEGRAL_TYPE_P (xt)
      || !INTEGRAL_TYPE_P (lt) || TYPE_UNSIGNED (xt) || !TYPE_UNSIGNED (lt)
      || TYPE_PRECISION (xt) != TYPE_PRECISION (lt)
      || !int_fits_type_p (rhs, xt))
    return;
  lw_facts_add (facts, x, GE_EXPR, build_zero_cst (xt), true);
  lw_facts_add (facts, x, code, fold_convert (xt, rhs), true);
}

/* A fact "OP CODE CST is TRUTH" with OP a copy of a PHI result whose
   arguments are all constants ('bool found = false; if (x <= 1) found =
   true; if (found)', systemd's IN_SET): when one argument alone agrees
   with it, the path came in along that argument's edge, so the
   condition that edge leaves (or the one leading to its source alone)
   holds too.  */
static void
lw_facts_through_phi (lw_facts *facts, tree op, enum tree_code code, tree cst,
		      bool truth)
{
  tree res = lw_strip_copies (op, false);
  gphi *phi
    = (TREE_CODE (res) == SSA_NAME ? dyn_cast<gphi *> (SSA_NAME_DEF_STMT (res))
				   : NULL);
  if (!phi || TREE_CODE (cst) != INTEGER_CST)
    return;
  edge only = NULL;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      tree k = lw_constant_value (gimple_phi_arg_def (phi, i));
      tree v = (k ? fold_binary (code, boolean_type_node,
				 fold_convert (TREE_TYPE (cst), k), cst)
		  : NULL_TREE);
      if (!v || TREE_CODE (v) != INTEGER_CST)
	return;
      if (integer_zerop (v) == truth)
	continue;
      if (only)
	return;
      only = gimple_phi_arg_edge (phi, i);
    }
  edge e = only;
  if (e && !(e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))
      && single_pred_p (e->src))
    e = single_pred_edge (e->src);
  /* A block ending in a condition leaves it only by true and false
     edges.  */
  gcond *c = e ? safe_dyn_cast<gcond *> (lw_last_stmt (e->src)) : NULL;
  if (c)
    lw_facts_add_test (facts, gimple_cond_lhs (c), gimple_cond_code (c),
		       gimple_cond_rhs (c), (e->flags & EDGE_TRUE_VALUE) != 0);
}

/* The facts that hold wherever STMT runs: conditions of the dominators
   that guard its block (at most a few levels up).  Needs dominators.  */
void
lw_facts_guarding (lw_facts *facts, gimple *stmt)
{
  /* Collected innermost first, added outermost first, so that when
     there are too many the nearest conditions are the ones kept.  */
  lw_facts found;
  found.n = 0;
  basic_block bb = gimple_bb (stmt);
  for (int depth = 0; bb && depth < 16 && found.n < LW_MAX_FACTS; depth++)
    {
      basic_block idom = get_immediate_dominator (CDI_DOMINATORS, bb);
      if (!idom || idom == ENTRY_BLOCK_PTR_FOR_FN (cfun))
	break;
      gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (idom));
      if (cond && EDGE_COUNT (idom->succs) == 2)
	{
	  edge t = EDGE_SUCC (idom, 0), f = EDGE_SUCC (idom, 1);
	  bool in_t
	    = single_pred_p (t->dest)
	      && dominated_by_p (CDI_DOMINATORS, gimple_bb (stmt), t->dest);
	  bool in_f
	    = single_pred_p (f->dest)
	      && dominated_by_p (CDI_DOMINATORS, gimple_bb (stmt), f->dest);
	  if (in_t != in_f)
	    {
	      edge e = in_t ? t : f;
	      bool truth = (e->flags & EDGE_TRUE_VALUE) != 0;
	      if ((e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))
		  && lw_fact_worth_keeping (gimple_cond_lhs (cond), idom))
		lw_facts_add (&found, gimple_cond_lhs (cond),
			      gimple_cond_code (cond), gimple_cond_rhs (cond),
			      truth);
	      if (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))
		{
		  lw_facts_through_phi (&found, gimple_cond_lhs (cond),
					gimple_cond_code (cond),
					gimple_cond_rhs (cond), truth);
		  lw_facts_add_flag_test (&found, gimple_cond_lhs (cond),
					  gimple_cond_code (cond),
					  gimple_cond_rhs (cond), truth, idom);
		  lw_facts_add_string_test (&found, gimple_cond_lhs (cond),
					    gimple_cond_code (cond),
					    gimple_cond_rhs (cond), truth);
		}
	    }
	}
      bb = idom;
    }
  for (unsigned i = found.n; i-- > 0;)
    lw_facts_add (facts, found.f[i].op, found.f[i].code, found.f[i].cst,
		  found.f[i].truth);
}
