/* check-cleanup.c: -Wcleanup-in-loop, -Wcleanup-overwrite,
   -Wcleanup-escape and -Wcleanup-uninit.  Not implemented yet.  */

#include "leakwatch-int.h"

void
lw_check_cleanup (function *)
{
}
