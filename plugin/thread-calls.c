/* thread-calls.c: what the thread checks know of the calls that
   create, join, detach or cancel threads, of std::thread's members, of
   attribute objects and of start routines.  What a call does with its
   arguments in general (same-file summaries, the C library, GCC's own
   knowledge) is call-effects.c's: only the thread-specific knowledge is
   here.  */

#include "threads-int.h"

static bool
lw_is_std_thread_type (tree type)
{
  if (!type || TREE_CODE (type) != RECORD_TYPE || !TYPE_NAME (type))
    return false;
  tree name = TYPE_NAME (type);
  if (TREE_CODE (name) == TYPE_DECL)
    name = DECL_NAME (name);
  if (!name || TREE_CODE (name) != IDENTIFIER_NODE
      || strcmp (IDENTIFIER_POINTER (name), "thread") != 0)
    return false;
  tree ns = TYPE_CONTEXT (type);
  return (ns && TREE_CODE (ns) == NAMESPACE_DECL && DECL_NAME (ns)
	  && strcmp (IDENTIFIER_POINTER (DECL_NAME (ns)), "std") == 0);
}

enum lw_std_thread_op
lw_std_thread_op (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || !lw_is_std_thread_type (DECL_CONTEXT (fndecl)))
    return LW_STD_NONE;
  if (DECL_CXX_DESTRUCTOR_P (fndecl))
    return LW_STD_DESTROY;
  if (!DECL_CXX_CONSTRUCTOR_P (fndecl))
    return LW_STD_OTHER;
  /* thread (F &&f, Args &&...): a second parameter that is not another
     thread (the move constructor).  */
  tree parms = TYPE_ARG_TYPES (TREE_TYPE (fndecl));
  if (!parms || !TREE_CHAIN (parms)
      || VOID_TYPE_P (TREE_VALUE (TREE_CHAIN (parms))))
    return LW_STD_OTHER;
  tree second = TREE_VALUE (TREE_CHAIN (parms));
  if (TREE_CODE (second) == REFERENCE_TYPE
      && lw_is_std_thread_type (TYPE_MAIN_VARIANT (TREE_TYPE (second))))
    return LW_STD_OTHER;
  return LW_STD_CREATE;
}

bool
lw_thread_creation_call (gcall *call, lw_thread_creation *out)
{
  tree fndecl = gimple_call_fndecl (call);
  int nargs = gimple_call_num_args (call), argno;
  out->handle_argno = 0;
  out->attr_argno = -1;
  out->start_argno = -1;
  out->wrapper = false;
  out->std_thread = false;
  if (lw_fn_is (fndecl, "pthread_create") && nargs == 4)
    {
      out->attr_argno = 1;
      out->start_argno = 2;
    }
  else if (lw_fn_is (fndecl, "thrd_create") && nargs == 3)
    out->start_argno = 1;
  else if (lw_api_role (fndecl, LW_API_THREAD_CREATE, &argno) && argno < nargs)
    {
      out->handle_argno = argno;
      out->wrapper = true;
    }
  /* The constructor's "this" and its callable: two arguments at least
     (lw_std_thread_op).  */
  else if (lw_std_thread_op (fndecl) == LW_STD_CREATE && nargs >= 2)
    out->std_thread = true;
  else
    return false;
  return true;
}

tree
lw_thread_handle_ref (gcall *call, int handle_argno)
{
  tree p = gimple_call_arg (call, handle_argno);
  /* "&t[i]" is computed into a pointer first.  (Anything else it is
     copied from is no address either: NULL_TREE below.)  */
  if (TREE_CODE (p) == SSA_NAME)
    {
      gimple *def = SSA_NAME_DEF_STMT (p);
      if (def && gimple_assign_single_p (def))
	p = gimple_assign_rhs1 (def);
    }
  return TREE_CODE (p) == ADDR_EXPR ? TREE_OPERAND (p, 0) : NULL_TREE;
}

int
lw_thread_wrapper_start (gcall *call, int handle_argno)
{
  int nargs = gimple_call_num_args (call);
  for (int i = 0; i + 1 < nargs; i++)
    {
      tree t = TREE_TYPE (gimple_call_arg (call, i));
      if (i != handle_argno && POINTER_TYPE_P (t)
	  && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (t)))
	return i;
    }
  return -1;
}

/* pthread_join or thrd_join: blocks until the thread ends.  */
static bool
lw_plain_join_p (tree fndecl)
{
  return lw_fn_is (fndecl, "pthread_join") || lw_fn_is (fndecl, "thrd_join");
}

enum lw_thread_use
lw_thread_value_use (gcall *call, tree value)
{
  /* Joins, detaches, cancels, thread-api= and annotated wrappers, and
     same-file helpers that do one of those: call-effects.c.  */
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    if (gimple_call_arg (call, i) == value
	&& lw_call_arg_effect (call, i) == LW_ARG_RELEASES)
      return (lw_plain_join_p (gimple_call_fndecl (call))
		? LW_THREAD_USE_PLAIN_JOIN
		: LW_THREAD_USE_RELEASES);
  /* Only looked at: pthread_equal, pthread_kill, a same-file helper
     whose summary says so (call-effects.c), a printf-like function.
     Anything else may keep it: a hand-off.  */
  if (lw_call_only_reads (call, value) || lw_call_formats_p (call))
    return LW_THREAD_USE_LOOKS;
  return LW_THREAD_USE_OTHER;
}

int
lw_thread_attr_use (gcall *call, unsigned i)
{
  tree fndecl = gimple_call_fndecl (call);
  if (lw_fn_is (fndecl, "pthread_create") && i == 1)
    return 0;
  if (i == 0 && lw_fn_is (fndecl, "pthread_attr_init"))
    return LW_ATTR_JOINABLE;
  if (i == 0 && lw_fn_is (fndecl, "pthread_attr_setdetachstate")
      && gimple_call_num_args (call) == 2)
    /* PTHREAD_CREATE_JOINABLE is 0.  A state not known to be 0 counts
       as detached: the creation is not checked, as for an unknown
       use.  */
    return integer_zerop (gimple_call_arg (call, 1)) ? 0 : LW_ATTR_DETACHED;
  if (i == 0 && fndecl && DECL_NAME (fndecl)
      && strncmp (IDENTIFIER_POINTER (DECL_NAME (fndecl)), "pthread_attr_",
		  strlen ("pthread_attr_"))
	   == 0)
    return 0; /* Stack size, scheduling, affinity...: no effect on joining.  */
  return LW_ATTR_UNKNOWN;
}

/* The facts of lw_thread_success_facts (SUCCESS) or
   lw_thread_failure_facts.  */
static void
lw_thread_result_facts (lw_facts *facts, gcall *call, tree handle,
			bool success)
{
  lw_facts_guarding (facts, call);
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return;
  tree zero = build_zero_cst (TREE_TYPE (lhs));
  lw_facts_add (facts, lhs, EQ_EXPR, zero, success);
  /* A thread's handle is never 0: "if (t) pthread_join (t, NULL)".  (No
     condition tests an aggregate handle, whose fact is never used.)  */
  if (handle)
    lw_facts_add (facts, handle, NE_EXPR, build_zero_cst (TREE_TYPE (handle)),
		  true);
  if (TREE_CODE (lhs) != SSA_NAME)
    return;
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, lhs)
    if (gimple_assign_single_p (use) && gimple_assign_rhs1 (use) == lhs
	&& TREE_CODE (gimple_assign_lhs (use)) != SSA_NAME)
      lw_facts_add (facts, gimple_assign_lhs (use), EQ_EXPR, zero, success);
}

void
lw_thread_success_facts (lw_facts *facts, gcall *call, tree handle)
{
  lw_thread_result_facts (facts, call, handle, true);
}

void
lw_thread_failure_facts (lw_facts *facts, gcall *call)
{
  lw_thread_result_facts (facts, call, NULL_TREE, false);
}

bool
lw_start_routine_detaches (tree fn, hash_map<tree, bool> *cache)
{
  if (!fn || TREE_CODE (fn) != FUNCTION_DECL)
    return false;
  bool existed;
  bool &r = cache->get_or_insert (fn, &existed);
  if (existed)
    return r;
  r = false;
  function *f = DECL_STRUCT_FUNCTION (fn);
  if (!f)
    return false;
  if (f->cfg)
    {
      basic_block bb;
      FOR_EACH_BB_FN (bb, f)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi)))
	    if (lw_fn_is (gimple_call_fndecl (call), "pthread_detach")
		|| lw_fn_is (gimple_call_fndecl (call), "thrd_detach"))
	      r = true;
    }
  else
    /* Not lowered yet: we cannot tell, so assume it may.  */
    r = true;
  return r;
}

/* Can the start routine FN never finish: no path from its entry reaches
   its exit, and it calls nothing that could end the thread or act on a
   cancellation (only atomic and other builtins that neither block nor
   return control elsewhere)?  Unknown bodies and any doubt: false.  */
bool
lw_routine_never_finishes (tree fn, hash_map<tree, bool> *cache)
{
  if (!fn || TREE_CODE (fn) != FUNCTION_DECL)
    return false;
  bool existed;
  bool &r = cache->get_or_insert (fn, &existed);
  if (existed)
    return r;
  r = false;
  function *f = DECL_STRUCT_FUNCTION (fn);
  if (!f || !f->cfg)
    return false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, f)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *s = gsi_stmt (gsi);
	if (!is_gimple_call (s))
	  continue;
	if (gimple_call_internal_p (s))
	  continue;
	tree d = gimple_call_fndecl (s);
	if (!d || !fndecl_built_in_p (d, BUILT_IN_NORMAL))
	  return false;
	const char *name = IDENTIFIER_POINTER (DECL_NAME (d));
	if (strncmp (name, "__atomic_", 9) != 0
	    && strncmp (name, "__sync_", 7) != 0
	    && strcmp (name, "__builtin_expect") != 0)
	  return false;
      }
  /* Forward reachability over normal edges, from the entry.  */
  auto_sbitmap seen (last_basic_block_for_fn (f));
  bitmap_clear (seen);
  auto_vec<basic_block> work;
  work.safe_push (ENTRY_BLOCK_PTR_FOR_FN (f));
  bitmap_set_bit (seen, ENTRY_BLOCK_PTR_FOR_FN (f)->index);
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, b->succs)
	{
	  if (e->flags & (EDGE_EH | EDGE_ABNORMAL | EDGE_FAKE))
	    continue;
	  if (e->dest == EXIT_BLOCK_PTR_FOR_FN (f))
	    return false;
	  if (!bitmap_bit_p (seen, e->dest->index))
	    {
	      bitmap_set_bit (seen, e->dest->index);
	      work.safe_push (e->dest);
	    }
	}
    }
  r = true;
  return true;
}
