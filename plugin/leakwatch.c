/* leakwatch.c: plugin_init.

   leakwatch reports threads that are never joined (-Wthread-leak),
   cleanup attributes misused around loops and stored results that are
   never checked, as ordinary GCC warnings.  See leakwatch(1) and
   options.c for the arguments.

   Version policy (as annobin's): the plugin refuses to run, with one
   error naming both versions, when the GCC major version or the target
   differs from the GCC it was built for; any other difference (patch
   level, date, configure options) is accepted, because the plugin API
   does not change within a major version.  */

#include "leakwatch-int.h"

LW_EXPORT int plugin_is_GPL_compatible;

/* The identifier that says that a leakwatch is loaded in this compiler.  */
#define LW_LOADED_MARK " leakwatch loaded"

static struct plugin_info lw_plugin_info
  = { LEAKWATCH_VERSION,
      "leakwatch: thread leaks, cleanup attributes in loops and ignored "
      "errors as GCC warnings; -fplugin-arg-leakwatch-help lists the "
      "arguments" };

/* The value of --target= in a configure argument string, or the empty
   string; into BUF of SIZE bytes.  */
static void
lw_target_of (const char *confargs, char *buf, size_t size)
{
  buf[0] = '\0';
  const char *t = confargs ? strstr (confargs, "--target=") : NULL;
  if (!t)
    return;
  t += strlen ("--target=");
  size_t n = strcspn (t, " ");
  if (n >= size)
    n = size - 1;
  memcpy (buf, t, n);
  buf[n] = '\0';
}

static int
lw_major (const char *basever)
{
  return basever ? atoi (basever) : 0;
}

static bool
lw_version_ok (const char *name, struct plugin_gcc_version *running)
{
  int built = lw_major (lw_built_gcc_version ()->basever);
  int now = lw_major (running->basever);
  char built_target[128], now_target[128];
  lw_target_of (lw_built_gcc_version ()->configuration_arguments, built_target,
		sizeof built_target);
  lw_target_of (running->configuration_arguments, now_target,
		sizeof now_target);
  if (built != now)
    {
      error ("%s was built for GCC %s but this is GCC %s; rebuild the plugin "
	     "with this compiler",
	     name, lw_built_gcc_version ()->basever, running->basever);
      return false;
    }
  if (strcmp (built_target, now_target) != 0)
    {
      error ("%s was built for target %qs but this compiler targets %qs; "
	     "rebuild the plugin with this compiler",
	     name, built_target, now_target);
      return false;
    }
  return true;
}

/* The C and C++ front ends ("GNU C17", "GNU C++17", ...).  Everything
   else (lto1's "GNU GIMPLE", Fortran, Ada, Objective-C, ...) leaves the
   plugin inert.  */
static bool
lw_supported_language_p (void)
{
  const char *n = lang_hooks.name;
  if (!n || strncmp (n, "GNU C", 5) != 0 || !lw_have_c_family ())
    return false;
  return n[5] == '\0' || n[5] == '+' || ISDIGIT (n[5]);
}

LW_EXPORT int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  const char *name = info->base_name;
  register_callback (name, PLUGIN_INFO, NULL, &lw_plugin_info);
  if (!lw_version_ok (name, version))
    return 1;
  if (!lw_supported_language_p ())
    return 0;
  if (!lw_parse_options (name, info->argc, info->argv))
    return 1;
  lw_config.gcc_version = version->basever;
  if (lw_config.version)
    fprintf (stderr, "leakwatch %s (built for GCC %s)\n", LEAKWATCH_VERSION,
	     lw_built_gcc_version ()->basever);
  if (lw_config.help)
    lw_print_help (name);
  if (lw_config.disabled)
    return 0;

  /* A second copy of leakwatch under another file name (GCC itself
     rejects one name with two paths) would register the same attributes
     again, which makes GCC abort.  The first copy leaves a mark in GCC's
     identifier table, which lives as long as the compilation.  */
  if (maybe_get_identifier (LW_LOADED_MARK))
    {
      error ("leakwatch is loaded twice, as %qs (%s) and under another file "
	     "name; load the plugin once",
	     name, info->full_name);
      return 1;
    }
  get_identifier (LW_LOADED_MARK);

  if (!lw_diag_init ())
    return 1;
  register_callback (name, PLUGIN_PRAGMAS, lw_diag_register_pragmas, NULL);
  if (!flag_preprocess_only)
    register_callback (name, PLUGIN_START_UNIT, lw_diag_define_guard, NULL);
  register_callback (name, PLUGIN_ATTRIBUTES, lw_register_attributes, NULL);
  /* Casts to void vanish in GIMPLE: unused-result records them here.  */
  register_callback (name, PLUGIN_PRE_GENERICIZE,
		     lw_unused_result_pre_genericize, NULL);
  register_callback (name, PLUGIN_PRE_GENERICIZE, lw_diag_pre_genericize,
		     NULL);
  lw_register_pass (name);
  return 0;
}
