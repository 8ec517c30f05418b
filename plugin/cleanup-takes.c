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
     - GLib's container adders (g_hash_table_insert, g_ptr_array_add...)
       when the container was made in this function with a destroy
       function for what is added (lw_cl_container_owner);
   Nothing else: LW_ARG_UNKNOWN stays a silent release, and so do the
   KEEPS of summaries (a helper storing the value into an object for a
   while: the same publishing idiom escapes do not report).

   Conditional takers: systemd's hashmap_put, set_put and their kin take
   the value only when they return a positive value (they fail with a
   negative one, and 0 means the key was there already: nothing taken),
   and the leakwatch_takes_if_positive (N) annotation and
   takes=NAME:N:if-positive say the same of other functions.  Such a
   call makes a pending take (its own site, never reported); a test of
   the call's result turns it into a taken one (a second site) on the
   edge where the result is known to be at least 0 ('if (r < 0) return
   r;' falls through with r >= 0, where r > 0 is possible), and drops
   both on the edge where it is known to be at most 0.  So only a path
   that tested the result and went on as if the call succeeded reports.
   And only for a cleanup that plainly frees the value (freep,
   g_autofree, closep: lw_cl_plain_free_handler): a handler that does
   more (link_unrefp, which may first remove the object from the map it
   was put in) may be the very thing that undoes the take.

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
  enum lw_takes_kind kind;
};

/* Functions that always take their argument: on failure too (they free
   it then); and systemd's that take it only when they return a positive
   value.  */
static const lw_taker lw_shipped_takers[] = {
  /* GLib.  */
  { "g_propagate_error", 1, LW_TAKES_ALWAYS },
  { "g_propagate_prefixed_error", 1, LW_TAKES_ALWAYS },
  { "g_task_return_error", 1, LW_TAKES_ALWAYS },
  { "g_error_free", 0, LW_TAKES_ALWAYS },
  { "g_strfreev", 0, LW_TAKES_ALWAYS },
  /* systemd (src/basic/set.h, ordered-set.h, strv.h).  */
  { "set_consume", 1, LW_TAKES_ALWAYS },
  { "set_ensure_consume", 2, LW_TAKES_ALWAYS },
  { "ordered_set_consume", 1, LW_TAKES_ALWAYS },
  { "strv_consume", 1, LW_TAKES_ALWAYS },
  { "strv_consume_prepend", 1, LW_TAKES_ALWAYS },
  { "strv_consume_pair", 1, LW_TAKES_ALWAYS },
  { "strv_consume_pair", 2, LW_TAKES_ALWAYS },
  { "strv_consume_with_size", 2, LW_TAKES_ALWAYS },
  /* systemd (src/basic/hashmap.h, set.h, ordered-set.h): > 0 added,
     0 already there, < 0 failed.  */
  { "hashmap_put", 1, LW_TAKES_IF_POSITIVE },
  { "hashmap_put", 2, LW_TAKES_IF_POSITIVE },
  { "hashmap_ensure_put", 2, LW_TAKES_IF_POSITIVE },
  { "hashmap_ensure_put", 3, LW_TAKES_IF_POSITIVE },
  { "ordered_hashmap_put", 1, LW_TAKES_IF_POSITIVE },
  { "ordered_hashmap_put", 2, LW_TAKES_IF_POSITIVE },
  { "ordered_hashmap_ensure_put", 2, LW_TAKES_IF_POSITIVE },
  { "ordered_hashmap_ensure_put", 3, LW_TAKES_IF_POSITIVE },
  { "set_put", 1, LW_TAKES_IF_POSITIVE },
  { "set_ensure_put", 2, LW_TAKES_IF_POSITIVE },
  { "ordered_set_put", 1, LW_TAKES_IF_POSITIVE },
  { "ordered_set_ensure_put", 2, LW_TAKES_IF_POSITIVE },
};

/* What undoes a conditional take: systemd's removals (the value is
   taken out of the map again, and the cleanup may free it).  */
static const lw_taker lw_shipped_untakers[] = {
  { "hashmap_remove", 1, LW_TAKES_NO },
  { "hashmap_remove2", 1, LW_TAKES_NO },
  { "hashmap_remove_value", 1, LW_TAKES_NO },
  { "hashmap_remove_value", 2, LW_TAKES_NO },
  { "ordered_hashmap_remove", 1, LW_TAKES_NO },
  { "ordered_hashmap_remove_value", 1, LW_TAKES_NO },
  { "ordered_hashmap_remove_value", 2, LW_TAKES_NO },
  { "set_remove", 1, LW_TAKES_NO },
  { "ordered_set_remove", 1, LW_TAKES_NO },
};

/* GLib containers that own what is added to them when they were made
   with a destroy function for it: an adder's argument ARGNO is the key
   (LW_PART_KEY), the value or element (LW_PART_VALUE), or both
   (g_hash_table_add: the key is the value too); the container is its
   first argument.  */
enum lw_part
{
  LW_PART_KEY = 1,
  LW_PART_VALUE = 2
};
struct lw_adder
{
  const char *name;
  int argno;
  int parts;
};
static const lw_adder lw_glib_adders[] = {
  { "g_hash_table_insert", 1, LW_PART_KEY },
  { "g_hash_table_insert", 2, LW_PART_VALUE },
  { "g_hash_table_replace", 1, LW_PART_KEY },
  { "g_hash_table_replace", 2, LW_PART_VALUE },
  { "g_hash_table_add", 1, LW_PART_KEY | LW_PART_VALUE },
  { "g_ptr_array_add", 1, LW_PART_VALUE },
  { "g_ptr_array_insert", 2, LW_PART_VALUE },
};
/* The functions making such containers: the argument giving the
   destroy function of the keys, of the values (-1: none).  */
struct lw_container_maker
{
  const char *name;
  int key_destroy;
  int value_destroy;
};
static const lw_container_maker lw_glib_makers[] = {
  { "g_hash_table_new_full", 2, 3 },
  { "g_ptr_array_new_with_free_func", -1, 0 },
  { "g_ptr_array_new_full", -1, 1 },
};

/* The takers named by takes=.  */
static vec<lw_taker> lw_user_takers;

/* Whether an attribute ATTR (N) of FNDECL names ARGNO.  */
static bool
lw_takes_annotated (tree fndecl, const char *attr, unsigned argno)
{
  for (tree a = lookup_attribute (attr, DECL_ATTRIBUTES (fndecl)); a;
       a = lookup_attribute (attr, TREE_CHAIN (a)))
    {
      tree args = TREE_VALUE (a);
      if (args && tree_fits_shwi_p (TREE_VALUE (args))
	  && tree_to_shwi (TREE_VALUE (args)) == (HOST_WIDE_INT) argno + 1)
	return true;
    }
  return false;
}

enum lw_takes_kind
lw_takes_arg_kind (tree fndecl, unsigned argno)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || !DECL_NAME (fndecl))
    return LW_TAKES_NO;
  if (lw_takes_annotated (fndecl, "leakwatch_takes", argno))
    return LW_TAKES_ALWAYS;
  if (lw_takes_annotated (fndecl, "leakwatch_takes_if_positive", argno))
    return LW_TAKES_IF_POSITIVE;
  for (unsigned i = 0; i < ARRAY_SIZE (lw_shipped_takers); i++)
    if ((unsigned) lw_shipped_takers[i].argno == argno
	&& lw_fn_is (fndecl, lw_shipped_takers[i].name))
      return lw_shipped_takers[i].kind;
  for (const lw_taker &t : lw_user_takers)
    if ((unsigned) t.argno == argno && lw_fn_is (fndecl, t.name))
      return t.kind;
  return LW_TAKES_NO;
}

/* takes=NAME:N[:if-positive][,...]  */
bool
lw_parse_takes (const char *where, const char *value)
{
  if (!value || !*value)
    {
      error ("%s: %<takes%> needs a value: "
	     "%<takes=NAME:N[:if-positive][,...]%>",
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
      char *shown = xstrdup (item);
      char *colon = strchr (item, ':');
      char *end = NULL;
      long n = colon ? strtol (colon + 1, &end, 10) : 0;
      enum lw_takes_kind kind = LW_TAKES_ALWAYS;
      if (colon)
	*colon = '\0';
      if (end && strcmp (end, ":if-positive") == 0)
	{
	  kind = LW_TAKES_IF_POSITIVE;
	  *end = '\0';
	}
      if (!colon || !lw_identifier_p (item) || *end || n < 1 || n > 64)
	{
	  error ("%s: malformed %<takes%> entry %qs; expected %<NAME:N%> with "
		 "N the position of the argument NAME takes ownership of, "
		 "counting from 1, or %<NAME:N:if-positive%> if it takes it "
		 "only when it returns a positive value",
		 where, lw_shown (shown));
	  free (shown);
	  ok = false;
	  break;
	}
      free (shown);
      lw_taker t;
      t.name = xstrdup (item);
      t.argno = (int) n - 1;
      t.kind = kind;
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
  tree parm = lw_nth_parm (fndecl, argno);
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
    }
  return false;
}

/* Whether CALL takes its argument ARGNO out of a map: undoes a
   conditional take.  */
static bool
lw_cl_untakes_p (gcall *call, unsigned argno)
{
  tree fndecl = gimple_call_fndecl (call);
  for (unsigned i = 0; fndecl && i < ARRAY_SIZE (lw_shipped_untakers); i++)
    if ((unsigned) lw_shipped_untakers[i].argno == argno
	&& lw_fn_is (fndecl, lw_shipped_untakers[i].name))
      return true;
  return false;
}

/* Record in the map DATA what STMT stores into a local variable: the
   call that made the value (the variable's only such store so far), or
   NULL (anything else, a second value, or its address given to a
   function other than its cleanup).  Constant stores (NULL) are not
   counted.  */
static void
lw_cl_note_sole_store (hash_map<tree, gimple *> *map, tree var, gimple *maker)
{
  if (!VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var))
    return;
  bool existed;
  gimple *&slot = map->get_or_insert (var, &existed);
  slot = existed && slot != maker ? NULL : maker;
}

static bool
lw_cl_note_addr (gimple *stmt, tree base, tree, void *data)
{
  if (!VAR_P (base))
    return false;
  /* &var given to its own cleanup at the end of its scope.  */
  tree attr = lookup_attribute ("cleanup", DECL_ATTRIBUTES (base));
  tree fndecl = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL_TREE;
  if (attr && fndecl && TREE_VALUE (attr)
      && DECL_NAME (fndecl) == TREE_VALUE (TREE_VALUE (attr)))
    return false;
  lw_cl_note_sole_store ((hash_map<tree, gimple *> *) data, base, NULL);
  return false;
}

/* The call that made the container CONTAINER holds, if it is known:
   CONTAINER comes (through copies and casts) from that call, or from a
   local variable (a g_autoptr) whose only non-constant store is that
   call's result and whose address is given to nothing but its cleanup.
   The stores of all locals are found once per function, when first
   needed.  */
static gcall *
lw_cl_container_maker (lw_cl_ctx *cx, tree container)
{
  tree t = lw_strip_copies (container, true);
  if (TREE_CODE (t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (t))
    return NULL;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (gcall *c = dyn_cast<gcall *> (def))
    return c;
  if (!gimple_assign_single_p (def) || !VAR_P (gimple_assign_rhs1 (def)))
    return NULL;
  if (!cx->sole_store)
    {
      cx->sole_store = new hash_map<tree, gimple *>;
      basic_block bb;
      FOR_EACH_BB_FN (bb, cx->fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *g = gsi_stmt (gsi);
	    tree lhs = gimple_get_lhs (g);
	    if (lhs && VAR_P (lhs) && !gimple_clobber_p (g))
	      {
		gimple *maker = NULL;
		if (is_gimple_call (g))
		  maker = g;
		else if (gimple_assign_single_p (g))
		  {
		    tree rhs = lw_strip_copies (gimple_assign_rhs1 (g), true);
		    if (integer_zerop (rhs))
		      continue;
		    if (TREE_CODE (rhs) == SSA_NAME
			&& !SSA_NAME_IS_DEFAULT_DEF (rhs)
			&& is_gimple_call (SSA_NAME_DEF_STMT (rhs)))
		      maker = SSA_NAME_DEF_STMT (rhs);
		  }
		lw_cl_note_sole_store (cx->sole_store, lhs, maker);
	      }
	    walk_stmt_load_store_addr_ops (g, cx->sole_store, NULL, NULL,
					   lw_cl_note_addr);
	  }
    }
  gimple **maker = cx->sole_store->get (gimple_assign_rhs1 (def));
  return maker ? safe_dyn_cast<gcall *> (*maker) : NULL;
}

/* If CALL adds its argument ARGNO to a GLib container that owns it: the
   call that made the container in this function
   (lw_cl_container_maker), with a destroy function for that part given
   as a function's address (one computed at run time may be NULL), and
   in *DESTROY that function.  Otherwise NULL.  */
static gcall *
lw_cl_container_owner (lw_cl_ctx *cx, gcall *call, unsigned argno,
		       tree *destroy)
{
  tree fndecl = gimple_call_fndecl (call);
  int parts = 0;
  for (unsigned i = 0; fndecl && i < ARRAY_SIZE (lw_glib_adders); i++)
    if ((unsigned) lw_glib_adders[i].argno == argno
	&& lw_fn_is (fndecl, lw_glib_adders[i].name))
      parts = lw_glib_adders[i].parts;
  if (!parts || gimple_call_num_args (call) < 1)
    return NULL;
  gcall *maker = lw_cl_container_maker (cx, gimple_call_arg (call, 0));
  tree mdecl = maker ? gimple_call_fndecl (maker) : NULL_TREE;
  for (unsigned i = 0; mdecl && i < ARRAY_SIZE (lw_glib_makers); i++)
    {
      if (!lw_fn_is (mdecl, lw_glib_makers[i].name))
	continue;
      int args[2]
	= { (parts & LW_PART_KEY) ? lw_glib_makers[i].key_destroy : -1,
	    (parts & LW_PART_VALUE) ? lw_glib_makers[i].value_destroy : -1 };
      for (int k = 0; k < 2; k++)
	if (args[k] >= 0 && (unsigned) args[k] < gimple_call_num_args (maker))
	  {
	    tree f = lw_strip_copies (gimple_call_arg (maker, args[k]), true);
	    if (TREE_CODE (f) == ADDR_EXPR
		&& TREE_CODE (TREE_OPERAND (f, 0)) == FUNCTION_DECL)
	      {
		*destroy = TREE_OPERAND (f, 0);
		return maker;
	      }
	  }
    }
  return NULL;
}

/* What CALL does when it takes its argument ARGNO: 1 frees it, 2 takes
   ownership of it, 3 takes ownership of it if it returns a value > 0,
   0 neither (or not known).  */
static int
lw_cl_take_kind (lw_cl_ctx *cx, gcall *call, unsigned argno)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    return 0;
  tree destroy;
  if (lw_cl_container_owner (cx, call, argno, &destroy))
    return 2;
  switch (lw_takes_arg_kind (fndecl, argno))
    {
    case LW_TAKES_ALWAYS:
      return 2;
    case LW_TAKES_IF_POSITIVE:
      {
	/* Only a result we can follow: a signed integer in an SSA name.  */
	tree lhs = gimple_call_lhs (call);
	return (lhs && TREE_CODE (lhs) == SSA_NAME
		    && INTEGRAL_TYPE_P (TREE_TYPE (lhs))
		    && !TYPE_UNSIGNED (TREE_TYPE (lhs))
		  ? 3
		  : 0);
      }
    case LW_TAKES_NO:
      break;
    }
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
   that CALL takes.  A conditional take has two sites in a row: the
   pending one its event sets, and the one a test of the result makes
   sure (lw_cl_refine_takes).  */
void
lw_cl_scan_takes (lw_cl_ctx *cx, gcall *call, const unsigned *last_store)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i);
      int v = lw_cl_current_carrier (cx, a, gimple_bb (call), last_store);
      if (v < 0)
	continue;
      int kind = lw_cl_take_kind (cx, call, i);
      if (!kind && lw_cl_untakes_p (call, i))
	{
	  /* Taken out again: a release, which drops conditional takes.  */
	  lw_cl_event ev;
	  ev.kind = LW_EV_RELEASE_VAL;
	  ev.var = v;
	  ev.site = -1;
	  ev.src = -1;
	  ev.stmt = call;
	  cx->events.safe_push (ev);
	}
      if (!kind)
	continue;
      int site = lw_cl_add_site (cx, v, call, false);
      cx->sites[site].take = true;
      cx->sites[site].frees = kind == 1;
      if (kind == 3)
	{
	  if (!cx->take_sites)
	    cx->take_sites = new hash_map<gimple *, int>;
	  bool existed;
	  int &first = cx->take_sites->get_or_insert (call, &existed);
	  if (!existed)
	    first = site;
	  lw_debug ("cleanup: %s: %s handed to %s, taken if it returns > 0",
		    function_name (cx->fun),
		    IDENTIFIER_POINTER (DECL_NAME (cx->vars[v].decl)),
		    IDENTIFIER_POINTER (
		      DECL_NAME (gimple_call_fndecl (call))));
	  cx->vars[v].cond_takes = true;
	  cx->sites[site].pending = true;
	  cx->sites[site].if_positive = true;
	  int sure = lw_cl_add_site (cx, v, call, false);
	  cx->sites[sure].take = true;
	  cx->sites[sure].if_positive = true;
	}
      lw_cl_event ev;
      ev.kind = LW_EV_ESCAPE;
      ev.var = v;
      ev.site = site;
      ev.src = -1;
      ev.stmt = call;
      cx->events.safe_push (ev);
    }
}

/* What an edge on which 'X CODE CST' holds, X the result of a call that
   takes values when it returns > 0, says of the takes: 1 the result is
   at least 0 (a value > 0 is possible: taken), -1 at most 0 (nothing
   taken), 0 neither.  */
static int
lw_cl_take_range (enum tree_code code, tree cst)
{
  widest_int c = wi::to_widest (cst);
  switch (code)
    {
    case EQ_EXPR:
      return wi::les_p (c, 0) ? -1 : 1;
    case LT_EXPR: /* X <= C - 1.  */
      return wi::les_p (c, 1) ? -1 : 0;
    case LE_EXPR:
      return wi::les_p (c, 0) ? -1 : 0;
    case GT_EXPR: /* X >= C + 1.  */
      return wi::ges_p (c, -1) ? 1 : 0;
    case GE_EXPR:
      return wi::ges_p (c, 0) ? 1 : 0;
    default:
      return 0;
    }
}

/* BB ends in a test of the result of a call that takes values only when
   it returns > 0 ('if (r < 0)', 'if (r == 0)', '_1 = r <= 0; if (_1 !=
   0)'): record what each edge says of its takes.  */
void
lw_cl_scan_take_cond (lw_cl_ctx *cx, basic_block bb)
{
  lw_cl_bb *info = &cx->bbs[bb->index];
  info->take_first = -1;
  gcond *cond = safe_dyn_cast<gcond *> (lw_last_stmt (bb));
  if (!cx->take_sites || !cond)
    return;
  tree x, cst;
  enum tree_code code;
  lw_cl_cond_comparison (cond, bb, &code, &x, &cst);
  if (code == ERROR_MARK || TREE_CODE (cst) != INTEGER_CST
      || TREE_CODE (x) != SSA_NAME || !INTEGRAL_TYPE_P (TREE_TYPE (x))
      || TYPE_UNSIGNED (TREE_TYPE (x)))
    return;
  tree r = lw_strip_copies (x, true);
  gcall *call
    = (TREE_CODE (r) == SSA_NAME ? dyn_cast<gcall *> (SSA_NAME_DEF_STMT (r))
				 : NULL);
  int *first = call ? cx->take_sites->get (call) : NULL;
  /* Through casts that keep every value (int to long), not others.  */
  if (!first
      || TYPE_PRECISION (TREE_TYPE (x)) < TYPE_PRECISION (TREE_TYPE (r)))
    return;
  enum tree_code inv = invert_tree_comparison (code, false);
  info->take_first = *first;
  info->take_on_true = lw_cl_take_range (code, cst);
  info->take_on_false = inv == ERROR_MARK ? 0 : lw_cl_take_range (inv, cst);
}

/* On an edge that shows the result of the call whose sites start at
   FIRST at least 0 (TAKEN) or at most 0: make its pending takes sure,
   or drop them.  */
void
lw_cl_refine_takes (lw_cl_ctx *cx, lw_dfstate *state, int first, bool taken)
{
  unsigned base = cx->vars.length () * LW_CL_NBITS;
  gimple *call = cx->sites[first].stmt;
  for (unsigned i = first;
       i + 1 < cx->sites.length () && cx->sites[i].stmt == call
       && cx->sites[i].pending;
       i += 2)
    if (!taken)
      {
	bitmap_clear_bit (&state->bits, base + i);
	bitmap_clear_bit (&state->bits, base + i + 1);
      }
    else if (bitmap_bit_p (&state->bits, base + i))
      bitmap_set_bit (&state->bits, base + i + 1);
}

/* Whether the cleanup handler FNDECL plainly frees what its parameter
   points to: every use of that value is an argument freed by a library
   function, or by a function of this file that plainly frees its
   parameter (DEPTH levels of them).  A handler that does more with the
   value (link_unrefp: a reference count, an unlink from a map) is not
   plain.  */
static bool
lw_cl_plain_free_fn (tree fndecl, bool pointee, int depth)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || DECL_STATIC_CHAIN (fndecl))
    return false;
  function *fn = DECL_STRUCT_FUNCTION (fndecl);
  tree parm = DECL_ARGUMENTS (fndecl);
  if (!fn || !fn->cfg || !fn->gimple_df || !parm || TREE_ADDRESSABLE (parm))
    return false;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node || node->get_availability () < AVAIL_AVAILABLE)
    return false;
  tree def = ssa_default_def (fn, parm);
  if (!def)
    return false;
  /* The parameter itself is only tested, copied and (below) handed to
     calls; what it points to, only loaded or stored.  */
  use_operand_p use;
  imm_use_iterator it;
  FOR_EACH_IMM_USE_FAST (use, it, def)
    {
      gimple *u = USE_STMT (use);
      if (is_gimple_debug (u) || is_a<gcond *> (u) || is_a<gcall *> (u))
	continue;
      gassign *as = dyn_cast<gassign *> (u);
      if (!as)
	return false;
      tree lhs = gimple_assign_lhs (as), rhs = gimple_assign_rhs1 (as);
      bool copy = (rhs == def
		   && (gimple_assign_single_p (as)
		       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (as))));
      bool through
	= ((TREE_CODE (lhs) == MEM_REF && TREE_OPERAND (lhs, 0) == def)
	   || (TREE_CODE (rhs) == MEM_REF && TREE_OPERAND (rhs, 0) == def));
      if (!(pointee ? through || copy : copy))
	return false;
    }
  int n = 0;
  bool frees = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt))
	  continue;
	if (++n > LW_CL_PLAIN_FREE_STMTS)
	  {
	    lw_debug ("%s: over LW_CL_PLAIN_FREE_STMTS (%d) statements, not "
		      "a plain free",
		      function_name (fn), LW_CL_PLAIN_FREE_STMTS);
	    return false;
	  }
	gcall *call = dyn_cast<gcall *> (stmt);
	for (unsigned i = 0; call && i < gimple_call_num_args (call); i++)
	  {
	    /* The value: the parameter, or what it points to.  */
	    tree a = lw_strip_copies (gimple_call_arg (call, i), true);
	    if (TREE_CODE (a) != SSA_NAME)
	      continue;
	    if (a == def && pointee)
	      return false;
	    if (a != def)
	      {
		gimple *load = SSA_NAME_DEF_STMT (a);
		tree ref
		  = (gimple_assign_single_p (load) ? gimple_assign_rhs1 (load)
						   : NULL_TREE);
		if (!pointee || !ref || TREE_CODE (ref) != MEM_REF
		    || lw_strip_copies (TREE_OPERAND (ref, 0), true) != def)
		  continue;
	      }
	    tree callee = gimple_call_fndecl (call);
	    if (lw_call_arg_effect (call, i) != LW_ARG_FREES || !callee)
	      return false;
	    function *cf = DECL_STRUCT_FUNCTION (callee);
	    if (cf && cf->cfg
		&& (depth <= 0
		    || !lw_cl_plain_free_fn (callee, false, depth - 1)))
	      return false;
	    frees = true;
	  }
      }
  return frees;
}

/* CLEANUP, the cleanup call of SITE's variable, is reached while the
   value SITE's call took may still be in the variable.  */
void
lw_cl_report_take (lw_cl_ctx *cx, lw_cl_site *site, gimple *cleanup)
{
  if (site->reported || site->pending)
    return;
  site->reported = true;
  tree handler = gimple_call_fndecl (as_a<gcall *> (cleanup));
  /* A scope guard that never looks at the value releases nothing.  */
  if (lw_cleanup_ignores_arg (handler))
    return;
  /* A conditional taker's value is reported only under a handler that
     only frees it (the one that unlinks it from the map undoes the
     take).  */
  if (site->if_positive && !lw_cl_plain_free_fn (handler, true, 1))
    return;
  int v = site->var;
  tree decl = cx->vars[v].decl;
  tree fn = cx->vars[v].cleanup;
  tree callee = gimple_call_fndecl (as_a<gcall *> (site->stmt));
  location_t loc = lw_cl_stmt_location (cx, site->stmt, v);
  bool warned;
  if (site->if_positive)
    warned = lw_warn (LW_CLEANUP_HANDOFF, loc,
		      "%qD is handed to %qD, which takes ownership of it when "
		      "it returns a positive value, but its cleanup %qE still "
		      "runs on a path where the result was tested to be at "
		      "least 0; the value is released twice",
		      decl, callee, fn);
  else if (site->frees)
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
  if (!warned)
    return;
  lw_note (DECL_SOURCE_LOCATION (decl),
	   "%qD is declared here with cleanup %qE", decl, fn);
  /* A GLib container: where it was made to own what is added.  */
  gcall *call = as_a<gcall *> (site->stmt);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree a = gimple_call_arg (call, i), destroy;
      if (TREE_CODE (a) != SSA_NAME
	  || cx->carrier_var[SSA_NAME_VERSION (a)] != v)
	continue;
      if (gcall *maker = lw_cl_container_owner (cx, call, i, &destroy))
	{
	  lw_note (gimple_location (maker),
		   "the container is made here with destroy function %qD",
		   destroy);
	  break;
	}
    }
}
