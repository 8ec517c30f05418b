/* cleanup-vars.c: the cleanup variables of a function, and the SSA
   names that carry their values or their addresses.  A variable whose
   address goes anywhere this does not follow, or that is used in a way
   not understood, is untracked: not checked at all.  */

#include "cleanup-int.h"

/* The index of tracked variable DECL, or -1.  */
int
lw_cl_var_index (lw_cl_ctx *cx, tree decl)
{
  if (!decl || !VAR_P (decl) || !cx->index)
    return -1;
  int *p = cx->index->get (decl);
  return p ? *p : -1;
}

/* If REF (an operand) is exactly the tracked variable, directly or
   through '*&v' or '*p' with P holding &v, return its index, else -1.  */
int
lw_cl_ref_var (lw_cl_ctx *cx, tree ref)
{
  if (!ref)
    return -1;
  if (VAR_P (ref))
    return lw_cl_var_index (cx, ref);
  if (TREE_CODE (ref) != MEM_REF || !integer_zerop (TREE_OPERAND (ref, 1)))
    return -1;
  tree base = TREE_OPERAND (ref, 0);
  int v = -1;
  if (TREE_CODE (base) == ADDR_EXPR)
    v = lw_cl_var_index (cx, TREE_OPERAND (base, 0));
  else if (TREE_CODE (base) == SSA_NAME)
    v = cx->addr_var[SSA_NAME_VERSION (base)];
  if (v < 0)
    return -1;
  tree vt = TREE_TYPE (cx->vars[v].decl);
  if (!TYPE_SIZE (TREE_TYPE (ref))
      || !operand_equal_p (TYPE_SIZE (TREE_TYPE (ref)), TYPE_SIZE (vt), 0))
    return -1;
  return v;
}

/* If ARG (a call argument) is &v of a tracked variable (or part of it),
   or an SSA name holding &v, return its index, else -1.  */
int
lw_cl_addr_arg (lw_cl_ctx *cx, tree arg)
{
  if (TREE_CODE (arg) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (arg, 0));
      return base ? lw_cl_var_index (cx, base) : -1;
    }
  if (TREE_CODE (arg) == SSA_NAME)
    return cx->addr_var[SSA_NAME_VERSION (arg)];
  return -1;
}

void
lw_cl_untrack (lw_cl_ctx *cx, int v, const char *why)
{
  if (v >= 0 && cx->vars[v].tracked)
    {
      cx->vars[v].tracked = false;
      lw_debug ("cleanup: %s not checked: %s",
		IDENTIFIER_POINTER (DECL_NAME (cx->vars[v].decl)), why);
    }
}

/* Walk callback: untrack every tracked variable found.  */
tree
lw_cl_untrack_refs (tree *tp, int *walk_subtrees, void *data)
{
  lw_cl_ctx *cx = (lw_cl_ctx *) ((walk_stmt_info *) data)->info;
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (VAR_P (*tp))
    lw_cl_untrack (cx, lw_cl_var_index (cx, *tp),
		   "used in a way not followed");
  return NULL_TREE;
}

static void lw_cl_mark_addr_ssa (lw_cl_ctx *cx, tree name, int v, int depth);

/* COPY, a copy or cast of an SSA name holding &V at DEPTH, holds it
   too; a longer chain than LW_COPY_CHAIN_MAX is not followed.  */
static void
lw_cl_mark_addr_copy (lw_cl_ctx *cx, tree copy, int v, int depth)
{
  if (depth < LW_COPY_CHAIN_MAX)
    lw_cl_mark_addr_ssa (cx, copy, v, depth + 1);
  else
    lw_cl_untrack (cx, v,
		   "its address is copied too often (LW_COPY_CHAIN_MAX)");
}

/* Collect the SSA names holding the address of a tracked variable, and
   check that each is only dereferenced whole or passed to calls.  */
static void
lw_cl_mark_addr_ssa (lw_cl_ctx *cx, tree name, int v, int depth)
{
  cx->addr_var[SSA_NAME_VERSION (name)] = v;
  imm_use_iterator it;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, it, name)
    {
      gimple *use = USE_STMT (use_p);
      if (is_gimple_debug (use) || is_gimple_call (use))
	continue;
      if (is_gimple_assign (use) && gimple_assign_single_p (use))
	{
	  tree lhs = gimple_assign_lhs (use);
	  tree rhs = gimple_assign_rhs1 (use);
	  /* A copy: its def is this statement, reached once (no cycle
	     without a PHI, and a PHI of the address stops the check).  */
	  if (rhs == name && TREE_CODE (lhs) == SSA_NAME)
	    {
	      lw_cl_mark_addr_copy (cx, lhs, v, depth);
	      continue;
	    }
	  if ((TREE_CODE (lhs) == MEM_REF && TREE_OPERAND (lhs, 0) == name
	       && rhs != name && lw_cl_ref_var (cx, lhs) == v)
	      || (TREE_CODE (rhs) == MEM_REF && TREE_OPERAND (rhs, 0) == name
		  && lw_cl_ref_var (cx, rhs) == v))
	    continue;
	}
      if (is_gimple_assign (use)
	  && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (use))
	  && TREE_CODE (gimple_assign_lhs (use)) == SSA_NAME)
	{
	  lw_cl_mark_addr_copy (cx, gimple_assign_lhs (use), v, depth);
	  continue;
	}
      lw_cl_untrack (cx, v, "its address is kept");
    }
}

/* Whether CALL only borrows its argument ARGNO: it cannot free, close
   or keep it (call-effects.c).  */
static bool
lw_cl_borrowing_call_p (gcall *call, unsigned argno)
{
  return lw_call_arg_effect (call, argno) == LW_ARG_READS;
}

/* Whether CALL's argument ARGNO, the address of cleanup variable V,
   receives a new owned object (asprintf (&v, ...)), the old value
   being neither read nor freed: a reassignment of V.  Not when the
   call is also given V's value or another pointer to V, nor when its
   result is used but does not tell when it stored the object (a test
   of the result may keep the failure path going, where V got nothing
   new; lw_cl_start_facts lets the walks take the success paths).  */
bool
lw_cl_allocates_into_p (lw_cl_ctx *cx, gcall *call, unsigned argno, int v)
{
  tree arg = gimple_call_arg (call, argno);
  tree lhs = gimple_call_lhs (call);
  enum tree_code succ;
  if (TREE_CODE (arg) != ADDR_EXPR || TREE_OPERAND (arg, 0) != cx->vars[v].decl
      || lw_call_arg_effect (call, argno) != LW_ARG_ALLOCATES_INTO
      || (lhs
	  && (TREE_CODE (lhs) != SSA_NAME
	      || !lw_call_alloc_success (call, &succ))))
    return false;
  /* The old value given too: to be freed or kept (realloc-like), not
     when it is only read ('asprintf (&p, "%s/x", p)': it leaks).  */
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      if (i != argno
	  && (lw_cl_addr_arg (cx, a) == v
	      || (TREE_CODE (a) == SSA_NAME
		  && cx->carrier_var[SSA_NAME_VERSION (a)] == v
		  && lw_call_arg_effect (call, i) != LW_ARG_READS)))
	return false;
    }
  return true;
}

/* Builtins that return their first argument.  */
static bool
lw_cl_returns_arg0_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_MEMCPY:
    case BUILT_IN_MEMMOVE:
    case BUILT_IN_MEMSET:
    case BUILT_IN_STRCPY:
    case BUILT_IN_STRNCPY:
    case BUILT_IN_STRCAT:
    case BUILT_IN_STRNCAT:
    case BUILT_IN_ASSUME_ALIGNED:
    case BUILT_IN_EXPECT:
      return true;
    default:
      return false;
    }
}

/* What the uses of NAME, an SSA name holding a tracked variable's
   value, do with it: LW_CL_HANDOFF if one may free, close or keep it,
   LW_CL_RETURNED if it reaches a return.  */
unsigned
lw_cl_classify (lw_cl_ctx *cx, tree name, int depth)
{
  unsigned ver = SSA_NAME_VERSION (name);
  if (cx->use_flags[ver] & LW_CL_DONE)
    return cx->use_flags[ver] & ~LW_CL_DONE;
  /* Mark first, so a cycle through PHIs ends.  */
  cx->use_flags[ver] = LW_CL_DONE;
  if (depth > LW_CL_USE_DEPTH)
    {
      lw_debug ("cleanup: uses of %s deeper than %d: taken as a hand-off",
		get_name (name) ? get_name (name) : "a value",
		LW_CL_USE_DEPTH);
      cx->use_flags[ver] = LW_CL_DONE | LW_CL_HANDOFF;
      return LW_CL_HANDOFF;
    }
  unsigned flags = 0;
  imm_use_iterator it;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, it, name)
    {
      gimple *use = USE_STMT (use_p);
      switch (gimple_code (use))
	{
	case GIMPLE_DEBUG:
	case GIMPLE_COND:
	case GIMPLE_SWITCH:
	  break;
	case GIMPLE_RETURN:
	  flags |= LW_CL_HANDOFF | LW_CL_RETURNED;
	  break;
	case GIMPLE_PHI:
	  flags |= lw_cl_classify (cx, gimple_phi_result (use), depth + 1);
	  break;
	case GIMPLE_ASSIGN:
	  {
	    tree lhs = gimple_assign_lhs (use);
	    enum tree_code code = gimple_assign_rhs_code (use);
	    if (gimple_assign_single_p (use)
		&& gimple_assign_rhs1 (use) == name)
	      {
		if (TREE_CODE (lhs) == SSA_NAME)
		  flags |= lw_cl_classify (cx, lhs, depth + 1);
		else if (cx->carrier_var[ver] < 0
			 || lw_cl_ref_var (cx, lhs) != cx->carrier_var[ver])
		  /* Stored somewhere else: ownership may have moved.  */
		  flags |= LW_CL_HANDOFF;
	      }
	    else if (TREE_CODE (lhs) == SSA_NAME
		     && (CONVERT_EXPR_CODE_P (code)
			 || code == VIEW_CONVERT_EXPR || code == COND_EXPR
			 || code == MIN_EXPR || code == MAX_EXPR))
	      flags |= lw_cl_classify (cx, lhs, depth + 1);
	    /* Otherwise a comparison, arithmetic or a dereference: the
	       value is only read.  */
	    break;
	  }
	case GIMPLE_CALL:
	  {
	    gcall *call = as_a<gcall *> (use);
	    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	      if (gimple_call_arg (call, i) == name)
		{
		  if (!lw_cl_borrowing_call_p (call, i))
		    flags |= LW_CL_HANDOFF;
		  else if (i == 0 && lw_cl_returns_arg0_p (call)
			   && gimple_call_lhs (call)
			   && TREE_CODE (gimple_call_lhs (call)) == SSA_NAME)
		    flags |= lw_cl_classify (cx, gimple_call_lhs (call),
					     depth + 1);
		}
	    break;
	  }
	default:
	  flags |= LW_CL_HANDOFF;
	  break;
	}
    }
  cx->use_flags[ver] = flags | LW_CL_DONE;
  return flags;
}

/* Record that NAME (and its copies and casts) carries the value of
   variable V as loaded or stored by ROOT.  */
void
lw_cl_mark_carrier (lw_cl_ctx *cx, tree name, int v, gimple *root, int depth)
{
  unsigned ver = SSA_NAME_VERSION (name);
  if (depth > LW_COPY_CHAIN_MAX)
    {
      /* Its further copies are not known to carry V: their uses are then
	 not understood, and V is not checked.  */
      lw_debug ("cleanup: copies of %s longer than %d",
		IDENTIFIER_POINTER (DECL_NAME (cx->vars[v].decl)),
		LW_COPY_CHAIN_MAX);
      return;
    }
  cx->carrier_var[ver] = v;
  cx->carrier_root[ver] = root;
  imm_use_iterator it;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, it, name)
    {
      gimple *use = USE_STMT (use_p);
      if (!is_gimple_assign (use)
	  || TREE_CODE (gimple_assign_lhs (use)) != SSA_NAME)
	continue;
      enum tree_code code = gimple_assign_rhs_code (use);
      if (code == SSA_NAME || CONVERT_EXPR_CODE_P (code)
	  || code == VIEW_CONVERT_EXPR)
	lw_cl_mark_carrier (cx, gimple_assign_lhs (use), v, root, depth + 1);
    }
}

/* Whether the value RHS stored into variable V is a new owned value: not
   a constant or an address, not the result of a call that was given
   V's old value or address (mfree, realloc, safe_close), not handed
   elsewhere too.  */
bool
lw_cl_owned_value_p (lw_cl_ctx *cx, tree rhs, int v)
{
  tree base = lw_strip_copies (rhs, true);
  if (TREE_CODE (base) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (base);
  /* -ftrivial-auto-var-init's zero fill: no resource.  */
  if (lw_deferred_init_kind (def) >= 0)
    return false;
  /* A pointer into a string ('tmp = strstr (url, "://")'), then
     replaced by a copy: nothing was owned before the copy.  */
  if (is_a<gcall *> (def) && lw_call_returns_interior (as_a<gcall *> (def)))
    return false;
  if (gcall *call = dyn_cast<gcall *> (def))
    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
      {
	tree a = gimple_call_arg (call, i);
	if (lw_cl_addr_arg (cx, a) == v)
	  return false;
	/* Given the old value to free or keep it (realloc), not only to
	   read it ('s = g_strdup_printf ("%s/x", s)': the old one
	   leaks).  */
	if (TREE_CODE (a) == SSA_NAME
	    && cx->carrier_var[SSA_NAME_VERSION (a)] == v
	    && lw_call_arg_effect (call, i) != LW_ARG_READS)
	  return false;
      }
  /* Arithmetic ('m &= 0777', 'p + n', 'a | FLAG') makes no new
     resource: a state update of the variable itself (the step of a
     RUN_WITH_UMASK loop) or a plain value.  */
  if (is_gimple_assign (def) && !gimple_assign_single_p (def))
    return false;
  /* 'type _nullvalue_ = NULL; *_pvar_ = _nullvalue_;' (TAKE_GENERIC), or
     a reload of the variable itself.  */
  if (is_gimple_assign (def)
      && (is_gimple_min_invariant (gimple_assign_rhs1 (def))
	  || lw_cl_ref_var (cx, gimple_assign_rhs1 (def)) == v))
    return false;
  /* Also kept or freed elsewhere ('list_add (l, p = strdup (s))').  */
  unsigned ver = SSA_NAME_VERSION (rhs);
  int saved = cx->carrier_var[ver];
  cx->carrier_var[ver] = v;
  bool handoff = lw_cl_classify (cx, rhs, 0) & LW_CL_HANDOFF;
  cx->carrier_var[ver] = saved;
  return !handoff;
}

/* Whether PARM, a pointer parameter of the current function, is an
   out-parameter: not main's (argv), and its value is never passed to a
   call (a pointer handed on, as 'argv' to execv, is an array the
   function fills for someone else, not a result slot).  */
static bool
lw_cl_out_param_p (tree parm)
{
  if (TREE_CODE (parm) != PARM_DECL || !POINTER_TYPE_P (TREE_TYPE (parm))
      || MAIN_NAME_P (DECL_NAME (current_function_decl)))
    return false;
  tree def = ssa_default_def (cfun, parm);
  if (!def)
    return false;
  imm_use_iterator it;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, it, def)
    {
      gimple *use = USE_STMT (use_p);
      if (is_gimple_call (use))
	return false;
      /* A copy or cast of it: followed no further, give up.  */
      if (is_gimple_assign (use)
	  && TREE_CODE (gimple_assign_lhs (use)) == SSA_NAME
	  && gimple_assign_rhs1 (use) == def
	  && (gimple_assign_single_p (use)
	      || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (use))
	      || gimple_assign_rhs_code (use) == POINTER_PLUS_EXPR))
	return false;
      if (gimple_code (use) == GIMPLE_PHI)
	return false;
    }
  return true;
}

/* Whether LHS is memory reached through a pointer parameter (the
   caller's memory): through fields, elements, pointer arithmetic,
   copies, a loop's advancing pointer (from its value on entry), and
   pointers loaded from such memory ('items[i]->name'), in at most
   LW_CL_ADDR_DEPTH steps.  */
static bool lw_cl_caller_memory_p (tree lhs, int depth);

/* A use U of the pointer N to a new object that hands the object to
   the caller: N returned, stored where the caller sees it (its memory,
   a global, an out-parameter; *DATA, the depth, bounds the objects
   followed one into another), or given to a call that keeps it.  */
static bool
lw_cl_reaches_caller (gimple *u, tree n, void *data)
{
  int depth = *(int *) data;
  if (is_a<greturn *> (u))
    return true;
  if (gassign *a = dyn_cast<gassign *> (u))
    {
      tree lhs = gimple_assign_lhs (a);
      if (gimple_assign_rhs1 (a) != n || TREE_CODE (lhs) == SSA_NAME
	  || !gimple_assign_single_p (a))
	return false;
      /* A global, or memory of the caller ('*ret = e' too).  */
      tree base = get_base_address (lhs);
      return (
	(base && VAR_P (base) && (TREE_STATIC (base) || DECL_EXTERNAL (base)))
	|| lw_cl_caller_memory_p (lhs, depth + 1));
    }
  if (gcall *c = dyn_cast<gcall *> (u))
    for (unsigned i = 0; i < gimple_call_num_args (c); i++)
      if (gimple_call_arg (c, i) == n
	  && lw_call_arg_effect (c, i) == LW_ARG_KEEPS)
	return true;
  return false;
}

/* Whether the new object PTR points to (the result of a malloc-like
   call) goes to the caller, through its pointer and the pointers made
   from it (lw_cl_object_uses, lw_cl_reaches_caller).  Not when it is
   only kept in locals, freed, or given to a function whose effect is
   not known (a destructor): the object may well die with the
   iteration.  */
static bool
lw_cl_fresh_escapes (tree ptr, int depth)
{
  if (depth > 1)
    return false;
  return lw_cl_object_uses (ptr, NULL, lw_cl_reaches_caller, &depth,
			    LW_CL_FRESH_USES, "LW_CL_FRESH_USES",
			    "not taken to reach the caller")
	 == 1;
}

static bool
lw_cl_caller_memory_p (tree lhs, int depth)
{
  tree t = lhs;
  for (int steps = 0; steps < LW_CL_ADDR_DEPTH; steps++)
    {
      while (handled_component_p (t))
	t = TREE_OPERAND (t, 0);
      if (TREE_CODE (t) == MEM_REF)
	t = TREE_OPERAND (t, 0);
      if (TREE_CODE (t) != SSA_NAME)
	return false;
      if (SSA_NAME_IS_DEFAULT_DEF (t))
	return (SSA_NAME_VAR (t) && TREE_CODE (SSA_NAME_VAR (t)) == PARM_DECL
		&& POINTER_TYPE_P (TREE_TYPE (t)));
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (gphi *phi = dyn_cast<gphi *> (def))
	{
	  /* 'p++' in a loop: the value the loop starts from.  */
	  class loop *l = gimple_bb (phi)->loop_father;
	  if (!l || !loop_outer (l) || l->header != gimple_bb (phi))
	    return false;
	  tree from = NULL_TREE;
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, gimple_bb (phi)->preds)
	    if (!lw_back_edge_p (e))
	      {
		if (from)
		  return false;
		from = PHI_ARG_DEF_FROM_EDGE (phi, e);
	      }
	  if (!from)
	    return false;
	  t = from;
	  continue;
	}
      /* A new object in the heap ('e = malloc (...); e->name = s'),
	 handed to the caller afterwards (linked into its list); or an
	 array grown by realloc, which the caller gets the same way.  */
      if (lw_call_new_object_p (def) || lw_call_realloc_p (def))
	return lw_cl_fresh_escapes (t, depth);
      if (!is_gimple_assign (def))
	return false;
      enum tree_code code = gimple_assign_rhs_code (def);
      if (code == POINTER_PLUS_EXPR || code == SSA_NAME
	  || CONVERT_EXPR_CODE_P (code))
	t = gimple_assign_rhs1 (def);
      else if (gimple_assign_load_p (def) && gimple_assign_single_p (def))
	/* A pointer loaded from memory: where is that memory?  */
	t = gimple_assign_rhs1 (def);
      else
	return false;
    }
  return false;
}

/* Whether storing into LHS puts the value where it clearly outlives the
   variable: a global or static variable, or '*ret' with RET an
   out-parameter (the forgotten TAKE_PTR).  Fields and elements of
   objects reached through parameters or other pointers are not counted
   as such: publishing a value there for a while, or registering it in a
   parent whose entry the cleanup removes again, is a common correct
   idiom: such stores are LW_CL_TO_CALLER, and elements and fields of
   local aggregates LW_CL_TO_LOCAL (reused argv arrays), escapes only
   under the conditions of lw_cl_report_escape.  */
enum lw_cl_store_to
lw_cl_store_to (tree lhs)
{
  tree base = VAR_P (lhs) ? lhs : get_base_address (lhs);
  if (base && VAR_P (base))
    {
      if (TREE_STATIC (base) || DECL_EXTERNAL (base))
	return LW_CL_TO_FILE_SCOPE;
      /* An element or field of a local aggregate (not a plain local, a
	 copy; not one with a cleanup of its own, which may own it).  */
      if (base != lhs && AGGREGATE_TYPE_P (TREE_TYPE (base))
	  && !lookup_attribute ("cleanup", DECL_ATTRIBUTES (base)))
	return LW_CL_TO_LOCAL;
      return LW_CL_TO_NOWHERE;
    }
  if (TREE_CODE (lhs) == MEM_REF && integer_zerop (TREE_OPERAND (lhs, 1)))
    {
      tree ptr = TREE_OPERAND (lhs, 0);
      if (TREE_CODE (ptr) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (ptr)
	  && SSA_NAME_VAR (ptr) && lw_cl_out_param_p (SSA_NAME_VAR (ptr)))
	return LW_CL_TO_OUT_PARAM;
    }
  if (lw_cl_caller_memory_p (lhs, 0))
    return LW_CL_TO_CALLER;
  /* A new object of this function the caller does not get (a growing
     array it reads after a loop).  */
  tree root = lw_cl_object_root (lhs);
  if (root && !SSA_NAME_IS_DEFAULT_DEF (root)
      && (lw_call_new_object_p (SSA_NAME_DEF_STMT (root))
	  || lw_call_realloc_p (SSA_NAME_DEF_STMT (root))))
    return LW_CL_TO_HEAP;
  return LW_CL_TO_NOWHERE;
}

/* Whether a variable of TYPE can hold a resource: a pointer, or an
   integer of at least int precision (a descriptor).  char, short, bool
   and enums are plain values (a cleanup that wipes a character, restores
   a flag...), not resources.  */
static bool
lw_cl_resource_type_p (tree type)
{
  if (POINTER_TYPE_P (type))
    return true;
  return TREE_CODE (type) == INTEGER_TYPE
	 && TYPE_PRECISION (type) >= TYPE_PRECISION (integer_type_node);
}

/* Collect the cleanup variables of FUN.  */
void
lw_cl_collect_vars (lw_cl_ctx *cx, function *fun)
{
  unsigned ix;
  tree var;
  FOR_EACH_LOCAL_DECL (fun, ix, var)
  {
    if (!VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var)
	|| !DECL_NAME (var) || cx->index->get (var))
      continue;
    tree attr = lookup_attribute ("cleanup", DECL_ATTRIBUTES (var));
    if (!attr || !TREE_VALUE (attr))
      continue;
    tree id = TREE_VALUE (TREE_VALUE (attr));
    if (!id || TREE_CODE (id) != IDENTIFIER_NODE)
      continue;
    if (!lw_cl_resource_type_p (TREE_TYPE (var)))
      continue;
    lw_cl_var cv;
    cv.decl = var;
    cv.cleanup = id;
    cv.tracked = true;
    cv.uninit_reported = false;
    cv.cond_takes = false;
    cv.clobber_bbs = vNULL;
    cv.sites = vNULL;
    cv.events = vNULL;
    cx->index->put (var, cx->vars.length ());
    cx->vars.safe_push (cv);
  }
}

/* Number the statements of FUN (uids from 1; returns the first unused
   one), and find the SSA names holding the address of a variable.  A
   variable the address of a part of which is taken, or whose address
   reaches a PHI, is not followed.  */
unsigned
lw_cl_find_addresses (lw_cl_ctx *cx, function *fun)
{
  unsigned nssa = num_ssa_names;
  cx->addr_var = XNEWVEC (int, nssa);
  cx->carrier_var = XNEWVEC (int, nssa);
  cx->carrier_root = XCNEWVEC (gimple *, nssa);
  cx->use_flags = XCNEWVEC (unsigned char, nssa);
  for (unsigned i = 0; i < nssa; i++)
    cx->addr_var[i] = cx->carrier_var[i] = -1;

  basic_block bb;
  unsigned uid = 1;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	gimple_set_uid (stmt, uid++);
	if (is_gimple_assign (stmt) && gimple_assign_single_p (stmt)
	    && TREE_CODE (gimple_assign_lhs (stmt)) == SSA_NAME
	    && TREE_CODE (gimple_assign_rhs1 (stmt)) == ADDR_EXPR)
	  {
	    tree op = TREE_OPERAND (gimple_assign_rhs1 (stmt), 0);
	    int v = lw_cl_var_index (cx, op);
	    if (v < 0)
	      v = lw_cl_var_index (cx, get_base_address (op));
	    if (v >= 0 && op == cx->vars[v].decl)
	      lw_cl_mark_addr_ssa (cx, gimple_assign_lhs (stmt), v, 0);
	    else if (v >= 0)
	      lw_cl_untrack (cx, v, "the address of a part is taken");
	  }
      }
  FOR_EACH_BB_FN (bb, fun)
    for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gphi *phi = gsi.phi ();
	for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	  {
	    tree a = gimple_phi_arg_def (phi, i);
	    if (TREE_CODE (a) == ADDR_EXPR)
	      {
		tree base = get_base_address (TREE_OPERAND (a, 0));
		lw_cl_untrack (cx, base ? lw_cl_var_index (cx, base) : -1,
			       "its address reaches a PHI");
	      }
	  }
      }
  return uid;
}

/* Which variable's value T may be, going back through the copies, PHIs
   and calls lw_cl_classify follows forward: the index of the one
   variable whose carriers it may come from, -1 none (a constant, a
   parameter, a new value), -2 several or not known (past BUDGET
   names).  */
/* lw_cl_value_of's answer for a value that may be A or R.  */
static int
lw_cl_value_join (int r, int a)
{
  if (a == -2 || (a >= 0 && r >= 0 && a != r))
    return -2;
  return a >= 0 ? a : r;
}

static int
lw_cl_value_of (lw_cl_ctx *cx, tree t, int *budget)
{
  if (TREE_CODE (t) != SSA_NAME)
    return is_gimple_min_invariant (t) ? -1 : -2;
  if (--*budget < 0)
    return -2;
  if (cx->carrier_var[SSA_NAME_VERSION (t)] >= 0)
    return cx->carrier_var[SSA_NAME_VERSION (t)];
  if (SSA_NAME_IS_DEFAULT_DEF (t))
    return -1;
  gimple *def = SSA_NAME_DEF_STMT (t);
  tree ops[2] = { NULL_TREE, NULL_TREE };
  int r = -1;
  if (gphi *phi = dyn_cast<gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi) && r != -2; i++)
	r = lw_cl_value_join (r,
			      lw_cl_value_of (cx, gimple_phi_arg_def (phi, i),
					      budget));
      return r;
    }
  else if (gassign *as = dyn_cast<gassign *> (def))
    {
      enum tree_code code = gimple_assign_rhs_code (as);
      if (code == SSA_NAME || CONVERT_EXPR_CODE_P (code))
	ops[0] = gimple_assign_rhs1 (as);
      else if (code == VIEW_CONVERT_EXPR)
	ops[0] = TREE_OPERAND (gimple_assign_rhs1 (as), 0);
      else if (code == COND_EXPR)
	ops[0] = gimple_assign_rhs2 (as), ops[1] = gimple_assign_rhs3 (as);
      else if (code == MIN_EXPR || code == MAX_EXPR)
	ops[0] = gimple_assign_rhs1 (as), ops[1] = gimple_assign_rhs2 (as);
      else if (gimple_assign_load_p (as))
	/* A variable's own loads are carriers; other memory is not
	   where lw_cl_classify follows a value.  */
	return lw_cl_ref_var (cx, gimple_assign_rhs1 (as)) >= 0 ? -2 : -1;
      else
	return -1; /* Arithmetic, comparisons, constants.  */
    }
  else if (gcall *call = dyn_cast<gcall *> (def))
    {
      if (!lw_cl_returns_arg0_p (call) || gimple_call_num_args (call) < 1)
	return -1;
      ops[0] = gimple_call_arg (call, 0);
    }
  else
    return -2;
  for (int i = 0; i < 2 && ops[i] && r != -2; i++)
    r = lw_cl_value_join (r, lw_cl_value_of (cx, ops[i], budget));
  return r;
}

/* Mark the blocks whose PHI gives the function's return value.  */
void
lw_cl_find_return_phis (lw_cl_ctx *cx, function *fun)
{
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fun)->preds)
    {
      greturn *ret = safe_dyn_cast<greturn *> (lw_last_stmt (e->src));
      tree rv = ret ? gimple_return_retval (ret) : NULL_TREE;
      rv = rv ? lw_strip_copies (rv, true) : NULL_TREE;
      gphi *phi = (rv && TREE_CODE (rv) == SSA_NAME
		     ? dyn_cast<gphi *> (SSA_NAME_DEF_STMT (rv))
		     : NULL);
      if (phi)
	cx->bbs[gimple_bb (phi)->index].ret_phi = phi;
    }
}

/* Edge E into the block of the return value's PHI: a value returned
   (an escape site of a return) is not returned on E when E's argument
   of the PHI cannot be it ('if (check (s) < 0) return NULL;' after 's
   = t'): drop those sites from STATE.  */
void
lw_cl_refine_return (lw_cl_ctx *cx, lw_dfstate *state, edge e)
{
  gphi *phi = cx->bbs[e->dest->index].ret_phi;
  int budget = LW_CL_USE_DEPTH;
  int w = lw_cl_value_of (cx, PHI_ARG_DEF_FROM_EDGE (phi, e), &budget);
  if (w == -2)
    return;
  unsigned base = cx->vars.length () * LW_CL_NBITS, b;
  bitmap_iterator bi;
  auto_vec<unsigned, 8> drop;
  EXECUTE_IF_SET_IN_BITMAP (&state->bits, base, b, bi)
  {
    lw_cl_site *s = &cx->sites[b - base];
    if (s->is_return && s->var != w)
      drop.safe_push (b);
  }
  for (unsigned b2 : drop)
    bitmap_clear_bit (&state->bits, b2);
}
