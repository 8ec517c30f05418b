/* lwpeer.c: a second plugin, for the test suite only.

   Like leakwatch it registers a warning option of its own,
   -Wpeer-marker, with GCC's diagnostic context through
   include/gcc-common.h, and warns at every call to a function named
   "peer_marker".  Loaded together with leakwatch, in either order,
   both plugins' warnings must keep their names, their -Werror
   promotion and their controls.

   Arguments: -fplugin-arg-lwpeer-error (report as errors),
   -fplugin-arg-lwpeer-disable (turn the warning off).
   Pragma: #pragma lwpeer ignore (scoped by #pragma GCC diagnostic
   push/pop).  -Wno-peer-marker on the command line turns it off.  */

#define LW_GCC_COMMON_IMPL
#include "gcc-common.h"

LW_EXPORT int plugin_is_GPL_compatible;

static int peer_opt;
static bool peer_enabled = true;

static const char *
peer_name (int)
{
  return "peer-marker";
}

static bool
peer_is_enabled (int)
{
  return peer_enabled;
}

static void
peer_warn (location_t loc, const char *gmsgid, ...)
{
  auto_diagnostic_group group;
  rich_location richloc (line_table, loc);
  va_list ap;
  va_start (ap, gmsgid);
  lw_dc_emit (LW_KIND_WARNING, &richloc, peer_opt, gmsgid, &ap);
  va_end (ap);
}

namespace
{
const pass_data peer_pass_data = {
  GIMPLE_PASS, "lwpeer", OPTGROUP_NONE, TV_NONE, PROP_cfg, 0, 0, 0, 0,
};

class peer_pass : public gimple_opt_pass
{
public:
  peer_pass (gcc::context *ctxt) : gimple_opt_pass (peer_pass_data, ctxt) {}

  unsigned int execute (function *fun) final override
  {
    basic_block bb;
    FOR_EACH_BB_FN (bb, fun)
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi));
	  tree fn = call ? gimple_call_fndecl (call) : NULL_TREE;
	  if (fn && DECL_NAME (fn)
	      && strcmp (IDENTIFIER_POINTER (DECL_NAME (fn)), "peer_marker")
		   == 0)
	    peer_warn (gimple_location (call), "call to %qD", fn);
	}
    return 0;
  }
};
} // namespace

static void
peer_pragma_ignore (cpp_reader *)
{
  tree x;
  location_t loc;
  pragma_lex (&x, &loc);
  lw_dc_classify (peer_opt, LW_KIND_IGNORED, loc);
}

static void
peer_register_pragmas (void *, void *)
{
  c_register_pragma ("lwpeer", "ignore", peer_pragma_ignore);
}

LW_EXPORT int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *)
{
  bool error = false;
  for (int i = 0; i < info->argc; i++)
    if (strcmp (info->argv[i].key, "error") == 0)
      error = true;
    else if (strcmp (info->argv[i].key, "disable") == 0)
      peer_enabled = false;
  if (lw_cmdline_disables ("peer-marker"))
    peer_enabled = false;
  const char *why = NULL;
  peer_opt = lw_dc_add_options (1, peer_name, peer_is_enabled, &why);
  if (!peer_opt)
    {
      ::error ("lwpeer: cannot register its option: %s", why);
      return 1;
    }
  if (error)
    lw_dc_classify (peer_opt, LW_KIND_ERROR, UNKNOWN_LOCATION);
  if (lw_have_c_family ())
    register_callback (info->base_name, PLUGIN_PRAGMAS, peer_register_pragmas,
		       NULL);
  struct register_pass_info pass;
  pass.pass = new peer_pass (g);
  pass.reference_pass_name = "cfg";
  pass.ref_pass_instance_number = 1;
  pass.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass);
  return 0;
}
