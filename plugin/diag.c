/* diag.c: the named checks as GCC diagnostic options, their
   enable/error state, source-level suppression, findings with their
   notes and paths, and the debug log.

   Each check gets an option index past GCC's own (through
   include/gcc-common.h's lw_dc_add_options), so GCC prints
   "[-Wthread-leak]", applies -Werror and -w, scopes
   "#pragma leakwatch ignore" by "#pragma GCC diagnostic push/pop" and
   writes the name into JSON and SARIF output, all with its own
   machinery.  The unused-result check reports under GCC's own
   -Wunused-result.  */

#include "leakwatch-int.h"

/* Option index of each check; 0 in plain mode.  */
static int lw_opt_index[LW_N_CHECKS];

/* Plain mode: GCC's diagnostic context was not as expected (or
   plain-diagnostics was given), so the checks are not GCC options.
   Warnings are then tagged by leakwatch, error= and disable= still
   work, and "#pragma leakwatch" applies from where it stands to the
   end of the unit (GCC's push/pop cannot scope it).  */
static bool lw_plain;
static const char *lw_plain_why;
static bool lw_plain_told; /* The note on why was given.  */

/* A pragma seen in plain mode.  */
struct lw_plain_pragma
{
  location_t loc;
  int check;
  enum lw_kind kind;
};
static vec<lw_plain_pragma> lw_plain_pragmas;

/* The checks registered as new GCC options, in table order: those that
   do not report under one of GCC's own options.  */
static int
lw_own_check (int opt)
{
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (!lw_checks[i].gcc_option && opt-- == 0)
      return i;
  return -1;
}

static const char *
lw_own_name (int opt)
{
  int c = lw_own_check (opt);
  return c >= 0 ? lw_checks[c].name : "leakwatch";
}

static bool
lw_own_enabled (int opt)
{
  int c = lw_own_check (opt);
  return c >= 0 && lw_config.enabled[c];
}

bool
lw_diag_init (void)
{
  int own = 0;
  for (int i = 0; i < LW_N_CHECKS; i++)
    own += !lw_checks[i].gcc_option;
  int first = 0;
  lw_plain = lw_config.plain_diagnostics;
  if (lw_plain)
    lw_plain_why = NULL;
  else
    {
      first
	= lw_dc_add_options (own, lw_own_name, lw_own_enabled, &lw_plain_why);
      lw_plain = first == 0;
    }
  int next = first;
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (lw_checks[i].gcc_option)
      lw_opt_index[i] = lw_checks[i].gcc_option;
    else
      lw_opt_index[i] = lw_plain ? 0 : next++;

  /* error= and no-error= act like -Werror=NAME and -Wno-error=NAME.  */
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (lw_config.error[i] >= 0 && lw_opt_index[i])
      lw_dc_classify (lw_opt_index[i],
		      lw_config.error[i] ? LW_KIND_ERROR : LW_KIND_WARNING,
		      UNKNOWN_LOCATION);
  return true;
}

/* Configure probes: compiles whose result decides a configure test.
   A warning there, under -Werror, would change what configure finds,
   so leakwatch says nothing in them.  */
static bool
lw_probe_file_p (const char *file)
{
  if (!file)
    return false;
  const char *base = lbasename (file);
  if (strncmp (base, "conftest.", 9) == 0)
    return true;
  return (strstr (file, "/CMakeFiles/CMakeTmp/")
	  || strstr (file, "/CMakeFiles/CMakeScratch/")
	  || strstr (file, "/meson-private/"));
}

bool
lw_quiet_unit_p (void)
{
  return !lw_config.check_probes && lw_probe_file_p (main_input_filename);
}

bool
lw_check_active (enum lw_check check)
{
  return !lw_config.disabled && lw_config.enabled[check]
	 && !lw_quiet_unit_p ();
}

/* In plain mode, the kind CHECK has at LOC after the pragmas before
   it and error=: LW_KIND_IGNORED, LW_KIND_ERROR or LW_KIND_WARNING.  */
static enum lw_kind
lw_plain_kind (enum lw_check check, location_t loc)
{
  enum lw_kind kind
    = lw_config.error[check] == 1 ? LW_KIND_ERROR : LW_KIND_WARNING;
  location_t at = linemap_resolve_location (line_table, loc,
					    LRK_MACRO_EXPANSION_POINT, NULL);
  for (const lw_plain_pragma &p : lw_plain_pragmas)
    if (p.check == (int) check && p.loc <= at)
      kind = p.kind;
  return kind;
}

struct lw_path
{
  tree fndecl;
  lw_dc_path events;
};

lw_path *
lw_path_new (tree fndecl)
{
  lw_path *p = new lw_path;
  p->fndecl = fndecl;
  return p;
}

void
lw_path_free (lw_path *path)
{
  delete path;
}

void
lw_path_event (lw_path *path, location_t loc, const char *gmsgid, tree arg)
{
  if (path)
    lw_dc_path_add (&path->events, loc, path->fndecl, gmsgid, arg);
}

/* The group of the last finding: its notes join it, so that JSON and
   SARIF nest them under the warning.  GCC 15 and later require every
   diagnostic to be in a group.  */
static auto_diagnostic_group *lw_open_group;

/* The open finding was silenced (-w, a pragma, disable=...) but is
   logged: its notes go to the campaign log only.  */
static bool lw_finding_quiet;

void
lw_finding_end (void)
{
  lw_finding_quiet = false;
  lw_log_flush ();
  delete lw_open_group;
  lw_open_group = NULL;
}

static bool lw_warn_emit (enum lw_check check, location_t loc, lw_path *path,
			  const lw_fix *fix, const char *gmsgid, va_list *ap);

/* Report a finding; true if it was printed or, silenced, is logged: the
   caller then adds its notes (lw_note logs those of a silenced finding
   without printing them), so the log has them either way.  */
static bool
lw_warn_valist (enum lw_check check, location_t loc, lw_path *path,
		const lw_fix *fix, const char *gmsgid, va_list *ap)
{
  bool printed = lw_warn_emit (check, loc, path, fix, gmsgid, ap);
  lw_finding_quiet = !printed && lw_log_on ();
  return printed || lw_finding_quiet;
}

static bool
lw_warn_emit (enum lw_check check, location_t loc, lw_path *path,
	      const lw_fix *fix, const char *gmsgid, va_list *ap)
{
  lw_finding_end ();
  lw_log_warning (check, loc, path ? &path->events : NULL, gmsgid, ap);
  if (!lw_check_active (check))
    return false;
  lw_open_group = new auto_diagnostic_group;
  gcc_rich_location richloc (loc);
  if (path && lw_dc_path_length (&path->events) > 1)
    lw_dc_path_attach (&richloc, &path->events);
  if (fix)
    {
      richloc.add_fixit_insert_before (fix->where, fix->before);
      richloc.add_fixit_insert_after (fix->where, fix->after);
    }
  if (!lw_opt_index[check])
    {
      enum lw_kind kind = lw_plain_kind (check, loc);
      if (kind == LW_KIND_IGNORED)
	return false;
      char *fmt = concat (gmsgid, " [-W", lw_checks[check].name, "]", NULL);
      bool ret = lw_dc_emit (kind, &richloc, 0, fmt, ap);
      free (fmt);
      if (ret && lw_plain_why && !lw_plain_told)
	{
	  lw_plain_told = true;
	  lw_note (UNKNOWN_LOCATION,
		   "leakwatch reports plain warnings because the "
		   "diagnostic context of this GCC is not as expected: %s",
		   lw_plain_why);
	}
      return ret;
    }
  return lw_dc_emit (LW_KIND_WARNING, &richloc, lw_opt_index[check], gmsgid,
		     ap);
}

bool
lw_warn (enum lw_check check, location_t loc, const char *gmsgid, ...)
{
  va_list ap;
  va_start (ap, gmsgid);
  bool ret = lw_warn_valist (check, loc, NULL, NULL, gmsgid, &ap);
  va_end (ap);
  return ret;
}

bool
lw_warn_path (enum lw_check check, location_t loc, lw_path *path,
	      const char *gmsgid, ...)
{
  va_list ap;
  va_start (ap, gmsgid);
  bool ret = lw_warn_valist (check, loc, path, NULL, gmsgid, &ap);
  va_end (ap);
  delete path;
  return ret;
}

bool
lw_warn_fix (enum lw_check check, location_t loc, const lw_fix *fix,
	     const char *gmsgid, ...)
{
  va_list ap;
  va_start (ap, gmsgid);
  bool ret = lw_warn_valist (check, loc, NULL, fix, gmsgid, &ap);
  va_end (ap);
  return ret;
}

/* Where g_steal_pointer is defined (GLib defines it as a static
   inline function, and as a macro when the compiler has typeof), from
   the function bodies as the front end finishes them: at pass time the
   C front end's file scope is gone.  */
static location_t lw_steal_fn_loc;

void
lw_diag_pre_genericize (void *gcc_data, void *)
{
  tree fn = (tree) gcc_data;
  if (lw_steal_fn_loc == UNKNOWN_LOCATION && fn
      && TREE_CODE (fn) == FUNCTION_DECL && DECL_NAME (fn)
      && id_equal (DECL_NAME (fn), "g_steal_pointer"))
    lw_steal_fn_loc = DECL_SOURCE_LOCATION (fn);
}

/* Is NAME a macro defined before BEFORE, or, for g_steal_pointer, a
   function?  */
static bool
lw_defined_before (const char *name, location_t before)
{
  location_t at = UNKNOWN_LOCATION;
  cpp_hashnode *node
    = (cpp_lookup && &parse_in && parse_in
	 ? cpp_lookup (parse_in, (const unsigned char *) name, strlen (name))
	 : NULL);
  if (node && cpp_macro_p (node))
    at = cpp_macro_definition_location (node);
  else if (strcmp (name, "g_steal_pointer") == 0)
    at = lw_steal_fn_loc;
  return (LOCATION_LOCUS (at) != UNKNOWN_LOCATION
	  && linemap_location_before_p (line_table, at, before));
}

static bool
lw_ident_char_p (char c)
{
  return ISALNUM (c) || c == '_' || c == '$';
}

bool
lw_fix_steal (location_t use_loc, tree decl, tree fn, lw_fix *fix)
{
  if (!DECL_NAME (decl) || !POINTER_TYPE_P (TREE_TYPE (decl)))
    return false;
  location_t fn_loc = DECL_SOURCE_LOCATION (fn);
  if (lw_defined_before ("TAKE_PTR", fn_loc))
    {
      fix->before = "TAKE_PTR (";
      fix->after = ")";
    }
  else if (lw_defined_before ("g_steal_pointer", fn_loc))
    {
      fix->before = "g_steal_pointer (&";
      fix->after = ")";
    }
  else
    return false;

  /* The expression's range must end with DECL's name, written out on
     one line of the main text (not from a macro).  */
  source_range r = get_range_from_loc (line_table, use_loc);
  if (linemap_location_from_macro_expansion_p (line_table, r.m_start)
      || linemap_location_from_macro_expansion_p (line_table, r.m_finish))
    return false;
  expanded_location s = expand_location (r.m_start);
  expanded_location f = expand_location (r.m_finish);
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  int len = strlen (name);
  if (!s.file || !f.file || strcmp (s.file, f.file) != 0 || s.line != f.line
      || f.column - len + 1 < s.column || f.column < len)
    return false;
  lw_char_span line = lw_source_line (f.file, f.line);
  int first = f.column - len; /* 0-based.  */
  if (!line || (int) line.length () < f.column
      || strncmp (line.get_buffer () + first, name, len) != 0
      || (first > 0 && lw_ident_char_p (line[first - 1])))
    return false;
  location_t start
    = linemap_position_for_loc_and_offset (line_table, r.m_start,
					   first + 1 - s.column);
  if (LOCATION_LOCUS (start) == UNKNOWN_LOCATION)
    return false;
  fix->where = make_location (start, start, r.m_finish);
  return true;
}

void
lw_note (location_t loc, const char *gmsgid, ...)
{
  /* Alone if no finding is open.  */
  auto_diagnostic_group group;
  rich_location richloc (line_table, loc);
  va_list ap;
  va_start (ap, gmsgid);
  lw_log_note (loc, gmsgid, &ap);
  if (!lw_finding_quiet)
    lw_dc_emit (LW_KIND_NOTE, &richloc, 0, gmsgid, &ap);
  va_end (ap);
}

void
lw_debug (const char *fmt, ...)
{
  if (!lw_config.debug)
    return;
  va_list ap;
  va_start (ap, fmt);
  fputs ("leakwatch: ", stderr);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
}

/* #pragma leakwatch ignore|warning|error "CHECK"
   The same as "#pragma GCC diagnostic" for a leakwatch check; it is
   what LEAKWATCH_IGNORE expands to.  */
static void
lw_handle_pragma (enum lw_kind kind, const char *verb)
{
  tree x;
  location_t loc;
  enum cpp_ttype tok = pragma_lex (&x, &loc);
  if (tok != CPP_STRING)
    {
      warning_at (loc, OPT_Wpragmas,
		  "%<#pragma leakwatch %s%> expects a check name in quotes",
		  verb);
      return;
    }
  const char *name = TREE_STRING_POINTER (x);
  if (strncmp (name, "-W", 2) == 0)
    name += 2;
  int c = lw_check_by_name (name);
  if (c < 0)
    {
      warning_at (loc, OPT_Wpragmas,
		  "unknown check %qs in %<#pragma leakwatch %s%>", name, verb);
      return;
    }
  if (pragma_lex (&x) != CPP_EOF)
    warning_at (loc, OPT_Wpragmas, "junk at end of %<#pragma leakwatch %s%>",
		verb);
  if (lw_opt_index[c])
    lw_dc_classify (lw_opt_index[c], kind, loc);
  else
    {
      /* A pragma from _Pragma in a macro has a virtual location.  */
      lw_plain_pragma p
	= { linemap_resolve_location (line_table, loc,
				      LRK_MACRO_EXPANSION_POINT, NULL),
	    c, kind };
      lw_plain_pragmas.safe_push (p);
    }
}

static void
lw_pragma_ignore (cpp_reader *)
{
  lw_handle_pragma (LW_KIND_IGNORED, "ignore");
}
static void
lw_pragma_warning (cpp_reader *)
{
  lw_handle_pragma (LW_KIND_WARNING, "warning");
}
static void
lw_pragma_error (cpp_reader *)
{
  lw_handle_pragma (LW_KIND_ERROR, "error");
}

void
lw_diag_register_pragmas (void *, void *)
{
  c_register_pragma ("leakwatch", "ignore", lw_pragma_ignore);
  c_register_pragma ("leakwatch", "warning", lw_pragma_warning);
  c_register_pragma ("leakwatch", "error", lw_pragma_error);
  /* With -E nothing else runs before the file is preprocessed: define
     the guard macro now.  Otherwise wait for PLUGIN_START_UNIT.  */
  if (flag_preprocess_only)
    lw_diag_define_guard (NULL, NULL);
}

/* Define __LEAKWATCH__, which lets <leakwatch.h> emit the pragma only
   when it is understood.  Only when this compile preprocesses its
   input: as for -D, GCC does not define macros in preprocessed input
   (.i, -save-temps, -fpreprocessed, also with -fdirectives-only), where
   the pragma text is already expanded, or conditionals already decided,
   by the preprocessing run; there libcpp would read the definition as a
   line marker and fail.  Not before PLUGIN_START_UNIT when compiling:
   under -g3 every definition goes to the debug information, which does
   not exist yet when the pragmas are registered (cc1 crashed in
   cpp_define).  */
void
lw_diag_define_guard (void *, void *)
{
  if (parse_in && !cpp_get_options (parse_in)->preprocessed)
    cpp_define (parse_in, "__LEAKWATCH__=1");
}
