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
