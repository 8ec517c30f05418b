/* -Wthread-arg-lifetime (mutation tests): a struct the loop changes is
   shared only when the start routine, defined here, reads what
   changes.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#define N 8

struct job
{
  int id;
  int attempts;
};

extern void *serve (void *);
extern void *do_job (struct job *);

/* The routine is in another file: what it reads is not known.  */
void
start_extern (int n)
{
  pthread_t t[N];
  struct job job = { 0, 0 };
  int i;
  for (i = 0; i < n && i < N; i++)
    {
      job.attempts++;
      pthread_create (&t[i], NULL, serve, &job); /* { dg-bogus "goes out of scope|share" } */
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* The routine copies the whole struct: every field changed is read.  */
static void *
run_copy (void *p)
{
  struct job j = *(struct job *) p;
  return do_job (&j);
}

void
start_copied (int n)
{
  pthread_t t[N];
  struct job job = { 0, 0 };
  int i;
  for (i = 0; i < n && i < N; i++)
    {
      job.id = i;
      pthread_create (&t[i], NULL, run_copy, &job); /* { dg-warning "share .job., which the loop changes" } */
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* An array of two jobs, whose routine reads only the ids: the loop
   counts attempts in them.  */
static void *
run_pair (void *p)
{
  struct job *j = (struct job *) p;
  return (void *) (intptr_t) (j[0].id + j[1].id);
}

void
start_pairs (int n)
{
  pthread_t t[N];
  struct job pair[2] = { { 0, 0 }, { 1, 0 } };
  int i;
  for (i = 0; i < n && i < N; i++)
    {
      pair[0].attempts++;
      pthread_create (&t[i], NULL, run_pair, &pair); /* { dg-bogus "goes out of scope|share" } */
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}

/* A routine too large to look at (over 2,000 statements) is taken to
   read every field.  */
extern void step (int);
#define STEP4(k) step (k); step (k + 1); step (k + 2); step (k + 3);
#define STEP16(k) STEP4 (k) STEP4 (k + 4) STEP4 (k + 8) STEP4 (k + 12)
#define STEP64(k) STEP16 (k) STEP16 (k + 16) STEP16 (k + 32) STEP16 (k + 48)
#define STEP256(k) STEP64 (k) STEP64 (k + 64) STEP64 (k + 128) STEP64 (k + 192)

static void *
run_long (void *p)
{
  struct job *j = (struct job *) p;
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  STEP256 (j->id)
  return NULL;
}

void
start_long (int n)
{
  pthread_t t[N];
  struct job job = { 0, 0 };
  int i;
  for (i = 0; i < n && i < N; i++)
    {
      job.attempts++;
      pthread_create (&t[i], NULL, run_long, &job); /* { dg-warning "share .job., which the loop changes" } */
    }
  while (i-- > 0)
    pthread_join (t[i], NULL);
}
