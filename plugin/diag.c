/* diag.c: the named checks as GCC diagnostic options, their
   enable/error state, source-level suppression and the debug log.

   Each check gets an option index past GCC's own, so GCC prints
   "[-Wthread-leak]", applies -Werror and -w, scopes
   "#pragma leakwatch ignore" by "#pragma GCC diagnostic push/pop" and
   writes the name into JSON output, all with its own machinery.  The
   unused-result check reports under GCC's own -Wunused-result.  */

#include "leakwatch-int.h"

/* Option index of each check; 0 until lw_diag_init.  */
static int lw_opt_index[LW_N_CHECKS];
static int lw_first_opt, lw_last_opt;

static lw_enabled_fn lw_old_enabled;
static lw_name_fn lw_old_name;
static lw_url_fn lw_old_url;

/* The check owning option index OPT, or -1.  */
static int
lw_check_of_opt (int opt)
{
  if (opt < lw_first_opt || opt >= lw_last_opt)
    return -1;
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (lw_opt_index[i] == opt)
      return i;
  return -1;
}

static int
lw_option_enabled (int opt, unsigned lang_mask, void *opts)
{
  int c = lw_check_of_opt (opt);
  if (c >= 0)
    return lw_config.enabled[c];
  return lw_old_enabled ? lw_old_enabled (opt, lang_mask, opts) : 1;
}

static char *
lw_option_name (LW_DC_CONST diagnostic_context *dc, int opt,
		diagnostic_t orig_kind, diagnostic_t kind)
{
  int c = lw_check_of_opt (opt);
  if (c < 0)
    return lw_old_name ? lw_old_name (dc, opt, orig_kind, kind) : NULL;
  if ((orig_kind == DK_WARNING || orig_kind == DK_PEDWARN) && kind == DK_ERROR)
    return concat ("-Werror=", lw_checks[c].name, NULL);
  return concat ("-W", lw_checks[c].name, NULL);
}

static char *
lw_option_url (LW_DC_CONST diagnostic_context *dc, int opt LW_URL_EXTRA_PARAM)
{
  if (lw_check_of_opt (opt) >= 0)
    return NULL;
  return lw_old_url ? lw_old_url (dc, opt LW_URL_EXTRA_ARG) : NULL;
}

bool
lw_diag_init (void)
{
  int own = 0;
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (i != LW_UNUSED_RESULT)
      own++;
  lw_first_opt = lw_dc_grow_options (own);
  lw_last_opt = lw_first_opt + own;
  int next = lw_first_opt;
  for (int i = 0; i < LW_N_CHECKS; i++)
    lw_opt_index[i]
      = i == LW_UNUSED_RESULT ? (int) OPT_Wunused_result : next++;
  lw_dc_set_option_hooks (lw_option_enabled, lw_option_name, lw_option_url,
			  &lw_old_enabled, &lw_old_name, &lw_old_url);

  /* error= and no-error= act like -Werror=NAME and -Wno-error=NAME.  */
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (lw_config.error[i] >= 0)
      diagnostic_classify_diagnostic (global_dc, lw_opt_index[i],
				      lw_config.error[i] ? DK_ERROR
							 : DK_WARNING,
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
	 && lw_checks[check].implemented && !lw_quiet_unit_p ();
}

bool
lw_warn (enum lw_check check, location_t loc, const char *gmsgid, ...)
{
  if (!lw_check_active (check))
    return false;
  va_list ap;
  va_start (ap, gmsgid);
  bool ret = emit_diagnostic_valist (DK_WARNING, loc, lw_opt_index[check],
				     gmsgid, &ap);
  va_end (ap);
  return ret;
}

void
lw_note (location_t loc, const char *gmsgid, ...)
{
  va_list ap;
  va_start (ap, gmsgid);
  emit_diagnostic_valist (DK_NOTE, loc, 0, gmsgid, &ap);
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
lw_handle_pragma (diagnostic_t kind, const char *verb)
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
  diagnostic_classify_diagnostic (global_dc, lw_opt_index[c], kind, loc);
}

static void
lw_pragma_ignore (cpp_reader *)
{
  lw_handle_pragma (DK_IGNORED, "ignore");
}
static void
lw_pragma_warning (cpp_reader *)
{
  lw_handle_pragma (DK_WARNING, "warning");
}
static void
lw_pragma_error (cpp_reader *)
{
  lw_handle_pragma (DK_ERROR, "error");
}

void
lw_diag_register_pragmas (void *, void *)
{
  c_register_pragma ("leakwatch", "ignore", lw_pragma_ignore);
  c_register_pragma ("leakwatch", "warning", lw_pragma_warning);
  c_register_pragma ("leakwatch", "error", lw_pragma_error);
  /* Lets <leakwatch.h> emit the pragma only when it is understood.
     Only when this compile preprocesses its input: as for -D, GCC does
     not define macros in preprocessed input (.i, -save-temps,
     -fpreprocessed, also with -fdirectives-only), where the pragma text
     is already expanded, or conditionals already decided, by the
     preprocessing run; there libcpp would read the definition as a
     line marker and fail.  */
  if (parse_in && !cpp_get_options (parse_in)->preprocessed)
    cpp_define (parse_in, "__LEAKWATCH__=1");
}
