/* gcc-common.h: the one place that knows GCC versions.

   Every '#if' on GCCPLUGIN_VERSION lives here, so the checkers are
   written once against the small API below.  Supported: GCC 11 to 14.  */

#ifndef LEAKWATCH_GCC_COMMON_H
#define LEAKWATCH_GCC_COMMON_H

#include "gcc-plugin.h"
#include "plugin-version.h"

#if GCCPLUGIN_VERSION_MAJOR < 11 || GCCPLUGIN_VERSION_MAJOR > 14
#error "leakwatch supports GCC 11 to 14"
#endif

#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cfg.h"
#include "cfgloop.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-ssa.h"
#include "ssa.h"
#include "tree-ssa-operands.h"
#include "stringpool.h"
#include "attribs.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "opts.h"
#include "opts-diagnostic.h"
#include "options.h"
#include "langhooks.h"
#include "cgraph.h"
#include "tree-cfg.h"
#include "intl.h"
#include "cpplib.h"
#include "plugin.h"

/* C-family entry points.  The same .so is loaded by lto1 and by other
   front ends (f951, gnat1, ...), which lack them; weak references let it
   load there, where the plugin stays inert and never calls them.  Any
   new use of a c-family symbol belongs in this list.  */
extern void c_register_pragma (const char *, const char *, pragma_handler_1arg)
  __attribute__ ((weak));
extern enum cpp_ttype pragma_lex (tree *, location_t *) __attribute__ ((weak));
extern cpp_reader *parse_in __attribute__ ((weak));

static inline bool
lw_have_c_family (void)
{
  return c_register_pragma != NULL && pragma_lex != NULL && &parse_in != NULL;
}

/* Diagnostic option table.

   leakwatch's checks are real diagnostic options of GCC's diagnostic
   context, with indices past GCC's own N_OPTS.  Then GCC itself prints
   "[-Wthread-leak]", promotes them under -Werror, scopes pragma changes
   with "#pragma GCC diagnostic push/pop" and fills the JSON "option"
   field.  This needs the classification array to be grown and the
   option hooks to be wrapped; GCC 14 made those fields private.  */

#if GCCPLUGIN_VERSION_MAJOR >= 14

/* Access to private members through explicit template instantiation,
   which the C++ standard exempts from access checking.  Confined to
   this header; the layout is tied to the GCC major we are built for.  */
template <typename Tag, typename Tag::type M> struct lw_private_access
{
  friend typename Tag::type lw_get (Tag) { return M; }
};

struct lw_tag_classifier
{
  typedef diagnostic_option_classifier diagnostic_context::*type;
  friend type lw_get (lw_tag_classifier);
};
template struct lw_private_access<lw_tag_classifier,
				  &diagnostic_context::m_option_classifier>;

struct lw_tag_ctx_nopts
{
  typedef int diagnostic_context::*type;
  friend type lw_get (lw_tag_ctx_nopts);
};
template struct lw_private_access<lw_tag_ctx_nopts,
				  &diagnostic_context::m_n_opts>;

struct lw_tag_cls_nopts
{
  typedef int diagnostic_option_classifier::*type;
  friend type lw_get (lw_tag_cls_nopts);
};
template struct lw_private_access<lw_tag_cls_nopts,
				  &diagnostic_option_classifier::m_n_opts>;

struct lw_tag_cls_array
{
  typedef diagnostic_t *diagnostic_option_classifier::*type;
  friend type lw_get (lw_tag_cls_array);
};
template struct lw_private_access<
  lw_tag_cls_array, &diagnostic_option_classifier::m_classify_diagnostic>;

#define LW_DC_CONST const
#define LW_URL_EXTRA_PARAM , unsigned lang_mask
#define LW_URL_EXTRA_ARG , lang_mask

/* Number of option indices GCC's diagnostic context knows.  */
static inline int
lw_dc_n_opts (void)
{
  return global_dc->*lw_get (lw_tag_ctx_nopts ());
}

/* Grow the context's option tables by N entries, all unclassified.
   Returns the first new index.  */
static inline int
lw_dc_grow_options (int n)
{
  diagnostic_option_classifier &cls
    = global_dc->*lw_get (lw_tag_classifier ());
  int &cls_n = cls.*lw_get (lw_tag_cls_nopts ());
  diagnostic_t *&arr = cls.*lw_get (lw_tag_cls_array ());
  int first = cls_n;
  arr = XRESIZEVEC (diagnostic_t, arr, first + n);
  for (int i = first; i < first + n; i++)
    arr[i] = DK_UNSPECIFIED;
  cls_n = first + n;
  global_dc->*lw_get (lw_tag_ctx_nopts ()) = first + n;
  return first;
}

typedef int (*lw_enabled_fn) (int, unsigned, void *);
typedef char *(*lw_name_fn) (const diagnostic_context *, int, diagnostic_t,
			     diagnostic_t);
typedef char *(*lw_url_fn) (const diagnostic_context *, int, unsigned);

/* GCC 14 sets these hooks from toplev.cc with exactly these functions
   (there is no getter); we wrap them.  */
static inline void
lw_dc_set_option_hooks (lw_enabled_fn en, lw_name_fn nm, lw_url_fn url,
			lw_enabled_fn *old_en, lw_name_fn *old_nm,
			lw_url_fn *old_url)
{
  *old_en = option_enabled;
  *old_nm = option_name;
  *old_url = get_option_url;
  global_dc->set_option_hooks (en, &global_options, nm, url,
			       global_dc->get_lang_mask ());
}

static inline bool
lw_dc_warning_as_error (void)
{
  return global_dc->warning_as_error_requested_p ();
}

#else /* GCC 11 to 13 */

#define LW_DC_CONST
#define LW_URL_EXTRA_PARAM
#define LW_URL_EXTRA_ARG

static inline int
lw_dc_n_opts (void)
{
  return global_dc->n_opts;
}

static inline int
lw_dc_grow_options (int n)
{
  int first = global_dc->n_opts;
  global_dc->classify_diagnostic
    = XRESIZEVEC (diagnostic_t, global_dc->classify_diagnostic, first + n);
  for (int i = first; i < first + n; i++)
    global_dc->classify_diagnostic[i] = DK_UNSPECIFIED;
  global_dc->n_opts = first + n;
  return first;
}

typedef int (*lw_enabled_fn) (int, unsigned, void *);
typedef char *(*lw_name_fn) (diagnostic_context *, int, diagnostic_t,
			     diagnostic_t);
typedef char *(*lw_url_fn) (diagnostic_context *, int);

static inline void
lw_dc_set_option_hooks (lw_enabled_fn en, lw_name_fn nm, lw_url_fn url,
			lw_enabled_fn *old_en, lw_name_fn *old_nm,
			lw_url_fn *old_url)
{
  *old_en = global_dc->option_enabled;
  *old_nm = global_dc->option_name;
  *old_url = global_dc->get_option_url;
  global_dc->option_enabled = en;
  global_dc->option_name = nm;
  global_dc->get_option_url = url;
}

static inline bool
lw_dc_warning_as_error (void)
{
  return global_dc->warning_as_error_requested;
}

#endif

/* Loops.  GCC 12 replaced FOR_EACH_LOOP with the loops_list range.  */
#if GCCPLUGIN_VERSION_MAJOR >= 12
#define LW_FOR_EACH_LOOP(L) for (class loop * L : loops_list (cfun, 0))
#else
#define LW_FOR_EACH_LOOP(L)                                                   \
  class loop *L;                                                              \
  FOR_EACH_LOOP (L, 0)
#endif

/* The last statement of BB other than debug statements, or NULL
   (GCC 14 removed last_stmt).  */
static inline gimple *
lw_last_stmt (basic_block bb)
{
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
  return gsi_end_p (gsi) ? NULL : gsi_stmt (gsi);
}

/* The version this plugin was built for (plugin-version.h defines it
   static in every file that includes it).  */
static inline const struct plugin_gcc_version *
lw_built_gcc_version (void)
{
  return &gcc_version;
}

/* Gone in GCC 14: use lw_last_stmt.  Poisoned so that a build with any
   GCC catches a use.  */
#pragma GCC poison last_stmt

#endif /* LEAKWATCH_GCC_COMMON_H */
