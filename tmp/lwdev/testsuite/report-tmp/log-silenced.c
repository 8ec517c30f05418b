/* Findings for the log tests (log.exp): one silenced by a pragma, one
   printed, one unused result.  */
#include <pthread.h>
#include <leakwatch.h>
static void *work (void *p) { return p; }
#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("thread-leak")
void quiet (void) { pthread_t t; pthread_create (&t, 0, work, 0); }
#pragma GCC diagnostic pop
void loud (void) { pthread_t t; pthread_create (&t, 0, work, 0); }
__attribute__ ((warn_unused_result)) int must (void);
int use (void) { int r = must (); r = must (); return r; }
