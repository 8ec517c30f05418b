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
  LW_CLEANUP_IN_LOOP,
  LW_CLEANUP_OVERWRITE,
  LW_CLEANUP_ESCAPE,
  LW_CLEANUP_UNINIT,
  LW_UNUSED_RESULT,
  LW_N_CHECKS
};

struct lw_check_info
{
  const char *name;    /* As in -Wname, without the -W.  */
  const char *summary; /* One line for the help text.  */
  bool on_by_default;
  bool implemented;
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
  bool check_probes; /* Report in configure probes too.  */
  int debug;	     /* Trace the analyses on stderr.  */
};

extern struct lw_config lw_config;

/* Parse the plugin's arguments.  Returns false after reporting an
   error.  */
bool lw_parse_options (const char *plugin_name, int argc,
		       struct plugin_argument *argv);
void lw_print_help (const char *plugin_name);
int lw_check_by_name (const char *name);

/* diag.c */
bool lw_diag_init (void);
void lw_diag_register_pragmas (void *gcc_data, void *user_data);
bool lw_check_active (enum lw_check check);
bool lw_quiet_unit_p (void);
bool lw_warn (enum lw_check check, location_t loc, const char *gmsgid, ...)
  ATTRIBUTE_GCC_DIAG (3, 4);
void lw_note (location_t loc, const char *gmsgid, ...)
  ATTRIBUTE_GCC_DIAG (2, 3);
void lw_debug (const char *fmt, ...) ATTRIBUTE_PRINTF_1;

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

/* pass.c */
void lw_register_pass (const char *plugin_name);

/* Checkers: one entry point each, run by pass.c on each function with
   a body.  Each skips a function whose IR it does not understand.  */
void lw_check_thread_leak (function *fun);
void lw_check_cleanup (function *fun);
void lw_check_unused_result (function *fun);

#endif /* LEAKWATCH_INT_H */
