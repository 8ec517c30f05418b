/* checks.c: the one table of leakwatch's checks.

   Each check has a name (its option is -WNAME), a one-line summary for
   the help text, whether it is on by default, its documentation, the
   GCC option it reports under when it is not one of leakwatch's own,
   and the checker that finds it.  Several checks may share a checker:
   the pass runs each checker once per function when any of its checks
   is active.  Options, help, diagnostics and the pass all read this
   table; a new check is one enum value and one row.  */

#include "leakwatch-int.h"

const struct lw_check_info lw_checks[LW_N_CHECKS] = {
  { "thread-leak",
    "a thread that some path neither joins, detaches nor cancels", true,
    "thread-leak.md", 0, lw_check_thread_leak },
  { "thread-arg-lifetime",
    "a thread's argument is the address of an object a loop changes, or "
    "that dies while the thread may still use it",
    true, "thread-arg-lifetime.md", 0, lw_check_thread_arg },
  { "cleanup-in-loop",
    "a cleanup variable reassigned in a loop (earlier values leak) or whose "
    "per-iteration value escapes the iteration",
    true, "cleanup-in-loop.md", 0, lw_check_cleanup },
  { "cleanup-overwrite",
    "a cleanup variable reassigned while it still owns a value", true,
    "cleanup-in-loop.md", 0, lw_check_cleanup },
  { "cleanup-escape",
    "a cleanup variable's value stored where it outlives the variable", true,
    "cleanup-in-loop.md", 0, lw_check_cleanup },
  { "cleanup-handoff",
    "a cleanup variable's value freed or handed to a function that takes "
    "ownership of it, while its cleanup still runs (a double release)",
    true, "cleanup-in-loop.md", 0, lw_check_cleanup },
  { "cleanup-uninit",
    "a cleanup variable that can reach its cleanup uninitialised (not if "
    "the cleanup, defined in this file, never reads the value)",
    true, "cleanup-in-loop.md", 0, lw_check_cleanup },
  { "unused-result",
    "a must-check result stored in a variable and never read "
    "(reported under GCC's -Wunused-result)",
    true, "unused-result.md", (int) OPT_Wunused_result,
    lw_check_unused_result },
};
