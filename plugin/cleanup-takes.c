/* cleanup-takes.c: -Wcleanup-handoff, the mirror image of the escape.
   A cleanup variable's value handed to a function that takes ownership
   of it (frees it, or keeps it beyond the call) while the cleanup stays
   armed: the value is released twice, or what the callee kept dangles.

   Which calls take a value (lw_cl_take_kind):
     - the table below (GLib and systemd-style functions that always
       take their argument), the leakwatch_takes (N) annotation
       (LEAKWATCH_TAKES in include/leakwatch.h) and the takes=NAME:N
       argument: "takes ownership" (call-effects.c sees them as KEEPS);
     - a call whose lw_call_arg_effect is LW_ARG_FREES: GCC's
       deallocators (free), the C library table of call-effects.c
       (close, fclose, g_free...), and a helper of this file whose
       summary says it frees its parameter, if it does so on every path
       (lw_cl_helper_always_frees: its straight-line start, past tests
       of the parameter itself, frees it; 'if (!p[0]) free (p)' frees
       only sometimes and is not counted).
   Nothing else: LW_ARG_UNKNOWN stays a silent release, and so do the
   KEEPS of summaries (a helper storing the value into an object for a
   while: the same publishing idiom escapes do not report).  A taker
   that takes only on success (systemd's hashmap_put and set_put take
   nothing when they fail or find the value there) is not in the table:
   its failure path, where the cleanup must still free, is not told
   apart, so it is treated as not taking (a named limit: such calls are
   not checked).

   Each taking call of the current value of a variable (the argument
   loaded from the variable in the same block, with no store to it in
   between: 'free (TAKE_PTR (p))' nulls first and is not one) becomes an
   escape event whose site is flagged TAKE.  The dataflow treats it as
   an escape: its bit is set if the loaded value was owned (the L bit),
   and any later store (TAKE_PTR, 'p = NULL', 'p = mfree (p)', a new
   value), a hand-off of &p or the end of its life clears it.  A cleanup
   call reached with it set is reported at the taking call, once.  */

#include "cleanup-int.h"

/* A function that takes ownership of its argument ARGNO (zero-based).  */
struct lw_taker
{
  const char *name;
  int argno;
};

/* Functions that always take their argument: on failure too (they free
   it then).  */
static const lw_taker lw_shipped_takers[] = {
  /* GLib.  */
  { "g_propagate_error", 1 },
  { "g_propagate_prefixed_error", 1 },
  { "g_task_return_error", 1 },
  { "g_error_free", 0 },
  { "g_strfreev", 0 },
  /* systemd (src/basic/set.h, ordered-set.h, strv.h).  */
  { "set_consume", 1 },
  { "set_ensure_consume", 2 },
  { "ordered_set_consume", 1 },
  { "strv_consume", 1 },
  { "strv_consume_prepend", 1 },
  { "strv_consume_pair", 1 },
  { "strv_consume_pair", 2 },
  { "strv_consume_with_size", 2 },
};

/* The takers named by takes=.  */
static vec<lw_taker> lw_user_takers;

/* Whether an attribute leakwatch_takes (N) of FNDECL names ARGNO.  */
static bool
lw_takes_annotated (tree fndecl, unsigned argno)
{
  for (tree a = lookup_attribute ("leakwatch_takes", DECL_ATTRIBUTES (fndecl));
       a; a = lookup_attribute ("leakwatch_takes", TREE_CHAIN (a)))
    {
      tree args = TREE_VALUE (a);
      if (args && TREE_CODE (TREE_VALUE (args)) == INTEGER_CST
	  && tree_fits_shwi_p (TREE_VALUE (args))
	  && tree_to_shwi (TREE_VALUE (args)) == (HOST_WIDE_INT) argno + 1)
	return true;
    }
  return false;
}

bool
lw_takes_arg (tree fndecl, unsigned argno)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || !DECL_NAME (fndecl))
    return false;
  if (lw_takes_annotated (fndecl, argno))
    return true;
  for (unsigned i = 0; i < ARRAY_SIZE (lw_shipped_takers); i++)
    if ((unsigned) lw_shipped_takers[i].argno == argno
	&& lw_fn_is (fndecl, lw_shipped_takers[i].name))
      return true;
  for (const lw_taker &t : lw_user_takers)
    if ((unsigned) t.argno == argno && lw_fn_is (fndecl, t.name))
      return true;
  return false;
}

/* takes=NAME:N[,NAME:N...]  */
bool
lw_parse_takes (const char *where, const char *value)
{
  if (!value || !*value)
    {
      error ("%s: %<takes%> needs a value: %<takes=NAME:N[,NAME:N...]%>",
	     where);
      return false;
    }
  char *copy = xstrdup (value);
  bool ok = true;
  size_t len = strlen (value);
  if (value[0] == ',' || value[len - 1] == ',' || strstr (value, ",,"))
    {
      error ("%s: empty entry in %<takes=%s%>", where, lw_shown (value));
      ok = false;
    }
  for (char *save = NULL, *item = strtok_r (copy, ",", &save); item && ok;
       item = strtok_r (NULL, ",", &save))
    {
      char *colon = strchr (item, ':');
      char *end = NULL;
      long n = colon ? strtol (colon + 1, &end, 10) : 0;
      if (colon)
	*colon = '\0';
      if (!colon || !lw_identifier_p (item) || !*(colon + 1) || *end || n < 1
	  || n > 64)
	{
	  if (colon)
	    *colon = ':';
	  error ("%s: malformed %<takes%> entry %qs; expected %<NAME:N%> with "
		 "N the position of the argument NAME takes ownership of, "
		 "counting from 1",
		 where, lw_shown (item));
	  ok = false;
	  break;
	}
      lw_taker t;
      t.name = xstrdup (item);
      t.argno = (int) n - 1;
      lw_user_takers.safe_push (t);
    }
  free (copy);
  return ok;
}

/* A helper's start is followed through at most this many blocks, for
   the call that frees its parameter (lw_cl_helper_always_frees).  */
#define LW_CL_TAKE_PREFIX_BLOCKS 8

/* Whether FNDECL, a function of this file, frees its parameter ARGNO on
   every path: a call freeing the parameter's value (through copies)
   lies on its straight-line start: blocks with one successor, or ending
   in a test of the parameter against NULL or a negative value (followed
   on the edge where it holds something).  */
static bool
lw_cl_helper_always_frees (tree fndecl, unsigned argno)
{
  function *fn = DECL_STRUCT_FUNCTION (fndecl);
  if (!fn || !fn->cfg || !fn->gimple_df)
    return false;
  tree parm = DECL_ARGUMENTS (fndecl);
  for (unsigned i = 0; parm && i < argno; i++)
    parm = DECL_CHAIN (parm);
  tree def = parm ? ssa_default_def (fn, parm) : NULL_TREE;
  if (!def)
    return false;
  basic_block bb = single_succ (ENTRY_BLOCK_PTR_FOR_FN (fn));
  for (int n = 0; n < LW_CL_TAKE_PREFIX_BLOCKS; n++)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	  for (unsigned i = 0; i < gimple_call_num_args (c); i++)
	    if (lw_strip_copies (gimple_call_arg (c, i), true) == def
		&& lw_call_arg_effect (c, i) == LW_ARG_FREES)
	      return true;
      if (single_succ_p (bb))
	bb = single_succ (bb);
      else
	{
	  gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (bb));
	  if (!cond || lw_strip_copies (gimple_cond_lhs (cond), true) != def
	      || !integer_zerop (gimple_cond_rhs (cond)))
	    return false;
	  /* 'if (p == 0)', 'if (p != 0)', 'if (fd < 0)', 'if (fd >= 0)'.  */
	  enum tree_code code = gimple_cond_code (cond);
	  edge t, f;
	  extract_true_false_edges_from_block (bb, &t, &f);
	  if (code == NE_EXPR || code == GE_EXPR)
	    bb = t->dest;
	  else if (code == EQ_EXPR || code == LT_EXPR)
	    bb = f->dest;
	  else
	    return false;
	}
      if (bb == EXIT_BLOCK_PTR_FOR_FN (fn))
	return false;
    }
  return false;
}

/* What CALL does when it takes its argument ARGNO: 1 frees it, 2 takes
   ownership of it, 0 neither (or not known).  */
static int
lw_cl_take_kind (gcall *call, unsigned argno)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    return 0;
  if (lw_takes_arg (fndecl, argno))
    return 2;
  if (lw_call_arg_effect (call, argno) != LW_ARG_FREES)
    return 0;
  /* A helper of this file: only if it always frees.  */
  if (!fndecl_built_in_p (fndecl) && DECL_STRUCT_FUNCTION (fndecl)
      && DECL_STRUCT_FUNCTION (fndecl)->cfg)
    return lw_cl_helper_always_frees (fndecl, argno) ? 1 : 0;
  return 1;
}

/* The take events of CALL: each argument that carries the current value
   of a tracked variable (LAST_STORE as for lw_cl_current_carrier) and
   that CALL takes.  */
void
lw_cl_scan_takes (lw_cl_ctx *cx, gcall *call, const unsigned *last_store)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      int v = lw_cl_current_carrier (cx, a, gimple_bb (call), last_store);
      if (v < 0)
	continue;
      int kind = lw_cl_take_kind (call, i);
      if (!kind)
	continue;
      int site = lw_cl_add_site (cx, v, call, false);
      cx->sites[site].take = true;
      cx->sites[site].frees = kind == 1;
      lw_cl_event ev;
      ev.kind = LW_EV_ESCAPE;
      ev.var = v;
      ev.site = site;
      ev.src = -1;
      ev.stmt = call;
      cx->events.safe_push (ev);
    }
}

/* CLEANUP, the cleanup call of SITE's variable, is reached while the
   value SITE's call took may still be in the variable.  */
void
lw_cl_report_take (lw_cl_ctx *cx, lw_cl_site *site, gimple *cleanup)
{
  if (site->reported)
    return;
  site->reported = true;
  /* A scope guard that never looks at the value releases nothing.  */
  if (lw_cleanup_ignores_arg (gimple_call_fndecl (as_a<gcall *> (cleanup))))
    return;
  int v = site->var;
  tree decl = cx->vars[v].decl;
  tree fn = cx->vars[v].cleanup;
  tree callee = gimple_call_fndecl (as_a<gcall *> (site->stmt));
  location_t loc = lw_cl_stmt_location (cx, site->stmt, v);
  bool warned;
  if (site->frees)
    warned = lw_warn (LW_CLEANUP_HANDOFF, loc,
		      "%qD is freed by %qD, but its cleanup %qE still runs "
		      "when %qD leaves scope; the value is released twice",
		      decl, callee, fn, decl);
  else
    warned = lw_warn (LW_CLEANUP_HANDOFF, loc,
		      "%qD is handed to %qD, which takes ownership of it, but "
		      "its cleanup %qE still runs when %qD leaves scope; the "
		      "value is released twice",
		      decl, callee, fn, decl);
  if (warned)
    lw_note (DECL_SOURCE_LOCATION (decl),
	     "%qD is declared here with cleanup %qE", decl, fn);
}
