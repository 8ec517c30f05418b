/* gcc-common.c: the one compiled copy of include/gcc-common.h's
   version adapters (the diagnostic option layer).  */

#define LW_GCC_COMMON_IMPL
#include "leakwatch-int.h"
