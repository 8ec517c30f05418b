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
#include "tree-dfa.h"

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

/* Copies (and conversions) followed back from an SSA name to the
   constant or call that set it: past them, the value is not known to be
   NULL or a g_strcmp0 result (docs/performance.md).  */
#define LW_MAX_COPY_STEPS 4

/* Whether T is a null pointer constant, directly or through an SSA name
   set to one ('const char *__s2 = NULL;' before constant propagation,
   as the pass sees it at every -O level).  */
static bool
lw_null_pointer_p (tree t)
{
  for (int i = 0; TREE_CODE (t) == SSA_NAME; i++)
    {
      if (i == LW_MAX_COPY_STEPS)
	{
	  lw_debug (
	    "%s: null constant not followed past LW_MAX_COPY_STEPS (%d) "
	    "copies",
	    function_name (cfun), LW_MAX_COPY_STEPS);
	  return false;
	}
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
  for (int i = 0;
       name && TREE_CODE (name) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (name)
       && gimple_assign_single_p (SSA_NAME_DEF_STMT (name))
       && TREE_CODE (gimple_assign_rhs1 (SSA_NAME_DEF_STMT (name)))
	    == SSA_NAME;
       i++)
    {
      if (i == LW_MAX_COPY_STEPS)
	{
	  lw_debug ("%s: g_strcmp0 result not followed past LW_MAX_COPY_STEPS "
		    "(%d) copies",
		    function_name (cfun), LW_MAX_COPY_STEPS);
	  return NULL_TREE;
	}
      name = gimple_assign_rhs1 (SSA_NAME_DEF_STMT (name));
    }
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

/* Statements of a handler's body looked at (docs/performance.md): a
   larger handler counts as one that reads its argument.  */
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

tree
lw_nth_parm (tree fndecl, unsigned argno)
{
  tree parm = DECL_ARGUMENTS (fndecl);
  for (unsigned i = 0; parm && i < argno; i++)
    parm = DECL_CHAIN (parm);
  return parm;
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
  tree parm = lw_nth_parm (fndecl, argno);
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
	    {
	      lw_debug ("%s: over LW_MAX_HANDLER_STMTS (%d) statements, "
			"taken to read its argument",
			function_name (fn), LW_MAX_HANDLER_STMTS);
	      return false;
	    }
	  wi.pset = NULL;
	  if (walk_gimple_op (stmt, lw_mentions_parm, &wi)
	      && !lw_harmless_use_p (stmt, parm, depth))
	    return false;
	}
    }
  return true;
}

/* Whether the cleanup handler FNDECL, defined here and not
   replaceable, gives the value its pointer argument points to ('*p',
   through copies and casts) as argument I of a call CALL for which
   PRED (CALL, I) holds.  */
static bool
lw_handler_passes_value (tree fndecl, bool (*pred) (gcall *, unsigned))
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || DECL_STATIC_CHAIN (fndecl))
    return false;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node || !node->definition || node->alias
      || node->get_availability () < AVAIL_AVAILABLE)
    return false;
  function *fn = DECL_STRUCT_FUNCTION (fndecl);
  tree parm = DECL_ARGUMENTS (fndecl);
  if (!fn || !fn->cfg || !fn->gimple_df || !parm
      || !POINTER_TYPE_P (TREE_TYPE (parm)) || TREE_ADDRESSABLE (parm))
    return false;
  tree def = ssa_default_def (fn, parm);
  if (!def)
    return false;
  int n = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	if (++n > LW_MAX_HANDLER_STMTS)
	  return false;
	gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
	for (unsigned i = 0; call && i < gimple_call_num_args (call); i++)
	  {
	    /* The argument is '*p', through copies and casts.  */
	    tree a = lw_strip_copies (gimple_call_arg (call, i), true);
	    gimple *load
	      = (TREE_CODE (a) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (a)
		   ? SSA_NAME_DEF_STMT (a)
		   : NULL);
	    tree ref = (load && gimple_assign_single_p (load)
			  ? gimple_assign_rhs1 (load)
			  : NULL_TREE);
	    if (ref && TREE_CODE (ref) == MEM_REF
		&& integer_zerop (TREE_OPERAND (ref, 1))
		&& lw_strip_copies (TREE_OPERAND (ref, 0), true) == def
		&& pred (call, i))
	      return true;
	  }
      }
  return false;
}

static bool
lw_call_frees_arg_p (gcall *call, unsigned i)
{
  return lw_call_arg_effect (call, i) == LW_ARG_FREES;
}

bool
lw_cleanup_frees_arg (tree fndecl)
{
  return lw_handler_passes_value (fndecl, lw_call_frees_arg_p);
}

/* Whether CALL's callee, defined here, returns its parameter I on some
   path ('if (t->n_users > 0) return t;'): it frees the object only when
   it can, and returns the one it cannot free yet.  (Whether the body
   could be replaced at link time does not matter: this only ever
   silences.)  */
static bool
lw_call_returns_arg_p (gcall *call, unsigned i)
{
  tree callee = gimple_call_fndecl (call);
  function *fn = callee ? DECL_STRUCT_FUNCTION (callee) : NULL;
  if (!fn || !fn->cfg || !fn->gimple_df)
    return false;
  tree parm = lw_nth_parm (callee, i);
  tree def = parm ? ssa_default_def (fn, parm) : NULL_TREE;
  if (!def)
    return false;
  int n = 0;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fn)->preds)
    {
      greturn *ret = safe_dyn_cast<greturn *> (lw_last_stmt (e->src));
      tree val = ret ? gimple_return_retval (ret) : NULL_TREE;
      if (!val)
	continue;
      val = lw_strip_copies (val, true);
      if (val == def)
	return true;
      /* Merged returns: the PHI of the returned value.  */
      gphi *phi = (TREE_CODE (val) == SSA_NAME
		     ? dyn_cast<gphi *> (SSA_NAME_DEF_STMT (val))
		     : NULL);
      for (unsigned k = 0; phi && k < gimple_phi_num_args (phi); k++)
	{
	  if (++n > LW_MAX_HANDLER_STMTS)
	    return false;
	  if (lw_strip_copies (gimple_phi_arg_def (phi, k), true) == def)
	    return true;
	}
    }
  return false;
}

bool
lw_cleanup_collects (tree fndecl)
{
  return lw_handler_passes_value (fndecl, lw_call_returns_arg_p);
}

bool
lw_cleanup_ignores_arg (tree fndecl)
{
  return lw_parm_pointee_unread (fndecl, 0, 2);
}

bool
lw_fn_ignores_pointee (tree fndecl, unsigned argno)
{
  return lw_parm_pointee_unread (fndecl, argno, 2);
}

/* Blocking synchronisation.  -Wthread-arg-lifetime trusts a start
   handshake: a creator that, after starting a thread, blocks until
   another thread acts (joins a thread, waits on a semaphore, a
   condition, a barrier, reads a pipe, spins on an atomic flag) is taken
   to wait until the new thread has taken what it needs.  */

static const char *const lw_blocking_fns[]
  = { /* Joins.  */
      "pthread_join", "pthread_tryjoin_np", "pthread_timedjoin_np",
      "pthread_clockjoin_np", "thrd_join",
      /* POSIX and C11 waits.  */
      "sem_wait", "sem_timedwait", "sem_clockwait", "sem_trywait",
      "pthread_cond_wait", "pthread_cond_timedwait", "pthread_cond_clockwait",
      "pthread_barrier_wait", "cnd_wait", "cnd_timedwait",
      /* Reading a pipe, a socket or an eventfd; waiting for a signal or
	 an event.  */
      "read", "readv", "pread", "pread64", "recv", "recvfrom", "recvmsg",
      "msgrcv", "mq_receive", "mq_timedreceive", "eventfd_read", "poll",
      "ppoll", "select", "pselect", "epoll_wait", "epoll_pwait",
      "epoll_pwait2", "sigwait", "sigwaitinfo", "sigtimedwait", "sigsuspend",
      "pause", "syscall",
      /* GLib and libuv.  */
      "g_thread_join", "g_cond_wait", "g_cond_wait_until", "g_async_queue_pop",
      "g_async_queue_pop_unlocked", "g_async_queue_timeout_pop",
      "g_async_queue_timed_pop", "g_main_loop_run", "uv_thread_join",
      "uv_sem_wait", "uv_cond_wait", "uv_cond_timedwait", "uv_barrier_wait",
      "uv_run", NULL
    };

/* Words that, in a function's name, say that it waits for another
   thread (any case): "wait_until_started", "WaitForWorkers",
   "pool_join", "start_barrier".  */
static const char *const lw_blocking_words[]
  = { "wait", "join", "barrier", "handshake", "rendezvous", NULL };

/* Members of C++ library classes that block until another thread acts:
   std::thread::join, condition_variable::wait*, future::get and wait*,
   semaphore::acquire*, latch and barrier waits, atomic loads and
   waits.  */
static const char *const lw_blocking_std_members[]
  = { "join",
      "wait",
      "wait_for",
      "wait_until",
      "acquire",
      "try_acquire",
      "try_acquire_for",
      "try_acquire_until",
      "arrive_and_wait",
      "load",
      "test",
      "test_and_set",
      "exchange",
      "compare_exchange_weak",
      "compare_exchange_strong",
      NULL };

/* Does NAME contain WORD, in any case?  */
static bool
lw_has_word (const char *name, const char *word)
{
  size_t n = strlen (word);
  for (const char *p = name; *p; p++)
    if (strncasecmp (p, word, n) == 0)
      return true;
  return false;
}

static bool
lw_name_in (const char *name, const char *const *names)
{
  for (int i = 0; names[i]; i++)
    if (strcmp (name, names[i]) == 0)
      return true;
  return false;
}

bool
lw_std_fn_p (tree fndecl, const char **cls)
{
  *cls = NULL;
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  for (tree ctx = DECL_CONTEXT (fndecl); ctx;)
    {
      if (TYPE_P (ctx))
	{
	  tree name = TYPE_NAME (ctx);
	  if (name && TREE_CODE (name) == TYPE_DECL)
	    name = DECL_NAME (name);
	  if (!*cls && name && TREE_CODE (name) == IDENTIFIER_NODE)
	    *cls = IDENTIFIER_POINTER (name);
	  ctx = TYPE_CONTEXT (ctx);
	}
      else if (TREE_CODE (ctx) == NAMESPACE_DECL)
	{
	  if (DECL_NAME (ctx) && id_equal (DECL_NAME (ctx), "std"))
	    return true;
	  ctx = DECL_CONTEXT (ctx);
	}
      else
	return false;
    }
  return false;
}

bool
lw_blocking_sync_call_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    /* Spinning on a flag: atomic loads and exchanges.  */
    return (strncmp (name, "__atomic_load", 13) == 0
	    || strncmp (name, "__atomic_compare_exchange", 25) == 0
	    || strncmp (name, "__atomic_exchange", 17) == 0
	    || strncmp (name, "__atomic_test_and_set", 21) == 0
	    || strncmp (name, "__sync_lock_test_and_set", 24) == 0
	    || strncmp (name, "__sync_val_compare_and_swap", 27) == 0
	    || strncmp (name, "__sync_bool_compare_and_swap", 28) == 0);
  const char *cls;
  if (lw_std_fn_p (fndecl, &cls))
    {
      if (!cls)
	return false;
      if (lw_name_in (name, lw_blocking_std_members))
	return true;
      /* future::get; atomic<T>::operator T (), as in "while (!ready)".  */
      return ((strcmp (name, "get") == 0 && strstr (cls, "future"))
	      || (strstr (cls, "atomic") && strncmp (name, "operator ", 9) == 0
		  && !DECL_CXX_CONSTRUCTOR_P (fndecl)));
    }
  for (int i = 0; lw_blocking_fns[i]; i++)
    if (lw_fn_is (fndecl, lw_blocking_fns[i]))
      return true;
  for (int i = 0; lw_blocking_words[i]; i++)
    if (lw_has_word (name, lw_blocking_words[i]))
      return true;
  return false;
}

bool
lw_lock_call_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  const char *cls;
  if (lw_std_fn_p (fndecl, &cls) && cls && strstr (cls, "lock")
      && DECL_CXX_CONSTRUCTOR_P (fndecl))
    return true; /* std::lock_guard, std::unique_lock, std::scoped_lock.  */
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  return (lw_has_word (name, "lock") && !lw_has_word (name, "unlock")
	  && !lw_has_word (name, "clock") && !lw_has_word (name, "block"));
}

/* Questions about bodies defined in this unit: each looks at most
   LW_MAX_BODY_STMTS statements, beyond which the answer is the one that
   keeps the checks silent.  */
#define LW_MAX_BODY_STMTS 2000

bool
lw_fn_blocks (tree fndecl)
{
  function *f = (fndecl && TREE_CODE (fndecl) == FUNCTION_DECL
		   ? DECL_STRUCT_FUNCTION (fndecl)
		   : NULL);
  if (!f || !f->cfg)
    return false;
  int n = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, f)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	if (++n > LW_MAX_BODY_STMTS)
	  {
	    lw_debug ("%s: over LW_MAX_BODY_STMTS (%d) statements, taken to "
		      "block",
		      function_name (f), LW_MAX_BODY_STMTS);
	    return true;
	  }
	gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
	if (call && lw_blocking_sync_call_p (call))
	  return true;
      }
  return false;
}

lw_field_reads *
lw_fn_field_reads (tree fndecl)
{
  function *f = (fndecl && TREE_CODE (fndecl) == FUNCTION_DECL
		   ? DECL_STRUCT_FUNCTION (fndecl)
		   : NULL);
  if (!f || !f->cfg)
    return NULL;
  lw_field_reads *r = new lw_field_reads;
  r->all = false;
  int n = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, f)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *s = gsi_stmt (gsi);
	if (is_gimple_debug (s) || gimple_clobber_p (s))
	  continue;
	if (++n > LW_MAX_BODY_STMTS)
	  {
	    lw_debug ("%s: over LW_MAX_BODY_STMTS (%d) statements, taken to "
		      "read every field",
		      function_name (f), LW_MAX_BODY_STMTS);
	    r->all = true;
	    return r;
	  }
	/* The operands read: not a store's destination, a call's
	   function or static chain.  */
	unsigned first = 0;
	if (is_gimple_assign (s))
	  first = 1;
	else if (is_gimple_call (s))
	  first = 3;
	for (unsigned i = first; i < gimple_num_ops (s); i++)
	  {
	    tree op = gimple_op (s, i);
	    if (!op || TREE_CODE (op) == ADDR_EXPR)
	      continue;
	    /* A whole aggregate loaded (not the records a field reference
	       goes through).  */
	    if (AGGREGATE_TYPE_P (TREE_TYPE (op)) && REFERENCE_CLASS_P (op))
	      r->types.add (TYPE_MAIN_VARIANT (TREE_TYPE (op)));
	    for (; handled_component_p (op); op = TREE_OPERAND (op, 0))
	      if (TREE_CODE (op) == COMPONENT_REF)
		r->fields.add (TREE_OPERAND (op, 1));
	  }
      }
  return r;
}

bool
lw_writes_arg0_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_MEMSET:
    case BUILT_IN_MEMCPY:
    case BUILT_IN_MEMMOVE:
    case BUILT_IN_STRCPY:
    case BUILT_IN_STRNCPY:
    case BUILT_IN_STRCAT:
    case BUILT_IN_SPRINTF:
    case BUILT_IN_SNPRINTF:
      return true;
    default:
      return false;
    }
}

bool
lw_cannot_join_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  const char *cls;
  if (gimple_call_internal_p (call)
      || (gimple_call_flags (call) & (ECF_CONST | ECF_PURE | ECF_NOVOPS)))
    return true;
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL) || lw_call_formats_p (call)
      || lw_std_fn_p (fndecl, &cls))
    return true;
  /* The rest of the POSIX and C11 thread APIs: detach, cancel, locks,
     attributes, keys...  */
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  return ((strncmp (name, "pthread_", 8) == 0
	   || strncmp (name, "thrd_", 5) == 0
	   || strncmp (name, "mtx_", 4) == 0)
	  && lw_fn_is (fndecl, name));
}

/* Sleeping or yielding: in a loop, polling a flag another thread sets
   ("while (!started) usleep (100);").  */
static const char *const lw_sleep_fns[]
  = { "sleep",	     "usleep",	       "nanosleep",  "clock_nanosleep",
      "sched_yield", "pthread_yield",  "thrd_yield", "thrd_sleep",
      "g_usleep",    "g_thread_yield", NULL };

bool
lw_sleep_call_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  const char *cls;
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  if (lw_std_fn_p (fndecl, &cls))
    return (!cls
	    && (id_equal (DECL_NAME (fndecl), "sleep_for")
		|| id_equal (DECL_NAME (fndecl), "sleep_until")
		|| id_equal (DECL_NAME (fndecl), "yield")));
  for (int i = 0; lw_sleep_fns[i]; i++)
    if (lw_fn_is (fndecl, lw_sleep_fns[i]))
      return true;
  return false;
}

/* Functions whose pointer result points into one of their arguments (a
   search in a string or a buffer), or is NULL: nothing new to free.  */
static const char *const lw_interior_fns[] = { "strchr",
					       "strrchr",
					       "strstr",
					       "strcasestr",
					       "strpbrk",
					       "strchrnul",
					       "index",
					       "rindex",
					       "memchr",
					       "memrchr",
					       "rawmemchr",
					       "memmem",
					       "basename",
					       "g_strstr_len",
					       "g_strrstr",
					       "g_strrstr_len",
					       "g_utf8_strchr",
					       "g_utf8_strrchr",
					       "g_path_skip_root",
					       NULL };

bool
lw_call_returns_interior (const gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || !DECL_NAME (fndecl) || !gimple_call_lhs (call)
      || !POINTER_TYPE_P (TREE_TYPE (gimple_call_lhs (call))))
    return false;
  for (int i = 0; lw_interior_fns[i]; i++)
    if (lw_fn_is (fndecl, lw_interior_fns[i]))
      return true;
  return false;
}

/* GLib's reallocators, which GCC knows nothing of.  */
static const char *const lw_realloc_fns[]
  = { "g_realloc", "g_realloc_n", "g_try_realloc", "g_try_realloc_n", NULL };

bool
lw_call_realloc_p (const gimple *stmt)
{
  const gcall *call = dyn_cast<const gcall *> (stmt);
  tree fndecl = call ? gimple_call_fndecl (call) : NULL_TREE;
  if (!fndecl)
    return false;
  /* A deallocator of its first argument (STMT makes a pointer the
     caller follows): realloc, reallocarray.  */
  if (fndecl_dealloc_argno (fndecl) == 0)
    return true;
  for (int i = 0; lw_realloc_fns[i]; i++)
    if (lw_fn_is (fndecl, lw_realloc_fns[i]))
      return true;
  return false;
}

bool
lw_call_new_object_p (const gimple *stmt)
{
  const gcall *call = dyn_cast<const gcall *> (stmt);
  return call
	 && ((gimple_call_flags (call) & ECF_MALLOC)
	     || (gimple_call_return_flags (call) & ERF_NOALIAS));
}
