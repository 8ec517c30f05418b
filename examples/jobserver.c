/* jobserver.c: a small job runner with one bug of each kind leakwatch
   finds.  'make demo' compiles it with the plugin.  */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define _cleanup_(f) __attribute__ ((cleanup (f)))
#define _cleanup_free_ _cleanup_ (freep)

static inline void
freep (void *p)
{
  free (*(void **) p);
}

struct job
{
  char name[64];
  int fd;
};

/* Write S and a newline to FD; -1 on error.  */
static int
log_line (int fd, const char *s)
{
  /* Bug 3: the first write's result is overwritten before anyone
     looks at it, so its error is lost.  */
  ssize_t n = write (fd, s, strlen (s));
  n = write (fd, "\n", 1);
  return n < 0 ? -1 : 0;
}

static void *
heartbeat (void *arg)
{
  struct job *job = arg;
  if (log_line (job->fd, "alive") < 0)
    return arg;
  return NULL;
}

/* Read job names, one per line; returns how many were read.  */
static int
read_jobs (FILE *in, struct job *jobs, int max)
{
  _cleanup_free_ char *line = NULL;
  char buf[256];
  int n = 0;
  while (n < max && fgets (buf, sizeof buf, in))
    {
      /* Bug 2: every iteration's strdup leaks but the last; the cleanup
	 runs once, when 'line' leaves scope.  */
      line = strdup (buf);
      if (!line)
	break;
      line[strcspn (line, "\n")] = '\0';
      snprintf (jobs[n].name, sizeof jobs[n].name, "%s", line);
      jobs[n].fd = 1;
      n++;
    }
  return n;
}

static int
run_job (struct job *job)
{
  pthread_t hb;
  if (pthread_create (&hb, NULL, heartbeat, job) != 0)
    return -1;
  if (job->name[0] == '\0')
    return -1; /* Bug 1: the heartbeat thread is never joined here.  */
  printf ("running %s\n", job->name);
  pthread_join (hb, NULL);
  return 0;
}

int
main (void)
{
  struct job jobs[16];
  int n = read_jobs (stdin, jobs, 16);
  for (int i = 0; i < n; i++)
    run_job (&jobs[i]);
  return 0;
}
