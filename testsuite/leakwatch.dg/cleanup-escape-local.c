/* -Wcleanup-escape level 1 into local memory: a per-iteration cleanup
   value stored into a local array declared outside the loop, at a place
   that changes with each iteration, and read after the loop: the
   iteration's cleanup has freed every stored copy by then.  Arrays
   declared in the iteration, a place reused by every iteration, arrays
   only used inside the iteration, and hand-overs are silent.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *next_name (int i);
extern void run (char **argv);
extern void show (const char *s);

/* Positives.  */

void
collect_then_run (int n)
{
  char *argv[16];
  int k = 0;
  for (int i = 0; i < n && k < 15; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here with cleanup .freep." } */
      if (!s)
	break;
      argv[k++] = s; /* { dg-warning "the value of .s. is stored where it outlives this iteration, but its cleanup .freep. runs at the end of each iteration; the stored copy dangles \\\[-Wcleanup-escape\\\]" } */
    }
  argv[k] = NULL;
  run (argv);
}

void
collect_then_show (int n)
{
  const char *names[8];
  for (int i = 0; i < 8; i++)
    {
      _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      names[i] = s; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
  for (int j = 0; j < n && j < 8; j++)
    show (names[j]);
}

struct pair
{
  int fd[4];
};
extern int open_nth (int i);
extern void use_fds (struct pair *p);

void
open_all (void)
{
  struct pair p;
  for (int i = 0; i < 4; i++)
    {
      _cleanup_close_ int fd = open_nth (i); /* { dg-message "note: .fd. is declared here" } */
      p.fd[i] = fd; /* { dg-warning "stored where it outlives this iteration\[^\n\]*cleanup-escape" } */
    }
  use_fds (&p);
}

/* Negatives.  */

void
collect_taken (int n)
{
  char *argv[16];
  int k = 0;
  for (int i = 0; i < n && k < 15; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      if (!s)
	break;
      argv[k++] = TAKE_PTR (s); /* { dg-bogus "stored where it outlives" "ownership taken" } */
    }
  argv[k] = NULL;
  run (argv);
  for (int j = 0; j < k; j++)
    free (argv[j]);
}

void
argv_per_iteration (int n)
{
  for (int i = 0; i < n; i++)
    {
      char *argv[3] = { 0 };
      _cleanup_free_ char *s = next_name (i);
      argv[i % 2] = s; /* { dg-bogus "stored where it outlives" "an array of the iteration" } */
      run (argv);
    }
}

void
argv_reused (int n)
{
  char *argv[3] = { (char *) "prog", 0, 0 };
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      argv[1] = s; /* { dg-bogus "stored where it outlives" "the same place every iteration, published for the call" } */
      run (argv);
    }
}

void
used_in_iteration (int n)
{
  const char *seen[8];
  for (int i = 0; i < n && i < 8; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      seen[i] = s; /* { dg-bogus "stored where it outlives" "only read inside the iteration" } */
      show (seen[i]);
    }
}

void
inner_args (int n, int m)
{
  for (int i = 0; i < n; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      char *argv[4] = { 0 };
      for (int j = 0; j < m && j < 3; j++)
	argv[j] = s; /* { dg-bogus "stored where it outlives" "the value lives through the inner loop" } */
      run (argv);
    }
}

void
copies (int n)
{
  char *names[8];
  for (int i = 0; i < 8; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      names[i] = strdup (s); /* { dg-bogus "stored where it outlives" "a copy" } */
    }
  for (int j = 0; j < n && j < 8; j++)
    show (names[j]);
  for (int j = 0; j < 8; j++)
    free (names[j]);
}

extern int fork_child (void);
extern int have_root (void);

/* systemd's systemctl-sysv-compat.c: an argv of each iteration, filled
   at a counted place and run in a child that never returns (its block
   is outside the loop: it cannot reach the next iteration).  */
int
exec_each (char **names, int n)
{
  for (int i = 0; i < n; i++)
    {
      char *argv[] = { (char *) "prog", NULL, NULL, NULL };
      _cleanup_free_ char *q = NULL, *v = NULL;
      unsigned c = 1;
      if (have_root ())
	{
	  q = strdup ("--root=/");
	  if (!q)
	    return -ENOMEM;
	  argv[c++] = q; /* { dg-bogus "stored where it outlives" "an array of the iteration" } */
	}
      v = strdup (names[i]);
      if (!v)
	return -ENOMEM;
      argv[c++] = v; /* { dg-bogus "stored where it outlives" "an array of the iteration" } */
      if (fork_child () == 0)
	{
	  execv (argv[0], argv);
	  _exit (1);
	}
    }
  return 0;
}

/* Zeroed before the loop, read only in each iteration.  */
void
cleared_then_used_inside (int n)
{
  const char *seen[8];
  memset (seen, 0, sizeof seen);
  for (int i = 0; i < n && i < 8; i++)
    {
      _cleanup_free_ char *s = next_name (i);
      seen[i] = s; /* { dg-bogus "stored where it outlives" "the array's only use outside the loop comes before it" } */
      show (seen[i]);
    }
}
