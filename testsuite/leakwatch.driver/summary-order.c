/* Input of summary.exp: the pass must see callees before their callers,
   whatever their order in the file, so that their summaries are known
   when the callers are checked.  'leaf' is defined last.  */
#include <pthread.h>
#include <stdio.h>

static void *
work (void *arg)
{
  return arg;
}

static int leaf (pthread_t t);

static int
middle (pthread_t t)
{
  return leaf (t) + 1;
}

int
top (void *arg)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, arg) != 0)
    return -1;
  return middle (t);
}

static int
leaf (pthread_t t)
{
  return printf ("%lu\n", (unsigned long) t) < 0;
}
