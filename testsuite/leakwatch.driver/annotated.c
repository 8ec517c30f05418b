/* Input of driver.exp: <leakwatch.h> is silent without the plugin.  */
#include <pthread.h>
#include <leakwatch.h>
int spawn (pthread_t *t) LEAKWATCH_THREAD_CREATE (1);
int join (pthread_t t) LEAKWATCH_THREAD_RELEASE (1);
int must (void) LEAKWATCH_MUST_CHECK;
#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("thread-leak")
int use (void) { return must (); }
#pragma GCC diagnostic pop
