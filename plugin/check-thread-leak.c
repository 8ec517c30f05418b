/* check-thread-leak.c: -Wthread-leak, threads that are never joined,
   detached or cancelled.

   First version: a thread whose handle lives in a local variable that
   nothing but the creating call ever mentions, created with default
   (joinable) attributes.  Nothing can join such a thread.  */

#include "leakwatch-int.h"

/* FNDECL is the C library function NAME (not a C++ member or a
   namespaced function of the same name).  */
static bool
lw_fn_named (tree fndecl, const char *name)
{
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  if (strcmp (IDENTIFIER_POINTER (DECL_NAME (fndecl)), name) != 0)
    return false;
  tree ctx = DECL_CONTEXT (fndecl);
  return !ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL;
}

/* If CALL creates a thread, return the argument that points to its
   handle and set *ATTR to the attribute argument (NULL_TREE if there is
   none or it is a null pointer).  */
static tree
lw_thread_create_call (gcall *call, tree *attr)
{
  tree fndecl = gimple_call_fndecl (call);
  *attr = NULL_TREE;
  int argno;
  if (lw_fn_named (fndecl, "pthread_create") && gimple_call_num_args (call) == 4)
    {
      tree a = gimple_call_arg (call, 1);
      if (!integer_zerop (a))
	*attr = a;
      return gimple_call_arg (call, 0);
    }
  if (lw_fn_named (fndecl, "thrd_create") && gimple_call_num_args (call) == 3)
    return gimple_call_arg (call, 0);
  if (lw_api_annotated (fndecl, LW_API_THREAD_CREATE, &argno)
      && argno < (int) gimple_call_num_args (call))
    return gimple_call_arg (call, argno);
  return NULL_TREE;
}

/* The local handle variable whose address ARG is, or NULL_TREE.  */
static tree
lw_local_handle (tree arg, function *fun)
{
  if (!arg || TREE_CODE (arg) != ADDR_EXPR)
    return NULL_TREE;
  tree var = TREE_OPERAND (arg, 0);
  if (!VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var)
      || !auto_var_in_fn_p (var, fun->decl))
    return NULL_TREE;
  return var;
}

static tree
lw_count_ref (tree *tp, int *walk_subtrees, void *data)
{
  hash_map<tree, int> *refs = (hash_map<tree, int> *) data;
  if (VAR_P (*tp))
    {
      bool existed;
      int &n = refs->get_or_insert (*tp, &existed);
      n = existed ? n + 1 : 1;
      *walk_subtrees = 0;
    }
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

void
lw_check_thread_leak (function *fun)
{
  hash_map<tree, int> refs;
  auto_vec<gcall *> creates;
  basic_block bb;

  /* One walk over the body: count the references to each variable and
     collect the creating calls.  */
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt) || gimple_clobber_p (stmt))
	  continue;
	for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
	  if (gimple_op (stmt, i))
	    walk_tree_without_duplicates (gimple_op_ptr (stmt, i),
					  lw_count_ref, &refs);
	if (gcall *call = dyn_cast<gcall *> (stmt))
	  {
	    tree attr;
	    if (lw_local_handle (lw_thread_create_call (call, &attr), fun))
	      creates.safe_push (call);
	  }
      }

  /* A handle mentioned only by the calls that create threads into it.  */
  hash_map<tree, int> creates_per_var;
  for (gcall *call : creates)
    {
      tree attr;
      tree var = lw_local_handle (lw_thread_create_call (call, &attr), fun);
      bool existed;
      int &n = creates_per_var.get_or_insert (var, &existed);
      n = existed ? n + 1 : 1;
    }
  for (gcall *call : creates)
    {
      tree attr;
      tree var = lw_local_handle (lw_thread_create_call (call, &attr), fun);
      if (attr)
	continue; /* Maybe created detached.  */
      int *n = refs.get (var);
      if (!n || *n != *creates_per_var.get (var))
	continue;
      location_t loc = gimple_location (call);
      if (lw_warn (LW_THREAD_LEAK, loc,
		   "thread %qD created here is not joined, detached or "
		   "cancelled",
		   var))
	lw_note (DECL_SOURCE_LOCATION (var), "%qD declared here", var);
    }
}
