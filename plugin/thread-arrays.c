/* thread-arrays.c: -Wthread-leak for threads created one by one into
   the elements of a local array, in a loop, when a creation fails half
   way through:

     for (i = 0; i < n; i++)
       if (pthread_create (&t[i], NULL, work, NULL) != 0)
	 return -1;      <- the threads t[0..i) are never joined

   The elements are not told apart: any release of any element of the
   array (a join, a detach, a cancel, a hand-off) counts for all.  A
   creation is reported when

   1. its success leads round a loop to the same creation again with no
      release of an element on the way: threads of earlier iterations
      may be running when it fails (the loop may be an outer one: a
      creation retried "while (pthread_create (...) == EAGAIN)" leaves
      its own loop on success); and
   2. its failure (the facts "the result is not 0") leads to the
      function's exit through a branch that its success rules out, with
      no release of an element on the way and without entering a loop
      that releases elements (a cleanup loop "while (i--) pthread_join
      (t[i], NULL)" may run no iteration, as far as the walk can tell,
      but it joins the threads created before).

   Two walks of flow.c per creation, on the function's shared budget.  */

#include "threads-int.h"

void
lw_thread_array_release (bitmap *loops, gimple *stmt)
{
  basic_block bb = gimple_bb (stmt);
  if (!bb || !current_loops)
    return;
  for (class loop *l = bb->loop_father; l && loop_outer (l);
       l = loop_outer (l))
    {
      if (!*loops)
	*loops = BITMAP_ALLOC (NULL);
      bitmap_set_bit (*loops, l->num);
    }
}

/* The failure walk: the checker's events for the array, and the loops
   that release elements.  */
struct lw_tarray_walk
{
  lw_stop_fn stop;
  void *data;
  bitmap release_loops;
  basic_block create_bb;
  class loop *outer; /* The outermost loop around the creation.  */
};

/* The success walk: the checker's events, within the outermost loop
   around the creation.  A path that leaves that loop never comes back
   to the creation; one that only leaves the creating loop may (a
   creation retried 'while (pthread_create (...) == EAGAIN)' leaves its
   retry loop on success).  Without the stop, each creation's walk went
   on through the rest of the function: 17 times the cost on the bench's
   'loops' shape, bounded only by the function's walk budget.  */
static int
lw_tarray_success_stop (gimple *stmt, void *data)
{
  lw_tarray_walk *w = (lw_tarray_walk *) data;
  if (!flow_bb_inside_loop_p (w->outer, gimple_bb (stmt)))
    return LW_STOP_PATH;
  return w->stop (stmt, w->data);
}

static int
lw_tarray_failure_stop (gimple *stmt, void *data)
{
  lw_tarray_walk *w = (lw_tarray_walk *) data;
  /* A release of an element, or a creation into the array (the loop
     goes on after the failure): not this finding.  */
  if (w->stop (stmt, w->data) != LW_STOP_NO)
    return LW_STOP_PATH;
  /* In a loop that releases elements, other than the creating one.  */
  if (w->release_loops)
    for (class loop *l = gimple_bb (stmt)->loop_father;
	 l && loop_outer (l) && !flow_bb_inside_loop_p (l, w->create_bb);
	 l = loop_outer (l))
      if (bitmap_bit_p (w->release_loops, l->num))
	return LW_STOP_PATH;
  return LW_STOP_NO;
}

/* Does PATH take a branch (of an "if" or a "switch") that the success
   of the creation rules out (and its failure does not)?  Then the path
   is the failure's own, not one the thread just created would leak on
   as well.  lw_edge_possible rules out no other edge.  */
static bool
lw_tarray_failure_branch (const vec<edge> &path, const lw_facts &success,
			  const lw_facts &failure)
{
  for (edge e : path)
    if (!lw_edge_possible (success, e) && lw_edge_possible (failure, e))
      return true;
  return false;
}

void
lw_check_thread_array_create (function *fun, gcall *call, tree array,
			      tree handle, lw_stop_fn stop, void *data,
			      bitmap release_loops, lw_budget *budget)
{
  basic_block bb = gimple_bb (call);
  if (!current_loops || loops_state_satisfies_p (fun, LOOPS_NEED_FIXUP)
      || !bb->loop_father || !loop_outer (bb->loop_father)
      || !gimple_call_lhs (call))
    return;
  /* Returning from main ends the process, and every thread with it.  */
  if (lw_fn_is (fun->decl, "main"))
    return;

  /* 1. Success comes back to this creation, the thread unreleased.  */
  class loop *outer = bb->loop_father;
  while (loop_outer (loop_outer (outer)))
    outer = loop_outer (outer);
  lw_tarray_walk w = { stop, data, release_loops, bb, outer };
  lw_facts success;
  success.n = 0;
  lw_thread_success_facts (&success, call, handle);
  lw_walk_result r = lw_walk_from (call, success, lw_tarray_success_stop, &w,
				   budget, false, NULL);
  if (r.kind == LW_WALK_UNKNOWN)
    lw_debug ("%s: path budget exhausted, silent", function_name (fun));
  /* (STOPPED_AT is set only for LW_WALK_STOPPED.)  */
  if (r.stopped_at != call)
    return;

  /* 2. Failure leaves the function, releasing nothing.  */
  lw_facts failure;
  failure.n = 0;
  lw_thread_failure_facts (&failure, call);
  auto_vec<edge> edges;
  /* The first path to the exit is the one judged.  */
  r = lw_walk_from (call, failure, lw_tarray_failure_stop, &w, budget, true,
		    &edges);
  if (r.kind == LW_WALK_UNKNOWN)
    lw_debug ("%s: path budget exhausted, silent", function_name (fun));
  if (r.kind != LW_WALK_EXIT
      || !lw_tarray_failure_branch (edges, success, failure))
    return;

  location_t loc = gimple_location (call);
  location_t exit_loc = r.exit_loc;
  if (exit_loc == UNKNOWN_LOCATION || exit_loc == loc)
    exit_loc = fun->function_end_locus;
  lw_path *path = lw_path_new (fun->decl);
  lw_path_event (path, loc, "the creation of a thread into %qD fails here",
		 array);
  lw_path_branches (path, edges);
  lw_path_event (path, exit_loc,
		 "%qD returns here without joining, detaching or "
		 "cancelling the threads created before",
		 fun->decl);
  if (lw_warn_path (LW_THREAD_LEAK, loc, path,
		    "threads created here into %qD in earlier iterations are "
		    "not joined, detached or cancelled when this creation "
		    "fails",
		    array))
    lw_note (exit_loc, "the threads created before leak when %qD returns here",
	     fun->decl);
}
