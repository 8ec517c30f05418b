/* Input of driver.exp for preprocessed input (.i, .ii, -save-temps,
   -fdirectives-only, -fpreprocessed): one thread leak reported, line 8,
   and one silenced by LEAKWATCH_IGNORE, whose pragma the preprocessed
   text carries already expanded.  */
#include <pthread.h>
#include <leakwatch.h>
static void *work (void *arg) { return arg; }
void reported (void) { pthread_t t; pthread_create (&t, 0, work, 0); }
#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("thread-leak")
void ignored (void) { pthread_t u; pthread_create (&u, 0, work, 0); }
#pragma GCC diagnostic pop
#ifdef __LEAKWATCH__
int leakwatch_guard_defined = 1;
#endif
