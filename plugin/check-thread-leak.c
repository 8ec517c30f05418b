/* check-thread-leak.c: -Wthread-leak, threads that some path neither
   joins, detaches nor cancels.

   1. Find the calls that create a thread into a local handle: a scalar,
      a field of a local struct, or an element of a local array.
   2. One walk over the function classifies every other mention of those
      handles: a release (join, detach, cancel, or a hand-off: the value
      or the address goes to another function, to memory, or is
      returned), a kill (the handle is overwritten), or something not
      understood, which makes the handle untracked (silent).
   3. For scalars and fields, walk the paths from each creation (flow.c):
      a path that reaches the exit without a release leaks; a path that
      reaches a creation into the same handle first overwrites it.  The
      paths start with the facts "the creation succeeded" (its result is
      0) and the conditions that guard it, so failure paths and
      correlated conditions do not count.  Arrays are checked without
      paths: their threads leak only if nothing ever releases or hands
      off any element.

   Skipped: threads created detached (an attribute object set here to
   PTHREAD_CREATE_DETACHED), or with attributes from elsewhere, threads
   whose start routine (in this file) detaches itself, and creations
   whose result goes to memory before it is tested.  */

#include "threads-int.h"

/* A thread creation: the call, its handle and attribute arguments and
   its start routine.  */
struct lw_create
{
  gcall *call;
  tree handle; /* The pointed-to handle: "t", "w.tid", "t[i_3]".  */
  unsigned handle_argno;
  tree attr;  /* NULL_TREE for a null pointer or no attribute.  */
  tree start; /* FUNCTION_DECL or NULL_TREE.  */
  int obj;
};

static bool
lw_thread_create_call (gcall *call, lw_create *c)
{
  lw_thread_creation k;
  if (!lw_thread_creation_call (call, &k))
    return false;
  c->attr = NULL_TREE;
  if (k.attr_argno >= 0
      && !integer_zerop (gimple_call_arg (call, k.attr_argno)))
    c->attr = gimple_call_arg (call, k.attr_argno);
  c->call = call;
  c->handle_argno = k.handle_argno;
  c->handle = lw_thread_handle_ref (call, k.handle_argno);
  c->start = NULL_TREE;
  tree start
    = k.start_argno >= 0 ? gimple_call_arg (call, k.start_argno) : NULL_TREE;
  if (start && TREE_CODE (start) == ADDR_EXPR
      && TREE_CODE (TREE_OPERAND (start, 0)) == FUNCTION_DECL)
    c->start = TREE_OPERAND (start, 0);
  c->obj = -1;
  return true;
}

/* A tracked handle.  */
struct lw_obj
{
  tree key;   /* The local variable, or the field reference.  */
  tree base;  /* The local variable.  */
  bool array; /* Elements of a local array: checked without paths.  */
  bool untracked;
  bool released_somewhere;
  unsigned n_releases;	  /* Release events of any kind.  */
  unsigned n_reports;	  /* Creation and destruction events.  */
  unsigned n_plain_joins; /* Of which pthread_join / thrd_join calls.  */
  bool signalled;	  /* Passed to pthread_kill and the like.  */
  int next_same_base;	  /* The next object on BASE, or -1.  */
  bitmap release_loops;	  /* Arrays: the loops around releases.  */
};

enum lw_ev_kind
{
  LW_EV_CREATE,
  LW_EV_RELEASE,
  LW_EV_DESTROY /* std::thread's destructor.  */
};

struct lw_event
{
  int obj;
  enum lw_ev_kind kind;
};

struct lw_ctx
{
  function *fun;
  auto_vec<lw_obj> objs;
  auto_vec<lw_create> creates;
  hash_map<tree, int> obj_of_base;	  /* Base -> first object on it.  */
  hash_map<gimple *, int> create_of_call; /* Index into CREATES.  */
  /* Events of each statement, as a chain of indices into EVENTS.  */
  hash_map<gimple *, int> first_event;
  auto_vec<lw_event> events;
  auto_vec<int> next_event;
  /* Which object an SSA value was loaded from.  */
  hash_map<tree, int> value_obj;
  /* Local attribute objects: their state.  */
  hash_map<tree, int> attr_state;
  /* Start routines known to detach themselves, or not.  */
  hash_map<tree, bool> self_detach;
  /* Start routines that can never finish, or not.  */
  hash_map<tree, bool> never_finishes;
  /* Blocking joins (pthread_join, thrd_join) and their objects.  */
  auto_vec<gcall *> plain_joins;
  auto_vec<int> plain_join_obj;
  /* For the walk.  */
  int cur_obj;
  gimple *cur_create;
};

static void
lw_add_event (lw_ctx *cx, gimple *stmt, int obj, enum lw_ev_kind kind)
{
  lw_event ev = { obj, kind };
  gimple_set_uid (stmt, 1); /* Has events: no need to hash the others.  */
  bool existed;
  int &head = cx->first_event.get_or_insert (stmt, &existed);
  cx->events.safe_push (ev);
  cx->next_event.safe_push (existed ? head : -1);
  head = cx->events.length () - 1;
  if (kind == LW_EV_RELEASE)
    {
      cx->objs[obj].released_somewhere = true;
      cx->objs[obj].n_releases++;
      if (cx->objs[obj].array)
	lw_thread_array_release (&cx->objs[obj].release_loops, stmt);
    }
  else
    cx->objs[obj].n_reports++;
}

/* The local, automatic variable at the base of REF, or NULL_TREE.
   (auto_var_in_fn_p rules out static and external variables.)  */
static tree
lw_local_base (tree ref, function *fun)
{
  tree base = get_base_address (ref);
  if (!base || !VAR_P (base) || TREE_THIS_VOLATILE (base)
      || !auto_var_in_fn_p (base, fun->decl))
    return NULL_TREE;
  return base;
}

/* Does REF go through an array on its way to its base?  */
static bool
lw_ref_has_array (tree ref)
{
  for (; handled_component_p (ref); ref = TREE_OPERAND (ref, 0))
    if (TREE_CODE (ref) == ARRAY_REF || TREE_CODE (ref) == ARRAY_RANGE_REF)
      return true;
  return false;
}

/* The object HANDLE (the operand of the address passed to a creating
   call) stands for, creating it if needed; -1 if it cannot be tracked.  */
static int
lw_obj_for_handle (lw_ctx *cx, tree handle)
{
  if (!handle)
    return -1;
  tree base = lw_local_base (handle, cx->fun);
  if (!base)
    return -1;
  bool array = lw_ref_has_array (handle);
  if (!array && handle != base && TREE_CODE (handle) != COMPONENT_REF)
    return -1;
  tree key = array ? base : handle;
  int *first = cx->obj_of_base.get (base);
  for (int i = first ? *first : -1; i >= 0; i = cx->objs[i].next_same_base)
    if (cx->objs[i].array || array
	|| operand_equal_p (cx->objs[i].key, key, 0))
      {
	/* An array and a field of one variable: give up on both.  */
	if (cx->objs[i].array != array)
	  cx->objs[i].untracked = true;
	return i;
      }
  lw_obj o
    = { key, base, array, false, false, 0, 0, 0, false, first ? *first : -1,
	NULL };
  cx->objs.safe_push (o);
  cx->obj_of_base.put (base, cx->objs.length () - 1);
  return cx->objs.length () - 1;
}

/* What to do with each object a reference covers.  */
enum lw_cover_action
{
  LW_COVER_UNTRACK,
  LW_COVER_RELEASE,
  LW_COVER_COLLECT
};

/* Apply ACTION to every object that REF (a reference to a tracked
   variable) covers: the whole variable covers all its objects, a field
   the object with that key.  For LW_COVER_COLLECT, *FOUND gets the one
   object covered (objects covered together are untracked).  */
static void
lw_for_objs_covered (lw_ctx *cx, tree ref, enum lw_cover_action action,
		     gimple *stmt, int *found)
{
  tree base = get_base_address (ref);
  int *first = base ? cx->obj_of_base.get (base) : NULL;
  for (int i = first ? *first : -1; i >= 0; i = cx->objs[i].next_same_base)
    {
      lw_obj &o = cx->objs[i];
      bool covered = false;
      /* The whole variable, or an object on all of it (an array's key is
	 its base).  */
      if (ref == base || o.key == base)
	covered = true;
      else
	{
	  /* The key, a sub-field of it, or a field containing it (any
	     other key is a COMPONENT_REF: lw_obj_for_handle).  */
	  tree r = ref;
	  bool inside = false;
	  for (; handled_component_p (r); r = TREE_OPERAND (r, 0))
	    if (operand_equal_p (r, o.key, 0))
	      inside = true;
	  for (tree k = o.key; handled_component_p (k);
	       k = TREE_OPERAND (k, 0))
	    if (operand_equal_p (k, ref, 0))
	      inside = true;
	  covered = inside;
	}
      if (!covered)
	continue;
      if (action == LW_COVER_UNTRACK)
	o.untracked = true;
      else if (action == LW_COVER_RELEASE)
	lw_add_event (cx, stmt, i, LW_EV_RELEASE);
      else if (*found < 0)
	*found = i;
      else
	o.untracked = cx->objs[*found].untracked = true;
    }
}

static void
lw_untrack_covered (lw_ctx *cx, tree ref)
{
  lw_for_objs_covered (cx, ref, LW_COVER_UNTRACK, NULL, NULL);
}

static void
lw_release_covered (lw_ctx *cx, gimple *stmt, tree ref)
{
  lw_for_objs_covered (cx, ref, LW_COVER_RELEASE, stmt, NULL);
}

/* The value NAME was loaded from object OBJ: classify where it goes.  */
static void
lw_follow_value (lw_ctx *cx, tree name, int obj)
{
  auto_vec<tree> work;
  work.safe_push (name);
  while (!work.is_empty ())
    {
      tree v = work.pop ();
      bool existed;
      int &owner = cx->value_obj.get_or_insert (v, &existed);
      if (existed)
	{
	  /* Values of two handles merge: too clever for us.  */
	  if (owner != obj)
	    cx->objs[owner].untracked = cx->objs[obj].untracked = true;
	  continue;
	}
      owner = obj;
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, v)
	{
	  if (is_gimple_debug (use))
	    continue;
	  if (gphi *phi = dyn_cast<gphi *> (use))
	    {
	      work.safe_push (gimple_phi_result (phi));
	      continue;
	    }
	  if (gassign *a = dyn_cast<gassign *> (use))
	    {
	      tree lhs = gimple_assign_lhs (a);
	      if (TREE_CODE (lhs) != SSA_NAME)
		/* Stored to memory: handed off.  */
		lw_add_event (cx, a, obj, LW_EV_RELEASE);
	      else if (gimple_assign_single_p (a)
		       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (a)))
		work.safe_push (lhs);
	      /* Comparisons and arithmetic only look.  */
	      continue;
	    }
	  if (gcall *call = dyn_cast<gcall *> (use))
	    {
	      switch (lw_thread_value_use (call, v))
		{
		case LW_THREAD_USE_PLAIN_JOIN:
		  cx->objs[obj].n_plain_joins++;
		  cx->plain_joins.safe_push (call);
		  cx->plain_join_obj.safe_push (obj);
		  /* Fall through.  */
		case LW_THREAD_USE_RELEASES:
		case LW_THREAD_USE_OTHER: /* A hand-off.  */
		  lw_add_event (cx, call, obj, LW_EV_RELEASE);
		  break;
		case LW_THREAD_USE_LOOKS:
		  cx->objs[obj].signalled = true;
		  break;
		}
	      continue;
	    }
	  if (is_a<gcond *> (use) || is_a<gswitch *> (use))
	    continue;
	  /* Returned, or used by asm: handed off.  */
	  lw_add_event (cx, use, obj, LW_EV_RELEASE);
	}
    }
}

/* The address of REF (a reference to a tracked variable) was put in the
   SSA pointer NAME: classify where it goes.  Passing it as the handle of
   a creation is the creation itself; passing it to another function or
   storing it hands the handle off; anything else is not understood.  */
static void
lw_follow_address (lw_ctx *cx, tree name, tree ref)
{
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, name)
    {
      if (is_gimple_debug (use))
	continue;
      if (gcall *call = dyn_cast<gcall *> (use))
	{
	  int *ci = cx->create_of_call.get (call);
	  bool creation
	    = (ci
	       && gimple_call_arg (call, cx->creates[*ci].handle_argno)
		    == name);
	  unsigned uses = 0;
	  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	    uses += gimple_call_arg (call, i) == name;
	  if (!creation || uses > 1)
	    lw_release_covered (cx, call, ref);
	  continue;
	}
      if (gassign *a = dyn_cast<gassign *> (use))
	if (TREE_CODE (gimple_assign_lhs (a)) != SSA_NAME
	    && gimple_assign_rhs1 (a) == name)
	  {
	    lw_release_covered (cx, a, ref);
	    continue;
	  }
      if (is_a<gcond *> (use))
	continue;
      lw_untrack_covered (cx, ref);
    }
}

static tree
lw_find_tracked (tree *tp, int *walk_subtrees, void *data)
{
  lw_ctx *cx = (lw_ctx *) data;
  if (VAR_P (*tp))
    {
      *walk_subtrees = 0;
      if (cx->obj_of_base.get (*tp) || cx->attr_state.get (*tp))
	return *tp;
    }
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* Does operand OP (a small tree) mention a tracked variable?  */
static bool
lw_mentions_tracked (lw_ctx *cx, tree op)
{
  return walk_tree (&op, lw_find_tracked, cx, NULL); /* NULL: false.  */
}

/* Classify every mention of tracked variables in STMT.  */
static void
lw_classify_stmt (lw_ctx *cx, gimple *stmt)
{
  if (gcall *call = dyn_cast<gcall *> (stmt))
    {
      int *ci = cx->create_of_call.get (call);
      lw_create *self = ci ? &cx->creates[*ci] : NULL;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	{
	  tree arg = gimple_call_arg (call, i);
	  if (!lw_mentions_tracked (cx, arg))
	    continue;
	  tree ref
	    = TREE_CODE (arg) == ADDR_EXPR ? TREE_OPERAND (arg, 0) : arg;
	  tree base = get_base_address (ref);
	  if (base && cx->attr_state.get (base))
	    {
	      if (TREE_CODE (arg) == ADDR_EXPR && ref == base)
		*cx->attr_state.get (base) |= lw_thread_attr_use (call, i);
	      else
		*cx->attr_state.get (base) |= LW_ATTR_UNKNOWN;
	      continue;
	    }
	  if (self && i == self->handle_argno)
	    continue; /* The handle being created.  */
	  /* std::thread::get_id reads the thread; it never joins.  (Not
	     joinable (), whose answer guards the join: the path where it
	     says false cannot be ruled out.)  */
	  tree fndecl = gimple_call_fndecl (call);
	  if (lw_std_thread_op (fndecl) == LW_STD_OTHER
	      && id_equal (DECL_NAME (fndecl), "get_id"))
	    continue;
	  /* The destructor's one argument, the address of the thread.  */
	  if (lw_std_thread_op (gimple_call_fndecl (call)) == LW_STD_DESTROY)
	    {
	      int o = -1;
	      lw_for_objs_covered (cx, ref, LW_COVER_COLLECT, NULL, &o);
	      if (o >= 0)
		lw_add_event (cx, stmt, o, LW_EV_DESTROY);
	      continue;
	    }
	  /* The address (or an aggregate holding the handle) goes to a
	     function: it may join it or keep it.  */
	  lw_release_covered (cx, stmt, ref);
	}
      tree lhs = gimple_call_lhs (call);
      if (lw_mentions_tracked (cx, lhs))
	lw_release_covered (cx, stmt, lhs);
      return;
    }

  if (gassign *a = dyn_cast<gassign *> (stmt))
    {
      tree lhs = gimple_assign_lhs (a);
      if (lw_mentions_tracked (cx, lhs))
	{
	  tree base = get_base_address (lhs);
	  if (base && cx->attr_state.get (base))
	    *cx->attr_state.get (base) |= LW_ATTR_UNKNOWN;
	  else
	    /* The handle is overwritten, or initialised: no thread in it
	       from here on, as far as we can tell.  (An SSA name mentions
	       no variable; a location computed from a pointer covers no
	       object.)  */
	    lw_release_covered (cx, stmt, lhs);
	}
      for (unsigned i = 1; i < gimple_num_ops (a); i++)
	{
	  tree op = gimple_op (a, i);
	  if (!lw_mentions_tracked (cx, op))
	    continue;
	  tree base = get_base_address (
	    TREE_CODE (op) == ADDR_EXPR ? TREE_OPERAND (op, 0) : op);
	  if (base && cx->attr_state.get (base))
	    {
	      *cx->attr_state.get (base) |= LW_ATTR_UNKNOWN;
	      continue;
	    }
	  if (gimple_assign_single_p (a) && TREE_CODE (op) != ADDR_EXPR
	      && TREE_CODE (lhs) == SSA_NAME)
	    {
	      /* A load of a handle value: follow it.  */
	      int loaded = -1;
	      lw_for_objs_covered (cx, op, LW_COVER_COLLECT, NULL, &loaded);
	      if (loaded >= 0)
		lw_follow_value (cx, lhs, loaded);
	      continue;
	    }
	  if (gimple_assign_single_p (a) && TREE_CODE (op) != ADDR_EXPR)
	    {
	      /* An aggregate copied elsewhere: handed off.  */
	      lw_release_covered (cx, stmt, op);
	      continue;
	    }
	  if (i == 1 && TREE_CODE (op) == ADDR_EXPR
	      && TREE_CODE (lhs) == SSA_NAME)
	    {
	      lw_follow_address (cx, lhs, TREE_OPERAND (op, 0));
	      continue;
	    }
	  /* Anything else.  */
	  lw_untrack_covered (cx, base ? base : op);
	}
      return;
    }

  /* Conditions on an address, asm, and the rest.  (A return names a
     temporary or the result, never a local: gimplify_return_expr.)  */
  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
    {
      tree op = gimple_op (stmt, i);
      if (!lw_mentions_tracked (cx, op))
	continue;
      tree base = get_base_address (
	TREE_CODE (op) == ADDR_EXPR ? TREE_OPERAND (op, 0) : op);
      if (base && cx->attr_state.get (base))
	*cx->attr_state.get (base) |= LW_ATTR_UNKNOWN;
      else
	lw_untrack_covered (cx, base ? base : op);
    }
}

/* A blocking join of a thread whose every start routine can never
   finish never returns either.  */
static void
lw_check_endless_joins (lw_ctx *cx)
{
  if (cx->plain_joins.is_empty ())
    return;
  /* Per object (once, not per join), the start routine of its last
     creation, or error_mark_node if one of its creations may finish.  */
  auto_vec<tree> start;
  start.safe_grow_cleared (cx->objs.length ());
  for (lw_create &c : cx->creates)
    if (start[c.obj] != error_mark_node)
      start[c.obj]
	= (c.attr || !lw_routine_never_finishes (c.start, &cx->never_finishes)
	     ? error_mark_node
	     : c.start);
  for (unsigned j = 0; j < cx->plain_joins.length (); j++)
    {
      int obj = cx->plain_join_obj[j];
      lw_obj &o = cx->objs[obj];
      tree fn = start[obj]; /* Every object has a creation: not NULL.  */
      if (o.untracked || o.signalled || o.n_releases != o.n_plain_joins
	  || fn == error_mark_node)
	continue;
      gcall *join = cx->plain_joins[j];
      if (lw_warn (LW_THREAD_LEAK, gimple_location (join),
		   "%qD on thread %qE never returns: its start routine %qD "
		   "never returns and has no cancellation point",
		   gimple_call_fndecl (join), o.key, fn))
	lw_note (DECL_SOURCE_LOCATION (fn), "%qD is defined here", fn);
    }
}

static int
lw_stop_at_event (gimple *stmt, void *data)
{
  lw_ctx *cx = (lw_ctx *) data;
  int *head = gimple_uid (stmt) ? cx->first_event.get (stmt) : NULL;
  if (!head)
    return LW_STOP_NO;
  int result = LW_STOP_NO;
  for (int e = *head; e >= 0; e = cx->next_event[e])
    {
      if (cx->events[e].obj != cx->cur_obj)
	continue;
      if (cx->events[e].kind == LW_EV_RELEASE)
	return LW_STOP_PATH;
      result = LW_STOP_REPORT;
    }
  return result;
}

/* Does STMT carry a release of OBJ?  */
static bool
lw_stmt_releases (lw_ctx *cx, gimple *stmt, int obj)
{
  int *head = cx->first_event.get (stmt);
  for (int e = head ? *head : -1; e >= 0; e = cx->next_event[e])
    if (cx->events[e].obj == obj && cx->events[e].kind == LW_EV_RELEASE)
      return true;
  return false;
}

static void
lw_check_create (lw_ctx *cx, lw_create &c, lw_budget *budget)
{
  lw_obj &o = cx->objs[c.obj];
  if (o.untracked)
    return;
  if (c.attr)
    {
      tree a = (TREE_CODE (c.attr) == ADDR_EXPR ? TREE_OPERAND (c.attr, 0)
						: NULL_TREE);
      int *st = a ? cx->attr_state.get (a) : NULL;
      if (!st || *st != LW_ATTR_JOINABLE)
	return; /* Detached, or not known to be joinable.  */
    }
  if (lw_start_routine_detaches (c.start, &cx->self_detach))
    return;
  /* A wrapper's start routine may be any of its function arguments.  */
  if (!c.start)
    for (unsigned i = 0; i < gimple_call_num_args (c.call); i++)
      {
	tree a = gimple_call_arg (c.call, i);
	if (TREE_CODE (a) == ADDR_EXPR
	    && lw_start_routine_detaches (TREE_OPERAND (a, 0),
					  &cx->self_detach))
	  return;
      }
  if (lw_stmt_releases (cx, c.call, c.obj))
    return;

  location_t loc = gimple_location (c.call);
  bool std_thread
    = lw_std_thread_op (gimple_call_fndecl (c.call)) != LW_STD_NONE;
  if (o.array && std_thread)
    return;
  if (o.array)
    {
      if (!o.released_somewhere
	  && lw_warn (LW_THREAD_LEAK, loc,
		      "threads created here into %qD are not joined, "
		      "detached or cancelled",
		      o.base))
	lw_note (DECL_SOURCE_LOCATION (o.base),
		 "no element of %qD is joined, detached or cancelled, "
		 "or handed to another function",
		 o.base);
      else if (o.released_somewhere)
	{
	  cx->cur_obj = c.obj;
	  lw_check_thread_array_create (cx->fun, c.call, o.base, c.handle,
					lw_stop_at_event, cx, o.release_loops,
					budget);
	}
      return;
    }

  lw_facts facts;
  facts.n = 0;
  lw_thread_success_facts (&facts, c.call, c.handle);
  cx->cur_obj = c.obj;
  cx->cur_create = c.call;
  auto_vec<edge> edges;
  lw_walk_result r
    = lw_walk_from (c.call, facts, lw_stop_at_event, cx, budget,
		    /* Only this creation, outside any loop: nothing but the
		       exit can end a path.  */
		    o.n_reports == 1 && gimple_bb (c.call)->loop_father
		      && loop_depth (gimple_bb (c.call)->loop_father) == 0,
		    &edges);
  if (r.kind == LW_WALK_UNKNOWN)
    lw_debug ("%s: path budget exhausted, silent", function_name (cx->fun));
  if (r.kind != LW_WALK_EXIT && r.kind != LW_WALK_STOPPED)
    return;
  /* Returning from main ends the process, and every thread with it.
     (A std::thread is reported only at its destructor, never at the
     exit.)  */
  if (r.kind == LW_WALK_EXIT && lw_fn_is (cx->fun->decl, "main"))
    return;

  /* The path that leaks, as diagnostic events.  */
  lw_path *path = lw_path_new (cx->fun->decl);
  lw_path_event (path, loc, "thread %qE created here", o.key);
  lw_path_branches (path, edges);
  if (std_thread)
    {
      /* A path reaches the destructor of a still joinable thread.  */
      gcall *end
	= (r.kind == LW_WALK_STOPPED ? dyn_cast<gcall *> (r.stopped_at)
				     : NULL);
      if (!end
	  || lw_std_thread_op (gimple_call_fndecl (end)) != LW_STD_DESTROY)
	{
	  lw_path_free (path);
	  return;
	}
      lw_path_event (path, gimple_location (end),
		     "%qE destroyed here while joinable", o.key);
      if (lw_warn_path (
	    LW_THREAD_LEAK, loc, path,
	    "%<std::thread%> %qE created here is destroyed while "
	    "joinable on some path, which calls %<std::terminate%>",
	    o.key))
	lw_note (gimple_location (end),
		 "%qE is destroyed here without %<join%> or %<detach%>",
		 o.key);
      return;
    }
  if (r.kind == LW_WALK_EXIT)
    {
      /* Nothing after the creation: the function's closing brace.  */
      location_t exit_loc = r.exit_loc;
      if (exit_loc == UNKNOWN_LOCATION || exit_loc == loc)
	exit_loc = cx->fun->function_end_locus;
      lw_path_event (path, exit_loc,
		     "%qD returns here without joining, detaching or "
		     "cancelling the thread",
		     cx->fun->decl);
      if (lw_warn_path (LW_THREAD_LEAK, loc, path,
			"thread %qE created here is not joined, detached or "
			"cancelled on every path",
			o.key))
	lw_note (exit_loc, "the thread leaks when %qD returns here",
		 cx->fun->decl);
    }
  else if (r.stopped_at == c.call)
    {
      lw_path_event (path, loc, "the next iteration creates %qE again", o.key);
      lw_warn_path (LW_THREAD_LEAK, loc, path,
		    "thread %qE created here is overwritten by the next "
		    "iteration before it is joined, detached or cancelled",
		    o.key);
    }
  else
    {
      lw_path_event (path, gimple_location (r.stopped_at),
		     "%qE overwritten here", o.key);
      if (lw_warn_path (LW_THREAD_LEAK, loc, path,
			"thread %qE created here is overwritten before it is "
			"joined, detached or cancelled",
			o.key))
	lw_note (gimple_location (r.stopped_at),
		 "%qE is overwritten by this creation", o.key);
    }
}

void
lw_check_thread_leak (function *fun)
{
  lw_ctx cx;
  cx.fun = fun;
  basic_block bb;

  /* 1. The creations into local handles, and local attribute objects.  */
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple_set_uid (gsi_stmt (gsi), 0); /* No event yet.  */
	gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
	lw_create c;
	if (!call || !lw_thread_create_call (call, &c))
	  continue;
	c.obj = lw_obj_for_handle (&cx, c.handle);
	if (c.obj < 0)
	  continue; /* Created into memory that outlives us: handed off.  */
	cx.creates.safe_push (c);
	cx.create_of_call.put (call, cx.creates.length () - 1);
	if (c.attr && TREE_CODE (c.attr) == ADDR_EXPR
	    && lw_local_base (TREE_OPERAND (c.attr, 0), fun)
		 == TREE_OPERAND (c.attr, 0))
	  cx.attr_state.put (TREE_OPERAND (c.attr, 0), 0);
      }
  if (cx.creates.is_empty ())
    return;

  /* Creation events, in the order of the function.  */
  for (lw_create &c : cx.creates)
    lw_add_event (&cx, c.call, c.obj, LW_EV_CREATE);

  /* 2. Every other mention of the tracked variables.  */
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt) || gimple_clobber_p (stmt))
	  continue;
	lw_classify_stmt (&cx, stmt);
      }

  /* 3. The paths from each creation.  */
  bool had_dom = dom_info_available_p (CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  lw_budget budget;
  lw_budget_init (&budget, fun);
  for (lw_create &c : cx.creates)
    lw_check_create (&cx, c, &budget);
  lw_check_endless_joins (&cx);
  for (lw_obj &o : cx.objs)
    BITMAP_FREE (o.release_loops); /* NULL: nothing.  */
  if (!had_dom)
    free_dominance_info (CDI_DOMINATORS);
}
