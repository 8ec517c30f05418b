/* leakwatch-int.h: interfaces between the plugin's source files.  */

#ifndef LEAKWATCH_INT_H
#define LEAKWATCH_INT_H

#include "gcc-common.h"

#define LEAKWATCH_VERSION "0.1.0"

/* The named checks.  Each has its own diagnostic option, except
   unused-result, which reports under GCC's own -Wunused-result.  */
enum lw_check
{
  LW_THREAD_LEAK,
  LW_THREAD_ARG_LIFETIME,
  LW_CLEANUP_IN_LOOP,
  LW_CLEANUP_OVERWRITE,
  LW_CLEANUP_ESCAPE,
  LW_CLEANUP_HANDOFF,
  LW_CLEANUP_UNINIT,
  LW_UNUSED_RESULT,
  LW_N_CHECKS
};

/* A checker: runs on one function and reports its checks.  */
typedef void (*lw_checker_fn) (function *fun);

/* One row of the table in checks.c.  */
struct lw_check_info
{
  const char *name;    /* As in -Wname, without the -W.  */
  const char *summary; /* One line for the help text.  */
  bool on_by_default;
  const char *doc;   /* Its page in docs/ (installed with the docs).  */
  int gcc_option;    /* GCC's own option it reports under; 0: its own.  */
  lw_checker_fn run; /* The checker that finds it.  */
};

extern const struct lw_check_info lw_checks[LW_N_CHECKS];

/* options.c: the configuration made of the arguments and
   LEAKWATCH_OPTIONS.  */
struct lw_config
{
  bool disabled;		  /* 'disable' with no value.  */
  bool enabled[LW_N_CHECKS];	  /* After enable=/disable=.  */
  signed char error[LW_N_CHECKS]; /* 1 error=, 0 no-error=, -1 unset.  */
  bool help;
  bool version;
  bool check_probes;	   /* Report in configure probes too.  */
  int debug;		   /* Trace the analyses on stderr.  */
  bool plain_diagnostics;  /* Do not register options with GCC.  */
  int void_cast;	   /* enum lw_void_cast, from void-cast=.  */
  int cleanup_escape;	   /* cleanup-escape=LEVEL: 1 (default) or 2.  */
  const char **must_check; /* Function names from must-check=.  */
  unsigned n_must_check;
  const char **assert_fail; /* Function names from assert-fail=.  */
  unsigned n_assert_fail;
  const char *log_file;	   /* log=: the campaign log, or NULL.  */
  const char *gcc_version; /* The running GCC's basever.  */
};

/* What an explicit cast to void means to the unused-result check.  */
enum lw_void_cast
{
  LW_VOID_CAST_ALLOW,	/* A deliberate ignore: leakwatch is silent.  */
  LW_VOID_CAST_WARN,	/* Reported like any other ignore.  */
  LW_VOID_CAST_SILENCES /* Also silences GCC's own -Wunused-result.  */
};

extern struct lw_config lw_config;

/* Parse the plugin's arguments.  Returns false after reporting an
   error.  */
bool lw_parse_options (const char *plugin_name, int argc,
		       struct plugin_argument *argv);
void lw_print_help (const char *plugin_name);
const char *lw_shown (const char *s);
int lw_check_by_name (const char *name);

/* diag.c */
bool lw_diag_init (void);
void lw_diag_register_pragmas (void *gcc_data, void *user_data);
void lw_diag_define_guard (void *gcc_data, void *user_data);
bool lw_check_active (enum lw_check check);
bool lw_quiet_unit_p (void);
/* A finding is a warning and the notes that follow it: lw_warn opens
   a diagnostic group that its notes join, and the next lw_warn or
   lw_finding_end (the pass calls it after each checker) closes it.  */
bool lw_warn (enum lw_check check, location_t loc, const char *gmsgid, ...)
  ATTRIBUTE_GCC_DIAG (3, 4);
void lw_note (location_t loc, const char *gmsgid, ...)
  ATTRIBUTE_GCC_DIAG (2, 3);
void lw_finding_end (void);

/* The events of a finding's path ("thread created here", "taking the
   false branch", "returns here without joining"), attached to the
   warning by lw_warn_path.  */
struct lw_path;
lw_path *lw_path_new (tree fndecl);
/* GMSGID may use ARG once (%qD or %qE).  */
void lw_path_event (lw_path *path, location_t loc, const char *gmsgid,
		    tree arg);
void lw_path_free (lw_path *path);

/* A mechanical fix: wrap the source text at WHERE in BEFORE ... AFTER.  */
struct lw_fix
{
  location_t where;
  const char *before;
  const char *after;
};

/* The fix that hands the value of DECL, used at the end of the
   expression at USE_LOC ("x = DECL;"), to its new owner with the
   project's own steal macro (TAKE_PTR or g_steal_pointer, defined
   before FN).  False when there is no such macro or the source text
   is not exactly DECL there.  */
bool lw_fix_steal (location_t use_loc, tree decl, tree fn, lw_fix *fix);
/* Records what lw_fix_steal needs (PLUGIN_PRE_GENERICIZE).  */
void lw_diag_pre_genericize (void *gcc_data, void *user_data);

/* lw_warn with a fix-it hint (FIX may be NULL).  */
bool lw_warn_fix (enum lw_check check, location_t loc, const lw_fix *fix,
		  const char *gmsgid, ...) ATTRIBUTE_GCC_DIAG (4, 5);
/* lw_warn with PATH attached (NULL: none); frees PATH.  */
bool lw_warn_path (enum lw_check check, location_t loc, lw_path *path,
		   const char *gmsgid, ...) ATTRIBUTE_GCC_DIAG (4, 5);
void lw_debug (const char *fmt, ...) ATTRIBUTE_PRINTF_1;

/* log.c: the campaign log (log=FILE), one JSON line per finding,
   printed or not.  diag.c calls lw_log_warning as a warning starts
   (before deciding whether to print it), lw_log_note for each of its
   notes and lw_log_flush when the finding ends.  */
void lw_log_warning (enum lw_check check, location_t loc,
		     const lw_dc_path *path, const char *gmsgid, va_list *ap);
void lw_log_note (location_t loc, const char *gmsgid, va_list *ap);
void lw_log_flush (void);
/* A campaign log is being written (log=FILE, and it could be opened).  */
bool lw_log_on (void);
/* CHECK must run: it is active, or the log wants its silenced
   findings too (disable=CHECK, -Wno-CHECK).  */
bool lw_check_runs (enum lw_check check);

/* attribs.c: annotations from include/leakwatch.h.  */
void lw_register_attributes (void *gcc_data, void *user_data);

enum lw_api_role
{
  LW_API_NONE,
  LW_API_THREAD_CREATE,	 /* Argument N receives a new joinable thread.  */
  LW_API_THREAD_RELEASE, /* Argument N is joined, detached or cancelled.  */
  LW_API_MUST_CHECK	 /* The result must be checked.  */
};

/* If FNDECL has ROLE (by annotation), return true and set *ARGNO to the
   zero-based argument it applies to (0 for MUST_CHECK).  */
bool lw_api_annotated (tree fndecl, enum lw_api_role role, int *argno);

/* Parse a thread-api= value; false after an error.  */
bool lw_parse_thread_api (const char *where, const char *value);

/* The same, by annotation or by a thread-api= argument.  */
bool lw_api_role (tree fndecl, enum lw_api_role role, int *argno);

/* cleanup-takes.c: the functions that take ownership of an argument
   (the table of GLib and systemd functions, the leakwatch_takes and
   leakwatch_takes_if_positive annotations, takes=).  */
enum lw_takes_kind
{
  LW_TAKES_NO,
  LW_TAKES_ALWAYS,     /* On failure too.  */
  LW_TAKES_IF_POSITIVE /* Only when the call returns a value > 0.  */
};
enum lw_takes_kind lw_takes_arg_kind (tree fndecl, unsigned argno);
/* Parse a takes= value; false after an error.  */
bool lw_parse_takes (const char *where, const char *value);
/* options.c: NAME is a C identifier.  */
bool lw_identifier_p (const char *name);

/* FNDECL is the C library function NAME: not a C++ member or a
   namespaced function that happens to share the name.  */
bool lw_fn_is (tree fndecl, const char *name);

/* flow.c and facts.c: path walks shared by the checkers.  */

/* "OP CODE CST" is TRUTH on a path.  */
struct lw_fact
{
  tree op;
  enum tree_code code;
  tree cst;
  bool truth;
};

#define LW_MAX_FACTS 16
struct lw_facts
{
  unsigned n;
  lw_fact f[LW_MAX_FACTS];
};

/* Work allowed for all the walks of one function.  */
struct lw_budget
{
  long left;
};

enum lw_stop
{
  LW_STOP_NO,	 /* Go on.  */
  LW_STOP_PATH,	 /* This path ends here, fine (a release).  */
  LW_STOP_REPORT /* This path ends here, and the walk reports it.  */
};

/* Called for each statement on a path; returns an lw_stop.  */
typedef int (*lw_stop_fn) (gimple *stmt, void *data);

enum lw_walk_kind
{
  LW_WALK_NONE,	   /* Every path was stopped by LW_STOP_PATH.  */
  LW_WALK_EXIT,	   /* No LW_STOP_REPORT; some path reaches the exit.  */
  LW_WALK_STOPPED, /* A path hit LW_STOP_REPORT (preferred to the exit).  */
  LW_WALK_UNKNOWN  /* The budget ran out.  */
};

struct lw_walk_result
{
  enum lw_walk_kind kind;
  location_t exit_loc; /* Last place before the exit, for LW_WALK_EXIT.  */
  gimple *stopped_at;  /* For LW_WALK_STOPPED.  */
};

void lw_budget_init (lw_budget *b, function *fun);

/* CFG and SSA queries (flow.c).  */

/* Exception, abnormal and fake edges: no check follows them, so that
   results do not change with -fexceptions.  */
bool lw_ignored_edge_p (edge e);
/* E goes from inside a loop back to the loop's header.  */
bool lw_back_edge_p (edge e);
/* A reverse post-order of FUN's blocks reached from the entry (not the
   entry and exit blocks) into RPO, sized for n_basic_blocks_for_fn;
   returns how many.  Each natural loop's blocks follow its header
   together: the depth-first search takes the edges leaving a loop
   first, so they finish first and come after the body.  */
int lw_loop_rpo (function *fun, int *rpo);
/* How many copies lw_strip_copies follows back: a longer chain is
   taken as not a copy, which only makes the checks see less.  */
#define LW_COPY_CHAIN_MAX 8
/* NAME followed back through SSA copies and, with CASTS, conversions.  */
tree lw_strip_copies (tree name, bool casts);
/* The integer constant T is, through copies and one plain
   assignment, or NULL_TREE.  */
tree lw_constant_through_copies (tree t);

/* Facts on a path (facts.c).  */
void lw_facts_add (lw_facts *facts, tree op, enum tree_code code, tree cst,
		   bool truth);
void lw_facts_guarding (lw_facts *facts, gimple *stmt);
/* Forget what FACTS say of OP (its definition runs again).  */
void lw_facts_kill (lw_facts *facts, tree op);
/* Whether the memory references A and B are the same location, as
   facts compare them ("p->f" through two loads of "p").  */
bool lw_facts_same_location (tree a, tree b);
bool lw_facts_same_operand (tree a, tree b);
/* String facts (facts-strings.c): learn what taking 'LHS CODE RHS' as
   TRUTH says of the string a string predicate LHS was computed on, and
   decide 'OP CODE CST' of such a predicate from them (-1: not known).  */
void lw_facts_add_string_test (lw_facts *facts, tree lhs, enum tree_code code,
			       tree rhs, bool truth);
int lw_string_decide (const lw_facts &facts, tree op, enum tree_code code,
		      tree cst);
/* The store LHS = RHS runs: facts on the location LHS are replaced by
   the constant stored, if it is one.  */
void lw_facts_store (lw_facts *facts, tree lhs, tree rhs);
/* Add what taking edge E teaches (its condition, its PHI constants).  */
void lw_facts_take_edge (lw_facts *facts, edge e);
/* Whether FACTS allow a path to take E.  */
bool lw_edge_possible (const lw_facts &facts, edge e);
bool lw_facts_equal (const lw_facts &a, const lw_facts &b);
/* Walk the paths leaving START (see flow.c).  EXIT_IS_FINAL: the first
   path to the exit is the answer (no LW_STOP_REPORT can be preferred).
   PATH, if not NULL, receives the edges of the path reported (to the
   exit, or to the statement that stopped it).  */
lw_walk_result lw_walk_from (gimple *start, const lw_facts &start_facts,
			     lw_stop_fn stop, void *data, lw_budget *budget,
			     bool exit_is_final, vec<edge> *path);

/* Add to FINDING the branches that PATH takes (at most
   LW_PATH_MAX_BRANCHES, the last ones).  */
void lw_path_branches (lw_path *finding, const vec<edge> &path);

/* known-calls.c: what leakwatch knows of particular functions.  */

/* STMT is a call reporting a failed assertion (g_assertion_message*,
   __assert_fail, ..., assert-fail=): the path ends there.  */
bool lw_assert_fail_call_p (const gimple *stmt);
/* If NAME is set by 'g_strcmp0 (X, NULL)' or 'g_strcmp0 (NULL, X)'
   (through copies), X (an SSA name): NAME is 0 exactly when X is NULL.  */
tree lw_strcmp0_null_operand (tree name);
/* The cleanup handler FNDECL is defined here, cannot be replaced, and
   provably never reads through its pointer argument.  */
bool lw_cleanup_ignores_arg (tree fndecl);
/* The cleanup handler FNDECL is defined here, cannot be replaced, and
   frees or closes (on some path) the value its pointer argument points
   to: free (*p), g_free (*pp), close (*fd).  Not one that drops a
   reference or does what no summary tells.  */
bool lw_cleanup_frees_arg (tree fndecl);
/* The cleanup handler FNDECL is defined here and gives the value its
   argument points to to a function of this file that returns it on
   some path: it frees the object only when nothing refers to it any
   more (systemd-resolved's dns_transaction_gcp), so the value may be
   one that only was looked up.  */
bool lw_cleanup_collects (tree fndecl);
/* FNDECL's parameter ARGNO (from 0), or NULL_TREE.  */
tree lw_nth_parm (tree fndecl, unsigned argno);
/* STMT is a call returning a new object nobody else has (malloc-like:
   GCC's malloc attribute, or a result that aliases nothing).  */
bool lw_call_new_object_p (const gimple *stmt);
/* STMT, a call defining a pointer, returns the object its first
   argument points to, resized and perhaps moved (realloc, reallocarray,
   g_realloc).  */
bool lw_call_realloc_p (const gimple *stmt);
/* CALL's pointer result points into one of its arguments, or is NULL
   (strchr, strstr, memchr, g_strstr_len...): it owns nothing.  */
bool lw_call_returns_interior (const gcall *call);
/* FNDECL is defined here, cannot be replaced, and provably never reads
   through its pointer parameter ARGNO (zero-based).  */
bool lw_fn_ignores_pointee (tree fndecl, unsigned argno);
/* FNDECL is in namespace std (or one inline in it); *CLS gets the name
   of the class it is a member of, or NULL.  */
bool lw_std_fn_p (tree fndecl, const char **cls);
/* CALL blocks until another thread does something, or joins a thread:
   pthread_join, sem_wait, pthread_cond_wait, pthread_barrier_wait,
   read, an atomic load, std::condition_variable::wait, or a function
   whose name says it waits or joins (see known-calls.c).  */
bool lw_blocking_sync_call_p (gcall *call);
/* CALL takes a lock (pthread_mutex_lock, mtx_lock, std::lock_guard, or
   a function whose name has "lock" in it, not "unlock").  */
bool lw_lock_call_p (gcall *call);
/* CALL sleeps or yields (usleep, nanosleep, sched_yield,
   std::this_thread::sleep_for...): in a loop, it polls.  */
bool lw_sleep_call_p (gcall *call);
/* CALL cannot join a thread (ask lw_blocking_sync_call_p first):
   internal, const or pure calls, builtins, printf-like functions,
   std::, the rest of the POSIX and C11 thread APIs (pthread_equal,
   pthread_kill, pthread_detach...).  */
bool lw_cannot_join_p (gcall *call);
/* CALL writes where its first argument points (memset, memcpy, strcpy,
   sprintf...).  */
bool lw_writes_arg0_p (gcall *call);
/* FNDECL, defined here, calls a blocking synchronisation function (one
   level deep; a body too large counts as one that does).  */
bool lw_fn_blocks (tree fndecl);

/* What a function defined here reads from memory.  */
struct lw_field_reads
{
  hash_set<tree> fields; /* FIELD_DECLs loaded.  */
  hash_set<tree> types;	 /* Aggregates read whole (main variants).  */
  bool all;		 /* Too large to look at: anything.  */
};
/* NULL when FNDECL has no body here; the caller deletes the answer.  */
lw_field_reads *lw_fn_field_reads (tree fndecl);

/* locals.c: the automatic objects of a function.  */

/* A part of an automatic object: the variable or parameter, the
   reference ("x", "c.port", "ids[i_3]") and whether its place varies
   (an element at a variable index, an offset).  */
struct lw_local_ref
{
  tree base;
  tree ref;
  bool varying;
};

/* BASE is a named, non-volatile variable or parameter of FUN whose
   storage ends with its scope or FUN.  */
bool lw_auto_object_p (tree base, function *fun);
/* The automatic object the pointer value P holds the address of,
   through copies, pointer conversions, offsets and PHIs that agree.  */
bool lw_local_address (tree p, function *fun, lw_local_ref *out);
/* May the references A and B, to one object, overlap?  */
bool lw_refs_overlap (tree a, tree b);

/* Where an object's scope ends, after its clobber.  */
enum lw_scope_end
{
  LW_SCOPE_END_RETURN,	  /* FUN returns (LOC: the return).  */
  LW_SCOPE_END_HERE,	  /* At the clobber's own place (goto, break).  */
  LW_SCOPE_END_ITERATION, /* At the end of an iteration (LOC: the loop).  */
  LW_SCOPE_END_BEFORE	  /* Before the statement at LOC (maybe unknown).  */
};
/* For the clobber C that PATH reached.  */
enum lw_scope_end lw_scope_end_at (gimple *c, function *fun,
				   const vec<edge> &path, location_t *loc);

/* call-effects.c: what a call does to one of its arguments, from what
   GCC knows of the callee (builtins, attributes, fnspecs), a short table
   of C library functions, and the summaries of the functions of this
   file (summary.c).  */
enum lw_arg_effect
{
  /* Anything: it may be freed, kept or released (a hand-off).  */
  LW_ARG_UNKNOWN,
  /* Used during the call only: the value, and the memory it points to,
     may be read or written, but the value is neither freed, closed,
     released nor kept.  Says nothing of the pointers stored in that
     memory.  */
  LW_ARG_READS,
  /* Freed or closed (on some path).  */
  LW_ARG_FREES,
  /* Stored where it outlives the call (a global, memory reached from
     another parameter), or returned.  */
  LW_ARG_KEEPS,
  /* A thread handle joined, detached or cancelled (on some path).  */
  LW_ARG_RELEASES,
  /* The address of a variable that may receive a new owned object
     (asprintf (&p, ...)), its old value being neither read nor freed.  */
  LW_ARG_ALLOCATES_INTO,
  LW_N_ARG_EFFECTS
};

/* What CALL does to its argument ARGNO (zero-based).  */
enum lw_arg_effect lw_call_arg_effect (gcall *call, unsigned argno);
/* VALUE is an argument of CALL, and each argument that is VALUE is
   LW_ARG_READS.  */
bool lw_call_only_reads (gcall *call, tree value);
const char *lw_arg_effect_name (enum lw_arg_effect effect);
/* CALL formats its arguments and keeps none: a printf-like function
   (a 'format' attribute on the function or its type).  */
bool lw_call_formats_p (gcall *call);
/* CALL allocates into one of its arguments (LW_ARG_ALLOCATES_INTO) and
   tells by its result that it did: the result is *CODE (GE_EXPR,
   EQ_EXPR or NE_EXPR) 0 exactly on the paths where the new object was
   stored ('asprintf (...) >= 0').  */
bool lw_call_alloc_success (gcall *call, enum tree_code *code);

/* summary-slots.c: the local aggregates a summary follows values
   through.  */
struct lw_slots;
lw_slots *lw_slots_find (function *fun);
/* The slot STMT stores into, or -1.  */
int lw_slots_store (lw_slots *s, tree fndecl, gimple *stmt);
/* Add MASK to SLOT's: if it grew, the SSA names loaded from it, and
   the whole mask in *ALL; else NULL.  */
const vec<tree> *lw_slots_add (lw_slots *s, int slot, unsigned mask,
			       unsigned *all);
void lw_slots_free (lw_slots *s);

/* summary.c: the same-file summaries.  */

/* Compute what FUN, the function the pass runs on, does with each of
   its pointer and integer parameters, for the calls to it that the
   pass sees later in this unit (callees come first, see summary.c).  */
void lw_summarize_function (function *fun);
/* If CALL reaches a function of this file whose summary is known and
   cannot be replaced, set *EFFECT for its argument ARGNO.  */
bool lw_summary_effect (gcall *call, unsigned argno,
			enum lw_arg_effect *effect);
/* The same, for CALL to a function of this file that allocates into
   one parameter (lw_call_alloc_success).  */
bool lw_summary_alloc_success (gcall *call, enum tree_code *code);
/* alloc-success.c: for FUN, which stores new objects through one
   parameter at STORES, the comparison (GE_EXPR, EQ_EXPR or NE_EXPR)
   with 0 that its result satisfies exactly on the paths where it stored
   one; ERROR_MARK if none is known.  */
enum tree_code lw_alloc_success_relation (function *fun,
					  const vec<gimple *> &stores);
/* Forget every summary (PLUGIN_FINISH_UNIT).  */
void lw_summaries_release (void *gcc_data, void *user_data);

/* pass.c */
void lw_register_pass (const char *plugin_name);

/* Checkers: one entry point each, run by pass.c on each function with
   a body.  Each skips a function whose IR it does not understand.  */
void lw_check_thread_leak (function *fun);
void lw_check_thread_arg (function *fun);
void lw_check_cleanup (function *fun);
void lw_check_unused_result (function *fun);

/* check-unused-result.c: records casts to void before genericization
   (a PLUGIN_PRE_GENERICIZE callback).  */
void lw_unused_result_pre_genericize (void *gcc_data, void *user_data);

#endif /* LEAKWATCH_INT_H */
