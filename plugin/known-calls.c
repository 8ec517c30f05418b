/* known-calls.c: what leakwatch knows of particular functions, shared
   by the checkers and the path walks of flow.c.

   Assertion failures.  A call that reports a failed assertion ends the
   path it is on: what follows it runs only in a test that already
   failed.  GCC knows that of a noreturn function (there is no edge out
   of the call), but GLib's g_assert_cmpstr, g_assert_null,
   g_assert_true and the like call g_assertion_message*, which return
   when a test asked for non-fatal assertions, and projects have hooks
   of their own (assert-fail=).

   g_strcmp0.  GLib's NULL-safe strcmp is 0 for (X, NULL) or (NULL, X)
   exactly when X is NULL: g_assert_cmpstr (p, ==, NULL) and
   'if (g_strcmp0 (p, NULL) == 0)' test p == NULL.  */

#include "leakwatch-int.h"
#include "gimple-walk.h"

/* Functions that report a failed assertion (GLib, glibc, BSD and
   macOS libcs, newlib and MSVCRT).  */
static const char *const lw_assert_fail_fns[]
  = { "g_assertion_message",
      "g_assertion_message_expr",
      "g_assertion_message_cmpstr",
      "g_assertion_message_cmpint",
      "g_assertion_message_cmpnum",
      "g_assertion_message_error",
      "g_assertion_message_cmpstrv",
      "__assert_fail",
      "__assert_perror_fail",
      "__assert",
      "__assert_rtn",
      "_assert",
      NULL };

bool
lw_assert_fail_call_p (const gimple *stmt)
{
  const gcall *call = dyn_cast<const gcall *> (stmt);
  if (!call)
    return false;
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  /* Every name above starts with 'g' or '_': most calls are rejected
     by their first character.  */
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (name[0] == 'g' || name[0] == '_')
    for (int i = 0; lw_assert_fail_fns[i]; i++)
      if (lw_fn_is (fndecl, lw_assert_fail_fns[i]))
	return true;
  for (unsigned i = 0; i < lw_config.n_assert_fail; i++)
    if (lw_fn_is (fndecl, lw_config.assert_fail[i]))
      return true;
  return false;
}

/* Whether T is a null pointer constant, directly or through an SSA name
   set to one ('const char *__s2 = NULL;' before constant propagation,
   as the pass sees it at every -O level).  */
static bool
lw_null_pointer_p (tree t)
{
  for (int i = 0; i < 4 && TREE_CODE (t) == SSA_NAME; i++)
    {
      if (SSA_NAME_IS_DEFAULT_DEF (t))
	return false;
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (!gimple_assign_single_p (def)
	  && !(is_gimple_assign (def)
	       && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	return false;
      t = gimple_assign_rhs1 (def);
    }
  return TREE_CODE (t) == INTEGER_CST && integer_zerop (t);
}

tree
lw_strcmp0_null_operand (tree name)
{
  /* Through copies: with -fexceptions the call's result is copied in
     the block after it.  */
  for (int i = 0; i < 4 && name && TREE_CODE (name) == SSA_NAME
		  && !SSA_NAME_IS_DEFAULT_DEF (name)
		  && gimple_assign_single_p (SSA_NAME_DEF_STMT (name))
		  && TREE_CODE (gimple_assign_rhs1 (SSA_NAME_DEF_STMT (name)))
		       == SSA_NAME;
       i++)
    name = gimple_assign_rhs1 (SSA_NAME_DEF_STMT (name));
  if (!name || TREE_CODE (name) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (name))
    return NULL_TREE;
  gcall *call = dyn_cast<gcall *> (SSA_NAME_DEF_STMT (name));
  if (!call || gimple_call_num_args (call) != 2
      || !lw_fn_is (gimple_call_fndecl (call), "g_strcmp0"))
    return NULL_TREE;
  tree a = gimple_call_arg (call, 0);
  tree b = gimple_call_arg (call, 1);
  bool na = lw_null_pointer_p (a), nb = lw_null_pointer_p (b);
  tree x = nb && !na ? a : na && !nb ? b : NULL_TREE;
  if (!x || TREE_CODE (x) != SSA_NAME || !POINTER_TYPE_P (TREE_TYPE (x)))
    return NULL_TREE;
  return x;
}

/* Cleanup handlers.  A variable with a cleanup attribute that is never
   assigned is harmless when its handler never reads through the
   pointer it is given (a scope guard used for the handler's side
   effect).  That is provable only from the handler's body as GCC will
   call it: defined in this translation unit, not replaceable at link or
   load time (weak, or interposable under -fPIC), and not nested (a
   nested function reaches the caller's variables through its static
   chain).  GCC lowers every function of the unit to GIMPLE with a CFG
   before any reaches the pass (unit-at-a-time), so a handler defined
   after its use is seen too.  */

#define LW_MAX_HANDLER_STMTS 2000

/* walk_tree callback: PARM (DATA) itself or one of its SSA names.  */
static tree
lw_mentions_parm_1 (tree *tp, int *walk_subtrees, void *data)
{
  tree parm = (tree) data;
  tree t = *tp;
  if (t == parm || (TREE_CODE (t) == SSA_NAME && SSA_NAME_VAR (t) == parm))
    return t;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* The same for walk_gimple_op.  */
static tree
lw_mentions_parm (tree *tp, int *walk_subtrees, void *data)
{
  return lw_mentions_parm_1 (tp, walk_subtrees,
			     ((walk_stmt_info *) data)->info);
}

static bool lw_parm_pointee_unread (tree fndecl, unsigned argno, int depth);

/* Whether T is PARM or one of its SSA names.  */
static bool
lw_is_parm (tree t, tree parm)
{
  return t == parm || (TREE_CODE (t) == SSA_NAME && SSA_NAME_VAR (t) == parm);
}

/* Whether STMT, which mentions PARM, only compares the pointer or passes
   it on, as a whole argument, to functions that provably never read
   through it.  */
static bool
lw_harmless_use_p (gimple *stmt, tree parm, int depth)
{
  if (gimple_code (stmt) == GIMPLE_COND)
    return true;
  if (is_gimple_assign (stmt)
      && TREE_CODE_CLASS (gimple_assign_rhs_code (stmt)) == tcc_comparison
      && TREE_CODE (gimple_assign_lhs (stmt)) == SSA_NAME)
    return true;
  gcall *call = dyn_cast<gcall *> (stmt);
  if (!call || depth <= 0 || !gimple_call_fndecl (call)
      || gimple_call_chain (call)
      || (gimple_call_lhs (call)
	  && walk_tree (gimple_call_lhs_ptr (call), lw_mentions_parm_1, parm,
			NULL)))
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      if (lw_is_parm (a, parm))
	{
	  if (!lw_parm_pointee_unread (gimple_call_fndecl (call), i,
				       depth - 1))
	    return false;
	}
      else if (walk_tree (gimple_call_arg_ptr (call, i), lw_mentions_parm_1,
			  parm, NULL))
	return false;
    }
  return true;
}

/* Whether FNDECL's parameter ARGNO is a pointer it never reads
   through.  DEPTH bounds the calls followed.  */
static bool
lw_parm_pointee_unread (tree fndecl, unsigned argno, int depth)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || DECL_STATIC_CHAIN (fndecl)
      || (DECL_CONTEXT (fndecl)
	  && TREE_CODE (DECL_CONTEXT (fndecl)) == FUNCTION_DECL))
    return false;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node || !node->definition || node->alias
      || node->get_availability () < AVAIL_AVAILABLE)
    return false;
  function *fn = DECL_STRUCT_FUNCTION (fndecl);
  if (!fn || !fn->cfg)
    return false;
  tree parm = DECL_ARGUMENTS (fndecl);
  for (unsigned i = 0; parm && i < argno; i++)
    parm = DECL_CHAIN (parm);
  if (!parm || !POINTER_TYPE_P (TREE_TYPE (parm)) || TREE_ADDRESSABLE (parm))
    return false;

  walk_stmt_info wi;
  memset (&wi, 0, sizeof wi);
  wi.info = parm;
  int n = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	for (unsigned i = 0; i < gimple_phi_num_args (gsi.phi ()); i++)
	  {
	    if (lw_is_parm (gimple_phi_arg_def (gsi.phi (), i), parm))
	      return false;
	  }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (is_gimple_debug (stmt))
	    continue;
	  if (++n > LW_MAX_HANDLER_STMTS)
	    return false;
	  wi.pset = NULL;
	  if (walk_gimple_op (stmt, lw_mentions_parm, &wi)
	      && !lw_harmless_use_p (stmt, parm, depth))
	    return false;
	}
    }
  return true;
}

bool
lw_cleanup_ignores_arg (tree fndecl)
{
  return lw_parm_pointee_unread (fndecl, 0, 2);
}
