/* Input of outputs.exp: findings with paths.  */
#include <pthread.h>

extern int configure (void);
extern int step (int);

static void *
work (void *arg)
{
  return arg;
}

int
early (int x)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, 0) != 0) /* line 17 */
    return -1;
  if (configure () < 0) /* line 19 */
    return -2;          /* line 20 */
  return pthread_join (t, 0);
}

/* A second finding in the same unit: its events are its own.  */
void
second (void)
{
  pthread_t t;
  pthread_create (&t, 0, work, 0); /* line 29 */
}

/* A long path: only the last branches are shown.  */
int
many (int x)
{
  pthread_t t;
  pthread_create (&t, 0, work, 0); /* line 37 */
  if (step (1)) x++;
  if (step (2)) x++;
  if (step (3)) x++;
  if (step (4)) x++;
  if (step (5)) x++;
  if (step (6)) x++;
  if (step (7)) x++;
  if (step (8)) x++;
  if (step (9)) x++;
  if (step (10)) x++;
  if (step (11)) x++;
  if (step (12)) x++;
  if (step (13)) x++;
  if (step (14)) x++;
  if (step (15)) x++;
  if (step (16)) x++;
  if (step (17)) x++;
  if (step (18)) x++;
  if (step (19)) x++;
  if (step (20)) x++;
  if (x > 100)
    return x;
  pthread_join (t, 0);
  return 0;
}
