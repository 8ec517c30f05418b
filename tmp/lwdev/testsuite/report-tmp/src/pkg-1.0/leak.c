/* Input of driver.exp: one thread leak, line 9.  */
#include <pthread.h>
static void *work (void *arg) { return arg; }
#ifdef __LEAKWATCH__
int leakwatch_guard_defined = 1;
#endif
void fire_and_forget (void)
{
  pthread_t t; pthread_create (&t, 0, work, 0);
}
