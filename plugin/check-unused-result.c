/* check-unused-result.c: must-check results stored and never read,
   reported under GCC's -Wunused-result.  Not implemented yet.  */

#include "leakwatch-int.h"

void
lw_check_unused_result (function *)
{
}
