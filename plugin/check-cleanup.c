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
   and one bit per escape site E: the value stored at that site (or
   returned) may still be owned by the variable (sparse: dfstate.h).

   Each statement is turned once into a short list of events (store,
   release, escape, cleanup, clobber); the dataflow and the reporting
   replay only those.  A store of a new owned value while O is set is
   reported (-Wcleanup-in-loop when B is set, -Wcleanup-overwrite when
   not); a cleanup call reached with U is -Wcleanup-uninit, one reached
   with an escape bit -Wcleanup-escape (or -Wcleanup-in-loop when the
   variable lives in the loop body).

   An escape counts only if the variable may own the value when it is
   read (the L bit): 'if (fd < 0) return fd;' and 'conn_ref (c); *ret =
   c;' are not escapes.  Only returns, stores into globals and statics,
   and '*ret = v' with RET an out-parameter are escape sites; stores into
   objects reached through pointers are not (registration in a parent,
   publishing for the duration of a call).  Only pointers and integers of
   at least int precision are checked.

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
   mixed.  */

#include "leakwatch-int.h"
#include "tree-cfg.h"
#include "cfganal.h"
#include "fold-const.h"
#include "gimple-walk.h"
#include "tree-dfa.h"
#include "tree-pretty-print.h"
#include "dfstate.h"

/* Bits per variable in the dataflow; U is the set of dfstate.h.  */
#define LW_CL_O 0
#define LW_CL_B 1
#define LW_CL_L 3
#define LW_CL_NBITS 4

/* A tracked cleanup variable.  */
struct lw_cl_var
{
  tree decl;
  tree cleanup; /* IDENTIFIER_NODE of the function.  */
  bool tracked; /* False once we see something we do not
		   follow.  */
  bool uninit_reported;
  vec<basic_block> clobber_bbs;
  vec<int> sites;  /* Its escape sites.  */
  vec<int> events; /* Its events, in order (indices in lw_cl_events).  */
};

enum lw_cl_event_kind
{
  LW_EV_STORE_OWN,    /* A new owned value is stored.  */
  LW_EV_STORE_NONOWN, /* A constant, or the result of a call given the
			 old value (mfree, realloc, safe_close).  */
  LW_EV_RELEASE_VAL,  /* The value is handed to something that may
			 free or keep it.  */
  LW_EV_RELEASE_ADDR, /* &var is handed to a call.  */
  LW_EV_ESCAPE,	      /* The value is stored outward or returned.  */
  LW_EV_CLEANUP,      /* The cleanup call.  */
  LW_EV_CLOBBER,      /* End of the variable's life.  */
  LW_EV_PATH_END      /* A failed assertion: no variable (-1).  */
};

struct lw_cl_event
{
  enum lw_cl_event_kind kind;
  int var;
  int site; /* LW_EV_ESCAPE: index in lw_cl_sites.  */
  int src;  /* LW_EV_STORE_OWN: a variable whose address the call
	       that made the value was given ('a = steal_fd (&b)'), or
	       -1.  If that variable owned nothing, neither does this
	       value.  */
  gimple *stmt;
};

struct lw_cl_site
{
  int var;
  gimple *stmt;
  bool is_return;
  bool reported;
};

/* Per basic block: its events, and the variable a final condition
   shows to hold no resource on one of the edges.  */
struct lw_cl_bb
{
  unsigned first_event, n_events;
  int refine_var;      /* -1 if none.  */
  bool refine_on_true; /* The true edge has no resource.  */
  /* A 'finally_tmp' dispatch ending this block: the block whose PHI
     defines the switch's index, NULL if none.  */
  basic_block dispatch_head;
  unsigned first_route, n_routes;
};

/* A predecessor edge of a dispatch head and the edge of the dispatch
   block that its constant selects (NULL: unknown, all of them).  */
struct lw_cl_route
{
  edge in;
  edge out;
};

/* The state of one function's analysis.  */
static vec<lw_cl_var> lw_cl_vars;
static hash_map<tree, int> *lw_cl_index;
static vec<lw_cl_event> lw_cl_events;
static vec<lw_cl_site> lw_cl_sites;
static vec<lw_cl_route> lw_cl_routes;
static lw_cl_bb *lw_cl_bbs;
/* Per SSA version.  */
static int *lw_cl_addr_var;    /* The var whose address it is, or -1.  */
static int *lw_cl_carrier_var; /* The var whose value it carries, or -1.  */
static gimple **lw_cl_carrier_root;    /* The load or store it comes from.  */
static unsigned char *lw_cl_use_flags; /* Cached lw_cl_classify.  */

#define LW_CL_HANDOFF 1
#define LW_CL_RETURNED 2
#define LW_CL_DONE 4

/* The index of tracked variable DECL, or -1.  */
static int
lw_cl_var_index (tree decl)
{
  if (!decl || !VAR_P (decl) || !lw_cl_index)
    return -1;
  int *p = lw_cl_index->get (decl);
  return p ? *p : -1;
}

/* If REF (an operand) is exactly the tracked variable, directly or
   through '*&v' or '*p' with P holding &v, return its index, else -1.  */
static int
lw_cl_ref_var (tree ref)
{
  if (!ref)
    return -1;
  if (VAR_P (ref))
    return lw_cl_var_index (ref);
  if (TREE_CODE (ref) != MEM_REF || !integer_zerop (TREE_OPERAND (ref, 1)))
    return -1;
  tree base = TREE_OPERAND (ref, 0);
  int v = -1;
  if (TREE_CODE (base) == ADDR_EXPR)
    v = lw_cl_var_index (TREE_OPERAND (base, 0));
  else if (TREE_CODE (base) == SSA_NAME)
    v = lw_cl_addr_var[SSA_NAME_VERSION (base)];
  if (v < 0)
    return -1;
  tree vt = TREE_TYPE (lw_cl_vars[v].decl);
  if (!TYPE_SIZE (TREE_TYPE (ref))
      || !operand_equal_p (TYPE_SIZE (TREE_TYPE (ref)), TYPE_SIZE (vt), 0))
    return -1;
  return v;
}

/* If ARG (a call argument) is &v of a tracked variable (or part of it),
   or an SSA name holding &v, return its index, else -1.  */
static int
lw_cl_addr_arg (tree arg)
{
  if (TREE_CODE (arg) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (arg, 0));
      return base ? lw_cl_var_index (base) : -1;
    }
  if (TREE_CODE (arg) == SSA_NAME)
    return lw_cl_addr_var[SSA_NAME_VERSION (arg)];
  return -1;
}

static void
lw_cl_untrack (int v, const char *why)
{
  if (v >= 0 && lw_cl_vars[v].tracked)
    {
      lw_cl_vars[v].tracked = false;
      lw_debug ("cleanup: %s not checked: %s",
		IDENTIFIER_POINTER (DECL_NAME (lw_cl_vars[v].decl)), why);
    }
}

/* Walk callback: untrack every tracked variable found.  */
static tree
lw_cl_untrack_refs (tree *tp, int *walk_subtrees, void *)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (VAR_P (*tp))
    lw_cl_untrack (lw_cl_var_index (*tp), "used in a way not followed");
  return NULL_TREE;
}

/* Collect the SSA names holding the address of a tracked variable, and
   check that each is only dereferenced whole or passed to calls.  */
static void
lw_cl_mark_addr_ssa (tree name, int v, int depth)
{
  lw_cl_addr_var[SSA_NAME_VERSION (name)] = v;
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
	  if (rhs == name && TREE_CODE (lhs) == SSA_NAME && depth < 8
	      && lw_cl_addr_var[SSA_NAME_VERSION (lhs)] < 0)
	    {
	      lw_cl_mark_addr_ssa (lhs, v, depth + 1);
	      continue;
	    }
	  if ((TREE_CODE (lhs) == MEM_REF && TREE_OPERAND (lhs, 0) == name
	       && rhs != name && lw_cl_ref_var (lhs) == v)
	      || (TREE_CODE (rhs) == MEM_REF && TREE_OPERAND (rhs, 0) == name
		  && lhs != name && lw_cl_ref_var (rhs) == v))
	    continue;
	}
      if (is_gimple_assign (use)
	  && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (use))
	  && TREE_CODE (gimple_assign_lhs (use)) == SSA_NAME && depth < 8
	  && lw_cl_addr_var[SSA_NAME_VERSION (gimple_assign_lhs (use))] < 0)
	{
	  lw_cl_mark_addr_ssa (gimple_assign_lhs (use), v, depth + 1);
	  continue;
	}
      lw_cl_untrack (v, "its address is kept");
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
static bool
lw_cl_allocates_into_p (gcall *call, unsigned argno, int v)
{
  tree arg = gimple_call_arg (call, argno);
  tree lhs = gimple_call_lhs (call);
  enum tree_code succ;
  if (TREE_CODE (arg) != ADDR_EXPR
      || TREE_OPERAND (arg, 0) != lw_cl_vars[v].decl
      || lw_call_arg_effect (call, argno) != LW_ARG_ALLOCATES_INTO
      || (lhs
	  && (TREE_CODE (lhs) != SSA_NAME
	      || !lw_call_alloc_success (call, &succ))))
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      if (i != argno
	  && (lw_cl_addr_arg (a) == v
	      || (TREE_CODE (a) == SSA_NAME
		  && lw_cl_carrier_var[SSA_NAME_VERSION (a)] == v)))
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
static unsigned
lw_cl_classify (tree name, int depth)
{
  unsigned ver = SSA_NAME_VERSION (name);
  if (lw_cl_use_flags[ver] & LW_CL_DONE)
    return lw_cl_use_flags[ver] & ~LW_CL_DONE;
  /* Mark first, so a cycle through PHIs ends.  */
  lw_cl_use_flags[ver] = LW_CL_DONE;
  if (depth > 16)
    {
      lw_cl_use_flags[ver] = LW_CL_DONE | LW_CL_HANDOFF;
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
	  flags |= lw_cl_classify (gimple_phi_result (use), depth + 1);
	  break;
	case GIMPLE_ASSIGN:
	  {
	    tree lhs = gimple_assign_lhs (use);
	    enum tree_code code = gimple_assign_rhs_code (use);
	    if (gimple_assign_single_p (use)
		&& gimple_assign_rhs1 (use) == name)
	      {
		if (TREE_CODE (lhs) == SSA_NAME)
		  flags |= lw_cl_classify (lhs, depth + 1);
		else if (lw_cl_carrier_var[ver] < 0
			 || lw_cl_ref_var (lhs) != lw_cl_carrier_var[ver])
		  /* Stored somewhere else: ownership may have moved.  */
		  flags |= LW_CL_HANDOFF;
	      }
	    else if (TREE_CODE (lhs) == SSA_NAME
		     && (CONVERT_EXPR_CODE_P (code)
			 || code == VIEW_CONVERT_EXPR || code == COND_EXPR
			 || code == MIN_EXPR || code == MAX_EXPR))
	      flags |= lw_cl_classify (lhs, depth + 1);
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
		    flags
		      |= lw_cl_classify (gimple_call_lhs (call), depth + 1);
		}
	    break;
	  }
	default:
	  flags |= LW_CL_HANDOFF;
	  break;
	}
    }
  lw_cl_use_flags[ver] = flags | LW_CL_DONE;
  return flags;
}

/* Record that NAME (and its copies and casts) carries the value of
   variable V as loaded or stored by ROOT.  */
static void
lw_cl_mark_carrier (tree name, int v, gimple *root, int depth)
{
  unsigned ver = SSA_NAME_VERSION (name);
  if (lw_cl_carrier_root[ver] == root || depth > 8)
    return;
  lw_cl_carrier_var[ver] = v;
  lw_cl_carrier_root[ver] = root;
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
	lw_cl_mark_carrier (gimple_assign_lhs (use), v, root, depth + 1);
    }
}

/* Follow copies and casts back from NAME.  */
static tree
lw_cl_strip_copies (tree name)
{
  for (int i = 0; i < 8 && TREE_CODE (name) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (!is_gimple_assign (def))
	break;
      enum tree_code code = gimple_assign_rhs_code (def);
      if (code != SSA_NAME && !CONVERT_EXPR_CODE_P (code)
	  && code != VIEW_CONVERT_EXPR)
	break;
      tree op = gimple_assign_rhs1 (def);
      if (code == VIEW_CONVERT_EXPR)
	op = TREE_OPERAND (op, 0);
      name = op;
    }
  return name;
}

/* Whether the value RHS stored into variable V is a new owned value: not
   a constant or an address, not the result of a call that was given
   V's old value or address (mfree, realloc, safe_close), not handed
   elsewhere too.  */
static bool
lw_cl_owned_value_p (tree rhs, int v)
{
  if (TREE_CODE (rhs) != SSA_NAME)
    return false;
  tree base = lw_cl_strip_copies (rhs);
  if (TREE_CODE (base) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (base);
  if (gcall *call = dyn_cast<gcall *> (def))
    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
      {
	tree a = gimple_call_arg (call, i);
	if (lw_cl_addr_arg (a) == v)
	  return false;
	if (TREE_CODE (a) == SSA_NAME
	    && lw_cl_carrier_var[SSA_NAME_VERSION (a)] == v)
	  return false;
      }
  /* 'type _nullvalue_ = NULL; *_pvar_ = _nullvalue_;' (TAKE_GENERIC), or
     a reload of the variable itself.  */
  if (is_gimple_assign (def) && gimple_assign_single_p (def)
      && (is_gimple_min_invariant (gimple_assign_rhs1 (def))
	  || lw_cl_ref_var (gimple_assign_rhs1 (def)) == v))
    return false;
  /* Arithmetic ('m &= 0777', 'p + n', 'a | FLAG') makes no new
     resource: a state update of the variable itself (the step of a
     RUN_WITH_UMASK loop) or a plain value.  */
  if (is_gimple_assign (def) && !gimple_assign_single_p (def))
    return false;
  /* Also kept or freed elsewhere ('list_add (l, p = strdup (s))').  */
  unsigned ver = SSA_NAME_VERSION (rhs);
  int saved = lw_cl_carrier_var[ver];
  lw_cl_carrier_var[ver] = v;
  bool handoff = lw_cl_classify (rhs, 0) & LW_CL_HANDOFF;
  lw_cl_carrier_var[ver] = saved;
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

/* Whether storing into LHS puts the value where it clearly outlives the
   variable: a global or static variable, or '*ret' with RET an
   out-parameter (the forgotten TAKE_PTR).  Fields and elements of
   objects reached through parameters or other pointers are not counted:
   publishing a value there for a while, or registering it in a parent
   whose entry the cleanup removes again, is a common correct idiom.
   Locals are not counted either (reused argv arrays).  */
static bool
lw_cl_outward_store_p (tree lhs)
{
  if (VAR_P (lhs))
    return TREE_STATIC (lhs) || DECL_EXTERNAL (lhs);
  tree base = get_base_address (lhs);
  if (base && VAR_P (base))
    return TREE_STATIC (base) || DECL_EXTERNAL (base);
  if (TREE_CODE (lhs) != MEM_REF || !integer_zerop (TREE_OPERAND (lhs, 1)))
    return false;
  tree ptr = TREE_OPERAND (lhs, 0);
  if (TREE_CODE (ptr) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (ptr)
      || !SSA_NAME_VAR (ptr))
    return false;
  return lw_cl_out_param_p (SSA_NAME_VAR (ptr));
}

static void
lw_cl_add_event (enum lw_cl_event_kind kind, int v, gimple *stmt,
		 int site = -1)
{
  lw_cl_event ev;
  ev.kind = kind;
  ev.var = v;
  ev.site = site;
  ev.src = -1;
  ev.stmt = stmt;
  lw_cl_events.safe_push (ev);
}

static int
lw_cl_add_site (int v, gimple *stmt, bool is_return)
{
  lw_cl_site s;
  s.var = v;
  s.stmt = stmt;
  s.is_return = is_return;
  s.reported = false;
  lw_cl_sites.safe_push (s);
  lw_cl_vars[v].sites.safe_push (lw_cl_sites.length () - 1);
  return lw_cl_sites.length () - 1;
}

/* 'tmp = steal (&w); v = tmp;' in BB: replay the owned store of V
   (from STMT) just before the release of W by that call, with W as its
   source, so that a steal from a W owning nothing stores nothing.
   Return false if RHS does not come from such a call.  */
static bool
lw_cl_add_steal_store (tree rhs, int v, gimple *stmt, lw_cl_bb *info)
{
  tree base = lw_cl_strip_copies (rhs);
  if (TREE_CODE (base) != SSA_NAME)
    return false;
  gcall *call = dyn_cast<gcall *> (SSA_NAME_DEF_STMT (base));
  if (!call || gimple_bb (call) != gimple_bb (stmt))
    return false;
  int w = -1;
  for (unsigned i = 0; i < gimple_call_num_args (call) && w < 0; i++)
    {
      int a = lw_cl_addr_arg (gimple_call_arg (call, i));
      if (a >= 0 && a != v)
	w = a;
    }
  if (w < 0)
    return false;
  unsigned k = lw_cl_events.length ();
  while (k > info->first_event)
    {
      lw_cl_event *ev = &lw_cl_events[k - 1];
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
  lw_cl_events.safe_insert (k - 1, ev);
  return true;
}

/* The source of a steal: for 'v = steal (&w)' into cleanup variable
   SV, the cleanup variable W whose address the call gets; -1 if there is
   none or the call was given SV's own address or value (mfree,
   safe_close, realloc: not a new owned value).  */
static int
lw_cl_steal_source (gcall *call, int sv)
{
  int src = -1;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      int av = lw_cl_addr_arg (a);
      if (av == sv)
	return -1;
      if (av >= 0 && src < 0)
	src = av;
      if (TREE_CODE (a) == SSA_NAME
	  && lw_cl_carrier_var[SSA_NAME_VERSION (a)] == sv)
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
lw_cl_split_steal (gcall *call, int *sv)
{
  tree val = gimple_call_lhs (call);
  gassign *st = NULL;
  /* Through plain copies ('_1 = _20; v = _1;' at -O0).  */
  for (int depth = 0; depth < 4 && !st; depth++)
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
  int v = lw_cl_ref_var (gimple_assign_lhs (st));
  if (v < 0 || lw_cl_steal_source (call, v) < 0)
    return NULL;
  *sv = v;
  return st;
}

/* Whether carrier NAME holds the current value of its variable at the
   end of the statements seen so far in BB, given LAST_STORE (uid of
   the last store to each variable in BB, 0 if none).  */
static int
lw_cl_current_carrier (tree name, basic_block bb, const unsigned *last_store)
{
  if (TREE_CODE (name) != SSA_NAME)
    return -1;
  unsigned ver = SSA_NAME_VERSION (name);
  int v = lw_cl_carrier_var[ver];
  gimple *root = lw_cl_carrier_root[ver];
  if (v < 0 || !root || gimple_bb (root) != bb || !lw_cl_vars[v].tracked)
    return -1;
  if (gimple_uid (root) < last_store[v])
    return -1;
  /* A load is current if no store followed it; a stored value if its
     store is the last one.  */
  if (gimple_uid (root) == last_store[v] || !gimple_assign_single_p (root)
      || lw_cl_ref_var (gimple_assign_rhs1 (root)) == v)
    return v;
  return -1;
}

/* Like lw_cl_current_carrier, for NAME loaded in the single
   predecessor of BB and tested through a call that ended that block
   (with -fexceptions: 'p.1 = p; _2 = g_strcmp0 (p.1, 0B);' then
   'if (_2 == 0)' in BB): current if neither block changed the variable
   after the load.  */
static int
lw_cl_carrier_across_call (tree name, basic_block bb,
			   const unsigned *last_store)
{
  int v = lw_cl_current_carrier (name, bb, last_store);
  if (v >= 0 || TREE_CODE (name) != SSA_NAME || !single_pred_p (bb))
    return v;
  v = lw_cl_carrier_var[SSA_NAME_VERSION (name)];
  gimple *root = lw_cl_carrier_root[SSA_NAME_VERSION (name)];
  if (v < 0 || !root || gimple_bb (root) != single_pred (bb)
      || !lw_cl_vars[v].tracked || last_store[v] != 0
      || !gimple_assign_single_p (root)
      || lw_cl_ref_var (gimple_assign_rhs1 (root)) != v)
    return -1;
  /* The predecessor's events after the load, and BB's so far.  */
  lw_cl_bb *pi = &lw_cl_bbs[single_pred (bb)->index];
  unsigned from[2] = { pi->first_event, lw_cl_bbs[bb->index].first_event };
  unsigned to[2] = { pi->first_event + pi->n_events, lw_cl_events.length () };
  for (int r = 0; r < 2; r++)
    for (unsigned i = from[r]; i < to[r]; i++)
      {
	lw_cl_event *ev = &lw_cl_events[i];
	if (ev->var == v && ev->kind != LW_EV_RELEASE_VAL
	    && ev->kind != LW_EV_ESCAPE
	    && (r == 1 || gimple_uid (ev->stmt) > gimple_uid (root)))
	  return -1;
      }
  return v;
}

/* Turn the statements of BB into events.  LAST_STORE is scratch, one
   entry per variable, all 0: BB puts back to 0 only those it sets.  */
static void
lw_cl_scan_bb (basic_block bb, unsigned *last_store)
{
  lw_cl_bb *info = &lw_cl_bbs[bb->index];
  info->first_event = lw_cl_events.length ();
  info->refine_var = -1;
  auto_vec<int, 8> stored;

  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (is_gimple_debug (stmt))
	continue;
      /* Variables this statement uses in a way understood below.  */
      int handled[4] = { -1, -1, -1, -1 };
      int nhandled = 0;

      if (gimple_clobber_p (stmt))
	{
	  int v = lw_cl_ref_var (gimple_assign_lhs (stmt));
	  if (v >= 0)
	    {
	      lw_cl_add_event (LW_EV_CLOBBER, v, stmt);
	      lw_cl_vars[v].clobber_bbs.safe_push (bb);
	      continue;
	    }
	}
      else if (is_gimple_assign (stmt) && gimple_assign_single_p (stmt))
	{
	  tree lhs = gimple_assign_lhs (stmt);
	  tree rhs = gimple_assign_rhs1 (stmt);
	  int sv = lw_cl_ref_var (lhs);
	  int lv = lw_cl_ref_var (rhs);
	  tree from = lw_cl_strip_copies (rhs);
	  gcall *stealer = (TREE_CODE (from) == SSA_NAME
			      ? dyn_cast<gcall *> (SSA_NAME_DEF_STMT (from))
			      : NULL);
	  int split_sv;
	  if (sv >= 0 && lv < 0)
	    {
	      bool own = lw_cl_owned_value_p (rhs, sv);
	      /* A steal split from its store: replayed at the call.  */
	      if (stealer && lw_cl_split_steal (stealer, &split_sv) == stmt)
		;
	      else if (!own || !lw_cl_add_steal_store (rhs, sv, stmt, info))
		lw_cl_add_event (own ? LW_EV_STORE_OWN : LW_EV_STORE_NONOWN,
				 sv, stmt);
	      stored.safe_push (sv);
	      last_store[sv] = gimple_uid (stmt);
	      if (TREE_CODE (rhs) == SSA_NAME)
		lw_cl_mark_carrier (rhs, sv, stmt, 0);
	      handled[nhandled++] = sv;
	      if (TREE_CODE (lhs) == MEM_REF)
		continue;
	    }
	  else if (lv >= 0 && sv < 0 && TREE_CODE (lhs) == SSA_NAME)
	    {
	      lw_cl_mark_carrier (lhs, lv, stmt, 0);
	      unsigned flags = lw_cl_classify (lhs, 0);
	      if (flags & LW_CL_HANDOFF)
		lw_cl_add_event (LW_EV_RELEASE_VAL, lv, stmt);
	      if (flags & LW_CL_RETURNED)
		lw_cl_add_event (LW_EV_ESCAPE, lv, stmt,
				 lw_cl_add_site (lv, stmt, true));
	      handled[nhandled++] = lv;
	      if (TREE_CODE (rhs) == MEM_REF)
		continue;
	    }
	  else if (sv < 0 && lv < 0 && TREE_CODE (rhs) == SSA_NAME
		   && TREE_CODE (lhs) != SSA_NAME)
	    {
	      /* A value stored into memory: outward while the variable
		 still owns it?  */
	      int v = lw_cl_current_carrier (rhs, bb, last_store);
	      if (v >= 0 && lw_cl_outward_store_p (lhs))
		lw_cl_add_event (LW_EV_ESCAPE, v, stmt,
				 lw_cl_add_site (v, stmt, false));
	    }
	  else if (TREE_CODE (lhs) == SSA_NAME && TREE_CODE (rhs) == ADDR_EXPR
		   && lw_cl_var_index (TREE_OPERAND (rhs, 0)) >= 0)
	    /* 'p_1 = &v': checked by lw_cl_mark_addr_ssa.  */
	    continue;
	}
      else if (gcall *call = dyn_cast<gcall *> (stmt))
	{
	  if (lw_assert_fail_call_p (call))
	    lw_cl_add_event (LW_EV_PATH_END, -1, stmt);
	  tree fndecl = gimple_call_fndecl (call);
	  tree lhs = gimple_call_lhs (call);
	  int sv = lhs ? lw_cl_ref_var (lhs) : -1;
	  /* Its result stored by the next block ('-fexceptions').  */
	  bool split = sv < 0 && lw_cl_split_steal (call, &sv);
	  /* Is the result a new owned value?  Not if the call was given
	     SV's old value or address (mfree, safe_close, realloc).  */
	  bool own = true;
	  int src = -1;
	  for (unsigned i = 0; sv >= 0 && i < gimple_call_num_args (call); i++)
	    {
	      tree a = gimple_call_arg (call, i);
	      int av = lw_cl_addr_arg (a);
	      if (av == sv)
		own = false;
	      else if (av >= 0 && src < 0)
		src = av;
	      if (TREE_CODE (a) == SSA_NAME
		  && lw_cl_carrier_var[SSA_NAME_VERSION (a)] == sv)
		own = false;
	    }
	  /* 'a = steal (&b)': the store is replayed before the release of
	     B, so that B's state at the call is still known.  */
	  bool early = sv >= 0 && own && src >= 0;
	  if (split && !early)
	    sv = -1;
	  if (early)
	    {
	      lw_cl_add_event (LW_EV_STORE_OWN, sv, stmt);
	      lw_cl_events.last ().src = src;
	      stored.safe_push (sv);
	      last_store[sv] = gimple_uid (stmt);
	      handled[nhandled++] = sv;
	    }
	  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	    {
	      int v = lw_cl_addr_arg (gimple_call_arg (call, i));
	      if (v < 0 || nhandled >= 3)
		continue;
	      if (fndecl && DECL_NAME (fndecl) == lw_cl_vars[v].cleanup
		  && gimple_call_num_args (call) == 1)
		lw_cl_add_event (LW_EV_CLEANUP, v, stmt);
	      else if (lw_cl_allocates_into_p (call, i, v))
		{
		  lw_cl_add_event (LW_EV_STORE_OWN, v, stmt);
		  last_store[v] = gimple_uid (stmt);
		}
	      else
		lw_cl_add_event (LW_EV_RELEASE_ADDR, v, stmt);
	      handled[nhandled++] = v;
	    }
	  if (sv >= 0 && !early && nhandled < 4)
	    {
	      lw_cl_add_event (own ? LW_EV_STORE_OWN : LW_EV_STORE_NONOWN, sv,
			       stmt);
	      stored.safe_push (sv);
	      last_store[sv] = gimple_uid (stmt);
	      handled[nhandled++] = sv;
	    }
	}

      /* Any other mention of a tracked variable: stop checking it.  */
      struct walk_stmt_info wi;
      memset (&wi, 0, sizeof (wi));
      bool saved[4];
      for (int k = 0; k < nhandled; k++)
	{
	  saved[k] = lw_cl_vars[handled[k]].tracked;
	  lw_cl_vars[handled[k]].tracked = false;
	}
      walk_gimple_op (stmt, lw_cl_untrack_refs, &wi);
      for (int k = 0; k < nhandled; k++)
	lw_cl_vars[handled[k]].tracked = saved[k];
    }
  info->n_events = lw_cl_events.length () - info->first_event;

  /* 'if (p == NULL)' or 'if (fd < 0)' on the current value: that edge
     carries nothing to release.  */
  gimple *last = lw_last_stmt (bb);
  if (gcond *cond = safe_dyn_cast<gcond *> (last))
    {
      tree lhs = gimple_cond_lhs (cond);
      tree rhs = gimple_cond_rhs (cond);
      enum tree_code code = gimple_cond_code (cond);
      /* '_1 = p == 0; ... if (_1 != 0)' (as _unlikely_ () makes).  */
      if ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop (rhs)
	  && TREE_CODE (lhs) == SSA_NAME)
	{
	  tree t = lw_cl_strip_copies (lhs);
	  gimple *def
	    = TREE_CODE (t) == SSA_NAME ? SSA_NAME_DEF_STMT (t) : NULL;
	  if (def && is_gimple_call (def)
	      && gimple_call_builtin_p (def, BUILT_IN_EXPECT))
	    {
	      t = lw_cl_strip_copies (gimple_call_arg (def, 0));
	      def = TREE_CODE (t) == SSA_NAME ? SSA_NAME_DEF_STMT (t) : NULL;
	    }
	  if (def && is_gimple_assign (def) && gimple_bb (def) == bb
	      && TREE_CODE_CLASS (gimple_assign_rhs_code (def))
		   == tcc_comparison)
	    {
	      bool invert = code == EQ_EXPR;
	      code = gimple_assign_rhs_code (def);
	      if (invert)
		code = invert_tree_comparison (code, false);
	      lhs = gimple_assign_rhs1 (def);
	      rhs = gimple_assign_rhs2 (def);
	    }
	}
      /* 'g_strcmp0 (p, NULL) == 0' is 'p == NULL'.  */
      tree x = ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop (rhs)
		  ? lw_strcmp0_null_operand (lhs)
		  : NULL_TREE);
      int v = (x ? lw_cl_carrier_across_call (x, bb, last_store)
		 : lw_cl_current_carrier (lhs, bb, last_store));
      if (x)
	{
	  lhs = x;
	  rhs = build_zero_cst (TREE_TYPE (x));
	}
      if (v >= 0 && code != ERROR_MARK && TREE_CODE (rhs) == INTEGER_CST)
	{
	  bool ptr = POINTER_TYPE_P (TREE_TYPE (lhs));
	  bool sgn = INTEGRAL_TYPE_P (TREE_TYPE (lhs))
		     && !TYPE_UNSIGNED (TREE_TYPE (lhs));
	  bool zero = integer_zerop (rhs);
	  bool neg = tree_int_cst_sgn (rhs) < 0;
	  int on = -1; /* 1: true edge, 0: false edge.  */
	  if (ptr && zero && code == EQ_EXPR)
	    on = 1;
	  else if (ptr && zero && code == NE_EXPR)
	    on = 0;
	  else if (sgn
		   && ((code == LT_EXPR && !neg && zero)
		       || (code == LE_EXPR && neg)
		       || (code == EQ_EXPR && neg)))
	    on = 1;
	  else if (sgn
		   && ((code == GE_EXPR && zero) || (code == GT_EXPR && neg)
		       || (code == NE_EXPR && neg)))
	    on = 0;
	  if (on >= 0)
	    {
	      info->refine_var = v;
	      info->refine_on_true = on;
	    }
	}
    }
  for (int v : stored)
    last_store[v] = 0;
}

/* A 'finally_tmp' dispatch: BB ends in a switch or a comparison with a
   constant on an SSA name defined by a PHI of constants in BB or in a
   block leading to BB alone.  Record, for each predecessor of that
   block, the edge of BB its constant selects.  */
static void
lw_cl_find_dispatch (basic_block bb)
{
  lw_cl_bb *info = &lw_cl_bbs[bb->index];
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
  for (int k = 0; k < 4; k++)
    {
      name = lw_cl_strip_copies (name);
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
      if (n > 4 || !single_pred_p (b) || !single_succ_p (single_pred (b)))
	return;
      b = single_pred (b);
    }
  edge e;
  edge_iterator ei;
  info->first_route = lw_cl_routes.length ();
  FOR_EACH_EDGE (e, ei, head->preds)
    {
      lw_cl_route r;
      r.in = e;
      r.out = NULL;
      tree arg = lw_cl_strip_copies (PHI_ARG_DEF_FROM_EDGE (phi, e));
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
      lw_cl_routes.safe_push (r);
    }
  info->n_routes = lw_cl_routes.length () - info->first_route;
  info->dispatch_head = head;
}

/* Per loop number: the loop runs its body at most once (see
   lw_cl_find_once_loops).  */
static unsigned char *lw_cl_once_loop;
static unsigned lw_cl_n_loops;

static bool
lw_cl_once_p (class loop *l)
{
  return l && lw_cl_once_loop && (unsigned) l->num < lw_cl_n_loops
	 && lw_cl_once_loop[l->num];
}

/* The innermost loop containing BB that is a real loop for these
   checks (not the function body, not a run-once loop), or NULL.  */
static class loop *
lw_cl_real_loop (class loop *l)
{
  for (; l && loop_outer (l); l = loop_outer (l))
    if (!lw_cl_once_p (l))
      return l;
  return NULL;
}

/* The tracked variable whose load T is computed from (through copies,
   arithmetic, comparisons and branch hints), or -1.  */
static int
lw_cl_reads_var (tree t, int depth)
{
  if (TREE_CODE (t) != SSA_NAME || depth > 6 || SSA_NAME_IS_DEFAULT_DEF (t))
    return -1;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (gimple_call_builtin_p (def, BUILT_IN_EXPECT))
    return lw_cl_reads_var (gimple_call_arg (def, 0), depth + 1);
  if (!is_gimple_assign (def))
    return -1;
  if (gimple_assign_single_p (def))
    {
      int v = lw_cl_ref_var (gimple_assign_rhs1 (def));
      if (v >= 0)
	return v;
    }
  for (unsigned i = 1; i < gimple_num_ops (def); i++)
    {
      int v = lw_cl_reads_var (gimple_op (def, i), depth + 1);
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
static void
lw_cl_find_once_loops (function *fun)
{
  lw_cl_n_loops = number_of_loops (fun);
  lw_cl_once_loop = XCNEWVEC (unsigned char, lw_cl_n_loops);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      class loop *l = bb->loop_father;
      gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (bb));
      if (!cond || !l || !loop_outer (l) || (unsigned) l->num >= lw_cl_n_loops
	  || lw_cl_once_loop[l->num])
	continue;
      bool exits = false;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!flow_bb_inside_loop_p (l, e->dest))
	  exits = true;
      if (!exits)
	continue;
      int v = lw_cl_reads_var (gimple_cond_lhs (cond), 0);
      if (v < 0)
	v = lw_cl_reads_var (gimple_cond_rhs (cond), 0);
      if (v < 0)
	continue;
      bool updated = false, ok = true;
      for (unsigned i = 0; i < lw_cl_vars[v].events.length () && ok; i++)
	{
	  lw_cl_event *ev = &lw_cl_events[lw_cl_vars[v].events[i]];
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
	  lw_cl_once_loop[l->num] = 1;
	  lw_debug ("cleanup: loop %d runs once (%s)", l->num,
		    IDENTIFIER_POINTER (DECL_NAME (lw_cl_vars[v].decl)));
	}
    }
}

static inline unsigned
lw_cl_bit (int v, int which)
{
  return v * LW_CL_NBITS + which;
}

static void
lw_cl_forget_value (lw_dfstate *s, int v)
{
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_O));
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_B));
  bitmap_clear_bit (&s->bits, lw_cl_bit (v, LW_CL_L));
  for (unsigned i = 0; i < lw_cl_vars[v].sites.length (); i++)
    bitmap_clear_bit (&s->bits, lw_cl_vars.length () * LW_CL_NBITS
				  + lw_cl_vars[v].sites[i]);
}

/* The loop that V's value goes around to reach STMT: the innermost
   loop containing STMT whose body does not end V's life.  */
static class loop *
lw_cl_leaking_loop (int v, gimple *stmt)
{
  basic_block bb = gimple_bb (stmt);
  for (class loop *l = bb->loop_father; l && loop_outer (l);
       l = loop_outer (l))
    {
      if (lw_cl_once_p (l))
	continue;
      bool inside = false;
      for (unsigned i = 0; i < lw_cl_vars[v].clobber_bbs.length (); i++)
	if (flow_bb_inside_loop_p (l, lw_cl_vars[v].clobber_bbs[i]))
	  inside = true;
      if (!inside)
	return l;
    }
  return NULL;
}

/* Whether variable V lives inside a loop body: its life ends (its clobber)
   on a path that goes on to the next iteration.  A site in V's scope is
   then in that body too, though the natural loop may not contain it (a
   'return' leaves the loop).  */
static bool
lw_cl_per_iteration_p (int v)
{
  for (unsigned i = 0; i < lw_cl_vars[v].clobber_bbs.length (); i++)
    {
      if (lw_cl_real_loop (lw_cl_vars[v].clobber_bbs[i]->loop_father))
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

#define LW_CL_LOC_LOOKBACK 8

static location_t
lw_cl_stmt_location (gimple *stmt, int v)
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
    loc = DECL_SOURCE_LOCATION (lw_cl_vars[v].decl);
  return loc;
}

/* Confirming a reassignment with a path walk (flow.c).  The dataflow
   above joins all paths; before reporting 'V is reassigned while it
   owns a value' at TARGET, look for one path from an owned assignment
   of V to TARGET that the conditions on it allow, knowing that V holds
   a value there (not NULL, not negative).  Per statement, the events of
   the statement, chained by uid.  */
static int *lw_cl_ev_head;
static int *lw_cl_ev_next;
static unsigned lw_cl_max_uid;
static lw_budget lw_cl_budget;

struct lw_cl_walk
{
  int v;
  gimple *target;
  /* The walk may have lost paths (see lw_cl_seen_bb): its
     "unreachable" is not trusted.  */
  bool unsure;
};

/* flow.c learns "RES == K" when a path enters a block through an edge
   whose PHI argument is the constant K, but keeps what it knew of RES
   from an earlier entry, and the older fact decides the tests.  So when
   a walk enters a block again through such an edge (an inner loop
   re-entered from its preheader on the next outer iteration, a
   'for (guard = TRUE; guard; guard = FALSE)' flag loop), possible paths
   get lost and "unreachable" is not trusted.  Only loop entries and
   back edges are looked at.  Per walk, the blocks seen.  */
static unsigned char *lw_cl_seen_bb;
static bool lw_cl_back_edge_p (edge e);
static vec<int> lw_cl_seen_list;

/* Whether E enters a loop from outside (its header, not by a back
   edge).  With the back edges (a 'guard = FALSE' latch), the edges a
   single path can take into a block it went through before; two paths
   meeting at an ordinary join have their own facts and are not a
   problem.  */
static bool
lw_cl_loop_entry_p (edge e)
{
  class loop *l = e->dest->loop_father;
  return l && loop_outer (l) && l->header == e->dest
	 && !flow_bb_inside_loop_p (l, e->src);
}

/* Whether E gives a PHI of E->dest a constant.  */
static bool
lw_cl_const_phi_edge_p (edge e)
{
  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      if (virtual_operand_p (gimple_phi_result (phi)))
	continue;
      tree a = PHI_ARG_DEF_FROM_EDGE (phi, e);
      if (a && TREE_CODE (a) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (a))
	{
	  gimple *d = SSA_NAME_DEF_STMT (a);
	  if (gimple_assign_single_p (d)
	      && TREE_CODE (gimple_assign_rhs1 (d)) == INTEGER_CST)
	    return true;
	}
      if (a && TREE_CODE (a) == INTEGER_CST)
	return true;
    }
  return false;
}

static int
lw_cl_walk_stop (gimple *stmt, void *data)
{
  lw_cl_walk *w = (lw_cl_walk *) data;
  unsigned uid = gimple_uid (stmt);
  basic_block bb = gimple_bb (stmt);
  if (!lw_cl_seen_bb[bb->index])
    {
      lw_cl_seen_bb[bb->index] = 1;
      lw_cl_seen_list.safe_push (bb->index);
    }
  if (uid != 0 && uid < lw_cl_max_uid)
    for (int i = lw_cl_ev_head[uid]; i >= 0; i = lw_cl_ev_next[i])
      {
	lw_cl_event *ev = &lw_cl_events[i];
	if (ev->var != w->v || ev->kind == LW_EV_ESCAPE)
	  continue;
	if (ev->kind == LW_EV_STORE_OWN && ev->stmt == w->target)
	  return LW_STOP_REPORT;
	/* Released, replaced, cleaned up or out of scope: this path
	   holds no value of V any more.  */
	return LW_STOP_PATH;
      }
  if (!w->unsure && stmt == lw_last_stmt (bb))
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e->dest->index < last_basic_block_for_fn (cfun)
	    && lw_cl_seen_bb[e->dest->index]
	    && (lw_cl_loop_entry_p (e) || lw_cl_back_edge_p (e))
	    && lw_cl_const_phi_edge_p (e))
	  w->unsure = true;
    }
  return LW_STOP_NO;
}

/* V holds an owned value: its location is not NULL, or is a
   descriptor (>= 0, != -1).  */
static void
lw_cl_value_facts (lw_facts *facts, int v)
{
  tree decl = lw_cl_vars[v].decl;
  tree type = TREE_TYPE (decl);
  if (POINTER_TYPE_P (type))
    lw_facts_add (facts, decl, NE_EXPR, build_zero_cst (type), true);
  else if (!TYPE_UNSIGNED (type))
    {
      lw_facts_add (facts, decl, GE_EXPR, build_zero_cst (type), true);
      lw_facts_add (facts, decl, NE_EXPR, build_minus_one_cst (type), true);
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
  if (TREE_CODE (rec) != RECORD_TYPE || !TYPE_NAME (rec))
    return false;
  tree name = TYPE_NAME (rec);
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
lw_cl_start_facts (lw_facts *facts, gimple *start)
{
  tree rhs = NULL_TREE;
  if (gimple_assign_single_p (start))
    rhs = lw_cl_strip_copies (gimple_assign_rhs1 (start));
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
      if (VAR_P (e) && !TREE_STATIC (e) && lw_cl_var_index (e) < 0
	  && lw_cl_error_ptr_type_p (TREE_TYPE (e)))
	lw_facts_add (facts, e, EQ_EXPR, build_zero_cst (TREE_TYPE (e)), true);
    }
  int n = 0;
  gimple_stmt_iterator gsi = gsi_for_stmt (start);
  for (gsi_next (&gsi); !gsi_end_p (gsi) && n < 2; gsi_next (&gsi))
    {
      gimple *s = gsi_stmt (gsi);
      if (!gimple_assign_single_p (s))
	continue;
      tree lhs = gimple_assign_lhs (s);
      tree val = lw_cl_strip_copies (gimple_assign_rhs1 (s));
      if (TREE_CODE (lhs) == SSA_NAME || lw_cl_ref_var (lhs) >= 0
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
lw_cl_fact_stale_p (tree x, gimple *start)
{
  if (TREE_CODE (x) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (x))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (x);
  basic_block dbb = gimple_bb (def);
  basic_block sbb = gimple_bb (start);
  if (!dbb)
    return false;
  if (dbb == sbb && gimple_code (def) != GIMPLE_PHI
      && gimple_uid (def) > gimple_uid (start))
    return true;
  auto_bitmap uses, seen;
  imm_use_iterator it;
  use_operand_p use_p;
  FOR_EACH_IMM_USE_FAST (use_p, it, x)
    {
      gimple *u = USE_STMT (use_p);
      if (!is_gimple_debug (u) && gimple_bb (u))
	bitmap_set_bit (uses, gimple_bb (u)->index);
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
      if (--lw_cl_budget.left < 0)
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
static bool
lw_cl_confirm_store (int v, gimple *target)
{
  lw_cl_walk w;
  w.v = v;
  w.target = target;
  w.unsure = false;
  for (unsigned k = 0; k < lw_cl_vars[v].events.length (); k++)
    {
      unsigned i = lw_cl_vars[v].events[k];
      lw_cl_event *ev = &lw_cl_events[i];
      if (ev->kind != LW_EV_STORE_OWN)
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
	if (!lw_cl_fact_stale_p (facts.f[k].op, ev->stmt))
	  facts.f[kept++] = facts.f[k];
      facts.n = kept;
      /* Other cleanup variables given an owned value just before, in
	 the same block ('found = strdup (n); fd = t;'): they hold one
	 too.  */
      basic_block bb = gimple_bb (ev->stmt);
      int seen[2] = { -1, -1 };
      int nseen = 0;
      for (unsigned j = i; j-- > 0 && nseen < 2;)
	{
	  lw_cl_event *o = &lw_cl_events[j];
	  if (gimple_bb (o->stmt) != bb)
	    break;
	  if (o->var == v || o->var == seen[0])
	    continue;
	  seen[nseen++] = o->var;
	  if (o->kind == LW_EV_STORE_OWN && o->src < 0)
	    lw_cl_value_facts (&facts, o->var);
	}
      /* The newest facts are kept longest: those on the values last.  */
      lw_cl_start_facts (&facts, ev->stmt);
      lw_cl_value_facts (&facts, v);
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
				       &lw_cl_budget, false, NULL);
      while (!lw_cl_seen_list.is_empty ())
	lw_cl_seen_bb[lw_cl_seen_list.pop ()] = 0;
      lw_debug ("cleanup: walk for %s from uid %u: %d%s, budget %ld",
		IDENTIFIER_POINTER (DECL_NAME (lw_cl_vars[v].decl)),
		gimple_uid (ev->stmt), (int) r.kind,
		w.unsure ? " (unsure)" : "", lw_cl_budget.left);
      if (r.kind == LW_WALK_STOPPED || w.unsure)
	return true;
      if (r.kind == LW_WALK_UNKNOWN)
	{
	  lw_debug ("cleanup: walk budget exhausted, %s not reported",
		    IDENTIFIER_POINTER (DECL_NAME (lw_cl_vars[v].decl)));
	  return false;
	}
    }
  return false;
}

static void
lw_cl_report_store (int v, gimple *stmt, bool back_edge)
{
  tree decl = lw_cl_vars[v].decl;
  tree fn = lw_cl_vars[v].cleanup;
  location_t loc = lw_cl_stmt_location (stmt, v);
  class loop *l = back_edge ? lw_cl_leaking_loop (v, stmt) : NULL;
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

static void
lw_cl_report_escape (lw_cl_site *site)
{
  if (site->reported)
    return;
  site->reported = true;
  int v = site->var;
  tree decl = lw_cl_vars[v].decl;
  tree fn = lw_cl_vars[v].cleanup;
  location_t loc = lw_cl_stmt_location (site->stmt, v);
  bool in_loop = lw_cl_per_iteration_p (v);
  enum lw_check check = in_loop ? LW_CLEANUP_IN_LOOP : LW_CLEANUP_ESCAPE;
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
static void
lw_cl_report_uninit (int v, gimple *cleanup)
{
  if (lw_cl_vars[v].uninit_reported)
    return;
  lw_cl_vars[v].uninit_reported = true;
  tree decl = lw_cl_vars[v].decl;
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
	   decl, lw_cl_vars[v].cleanup);
}

/* Apply the events of BB to STATE; report when REPORT.  */
static void
lw_cl_transfer (basic_block bb, lw_dfstate *state, bool report)
{
  lw_cl_bb *info = &lw_cl_bbs[bb->index];
  unsigned nv = lw_cl_vars.length ();
  for (unsigned i = 0; i < info->n_events; i++)
    {
      lw_cl_event *ev = &lw_cl_events[info->first_event + i];
      if (ev->kind == LW_EV_PATH_END)
	{
	  /* Nothing flows on from a failed assertion.  */
	  lw_dfstate_copy (state, NULL);
	  return;
	}
      int v = ev->var;
      if (!lw_cl_vars[v].tracked)
	continue;
      switch (ev->kind)
	{
	case LW_EV_STORE_OWN:
	  if (ev->src >= 0 && lw_cl_vars[ev->src].tracked
	      && !bitmap_bit_p (&state->bits, lw_cl_bit (ev->src, LW_CL_O)))
	    {
	      /* Taken from a variable that owned nothing.  */
	      lw_cl_forget_value (state, v);
	      lw_dfstate_put (state, v, false);
	      break;
	    }
	  if (report && bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_O))
	      && lw_cl_confirm_store (v, ev->stmt))
	    lw_cl_report_store (v, ev->stmt,
				bitmap_bit_p (&state->bits,
					      lw_cl_bit (v, LW_CL_B)));
	  lw_cl_forget_value (state, v);
	  bitmap_set_bit (&state->bits, lw_cl_bit (v, LW_CL_O));
	  lw_dfstate_put (state, v, false);
	  break;
	case LW_EV_STORE_NONOWN:
	case LW_EV_RELEASE_ADDR:
	  lw_cl_forget_value (state, v);
	  lw_dfstate_put (state, v, false);
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
	  bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_O));
	  bitmap_clear_bit (&state->bits, lw_cl_bit (v, LW_CL_B));
	  break;
	case LW_EV_ESCAPE:
	  if (bitmap_bit_p (&state->bits, lw_cl_bit (v, LW_CL_L)))
	    bitmap_set_bit (&state->bits, nv * LW_CL_NBITS + ev->site);
	  break;
	case LW_EV_CLEANUP:
	  if (report)
	    {
	      if (lw_dfstate_in (state, v))
		lw_cl_report_uninit (v, ev->stmt);
	      for (unsigned k = 0; k < lw_cl_vars[v].sites.length (); k++)
		{
		  int s = lw_cl_vars[v].sites[k];
		  if (bitmap_bit_p (&state->bits, nv * LW_CL_NBITS + s))
		    lw_cl_report_escape (&lw_cl_sites[s]);
		}
	    }
	  lw_cl_forget_value (state, v);
	  break;
	case LW_EV_CLOBBER:
	  lw_cl_forget_value (state, v);
	  lw_dfstate_put (state, v, true);
	  break;
	case LW_EV_PATH_END:
	  break;
	}
    }
}

static bool
lw_cl_back_edge_p (edge e)
{
  class loop *l = e->dest->loop_father;
  return l && loop_outer (l) && l->header == e->dest
	 && flow_bb_inside_loop_p (l, e->src);
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
lw_cl_edge_state (lw_cl_flow *fl, edge e, lw_dfstate *dst)
{
  if (e->src == ENTRY_BLOCK_PTR_FOR_FN (cfun))
    lw_dfstate_copy (dst, fl->entry);
  else if (e->aux)
    lw_dfstate_copy (dst, (lw_dfstate *) e->aux);
  else
    lw_dfstate_copy (dst, &fl->out[e->src->index]);
  if (e->src != ENTRY_BLOCK_PTR_FOR_FN (cfun) && !e->aux)
    {
      lw_cl_bb *info = &lw_cl_bbs[e->src->index];
      bool on_true = (e->flags & EDGE_TRUE_VALUE) != 0;
      bool on_false = (e->flags & EDGE_FALSE_VALUE) != 0;
      if (info->refine_var >= 0 && (info->refine_on_true ? on_true : on_false))
	lw_cl_forget_value (dst, info->refine_var);
    }
  if (lw_cl_back_edge_p (e) && lw_cl_once_p (e->dest->loop_father))
    /* The body does not run again: only the exit test follows.  */
    bitmap_clear (&dst->bits);
  else if (lw_cl_back_edge_p (e))
    /* B for each variable that owns a value (O).  */
    lw_dfstate_mark (dst, lw_cl_vars.length () * LW_CL_NBITS, LW_CL_NBITS,
		     LW_CL_O, LW_CL_B);
}

static bool
lw_cl_ignored_edge_p (edge e)
{
  return (e->flags & (EDGE_EH | EDGE_ABNORMAL | EDGE_FAKE)) != 0;
}

/* The union of the states on the edges into BB.  */
static void
lw_cl_in_state (lw_cl_flow *fl, basic_block bb, lw_dfstate *in)
{
  lw_dfstate_copy (in, NULL);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, bb->preds)
    if (!lw_cl_ignored_edge_p (e))
      {
	lw_cl_edge_state (fl, e, fl->tmp);
	lw_dfstate_ior (in, fl->tmp);
      }
}

/* For dispatch block BB: the state of each out edge, made only of the
   predecessors of its head whose constant selects that edge.  */
static void
lw_cl_dispatch_states (lw_cl_flow *fl, basic_block bb)
{
  lw_cl_bb *info = &lw_cl_bbs[bb->index];
  edge f;
  edge_iterator ei;
  FOR_EACH_EDGE (f, ei, bb->succs)
    {
      lw_dfstate_copy (fl->acc, NULL);
      for (unsigned i = 0; i < info->n_routes; i++)
	{
	  lw_cl_route *r = &lw_cl_routes[info->first_route + i];
	  if ((r->out && r->out != f) || lw_cl_ignored_edge_p (r->in))
	    continue;
	  lw_cl_edge_state (fl, r->in, fl->tmp);
	  lw_dfstate_ior (fl->acc, fl->tmp);
	}
      /* Run the chain from the head down to BB.  */
      basic_block chain[6];
      int n = 0;
      for (basic_block b = bb; n < 6; b = single_pred (b))
	{
	  chain[n++] = b;
	  if (b == info->dispatch_head)
	    break;
	}
      for (int k = n - 1; k >= 0; k--)
	lw_cl_transfer (chain[k], fl->acc, false);
      lw_dfstate_copy ((lw_dfstate *) f->aux, fl->acc);
    }
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
static void
lw_cl_collect_vars (function *fun)
{
  unsigned ix;
  tree var;
  FOR_EACH_LOCAL_DECL (fun, ix, var)
  {
    if (!VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var)
	|| !DECL_NAME (var) || lw_cl_index->get (var))
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
    cv.clobber_bbs = vNULL;
    cv.sites = vNULL;
    cv.events = vNULL;
    lw_cl_index->put (var, lw_cl_vars.length ());
    lw_cl_vars.safe_push (cv);
  }
}

static void
lw_cl_analyze (function *fun)
{
  unsigned nssa = num_ssa_names;
  lw_cl_addr_var = XNEWVEC (int, nssa);
  lw_cl_carrier_var = XNEWVEC (int, nssa);
  lw_cl_carrier_root = XCNEWVEC (gimple *, nssa);
  lw_cl_use_flags = XCNEWVEC (unsigned char, nssa);
  for (unsigned i = 0; i < nssa; i++)
    lw_cl_addr_var[i] = lw_cl_carrier_var[i] = -1;

  basic_block bb;
  /* Number the statements; find SSA names holding &v.  */
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
	    int v = lw_cl_var_index (op);
	    if (v < 0)
	      v = lw_cl_var_index (get_base_address (op));
	    if (v >= 0 && op == lw_cl_vars[v].decl)
	      lw_cl_mark_addr_ssa (gimple_assign_lhs (stmt), v, 0);
	    else if (v >= 0)
	      lw_cl_untrack (v, "the address of a part is taken");
	  }
      }
  /* PHIs mentioning &v keep the address: do not follow.  */
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
		lw_cl_untrack (base ? lw_cl_var_index (base) : -1,
			       "its address reaches a PHI");
	      }
	  }
      }

  lw_cl_bbs = XCNEWVEC (lw_cl_bb, last_basic_block_for_fn (fun));
  unsigned *last_store = XCNEWVEC (unsigned, lw_cl_vars.length ());
  int *rpo = XNEWVEC (int, n_basic_blocks_for_fn (fun));
  int n = pre_and_rev_post_order_compute_fn (fun, NULL, rpo, false);
  /* Scan in RPO so a value's load is seen before most of its uses.  */
  for (int i = 0; i < n; i++)
    {
      basic_block b = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
      lw_cl_scan_bb (b, last_store);
      lw_cl_find_dispatch (b);
    }
  XDELETEVEC (last_store);
  for (unsigned i = 0; i < lw_cl_events.length (); i++)
    if (lw_cl_events[i].var >= 0)
      lw_cl_vars[lw_cl_events[i].var].events.safe_push (i);
  lw_cl_find_once_loops (fun);

  bool any = false;
  for (unsigned v = 0; v < lw_cl_vars.length (); v++)
    any |= lw_cl_vars[v].tracked;

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
	  if (!lw_cl_bbs[b->index].dispatch_head)
	    continue;
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, b->succs)
	    e->aux = lw_dfstate_new (1, &fl.ob);
	}

      bool changed = true, over = false;
      for (int iter = 0; changed && !over && iter < LW_DFSTATE_MAX_PASSES;
	   iter++)
	{
	  changed = false;
	  unsigned long left = LW_DFSTATE_PER_BB * (n + 16UL);
	  for (int i = 0; i < n && !over; i++)
	    {
	      basic_block b = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
	      lw_cl_in_state (&fl, b, fl.cur);
	      if (!lw_dfstate_equal (fl.cur, &fl.in[b->index]))
		{
		  lw_dfstate_copy (&fl.in[b->index], fl.cur);
		  changed = true;
		}
	      lw_cl_transfer (b, fl.cur, false);
	      lw_dfstate_copy (&fl.out[b->index], fl.cur);
	      if (lw_cl_bbs[b->index].dispatch_head)
		lw_cl_dispatch_states (&fl, b);
	      over = !lw_dfstate_charge (&left, fl.cur);
	    }
	}
      if (over)
	lw_debug ("cleanup: %s: state budget exhausted, nothing reported",
		  function_name (fun));
      else if (!changed)
	{
	  /* Chain the events of each statement, for the path walks.  */
	  lw_cl_max_uid = uid;
	  lw_cl_ev_head = XNEWVEC (int, uid);
	  lw_cl_ev_next = XNEWVEC (int, lw_cl_events.length () + 1);
	  for (unsigned i = 0; i < uid; i++)
	    lw_cl_ev_head[i] = -1;
	  for (unsigned i = lw_cl_events.length (); i-- > 0;)
	    {
	      unsigned u = gimple_uid (lw_cl_events[i].stmt);
	      lw_cl_ev_next[i] = u < uid ? lw_cl_ev_head[u] : -1;
	      if (u < uid)
		lw_cl_ev_head[u] = i;
	    }
	  bool had_dom = dom_info_available_p (CDI_DOMINATORS);
	  if (!had_dom)
	    calculate_dominance_info (CDI_DOMINATORS);
	  lw_budget_init (&lw_cl_budget, fun);
	  lw_cl_seen_bb = XCNEWVEC (unsigned char, nbb);
	  for (int i = 0; i < n; i++)
	    {
	      basic_block b = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
	      lw_dfstate_copy (fl.cur, &fl.in[b->index]);
	      lw_cl_transfer (b, fl.cur, true);
	    }
	  if (!had_dom)
	    free_dominance_info (CDI_DOMINATORS);
	  XDELETEVEC (lw_cl_seen_bb);
	  lw_cl_seen_bb = NULL;
	  lw_cl_seen_list.release ();
	  XDELETEVEC (lw_cl_ev_head);
	  XDELETEVEC (lw_cl_ev_next);
	  lw_cl_ev_head = lw_cl_ev_next = NULL;
	}
      else
	lw_debug ("cleanup: %s: no fixpoint, nothing reported",
		  function_name (fun));

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
  XDELETEVEC (lw_cl_once_loop);
  lw_cl_once_loop = NULL;
  lw_cl_n_loops = 0;
  XDELETEVEC (lw_cl_bbs);
  XDELETEVEC (lw_cl_addr_var);
  XDELETEVEC (lw_cl_carrier_var);
  XDELETEVEC (lw_cl_carrier_root);
  XDELETEVEC (lw_cl_use_flags);
}

void
lw_check_cleanup (function *fun)
{
  if (!fun->cfg || !fun->gimple_df || !current_loops
      || loops_state_satisfies_p (fun, LOOPS_NEED_FIXUP))
    return;
  lw_cl_index = new hash_map<tree, int>;
  lw_cl_collect_vars (fun);
  if (lw_cl_vars.length () > 0)
    {
      lw_debug ("cleanup: %s: %u cleanup variables", function_name (fun),
		lw_cl_vars.length ());
      lw_cl_analyze (fun);
    }
  for (unsigned i = 0; i < lw_cl_vars.length (); i++)
    {
      lw_cl_vars[i].clobber_bbs.release ();
      lw_cl_vars[i].sites.release ();
      lw_cl_vars[i].events.release ();
    }
  lw_cl_vars.release ();
  lw_cl_events.release ();
  lw_cl_sites.release ();
  lw_cl_routes.release ();
  delete lw_cl_index;
  lw_cl_index = NULL;
}
