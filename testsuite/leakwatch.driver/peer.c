/* Input for peer.exp: one finding for each plugin outside any pragma,
   one of each inside a region both plugins' pragmas silence, and
   one of GCC's own warnings.  */
#include <pthread.h>
#include <leakwatch.h>

extern void peer_marker (void);

static void *
work (void *arg)
{
  return arg;
}

void
outside (void)
{
  pthread_t t;
  pthread_create (&t, 0, work, 0);
  peer_marker ();
}

#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("thread-leak")
#pragma lwpeer ignore
void
inside (void)
{
  pthread_t t;
  pthread_create (&t, 0, work, 0);
  peer_marker ();
}
#pragma GCC diagnostic pop

int
own (void)
{
  int unused;
  return 0;
}
