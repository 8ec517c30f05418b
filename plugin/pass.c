/* pass.c: the one GIMPLE pass.

   It sits right after "ssa": locals are SSA names there, and the IR is
   nearly the same at every -O level because no inlining or other
   optimisation has run yet, so the warnings do not depend on -O.  It
   does not run in lto1, so -flto cannot duplicate warnings.  */

#include "leakwatch-int.h"

namespace
{

const pass_data lw_pass_data = {
  GIMPLE_PASS, "leakwatch", OPTGROUP_NONE, TV_NONE, PROP_cfg | PROP_ssa, 0, 0,
  0,	       0,
};

class lw_pass : public gimple_opt_pass
{
public:
  lw_pass (gcc::context *ctxt) : gimple_opt_pass (lw_pass_data, ctxt) {}

  bool gate (function *) final override
  {
    return !lw_config.disabled && !lw_quiet_unit_p () && !seen_error ();
  }

  unsigned int execute (function *fun) final override
  {
    /* After an error the IR may be incomplete; say nothing more.  */
    if (seen_error () || !fun->cfg)
      return 0;
    /* What this function does with its parameters, for its callers,
       which the pass sees after it (summary.c).  */
    lw_summarize_function (fun);
    /* Each checker once, if any of its checks is active.  */
    for (int i = 0; i < LW_N_CHECKS; i++)
      {
	lw_checker_fn run = lw_checks[i].run;
	bool first = true, active = false;
	for (int j = 0; j < LW_N_CHECKS; j++)
	  if (lw_checks[j].run == run)
	    {
	      first &= j >= i;
	      active |= lw_check_runs ((enum lw_check) j);
	    }
	if (first && active)
	  {
	    run (fun);
	    lw_finding_end ();
	  }
      }
    return 0;
  }
};

} // namespace

void
lw_register_pass (const char *plugin_name)
{
  struct register_pass_info info;
  info.pass = new lw_pass (g);
  info.reference_pass_name = "ssa";
  info.ref_pass_instance_number = 1;
  info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
  register_callback (plugin_name, PLUGIN_FINISH_UNIT, lw_summaries_release,
		     NULL);
}
