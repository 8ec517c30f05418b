/* check-thread-arg.c: -Wthread-arg-lifetime, a thread's argument that
   changes or dies while the thread may still read it.

   1. Find the creations (pthread_create, thrd_create, wrappers, the
      constructors of std::thread) and the automatic objects their
      thread gets the address of: "&i", "&cfg.port", "&ids[i]", a local
      pointer holding such an address, or, for std::thread, a local a
      lambda captures by reference or whose address is passed.  When no
      thread can get one (most get heap or static data), stop here.
   2. One walk over the function finds what may join each thread: the
      handle of a local that never escapes is joined only by calls that
      receive it; a handle in other memory may be joined by any call.
   3. For each object, walk the paths leaving the creation (flow.c),
      each path ending where the thread may be done with the object: a
      join of any thread, a blocking synchronisation call (the start
      handshake), a call that may join this thread or that receives the
      object's address, the header of a loop that contains one of those.
      - In a loop, a path that writes the object and comes back to the
	creation gives every thread the same changing object.
      - A path that reaches the end of the object's storage (its
	clobber, or the function's return) lets the thread use it dead.

   Silent: heap and static objects, values cast to pointers, start
   routines (defined here) that never read their argument, returns from
   main, and what the walk cannot follow.  */

#include "threads-int.h"

/* A creation.  */
struct lw_ta_create
{
  gcall *call;
  int handle_argno;
  tree handle;	    /* The handle created into ("t", "w.tid"), if known.  */
  tree handle_base; /* The local holding the handle, or NULL_TREE.  */
  tree start;	    /* The start routine, if known (FUNCTION_DECL).  */
  bool std_thread;
};

enum lw_ta_mode
{
  LW_TA_DIES,	 /* Report the end of the object's storage.  */
  LW_TA_WRITE,	 /* Report a write to the object in the loop.  */
  LW_TA_RECREATE /* Report the creation, reached again.  */
};

struct lw_ta_ctx
{
  function *fun;
  lw_budget budget;
  bool is_main;
  auto_vec<lw_ta_create> creates;
  hash_map<gimple *, int> create_calls; /* Index into CREATES.  */
  /* Locals holding handles; those reachable from elsewhere (then any
     call may join their threads); std::threads detached or moved.  */
  hash_set<tree> handle_bases;
  hash_set<tree> escaped;
  hash_set<tree> moved;
  hash_map<tree, tree> handle_ssa; /* SSA name -> handle base.  */
  /* C++: values stored into locals (closures, temporaries) as chains:
     local -> first index into STORED and STORED_NEXT.  */
  hash_map<tree, int> stored_first;
  auto_vec<tree> stored;
  auto_vec<gimple *> stored_at;
  auto_vec<int> stored_next;
  /* First statements of the headers of loops that hold a blocking call
     or a call given a local handle (WAITING), or any call that may
     join a thread whose handle is reachable from elsewhere (CALLING).  */
  hash_set<gimple *> waiting_headers;
  hash_set<gimple *> calling_headers;
  /* Caches, by function: lw_ta_blocks_p; what start routines read.  */
  hash_map<tree, bool> blocks;
  hash_map<tree, lw_field_reads *> routine_reads;
  /* The walk in progress.  */
  lw_ta_create *cur;
  lw_local_ref arg;
  enum lw_ta_mode mode;
};

/* Blocks until another thread acts, or joins one (known, by its name,
   annotated or named as a release, or a helper defined here that calls
   one of those).  */
static bool
lw_ta_blocks_p (lw_ta_ctx *cx, gcall *call)
{
  int argno;
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    return false;
  bool existed;
  bool &r = cx->blocks.get_or_insert (fndecl, &existed);
  if (!existed)
    r = (lw_blocking_sync_call_p (call)
	 || lw_api_role (fndecl, LW_API_THREAD_RELEASE, &argno)
	 || lw_fn_blocks (fndecl));
  return r;
}

/* Is OP (an operand) a handle of BASE, or an address into BASE?  */
static bool
lw_ta_mentions (lw_ta_ctx *cx, tree op, tree base)
{
  if (!op)
    return false;
  if (TREE_CODE (op) == SSA_NAME)
    {
      tree *b = cx->handle_ssa.get (op);
      return b && *b == base;
    }
  if (TREE_CODE (op) == ADDR_EXPR)
    op = TREE_OPERAND (op, 0);
  return get_base_address (op) == base;
}

/* Does CALL receive the address of the current argument object?  */
static bool
lw_ta_gets_arg (lw_ta_ctx *cx, gcall *call, bool *as_dest)
{
  *as_dest = false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      lw_local_ref a;
      if (lw_local_address (gimple_call_arg (call, i), cx->fun, &a)
	  && a.base == cx->arg.base)
	{
	  *as_dest = i == 0 && lw_refs_overlap (a.ref, cx->arg.ref);
	  return true;
	}
    }
  return false;
}

/* May CALL join the current thread?  */
static bool
lw_ta_may_join (lw_ta_ctx *cx, gcall *call)
{
  tree base = cx->cur->handle_base;
  tree fndecl = gimple_call_fndecl (call);
  enum lw_std_thread_op op = lw_std_thread_op (fndecl);
  if (op != LW_STD_NONE)
    /* A joinable std::thread's destructor terminates the process: no
       path goes on, unless the thread was detached or moved.  */
    return (op == LW_STD_DESTROY && base && !cx->moved.contains (base)
	    && gimple_call_num_args (call) >= 1
	    && lw_ta_mentions (cx, gimple_call_arg (call, 0), base));
  if (lw_cannot_join_p (call))
    return false;
  /* A call given the local handle (its value or its address) has made
     it escaped (lw_ta_scan), unless it is a creation, a blocking call or
     one that cannot join, none of which gets here.  */
  return !base || cx->escaped.contains (base);
}

/* Is STMT in a loop around the current creation?  */
static bool
lw_ta_in_creation_loop (lw_ta_ctx *cx, gimple *stmt)
{
  class loop *l = find_common_loop (gimple_bb (cx->cur->call)->loop_father,
				    gimple_bb (stmt)->loop_father);
  return l && loop_outer (l);
}

static int
lw_ta_stop (gimple *stmt, void *data)
{
  lw_ta_ctx *cx = (lw_ta_ctx *) data;
  /* The head of a later loop that joins or waits (a path may skip its
     body: it runs at least once when the threads exist).  */
  tree h = cx->cur->handle_base;
  if ((cx->waiting_headers.contains (stmt)
       || ((!h || cx->escaped.contains (h))
	   && cx->calling_headers.contains (stmt)))
      && !flow_bb_inside_loop_p (gimple_bb (stmt)->loop_father,
				 gimple_bb (cx->cur->call)))
    return LW_STOP_PATH;
  if (gimple_clobber_p (stmt))
    {
      if (get_base_address (gimple_assign_lhs (stmt)) != cx->arg.base
	  || !lw_clobber_ends_storage_p (stmt))
	return LW_STOP_NO;
      return cx->mode == LW_TA_DIES ? LW_STOP_REPORT : LW_STOP_PATH;
    }
  if (is_a<gasm *> (stmt))
    return LW_STOP_PATH;
  if (gcall *call = dyn_cast<gcall *> (stmt))
    {
      if (call == cx->cur->call)
	return cx->mode == LW_TA_RECREATE ? LW_STOP_REPORT : LW_STOP_NO;
      if (cx->create_calls.get (call))
	return LW_STOP_NO;
      bool dest;
      if (lw_ta_blocks_p (cx, call))
	return LW_STOP_PATH;
      /* A write made under a lock is deliberate sharing.  */
      if (cx->mode == LW_TA_WRITE && lw_lock_call_p (call))
	return LW_STOP_PATH;
      if (lw_ta_gets_arg (cx, call, &dest))
	return (cx->mode == LW_TA_WRITE && dest && lw_writes_arg0_p (call)
		    && lw_ta_in_creation_loop (cx, stmt)
		  ? LW_STOP_REPORT
		  : LW_STOP_PATH);
      if (lw_ta_may_join (cx, call))
	return LW_STOP_PATH;
    }
  else if (gimple_has_volatile_ops (stmt) && gimple_assign_load_p (stmt))
    return LW_STOP_PATH; /* Spinning on a volatile flag.  */
  tree lhs = gimple_get_lhs (stmt);
  if (cx->mode == LW_TA_WRITE && lhs && get_base_address (lhs) == cx->arg.base
      && lw_refs_overlap (lhs, cx->arg.ref)
      && lw_ta_in_creation_loop (cx, stmt))
    return LW_STOP_REPORT;
  return LW_STOP_NO;
}

/* Does the start routine read what the write W changes of the current
   argument?  A scalar (or an array of them) the thread gets is read by
   it; a part of a struct only if the routine, defined here, loads that
   field or copies the struct.  */
static bool
lw_ta_write_is_read (lw_ta_ctx *cx, gimple *w)
{
  tree type = TREE_TYPE (cx->arg.ref);
  while (TREE_CODE (type) == ARRAY_TYPE)
    type = TREE_TYPE (type);
  if (!RECORD_OR_UNION_TYPE_P (type))
    return true;
  if (!cx->cur->start)
    return false;
  bool existed;
  lw_field_reads *&reads
    = cx->routine_reads.get_or_insert (cx->cur->start, &existed);
  if (!existed)
    reads = lw_fn_field_reads (cx->cur->start);
  if (!reads)
    return false;
  if (reads->all || reads->types.contains (TYPE_MAIN_VARIANT (type)))
    return true;
  /* The written reference, and the first field it names below the part
     the thread gets.  */
  tree ref = NULL_TREE;
  lw_local_ref a;
  if (gcall *call = dyn_cast<gcall *> (w))
    {
      /* The call got the object's address as its argument 0
	 (lw_ta_stop).  */
      if (lw_local_address (gimple_call_arg (call, 0), cx->fun, &a))
	ref = a.ref;
    }
  else
    ref = gimple_get_lhs (w);
  if (!ref)
    return false;
  unsigned depth = 0;
  for (tree r = cx->arg.ref; handled_component_p (r); r = TREE_OPERAND (r, 0))
    depth++;
  auto_vec<tree, 8> chain;
  for (tree r = ref; handled_component_p (r); r = TREE_OPERAND (r, 0))
    chain.safe_push (r);
  for (unsigned i = chain.length () > depth ? chain.length () - depth : 0;
       i-- > 0;)
    if (TREE_CODE (chain[i]) == COMPONENT_REF)
      return reads->fields.contains (TREE_OPERAND (chain[i], 1));
  /* The whole part: any field of it.  */
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    if (reads->fields.contains (f))
      return true;
  return false;
}

/* The local holding the handle HANDLE (lw_thread_handle_ref), or
   NULL_TREE.  */
static tree
lw_ta_handle_base (lw_ta_ctx *cx, tree handle)
{
  tree base = handle ? get_base_address (handle) : NULL_TREE;
  if (!base || !VAR_P (base) || !auto_var_in_fn_p (base, cx->fun->decl))
    return NULL_TREE;
  return base;
}

/* Is CALL a creation?  Fills C and *ARG, the argument the thread gets
   (-1 for std::thread, whose callable and arguments are all looked
   at).  A wrapper's thread gets the argument after its first function
   pointer, the start routine (as in pthread_create and thrd_create).  */
static bool
lw_ta_creation (lw_ta_ctx *cx, gcall *call, lw_ta_create *c, int *arg)
{
  lw_thread_creation k;
  *arg = -1;
  if (!lw_thread_creation_call (call, &k))
    return false;
  int start = k.start_argno;
  if (k.wrapper
      && (start = lw_thread_wrapper_start (call, k.handle_argno)) < 0)
    return false;
  c->std_thread = k.std_thread;
  if (!c->std_thread)
    *arg = start + 1;
  c->call = call;
  c->handle_argno = k.handle_argno;
  c->handle = lw_thread_handle_ref (call, k.handle_argno);
  c->handle_base = lw_ta_handle_base (cx, c->handle);
  c->start = NULL_TREE;
  tree s = start >= 0 ? gimple_call_arg (call, start) : NULL_TREE;
  if (s && TREE_CODE (s) == ADDR_EXPR
      && TREE_CODE (TREE_OPERAND (s, 0)) == FUNCTION_DECL)
    c->start = TREE_OPERAND (s, 0);
  return true;
}

/* Is NAME, a value or address of a handle, used only by creations,
   joins, detaches and calls that cannot join?  If not, its local is
   reachable from elsewhere.  Follows copies and PHIs.  */
static void
lw_ta_follow_handle (lw_ta_ctx *cx, tree name, tree base)
{
  auto_vec<tree> work;
  work.safe_push (name);
  while (!work.is_empty () && !cx->escaped.contains (base))
    {
      tree v = work.pop ();
      bool existed;
      cx->handle_ssa.get_or_insert (v, &existed) = base;
      if (existed)
	continue;
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, v)
	{
	  if (is_gimple_debug (use) || is_a<gcond *> (use)
	      || is_a<gswitch *> (use))
	    continue;
	  if (gphi *phi = dyn_cast<gphi *> (use))
	    work.safe_push (gimple_phi_result (phi));
	  else if (gassign *a = dyn_cast<gassign *> (use))
	    {
	      tree lhs = gimple_assign_lhs (a);
	      if (TREE_CODE (lhs) != SSA_NAME)
		cx->escaped.add (base);
	      else if (gimple_assign_single_p (a)
		       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (a)))
		work.safe_push (lhs);
	    }
	  else if (gcall *call = dyn_cast<gcall *> (use))
	    {
	      if (!cx->create_calls.get (call)
		  && !lw_blocking_sync_call_p (call)
		  && !lw_cannot_join_p (call))
		cx->escaped.add (base);
	    }
	  else
	    cx->escaped.add (base);
	}
    }
}

/* A mention of the handle local BASE in STMT, other than through an SSA
   name: OP is the operand that mentions it.  */
static void
lw_ta_handle_mention (lw_ta_ctx *cx, gimple *stmt, tree op, tree base)
{
  if (gcall *call = dyn_cast<gcall *> (stmt))
    {
      tree fndecl = gimple_call_fndecl (call);
      enum lw_std_thread_op sop = lw_std_thread_op (fndecl);
      int *ci = cx->create_calls.get (call);
      if (sop != LW_STD_NONE && gimple_call_num_args (call) >= 1
	  && op == gimple_call_arg (call, 0))
	{
	  /* Members of std::thread.  After detach, swap or a move, the
	     destructor does nothing; after a swap or a move the thread
	     is elsewhere.  */
	  const char *n = IDENTIFIER_POINTER (DECL_NAME (fndecl));
	  if (sop == LW_STD_OTHER && strcmp (n, "join") != 0
	      && strcmp (n, "joinable") != 0 && strcmp (n, "get_id") != 0)
	    {
	      cx->moved.add (base);
	      if (strcmp (n, "detach") != 0)
		cx->escaped.add (base);
	    }
	  return;
	}
      if (ci && op == gimple_call_arg (call, cx->creates[*ci].handle_argno))
	return;
      /* Joins take the handle's value: its address or an aggregate
	 holding it goes somewhere we cannot follow.  */
      cx->moved.add (base);
      cx->escaped.add (base);
      return;
    }
  if (gassign *a = dyn_cast<gassign *> (stmt))
    {
      tree lhs = gimple_assign_lhs (a);
      if (op == lhs)
	return; /* A store into the handle.  */
      if (TREE_CODE (lhs) == SSA_NAME && gimple_assign_single_p (a))
	{
	  lw_ta_follow_handle (cx, lhs, base);
	  return;
	}
    }
  if (!is_a<gcond *> (stmt))
    cx->escaped.add (base);
}

static tree
lw_ta_find_handle (tree *tp, int *walk_subtrees, void *data)
{
  lw_ta_ctx *cx = (lw_ta_ctx *) data;
  if (VAR_P (*tp))
    {
      *walk_subtrees = 0;
      if (cx->handle_bases.contains (*tp))
	return *tp;
    }
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* Record the value stored into a local by STMT, if it is the address of
   an automatic object: a lambda's capture by reference, a temporary
   holding "&x", std::ref (x).  C++ only.  */
static void
lw_ta_note_store (lw_ta_ctx *cx, gimple *stmt)
{
  tree lhs = gimple_get_lhs (stmt), value = NULL_TREE;
  tree c = lhs ? get_base_address (lhs) : NULL_TREE;
  if (!c || !VAR_P (c) || !auto_var_in_fn_p (c, cx->fun->decl))
    return;
  const char *cls;
  if (gimple_assign_single_p (stmt))
    value = gimple_assign_rhs1 (stmt);
  else if (gcall *call = dyn_cast<gcall *> (stmt))
    {
      tree fndecl = gimple_call_fndecl (call);
      if (gimple_call_num_args (call) == 1 && lw_std_fn_p (fndecl, &cls)
	  && !cls
	  && (id_equal (DECL_NAME (fndecl), "ref")
	      || id_equal (DECL_NAME (fndecl), "cref")))
	value = gimple_call_arg (call, 0);
    }
  lw_local_ref a;
  if (!lw_local_address (value, cx->fun, &a) || a.base == c)
    return;
  bool existed;
  int &first = cx->stored_first.get_or_insert (c, &existed);
  cx->stored.safe_push (value);
  cx->stored_at.safe_push (stmt);
  cx->stored_next.safe_push (existed ? first : -1);
  first = cx->stored.length () - 1;
}

/* Mark the loops around BB in HEADERS.  */
static void
lw_ta_mark_loops (hash_set<gimple *> *headers, basic_block bb)
{
  for (class loop *l = bb->loop_father; l && loop_outer (l);
       l = loop_outer (l))
    {
      gimple_stmt_iterator gsi
	= gsi_start_nondebug_after_labels_bb (l->header);
      if (!gsi_end_p (gsi))
	headers->add (gsi_stmt (gsi));
    }
}

/* One walk over the function: which handles are reachable from
   elsewhere, what C++ stores into locals, which loops wait or join.  */
static void
lw_ta_scan (lw_ta_ctx *cx)
{
  bool cxx = lang_GNU_CXX ();
  unsigned uid = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cx->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	gimple_set_uid (stmt, uid++); /* Order within a block.  */
	if (is_gimple_debug (stmt))
	  continue;
	if (cxx)
	  lw_ta_note_store (cx, stmt);
	gcall *call = dyn_cast<gcall *> (stmt);
	if (call && !cx->create_calls.get (call)
	    && lw_std_thread_op (gimple_call_fndecl (call)) == LW_STD_NONE)
	  {
	    /* Waits, polls (sleeps in a loop) or gets a local handle.  */
	    bool waits = lw_ta_blocks_p (cx, call) || lw_sleep_call_p (call);
	    if (!lw_cannot_join_p (call))
	      {
		lw_ta_mark_loops (&cx->calling_headers, bb);
		for (unsigned i = 0; i < gimple_call_num_args (call); i++)
		  {
		    tree arg = gimple_call_arg (call, i);
		    waits
		      |= (cx->handle_ssa.get (arg)
			  || walk_tree (&arg, lw_ta_find_handle, cx, NULL));
		  }
	      }
	    if (waits)
	      lw_ta_mark_loops (&cx->waiting_headers, bb);
	  }
	for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
	  {
	    tree op = gimple_op (stmt, i);
	    if (!op)
	      continue;
	    tree base = walk_tree (&op, lw_ta_find_handle, cx, NULL);
	    if (base)
	      lw_ta_handle_mention (cx, stmt, op, base);
	  }
      }
}

/* The thread gets a changing object: the path P1 from the creation to
   the write W, and P2 from W to the creation again.  */
static void
lw_ta_report_changes (lw_ta_ctx *cx, gimple *w, const vec<edge> &p1,
		      const vec<edge> &p2)
{
  location_t loc = gimple_location (cx->cur->call);
  location_t wloc = gimple_location (w);
  if (LOCATION_LOCUS (wloc) == UNKNOWN_LOCATION)
    wloc = loc;
  tree v = cx->arg.base;
  lw_path *path = lw_path_new (cx->fun->decl);
  lw_path_event (path, loc, "thread created here with the address of %qD", v);
  lw_path_branches (path, p1);
  lw_path_event (path, wloc, "%qD changed here", v);
  lw_path_branches (path, p2);
  lw_path_event (path, loc, "the next thread created here gets the same %qD",
		 v);
  if (lw_warn_path (LW_THREAD_ARG_LIFETIME, loc, path,
		    "the threads created here share %qD, which the loop "
		    "changes while they may still read it",
		    v))
    lw_note (wloc, "%qD is changed here, before the next thread is created",
	     v);
}

/* The object dies on the path P, at the clobber C or (C NULL) when the
   function returns at EXIT_LOC.  */
static void
lw_ta_report_dies (lw_ta_ctx *cx, gimple *c, location_t exit_loc,
		   const vec<edge> &p)
{
  location_t loc = gimple_location (cx->cur->call), end_loc = exit_loc;
  enum lw_scope_end end = LW_SCOPE_END_RETURN;
  if (c)
    end = lw_scope_end_at (c, cx->fun, p, &end_loc);
  if (end == LW_SCOPE_END_BEFORE
      && LOCATION_LOCUS (end_loc) == UNKNOWN_LOCATION)
    end_loc = loc;
  if (end == LW_SCOPE_END_RETURN
      && (LOCATION_LOCUS (end_loc) == UNKNOWN_LOCATION || end_loc == loc))
    end_loc = cx->fun->function_end_locus;
  /* Returning from main ends the process.  */
  if (end == LW_SCOPE_END_RETURN && cx->is_main)
    return;
  tree v = cx->arg.base, fn = cx->fun->decl;
  lw_path *path = lw_path_new (fn);
  lw_path_event (path, loc, "thread created here with the address of %qD", v);
  lw_path_branches (path, p);
  const char *msg;
  switch (end)
    {
    case LW_SCOPE_END_RETURN:
      msg = "%qD dies when the function returns here";
      break;
    case LW_SCOPE_END_HERE:
      msg = "%qD goes out of scope here";
      break;
    case LW_SCOPE_END_ITERATION:
      msg = "%qD dies at the end of each iteration of this loop";
      break;
    default:
      msg = "%qD is out of scope here";
      break;
    }
  lw_path_event (path, end_loc, msg, v);
  if (!lw_warn_path (LW_THREAD_ARG_LIFETIME, loc, path,
		     "the thread created here may use %qD after it goes out "
		     "of scope",
		     v))
    return;
  if (end == LW_SCOPE_END_RETURN)
    lw_note (end_loc, "%qD dies when %qD returns here", v, fn);
  else
    lw_note (end_loc, msg, v);
}

/* Check one object the thread of creation C gets.  */
static void
lw_ta_check_arg (lw_ta_ctx *cx, lw_ta_create *c, const lw_local_ref &arg)
{
  cx->cur = c;
  cx->arg = arg;
  lw_facts facts;
  facts.n = 0;
  lw_thread_success_facts (&facts, c->call, c->handle);
  class loop *l = gimple_bb (c->call)->loop_father;

  /* In a loop: written, then the creation again.  */
  if (!arg.varying && l && loop_outer (l))
    {
      auto_vec<edge> p1, p2;
      cx->mode = LW_TA_WRITE;
      lw_walk_result r = lw_walk_from (c->call, facts, lw_ta_stop, cx,
				       &cx->budget, false, &p1);
      if (r.kind == LW_WALK_STOPPED && lw_ta_write_is_read (cx, r.stopped_at))
	{
	  lw_facts from;
	  from.n = 0;
	  lw_facts_guarding (&from, r.stopped_at);
	  cx->mode = LW_TA_RECREATE;
	  lw_walk_result r2 = lw_walk_from (r.stopped_at, from, lw_ta_stop, cx,
					    &cx->budget, false, &p2);
	  if (r2.kind == LW_WALK_STOPPED)
	    {
	      lw_ta_report_changes (cx, r.stopped_at, p1, p2);
	      return;
	    }
	}
    }

  /* The end of its storage.  */
  auto_vec<edge> p;
  cx->mode = LW_TA_DIES;
  lw_walk_result r
    = lw_walk_from (c->call, facts, lw_ta_stop, cx, &cx->budget, false, &p);
  if (r.kind == LW_WALK_UNKNOWN)
    lw_debug ("%s: path budget exhausted, silent", function_name (cx->fun));
  if (r.kind == LW_WALK_STOPPED)
    lw_ta_report_dies (cx, r.stopped_at, UNKNOWN_LOCATION, p);
  else if (r.kind == LW_WALK_EXIT) /* Not in main: lw_ta_report_dies.  */
    lw_ta_report_dies (cx, NULL, r.exit_loc, p);
}

/* The objects the thread of C gets; checks each.  */
static void
lw_ta_check_create (lw_ta_ctx *cx, lw_ta_create *c, int argno)
{
  lw_local_ref arg;
  if (argno >= 0)
    {
      if (argno < (int) gimple_call_num_args (c->call)
	  && lw_local_address (gimple_call_arg (c->call, argno), cx->fun, &arg)
	  && !(c->start && lw_fn_ignores_pointee (c->start, 0)))
	lw_ta_check_arg (cx, c, arg);
      return;
    }
  /* std::thread: what its callable and arguments hold, which the thread
     copies (a lambda's captures by reference, pointers, std::ref).  */
  hash_set<tree> seen;
  for (unsigned i = 1; i < gimple_call_num_args (c->call); i++)
    {
      tree a = gimple_call_arg (c->call, i);
      if (TREE_CODE (a) != ADDR_EXPR)
	continue;
      int *first
	= cx->stored_first.get (get_base_address (TREE_OPERAND (a, 0)));
      for (int j = first ? *first : -1; j >= 0; j = cx->stored_next[j])
	{
	  /* Only what was stored before the creation, on every path.  */
	  basic_block sb = gimple_bb (cx->stored_at[j]);
	  basic_block cb = gimple_bb (c->call);
	  if (sb == cb ? gimple_uid (cx->stored_at[j]) > gimple_uid (c->call)
		       : !dominated_by_p (CDI_DOMINATORS, cb, sb))
	    continue;
	  if (lw_local_address (cx->stored[j], cx->fun, &arg)
	      && !seen.add (arg.base))
	    lw_ta_check_arg (cx, c, arg);
	}
    }
}

void
lw_check_thread_arg (function *fun)
{
  if (!loops_for_fn (fun))
    return;
  lw_ta_ctx cx;
  cx.fun = fun;
  cx.is_main = (DECL_NAME (fun->decl) && MAIN_NAME_P (DECL_NAME (fun->decl))
		&& lw_fn_is (fun->decl, "main"));
  auto_vec<int> argnos;
  bool candidates = false; /* Some thread may get a local's address.  */
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
	lw_ta_create c;
	int argno;
	if (!call || !lw_ta_creation (&cx, call, &c, &argno))
	  continue;
	cx.create_calls.put (call, cx.creates.length ());
	cx.creates.safe_push (c);
	argnos.safe_push (argno);
	if (c.handle_base)
	  cx.handle_bases.add (c.handle_base);
	lw_local_ref arg;
	for (unsigned i = 1; i < gimple_call_num_args (call) && argno < 0; i++)
	  candidates |= TREE_CODE (gimple_call_arg (call, i)) == ADDR_EXPR;
	candidates
	  |= (argno >= 0 && argno < (int) gimple_call_num_args (call)
	      && lw_local_address (gimple_call_arg (call, argno), fun, &arg));
      }
  /* Most threads get heap or static data, or nothing: then nothing
     else need be looked at.  */
  if (!candidates)
    return;
  lw_ta_scan (&cx);

  bool had_dom = dom_info_available_p (CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  lw_budget_init (&cx.budget, fun);
  for (unsigned i = 0; i < cx.creates.length (); i++)
    lw_ta_check_create (&cx, &cx.creates[i], argnos[i]);
  if (!had_dom)
    free_dominance_info (CDI_DOMINATORS);
  for (auto it = cx.routine_reads.begin (); it != cx.routine_reads.end ();
       ++it)
    delete (*it).second;
}
