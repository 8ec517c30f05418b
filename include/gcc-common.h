/* gcc-common.h: the one place that knows GCC versions.

   Every '#if' on GCCPLUGIN_VERSION lives here, so the checkers are
   written once against the small API below.  Supported: GCC 11 to 16.

   Adapters, one per GCC generation, for the same small API:
     GCC 11-13  the diagnostic context's public fields and hooks;
     GCC 14     set_option_hooks, private fields read in one place;
     GCC 15     the public diagnostic_option_manager;
     GCC 16     the same, renamed into the diagnostics:: namespace.  */

#ifndef LEAKWATCH_GCC_COMMON_H
#define LEAKWATCH_GCC_COMMON_H

/* GCC's headers use <vector> and <memory> only when asked (GCC 16
   needs both), as GCC's own sources do.  */
#define INCLUDE_VECTOR
#define INCLUDE_MEMORY
#include "gcc-plugin.h"
#include "plugin-version.h"

#if GCCPLUGIN_VERSION_MAJOR < 11 || GCCPLUGIN_VERSION_MAJOR > 16
#error "leakwatch supports GCC 11 to 16"
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
#include "toplev.h"
#include "gcc-rich-location.h"
#if GCCPLUGIN_VERSION_MAJOR >= 15
#include "simple-diagnostic-path.h"
#else
#include "diagnostic-path.h"
#endif
#if GCCPLUGIN_VERSION_MAJOR >= 16
#include "tree-logical-location.h"
#include "diagnostics/file-cache.h"
#endif

/* The plugin is built with -fvisibility=hidden: GCC loads plugins with
   RTLD_GLOBAL, so any other symbol would be interposed by a plugin
   loaded earlier that defines the same name.  Only what GCC looks up
   is exported.  */
#define LW_EXPORT __attribute__ ((visibility ("default")))

/* C-family entry points.  The same .so is loaded by lto1 and by other
   front ends (f951, gnat1, ...), which lack them; weak references let it
   load there, where the plugin stays inert and never calls them.  Any
   new use of a c-family symbol belongs in this list.  */
extern void c_register_pragma (const char *, const char *, pragma_handler_1arg)
  __attribute__ ((weak));
extern enum cpp_ttype pragma_lex (tree *, location_t *) __attribute__ ((weak));
extern cpp_reader *parse_in __attribute__ ((weak));
extern cpp_hashnode *cpp_lookup (cpp_reader *, const unsigned char *,
				 unsigned int) __attribute__ ((weak));

static inline bool
lw_have_c_family (void)
{
  return c_register_pragma != NULL && pragma_lex != NULL && &parse_in != NULL;
}

/* Diagnostics.

   leakwatch's checks are real diagnostic options of GCC's diagnostic
   context, with indices past GCC's own: then GCC itself prints
   "[-Wthread-leak]", promotes them under -Werror, scopes pragma changes
   with "#pragma GCC diagnostic push/pop" and names them in JSON and
   SARIF output.  That needs two things no GCC offers as public API:
   a larger option-classification array, and option names for the new
   indices.  The names go through GCC's public hooks (11-14) or option
   manager (15, 16), chained to whatever was installed before, so that
   several plugins doing this keep each other's names.  The array is
   replaced by a larger copy; GCC's own array is never freed or
   reallocated.  Everything that touches private members is in
   lw_dc_private_*; at load it checks what it reads and, if anything
   looks unexpected, changes nothing and reports failure, and the
   plugin falls back to plain warnings.  */

enum lw_kind
{
  LW_KIND_IGNORED,
  LW_KIND_WARNING,
  LW_KIND_ERROR,
  LW_KIND_NOTE
};

/* The name (without "-W") of the client's option OPT, counted from 0,
   and whether it is enabled.  */
typedef const char *(*lw_opt_name_fn) (int opt);
typedef bool (*lw_opt_enabled_fn) (int opt);

#if GCCPLUGIN_VERSION_MAJOR >= 16
typedef diagnostics::context lw_dc_t;
typedef enum diagnostics::kind lw_dk_t;
typedef diagnostics::option_id lw_optid_t;
typedef diagnostics::option_classifier lw_classifier_t;
typedef diagnostics::option_id_manager lw_mgr_base_t;
typedef compiler_diagnostic_option_id_manager lw_compiler_mgr_t;
typedef simple_diagnostic_path::event_id_t lw_event_id_t;
#define LW_DK_UNSPECIFIED diagnostics::kind::unspecified
#define LW_DK_IGNORED diagnostics::kind::ignored
#define LW_DK_WARNING diagnostics::kind::warning
#define LW_DK_PEDWARN diagnostics::kind::pedwarn
#define LW_DK_ERROR diagnostics::kind::error
#define LW_DK_NOTE diagnostics::kind::note
#define LW_OPT_IDX(id) ((id).m_idx)
#else
typedef diagnostic_context lw_dc_t;
typedef diagnostic_t lw_dk_t;
#define LW_DK_UNSPECIFIED DK_UNSPECIFIED
#define LW_DK_IGNORED DK_IGNORED
#define LW_DK_WARNING DK_WARNING
#define LW_DK_PEDWARN DK_PEDWARN
#define LW_DK_ERROR DK_ERROR
#define LW_DK_NOTE DK_NOTE
#if GCCPLUGIN_VERSION_MAJOR == 15
typedef diagnostic_option_id lw_optid_t;
typedef diagnostic_option_classifier lw_classifier_t;
typedef diagnostic_option_manager lw_mgr_base_t;
typedef compiler_diagnostic_option_manager lw_compiler_mgr_t;
#define LW_OPT_IDX(id) ((id).m_idx)
#elif GCCPLUGIN_VERSION_MAJOR == 14
typedef diagnostic_option_classifier lw_classifier_t;
#endif
#endif

static inline lw_dk_t
lw_dk (enum lw_kind k)
{
  switch (k)
    {
    case LW_KIND_IGNORED:
      return LW_DK_IGNORED;
    case LW_KIND_ERROR:
      return LW_DK_ERROR;
    case LW_KIND_NOTE:
      return LW_DK_NOTE;
    default:
      return LW_DK_WARNING;
    }
}

/* Register N new diagnostic options named by NAME and enabled by
   ENABLED.  Returns the index of the first, or 0 after setting *WHY
   when GCC's diagnostic context is not what this plugin was checked
   against: then nothing of GCC's was changed.  */
int lw_dc_add_options (int n, lw_opt_name_fn name, lw_opt_enabled_fn enabled,
		       const char **why);

/* OPT's classification from LOC on (a pragma) or for the whole unit
   (UNKNOWN_LOCATION), as -Werror=, -Wno-error= and pragmas do.  */
static inline void
lw_dc_classify (int opt, enum lw_kind kind, location_t loc)
{
  diagnostic_classify_diagnostic (global_dc, opt, lw_dk (kind), loc);
}

static inline bool
lw_dc_warning_as_error (void)
{
#if GCCPLUGIN_VERSION_MAJOR >= 14
  return global_dc->warning_as_error_requested_p ();
#else
  return global_dc->warning_as_error_requested;
#endif
}

/* Report a diagnostic of KIND at RICHLOC under option OPT (0: none).
   The caller holds an auto_diagnostic_group (GCC 15 and 16 require
   one; a warning and its notes share it).  */
static inline bool
lw_dc_emit (enum lw_kind kind, rich_location *richloc, int opt,
	    const char *gmsgid, va_list *ap)
{
#if GCCPLUGIN_VERSION_MAJOR >= 14
  return emit_diagnostic_valist_meta (lw_dk (kind), richloc, NULL, opt, gmsgid,
				      ap);
#else
  diagnostic_info diagnostic;
  diagnostic_set_info (&diagnostic, gmsgid, ap, richloc, lw_dk (kind));
  if (kind == LW_KIND_WARNING)
    diagnostic.option_index = opt;
  return diagnostic_report_diagnostic (global_dc, &diagnostic);
#endif
}

/* A diagnostic path: the events that lead to a finding, printed like
   the analyzer's (-fdiagnostics-path-format=) and written as SARIF
   codeFlows.  Intraprocedural: every event is in FNDECL.  */
static inline pretty_printer *
lw_dc_printer (void)
{
#if GCCPLUGIN_VERSION_MAJOR >= 15
  return global_dc->get_reference_printer ();
#else
  return global_dc->printer;
#endif
}

struct lw_dc_path
{
#if GCCPLUGIN_VERSION_MAJOR >= 16
  tree_logical_location_manager logical_locs;
#endif
  simple_diagnostic_path path;
  lw_dc_path ()
#if GCCPLUGIN_VERSION_MAJOR >= 16
      : path (logical_locs, lw_dc_printer ())
#else
      : path (lw_dc_printer ())
#endif
  {
  }
};

/* Add an event at LOC in FNDECL; GMSGID may use ARG once (%qD, %qE).
   The printer formats the text: the prefix the last diagnostic left on
   it ("file:line: note: ") must not become part of the event.  */
static inline void
lw_dc_path_add (lw_dc_path *p, location_t loc, tree fndecl, const char *gmsgid,
		tree arg)
{
  pretty_printer *pp = lw_dc_printer ();
  char *prefix = pp_take_prefix (pp);
  p->path.add_event (loc, fndecl, 0, gmsgid, arg);
  pp_set_prefix (pp, prefix);
}

static inline unsigned
lw_dc_path_length (const lw_dc_path *p)
{
  return p->path.num_events ();
}

static inline void
lw_dc_path_attach (rich_location *richloc, lw_dc_path *p)
{
  richloc->set_path (&p->path);
}

#if GCCPLUGIN_VERSION_MAJOR >= 16
typedef diagnostics::char_span lw_char_span;
#else
typedef char_span lw_char_span;
#endif

/* The text of line LINE of FILE, as the diagnostics see it.  */
static inline lw_char_span
lw_source_line (const char *file, int line)
{
#if GCCPLUGIN_VERSION_MAJOR >= 14
  return global_dc->get_file_cache ().get_source_line (file, line);
#else
  return location_get_source_line (file, line);
#endif
}

/* Does STMT end the storage of the variable it clobbers (the end of
   its scope, "x ={v} {CLOBBER(eol)}")?  GCC 11 has one kind of clobber;
   12 and 13 mark the end of a scope CLOBBER_EOL; 14 and later
   CLOBBER_STORAGE_END, next to the beginning and end of an object's
   life (CLOBBER(bob), CLOBBER(eob)), which do not end its storage.  */
static inline bool
lw_clobber_ends_storage_p (const gimple *stmt)
{
#if GCCPLUGIN_VERSION_MAJOR >= 14
  return gimple_clobber_p (stmt, CLOBBER_STORAGE_END);
#elif GCCPLUGIN_VERSION_MAJOR >= 12
  return gimple_clobber_p (stmt, CLOBBER_EOL);
#else
  return gimple_clobber_p (stmt);
#endif
}

/* The description of event I of PATH (a copy, to free).  */
static inline char *
lw_dc_path_event_desc (const lw_dc_path *path, int i)
{
  const simple_diagnostic_path &p = path->path;
#if GCCPLUGIN_VERSION_MAJOR >= 15
  pretty_printer pp;
  p.get_event (i).print_desc (pp);
  return xstrdup (pp_formatted_text (&pp));
#elif GCCPLUGIN_VERSION_MAJOR >= 13
  label_text d = p.get_event (i).get_desc (false);
  return xstrdup (d.get () ? d.get () : "");
#else
  label_text d = p.get_event (i).get_desc (false);
  char *s = xstrdup (d.m_buffer ? d.m_buffer : "");
  d.maybe_free ();
  return s;
#endif
}

/* GMSGID with the arguments AP (not consumed), formatted as GCC
   formats a diagnostic's text, front-end codes (%qD, %qE, %qT)
   included, without colour.  Returns a copy to free.  */
static inline char *
lw_dc_format (location_t loc, const char *gmsgid, va_list *ap)
{
  pretty_printer *pp = lw_dc_printer ();
  char *prefix = pp_take_prefix (pp);
  bool color = pp_show_color (pp);
  pp_show_color (pp) = false;
  pp_clear_output_area (pp);
  rich_location richloc (line_table, loc);
  va_list aq;
  va_copy (aq, *ap);
#if GCCPLUGIN_VERSION_MAJOR >= 14
  text_info ti (_ (gmsgid), &aq, 0, NULL, &richloc);
#else
  text_info ti;
  ti.format_spec = _ (gmsgid);
  ti.args_ptr = &aq;
  ti.err_no = 0;
  ti.x_data = NULL;
  ti.m_richloc = &richloc;
#endif
  pp_format (pp, &ti);
  pp_output_formatted_text (pp);
  va_end (aq);
  char *s = xstrdup (pp_formatted_text (pp));
  pp_clear_output_area (pp);
  pp_show_color (pp) = color;
  pp_set_prefix (pp, prefix);
  return s;
}

/* Did the command line say -Wno-NAME?  GCC accepts an unknown -Wno-
   option silently (it keeps it, and names it only if some diagnostic
   is printed), so a plugin can honour it; -Werror=NAME and -WNAME are
   rejected before any plugin loads.  */
static inline bool
lw_cmdline_disables (const char *name)
{
  for (unsigned i = 0; i < save_decoded_options_count; i++)
    {
      const cl_decoded_option &o = save_decoded_options[i];
      const char *text = o.orig_option_with_args_text;
      if (o.opt_index == OPT_SPECIAL_unknown && text
	  && strncmp (text, "-Wno-", 5) == 0 && strcmp (text + 5, name) == 0)
	return true;
    }
  return false;
}

#ifdef LW_GCC_COMMON_IMPL
/* The implementation, compiled into exactly one file of a plugin
   (plugin/gcc-common.c).  State is per plugin: each .so has its own.  */

static struct
{
  int first, n;
  lw_opt_name_fn name;
  lw_opt_enabled_fn enabled;
} lw_dc_opts;

static bool
lw_dc_owns (int opt)
{
  return lw_dc_opts.n > 0 && opt >= lw_dc_opts.first
	 && opt < lw_dc_opts.first + lw_dc_opts.n;
}

/* "-Wname", or "-Werror=name" for a warning turned into an error.  */
static char *
lw_dc_own_name (int opt, lw_dk_t orig, lw_dk_t kind)
{
  const char *name = lw_dc_opts.name (opt - lw_dc_opts.first);
  if ((orig == LW_DK_WARNING || orig == LW_DK_PEDWARN) && kind == LW_DK_ERROR)
    return concat ("-Werror=", name, NULL);
  return concat ("-W", name, NULL);
}

/* Replace the classification array *ARR of *N entries by a copy with
   ADD more, unclassified.  GCC's array is left as it is (not freed:
   it is GCC's); GCC frees the copy, made with the same allocator, at
   the end of the compilation.  Returns the first new index.  */
static int
lw_dc_grow_array (lw_dk_t **arr, int *n, int add)
{
  int first = *n;
  lw_dk_t *copy = XNEWVEC (lw_dk_t, first + add);
  memcpy (copy, *arr, first * sizeof (lw_dk_t));
  for (int i = first; i < first + add; i++)
    copy[i] = LW_DK_UNSPECIFIED;
  *arr = copy;
  *n = first + add;
  return first;
}

#if GCCPLUGIN_VERSION_MAJOR >= 14
/* Access to private members through explicit template instantiation,
   which the C++ standard exempts from access checking.  Used only by
   lw_dc_check_names, lw_dc_private_grow and lw_dc_install_names;
   checked against the layouts of GCC 14.4, 15.3 and 16.2 (the
   classifier also against 14.2).  A layout that differs fails the
   checks in the first two, and nothing of GCC's is changed.  */
template <typename Tag, typename Tag::type M> struct lw_private_access
{
  friend typename Tag::type lw_get (Tag) { return M; }
};

struct lw_tag_classifier
{
  typedef lw_classifier_t lw_dc_t::*type;
  friend type lw_get (lw_tag_classifier);
};
template struct lw_private_access<lw_tag_classifier,
				  &lw_dc_t::m_option_classifier>;

struct lw_tag_ctx_nopts
{
  typedef int lw_dc_t::*type;
  friend type lw_get (lw_tag_ctx_nopts);
};
template struct lw_private_access<lw_tag_ctx_nopts, &lw_dc_t::m_n_opts>;

struct lw_tag_cls_nopts
{
  typedef int lw_classifier_t::*type;
  friend type lw_get (lw_tag_cls_nopts);
};
template struct lw_private_access<lw_tag_cls_nopts,
				  &lw_classifier_t::m_n_opts>;

struct lw_tag_cls_array
{
  typedef lw_dk_t *lw_classifier_t::*type;
  friend type lw_get (lw_tag_cls_array);
};
template struct lw_private_access<lw_tag_cls_array,
				  &lw_classifier_t::m_classify_diagnostic>;

#if GCCPLUGIN_VERSION_MAJOR == 14
/* The hooks' struct has no name: its type is deduced.  */
struct lw_tag_callbacks
{
  friend auto lw_get (lw_tag_callbacks);
};
template <typename T, T M> struct lw_private_access_auto
{
  friend auto lw_get (lw_tag_callbacks) { return M; }
};
template struct lw_private_access_auto<decltype (&lw_dc_t::m_option_callbacks),
				       &lw_dc_t::m_option_callbacks>;
#else
struct lw_tag_manager
{
  typedef lw_mgr_base_t *lw_dc_t::*type;
  friend type lw_get (lw_tag_manager);
};
#if GCCPLUGIN_VERSION_MAJOR >= 16
template struct lw_private_access<lw_tag_manager, &lw_dc_t::m_option_id_mgr>;
#else
template struct lw_private_access<lw_tag_manager, &lw_dc_t::m_option_mgr>;
#endif
#endif

/* Grow the classifier by N, after checking that the context's and the
   classifier's sizes agree and cover at least GCC's own options.  */
static int
lw_dc_private_grow (int n, const char **why)
{
  lw_classifier_t &cls = global_dc->*lw_get (lw_tag_classifier ());
  int &ctx_n = global_dc->*lw_get (lw_tag_ctx_nopts ());
  int &cls_n = cls.*lw_get (lw_tag_cls_nopts ());
  lw_dk_t *&arr = cls.*lw_get (lw_tag_cls_array ());
  if (ctx_n != cls_n || cls_n < (int) cl_options_count || !arr)
    {
      *why = "its option classification table is not laid out as expected";
      return 0;
    }
  int first = lw_dc_grow_array (&arr, &cls_n, n);
  ctx_n = cls_n;
  return first;
}
#endif

#if GCCPLUGIN_VERSION_MAJOR >= 15
/* GCC 15 and 16: an option manager that answers for this plugin's
   options and hands every other question to the manager it replaced
   (GCC's own, or another plugin's), which it owns from then on.  */
class lw_option_manager : public lw_mgr_base_t
{
public:
  lw_option_manager (lw_mgr_base_t *prev) : m_prev (prev) {}
  ~lw_option_manager () { delete m_prev; }

  int option_enabled_p (lw_optid_t id) const final override
  {
    if (lw_dc_owns (LW_OPT_IDX (id)))
      return lw_dc_opts.enabled (LW_OPT_IDX (id) - lw_dc_opts.first);
    return m_prev->option_enabled_p (id);
  }
  char *make_option_name (lw_optid_t id, lw_dk_t orig,
			  lw_dk_t kind) const final override
  {
    if (lw_dc_owns (LW_OPT_IDX (id)))
      return lw_dc_own_name (LW_OPT_IDX (id), orig, kind);
    return m_prev->make_option_name (id, orig, kind);
  }
  char *make_option_url (lw_optid_t id) const final override
  {
    if (lw_dc_owns (LW_OPT_IDX (id)))
      return NULL;
    return m_prev->make_option_url (id);
  }

private:
  lw_mgr_base_t *m_prev;
};

/* Is the manager slot the one GCC's public make_option_name reads?
   With the slot emptied, that must answer NULL.  */
static bool
lw_dc_check_names (const char **why)
{
  lw_mgr_base_t *&slot = global_dc->*lw_get (lw_tag_manager ());
  lw_mgr_base_t *prev = slot;
  slot = NULL;
  char *probe = global_dc->make_option_name (OPT_Wunused_result, LW_DK_WARNING,
					     LW_DK_WARNING);
  slot = prev;
  if (probe)
    {
      free (probe);
      *why = "its option manager is not where expected";
      return false;
    }
  return true;
}

static bool
lw_dc_install_names (const char **)
{
  lw_mgr_base_t *&slot = global_dc->*lw_get (lw_tag_manager ());
  lw_mgr_base_t *prev = slot;
  unsigned lang_mask = global_dc->get_lang_mask ();
  if (!prev)
    prev = new lw_compiler_mgr_t (*global_dc, lang_mask, &global_options);
  /* Take PREV out of the context so that installing ours does not
     delete it: ours owns it now.  */
  slot = NULL;
#if GCCPLUGIN_VERSION_MAJOR >= 16
  global_dc->set_option_id_manager (std::unique_ptr<lw_mgr_base_t> (
				      new lw_option_manager (prev)),
				    lang_mask);
#else
  global_dc->set_option_manager (std::unique_ptr<lw_mgr_base_t> (
				   new lw_option_manager (prev)),
				 lang_mask);
#endif
  return true;
}

#else
/* GCC 11 to 14: option hooks, chained to the ones installed before:
   fields of the context on 11 to 13, set_option_hooks on 14 (whose
   fields are private).  The hooks differ only in their types.  */
#if GCCPLUGIN_VERSION_MAJOR == 14
typedef diagnostic_option_enabled_cb lw_enabled_cb;
typedef diagnostic_make_option_name_cb lw_name_cb;
typedef diagnostic_make_option_url_cb lw_url_cb;
typedef const diagnostic_context lw_hook_dc;
#define LW_URL_LANG_PARM , unsigned lang_mask
#define LW_URL_LANG_ARG , lang_mask
#else
typedef int (*lw_enabled_cb) (int, unsigned, void *);
typedef char *(*lw_name_cb) (diagnostic_context *, int, diagnostic_t,
			     diagnostic_t);
typedef char *(*lw_url_cb) (diagnostic_context *, int);
typedef diagnostic_context lw_hook_dc;
#define LW_URL_LANG_PARM
#define LW_URL_LANG_ARG
#endif
static lw_enabled_cb lw_prev_enabled;
static lw_name_cb lw_prev_name;
static lw_url_cb lw_prev_url;

static int
lw_hook_enabled (int opt, unsigned lang_mask, void *state)
{
  if (lw_dc_owns (opt))
    return lw_dc_opts.enabled (opt - lw_dc_opts.first);
  return lw_prev_enabled ? lw_prev_enabled (opt, lang_mask, state) : 1;
}

static char *
lw_hook_name (lw_hook_dc *dc, int opt, diagnostic_t orig, diagnostic_t kind)
{
  if (lw_dc_owns (opt))
    return lw_dc_own_name (opt, orig, kind);
  return lw_prev_name ? lw_prev_name (dc, opt, orig, kind) : NULL;
}

static char *
lw_hook_url (lw_hook_dc *dc, int opt LW_URL_LANG_PARM)
{
  if (lw_dc_owns (opt))
    return NULL;
  return lw_prev_url ? lw_prev_url (dc, opt LW_URL_LANG_ARG) : NULL;
}

#if GCCPLUGIN_VERSION_MAJOR == 14
/* Are these the hooks GCC's public make_option_name calls?  With the
   name hook emptied, that must answer NULL.  */
static bool
lw_dc_check_names (const char **why)
{
  auto &cb = global_dc->*lw_get (lw_tag_callbacks ());
  diagnostic_make_option_name_cb name = cb.m_make_option_name_cb;
  cb.m_make_option_name_cb = NULL;
  char *probe
    = global_dc->make_option_name (OPT_Wunused_result, DK_WARNING, DK_WARNING);
  cb.m_make_option_name_cb = name;
  if (probe)
    {
      free (probe);
      *why = "its option hooks are not where expected";
      return false;
    }
  return true;
}

static bool
lw_dc_install_names (const char **)
{
  auto &cb = global_dc->*lw_get (lw_tag_callbacks ());
  lw_prev_enabled = cb.m_option_enabled_cb;
  lw_prev_name = cb.m_make_option_name_cb;
  lw_prev_url = cb.m_make_option_url_cb;
  global_dc->set_option_hooks (lw_hook_enabled, cb.m_option_state,
			       lw_hook_name, lw_hook_url,
			       global_dc->get_lang_mask ());
  return true;
}

#else
static int
lw_dc_private_grow (int n, const char **why)
{
  diagnostic_context *dc = global_dc;
  if (dc->n_opts < (int) cl_options_count || !dc->classify_diagnostic)
    {
      *why = "its option classification table is not laid out as expected";
      return 0;
    }
  return lw_dc_grow_array (&dc->classify_diagnostic, &dc->n_opts, n);
}

static bool
lw_dc_check_names (const char **)
{
  return true; /* Public fields.  */
}

static bool
lw_dc_install_names (const char **)
{
  lw_prev_enabled = global_dc->option_enabled;
  lw_prev_name = global_dc->option_name;
  lw_prev_url = global_dc->get_option_url;
  global_dc->option_enabled = lw_hook_enabled;
  global_dc->option_name = lw_hook_name;
  global_dc->get_option_url = lw_hook_url;
  return true;
}
#endif /* 14, or 11 to 13 */
#endif /* 15 and 16, or 11 to 14 */

int
lw_dc_add_options (int n, lw_opt_name_fn name, lw_opt_enabled_fn enabled,
		   const char **why)
{
  if (lw_dc_opts.n || n <= 0 || !global_dc)
    {
      *why = "options were registered already";
      return 0;
    }
  if (!lw_dc_check_names (why))
    return 0;
  int first = lw_dc_private_grow (n, why);
  if (!first)
    return 0;
  lw_dc_opts.first = first;
  lw_dc_opts.n = n;
  lw_dc_opts.name = name;
  lw_dc_opts.enabled = enabled;
  lw_dc_install_names (why);
  return first;
}
#endif /* LW_GCC_COMMON_IMPL */

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

/* -ftrivial-auto-var-init (GCC 12) gives an automatic variable without
   initializer 'v = .DEFERRED_INIT (SIZE, KIND, NAME)'.  -1: STMT is no
   such call; 0: it zeroes V; 1: it fills V with a pattern.  */
static inline int
lw_deferred_init_kind (const gimple *stmt ATTRIBUTE_UNUSED)
{
#if GCCPLUGIN_VERSION_MAJOR >= 12
  if (!gimple_call_internal_p (stmt, IFN_DEFERRED_INIT)
      || gimple_call_num_args (stmt) < 2)
    return -1;
  tree kind = gimple_call_arg (stmt, 1);
  return !(TREE_CODE (kind) == INTEGER_CST
	   && tree_to_shwi (kind) == AUTO_INIT_ZERO);
#else
  return -1;
#endif
}

/* What GCC knows of a call's argument from its fnspec
   (gimple_call_arg_flags): the pointer itself does not escape, and the
   memory it points to is not written (free writes it).  GCC 12 split
   each EAF flag into a direct and an indirect one; only the direct ones
   are asked.  */
static inline bool
lw_arg_not_escaped_p (int eaf)
{
#if GCCPLUGIN_VERSION_MAJOR >= 12
  return eaf & (EAF_UNUSED | EAF_NO_DIRECT_ESCAPE);
#else
  return eaf & (EAF_UNUSED | EAF_NOESCAPE | EAF_NODIRECTESCAPE);
#endif
}

static inline bool
lw_arg_not_clobbered_p (int eaf)
{
#if GCCPLUGIN_VERSION_MAJOR >= 12
  return eaf & (EAF_UNUSED | EAF_NO_DIRECT_CLOBBER);
#else
  return eaf & (EAF_UNUSED | EAF_NOCLOBBER);
#endif
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
