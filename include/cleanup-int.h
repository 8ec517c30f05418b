/* cleanup-int.h: what the files of the cleanup checks share
   (-Wcleanup-in-loop, -Wcleanup-overwrite, -Wcleanup-escape,
   -Wcleanup-uninit).  The design is described in plugin/check-cleanup.c.

     cleanup-vars.c     the cleanup variables and the SSA names that
			carry their values or addresses;
     cleanup-events.c   what each statement does to a variable (events);
     check-cleanup.c    the dataflow over the events, and the entry;
     cleanup-confirm.c  the path walk confirming a reassignment;
     cleanup-report.c   loops, locations and the warnings;
     cleanup-places.c   where a value stored into memory ends up
			(-Wcleanup-escape into the caller's memory,
			local arrays and objects of the function);
     cleanup-takes.c    calls that take a variable's value
			(-Wcleanup-handoff): the table, the events and
			the warning.

   All the state of one function's analysis is in one lw_cl_ctx, made
   and freed by lw_check_cleanup.  */

#ifndef LEAKWATCH_CLEANUP_INT_H
#define LEAKWATCH_CLEANUP_INT_H

#include "leakwatch-int.h"
#include "tree-cfg.h"
#include "cfganal.h"
#include "fold-const.h"
#include "gimple-walk.h"
#include "tree-dfa.h"
#include "tree-pretty-print.h"
#include "dfstate.h"

/* Bits per variable in the dataflow; U is the set of dfstate.h.  */
#define LW_CL_O 0
#define LW_CL_B 1
#define LW_CL_A 2
#define LW_CL_L 3
#define LW_CL_LA 4
#define LW_CL_NBITS 5

/* How deep lw_cl_classify follows a value's uses (copies, PHIs, casts)
   before it takes the value as handed off (never a false positive: the
   variable then owns nothing).  */
#define LW_CL_USE_DEPTH 16
/* How deep lw_cl_reads_var looks into the expression a loop's exit test
   is computed from.  */
#define LW_CL_EXPR_DEPTH 6
/* A 'finally_tmp' dispatch block is at most this many single edges
   below the block whose PHI gives its index.  */
#define LW_CL_DISPATCH_DISTANCE 5
/* How many steps (fields, elements, copies, loads) lw_cl_caller_memory_p
   and lw_cl_addr_varies follow back from a store's address.  */
#define LW_CL_ADDR_DEPTH 12
/* A located statement at most this many statements back gives its
   location to a statement GCC made without one.  */
#define LW_CL_LOC_LOOKBACK 8
/* The confirming walk assumes that the cleanup variables given an owned
   value just before (in the same block), and the call results stored
   into memory just after, hold values too: at most this many of each.  */
#define LW_CL_NEIGHBOURS 2
/* The uses of a new heap object (and of its copies) looked at to see
   whether it reaches the caller (lw_cl_fresh_escapes): past this many,
   it is taken not to, and a value stored into it is no escape.  */
#define LW_CL_FRESH_USES 32
/* A cleanup handler that plainly frees its variable's value (freep,
   closep, g_autofree's) has at most this many statements, and so has
   each function of this file it hands the value to.  */
#define LW_CL_PLAIN_FREE_STMTS 32
/* A value stored into the caller's memory outside a loop escapes only
   if no later store resets that place, and one stored into an object of
   the function in a loop only if the object is read after the loop: at
   most this many uses of the object's pointer (and of the pointers made
   from it) are looked at for one store (lw_cl_scope_escape_p,
   lw_cl_object_read_after_loop_p); past them the place is taken to be
   reset, or the object not read: not reported.  */
#define LW_CL_PLACE_USES 32
/* A value of one iteration stored into a local array escapes only if
   the array outlives the iteration and is read after the loop: at most
   this many blocks reading it or ending its life are looked at
   (lw_cl_read_after_loop_p); past them, not reported.  */
#define LW_CL_LOCAL_READS 32

/* A tracked cleanup variable.  */
struct lw_cl_var
{
  tree decl;
  tree cleanup; /* IDENTIFIER_NODE of the function.  */
  bool tracked; /* False once we see something we do not
		   follow.  */
  bool uninit_reported;
  bool cond_takes; /* Some site is a conditional take.  */
  vec<basic_block> clobber_bbs;
  vec<int> sites;  /* Its escape sites.  */
  vec<int> events; /* Its events, in order (indices in the events).  */
};

enum lw_cl_event_kind
{
  LW_EV_STORE_OWN,    /* A new owned value is stored.  */
  LW_EV_STORE_NONOWN, /* A constant, or the result of a call given the
			 old value (mfree, realloc, safe_close).  */
  LW_EV_RELEASE_VAL,  /* The value is handed to something that may
			 free or keep it.  */
  LW_EV_RELEASE_ADDR, /* &var is handed to a call.  */
  LW_EV_ESCAPE,	      /* The value is stored outward or returned.  */
  LW_EV_CLEANUP,      /* The cleanup call.  */
  LW_EV_CLOBBER,      /* End of the variable's life.  */
  LW_EV_PATH_END      /* A failed assertion: no variable (-1).  */
};

struct lw_cl_event
{
  enum lw_cl_event_kind kind;
  int var;
  int site; /* LW_EV_ESCAPE: index in the sites.  */
  int src;  /* LW_EV_STORE_OWN: a variable whose address the call
	       that made the value was given ('a = steal_fd (&b)'), or
	       -1.  If that variable owned nothing, neither does this
	       value.  */
  gimple *stmt;
};

/* A place where a variable's value is returned or stored outward.  */
struct lw_cl_site
{
  int var;
  gimple *stmt;
  bool is_return;
  /* A store into the caller's memory (LW_CL_TO_CALLER) or into a local
     array (LW_CL_TO_LOCAL, also LOCAL), escapes only when the cleanup
     frees, and (lw_cl_report_escape): the place changes with each
     iteration of the loop whose iterations end the variable's life
     (and a local array is read after that loop), or the caller's place
     is kept when the function returns.  */
  bool caller;
  bool local;
  /* A store into a new object the caller does not get (LW_CL_TO_HEAP,
     also CALLER): escapes as a local array's, if the object was made
     before the loop.  */
  bool heap;
  /* Not an escape but a call that takes the value (cleanup-takes.c):
     freeing it (FREES) or keeping it.  */
  bool take;
  bool frees;
  /* A take by a call that takes the value only when it returns a value
     > 0: PENDING until a test of its result on the path shows it at
     least 0; the next site is the same take made sure (cleanup-takes.c).  */
  bool pending;
  bool if_positive;
  bool reported;
};

/* Per basic block: its events, and the variable a final condition
   shows to hold no resource on one of the edges.  */
struct lw_cl_bb
{
  unsigned first_event, n_events;
  int refine_var;      /* -1 if none.  */
  bool refine_on_true; /* The true edge has no resource.  */
  /* A 'finally_tmp' dispatch ending this block: the block whose PHI
     defines the switch's index, NULL if none.  */
  basic_block dispatch_head;
  unsigned first_route, n_routes;
  /* A test ending this block of the result of a call that takes values
     only when it returns > 0: the first of the call's sites (-1 if
     none), and what each edge does to its pending takes (1: the result
     is >= 0, made sure; -1: it is <= 0, nothing taken; 0: unknown).  */
  int take_first;
  signed char take_on_true, take_on_false;
  /* The PHI in this block that gives the function's return value, or
     NULL (lw_cl_refine_return).  */
  gphi *ret_phi;
};

/* A predecessor edge of a dispatch head and the edge of the dispatch
   block that its constant selects (NULL: unknown, all of them).  */
struct lw_cl_route
{
  edge in;
  edge out;
};

/* The state of one function's analysis.  */
struct lw_cl_ctx
{
  function *fun;
  vec<lw_cl_var> vars;
  hash_map<tree, int> *index; /* Variable decl to its index in VARS.  */
  vec<lw_cl_event> events;
  vec<lw_cl_site> sites;
  vec<lw_cl_route> routes;
  lw_cl_bb *bbs; /* Per block number.  */
  /* Per SSA version.  */
  int *addr_var;	    /* The var whose address it is, or -1.  */
  int *carrier_var;	    /* The var whose value it carries, or -1.  */
  gimple **carrier_root;    /* The load or store it comes from.  */
  unsigned char *use_flags; /* Cached lw_cl_classify.  */
  /* Per loop number: the loop runs its body at most once.  */
  unsigned char *once_loop;
  unsigned n_loops;
  /* The confirming walks: per statement uid, its events chained; the
     walk budget (cleanup-confirm.c).  */
  int *ev_head;
  int *ev_next;
  unsigned max_uid;
  lw_budget budget;
  /* Calls that take values only when they return > 0: their first
     site (cleanup-takes.c).  */
  hash_map<gimple *, int> *take_sites;
  /* The local arrays values are stored into (LW_CL_TO_LOCAL): the
     blocks that read or end each (cleanup-report.c), made when first
     needed.  */
  hash_map<tree, bitmap> *local_reads;
  /* Per local variable, the call whose result is its only non-constant
     value, or NULL (cleanup-takes.c, made when first needed).  */
  hash_map<tree, gimple *> *sole_store;
};

/* lw_cl_classify's answer.  */
#define LW_CL_HANDOFF 1
#define LW_CL_RETURNED 2
#define LW_CL_DONE 4

/* cleanup-vars.c */
void lw_cl_collect_vars (lw_cl_ctx *cx, function *fun);
unsigned lw_cl_find_addresses (lw_cl_ctx *cx, function *fun);
int lw_cl_var_index (lw_cl_ctx *cx, tree decl);
int lw_cl_ref_var (lw_cl_ctx *cx, tree ref);
int lw_cl_addr_arg (lw_cl_ctx *cx, tree arg);
void lw_cl_untrack (lw_cl_ctx *cx, int v, const char *why);
tree lw_cl_untrack_refs (tree *tp, int *walk_subtrees, void *data);
bool lw_cl_allocates_into_p (lw_cl_ctx *cx, gcall *call, unsigned argno,
			     int v);
unsigned lw_cl_classify (lw_cl_ctx *cx, tree name, int depth);
void lw_cl_mark_carrier (lw_cl_ctx *cx, tree name, int v, gimple *root,
			 int depth);
bool lw_cl_owned_value_p (lw_cl_ctx *cx, tree rhs, int v);
/* Where a store into LHS puts a value (lw_cl_store_to).  */
enum lw_cl_store_to
{
  LW_CL_TO_NOWHERE,   /* Nowhere it outlives the variable, as far as known.  */
  LW_CL_TO_OUT_PARAM, /* '*ret', RET an out-parameter.  */
  LW_CL_TO_CALLER,    /* Other memory reached through a parameter.  */
  LW_CL_TO_LOCAL,     /* An element or field of a local aggregate.  */
  LW_CL_TO_HEAP,      /* Of a new object the caller does not get.  */
  LW_CL_TO_FILE_SCOPE /* A global or static object.  */
};
enum lw_cl_store_to lw_cl_store_to (tree lhs);
void lw_cl_find_return_phis (lw_cl_ctx *cx, function *fun);
void lw_cl_refine_return (lw_cl_ctx *cx, lw_dfstate *state, edge e);

/* cleanup-events.c */
void lw_cl_scan_bb (lw_cl_ctx *cx, basic_block bb, unsigned *last_store);
int lw_cl_current_carrier (lw_cl_ctx *cx, tree name, basic_block bb,
			   const unsigned *last_store);
int lw_cl_add_site (lw_cl_ctx *cx, int v, gimple *stmt, bool is_return);
/* The comparison COND, ending BB, makes: *CODE, *LHS, *RHS, also
   through '_1 = x < 0; if (_1 != 0)' (then the statement making _1 is
   returned; NULL otherwise, or the statement making a boolean the
   condition tests, such as an '&' of two comparisons).  */
gassign *lw_cl_cond_comparison (gcond *cond, basic_block bb,
				enum tree_code *code, tree *lhs, tree *rhs);
void lw_cl_find_dispatch (lw_cl_ctx *cx, basic_block bb);

/* cleanup-places.c */
/* The pointer to the object REF is in (through fields, elements,
   copies, casts and offsets; not loads or PHIs), or NULL_TREE.  */
tree lw_cl_object_root (tree ref);
enum lw_cl_place_escape
{
  LW_CL_PLACE_NONE,
  LW_CL_PLACE_ITERATION,
  LW_CL_PLACE_SCOPE
};
enum lw_cl_place_escape lw_cl_place_escape (lw_cl_ctx *cx, lw_cl_site *site,
					    gimple *cleanup);

/* cleanup-report.c */
/* Walk the uses of an object's pointer ROOT and of the pointers made
   from it, calling VISIT on each other use (cleanup-places.c).  */
int lw_cl_object_uses (tree root, gimple *skip,
		       bool (*visit) (gimple *u, tree n, void *data),
		       void *data, int limit, const char *limit_name,
		       const char *what);
class loop *lw_cl_real_loop (lw_cl_ctx *cx, class loop *l);
bool lw_cl_once_p (lw_cl_ctx *cx, class loop *l);
void lw_cl_find_once_loops (lw_cl_ctx *cx, function *fun);
void lw_cl_report_store (lw_cl_ctx *cx, int v, gimple *stmt, bool back_edge);
void lw_cl_report_escape (lw_cl_ctx *cx, lw_cl_site *site, gimple *cleanup);
void lw_cl_report_uninit (lw_cl_ctx *cx, int v, gimple *cleanup);
location_t lw_cl_stmt_location (lw_cl_ctx *cx, gimple *stmt, int v);

/* cleanup-takes.c */
void lw_cl_scan_takes (lw_cl_ctx *cx, gcall *call, const unsigned *last_store);
void lw_cl_report_take (lw_cl_ctx *cx, lw_cl_site *site, gimple *cleanup);
void lw_cl_scan_take_cond (lw_cl_ctx *cx, basic_block bb);
void lw_cl_refine_takes (lw_cl_ctx *cx, lw_dfstate *state, int first,
			 bool taken);

/* cleanup-confirm.c */
/* Whether some path from an owned store of V (other than TARGET itself
   when OTHERS_ONLY) reaches TARGET with V still holding that value.  */
bool lw_cl_confirm_store (lw_cl_ctx *cx, int v, gimple *target,
			  bool others_only = false);

#endif
