/* -Wcleanup-escape level 1 outside loops: a value stored into the
   caller's memory (a field or element of an object a pointer parameter
   points to, or of a new object the caller gets) while the variable
   still owns it, by a cleanup that frees it: the caller is left with a
   freed value.  The hand-over forms, a place reset before the function
   returns, objects handed to a call (a value published for the
   duration of that call), copies, locals, and cleanups that only drop a
   reference are silent.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

typedef struct Entry Entry;
struct Entry
{
  char *name;
  int fd;
  Entry *next;
};

struct ctx
{
  const char *line;
  char *cur;
};

extern char *next_name (int i);
extern int parse_line (struct ctx *c);
extern int validate (const char *s);
extern int work (void);

/* Positives.  */

int
entry_set_name (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here with cleanup .freep." } */
  if (!s)
    return -ENOMEM;
  free (e->name);
  e->name = s; /* { dg-warning "the value of .s. is stored where it outlives .s., but its cleanup .freep. still runs when .s. leaves scope; the stored copy dangles \\\[-Wcleanup-escape\\\]" } */
  return 0;
}

void
fill_second (char **out)
{
  _cleanup_free_ char *s = next_name (0); /* { dg-message "note: .s. is declared here" } */
  out[1] = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" } */
}

int
entry_open (Entry *e, const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY); /* { dg-message "note: .fd. is declared here" } */
  if (fd < 0)
    return -errno;
  e->fd = fd; /* { dg-warning "stored where it outlives .fd.\[^\n\]*cleanup-escape" } */
  return 0;
}

int
entry_new (Entry **ret, int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  if (!s)
    return -ENOMEM;
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "a new object the caller gets" } */
  *ret = e;
  return 0;
}

Entry *
entry_make (int i)
{
  _cleanup_free_ char *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return NULL;
  e->name = s; /* { dg-warning "stored where it outlives .s.\[^\n\]*cleanup-escape" "a new object returned" } */
  return e;
}

/* Negatives.  */

int
entry_set_name_taken (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  if (!s)
    return -ENOMEM;
  free (e->name);
  e->name = TAKE_PTR (s); /* { dg-bogus "stored where it outlives" "ownership taken" } */
  return 0;
}

int
entry_set_name_nulled (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  if (!s)
    return -ENOMEM;
  e->name = s; /* { dg-bogus "stored where it outlives" "nulled after the store" } */
  s = NULL;
  return 0;
}

int
entry_set_name_checked (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  if (!s)
    return -ENOMEM;
  e->name = s; /* { dg-bogus "stored where it outlives" "reset on the failure path, taken on the other" } */
  if (validate (e->name) < 0)
    {
      e->name = NULL;
      return -EINVAL;
    }
  TAKE_PTR (s);
  return 0;
}

int
entry_open_taken (Entry *e, const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY);
  if (fd < 0)
    return -errno;
  e->fd = TAKE_FD (fd); /* { dg-bogus "stored where it outlives" "ownership taken" } */
  return 0;
}

int
publish_line (struct ctx *c, int i)
{
  _cleanup_free_ char *line = next_name (i);
  c->line = line; /* { dg-bogus "stored where it outlives" "published for the duration of a call" } */
  return parse_line (c);
}

int
publish_reset (struct ctx *c, int i)
{
  _cleanup_free_ char *s = next_name (i);
  c->cur = s; /* { dg-bogus "stored where it outlives" "the place is reset before the function returns" } */
  int r = work ();
  c->cur = NULL;
  return r;
}

void
copy_name (Entry *e, int i)
{
  _cleanup_free_ char *s = next_name (i);
  e->name = strdup (s); /* { dg-bogus "stored where it outlives" "a copy" } */
}

extern void run (char **argv);

void
local_argv (int i)
{
  _cleanup_free_ char *s = next_name (i);
  char *argv[3] = { 0 };
  argv[1] = s; /* { dg-bogus "stored where it outlives" "a local array" } */
  run (argv);
}

struct obj;
extern void obj_unref (struct obj *o);
extern struct obj *obj_get (int i);
static inline void obj_unrefp (struct obj **o) { if (*o) obj_unref (*o); }
struct holder
{
  struct obj *o;
};

void
hold_ref (struct holder *h, int i)
{
  _cleanup_ (obj_unrefp) struct obj *o = obj_get (i);
  h->o = o; /* { dg-bogus "stored where it outlives" "a reference count: the cleanup only drops one reference" } */
}

int
main (int argc, char **argv)
{
  _cleanup_free_ char *s = next_name (argc);
  argv[0] = s; /* { dg-bogus "stored where it outlives" "main's argv" } */
  return parse_line (0);
}

void
entry_local_object (int i)
{
  _cleanup_free_ char *s = next_name (i);
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return;
  e->name = s; /* { dg-bogus "stored where it outlives" "an object that dies here" } */
  free (e);
}

int
entry_new_taken (Entry **ret, int i)
{
  _cleanup_free_ char *s = next_name (i);
  if (!s)
    return -ENOMEM;
  Entry *e = calloc (1, sizeof *e);
  if (!e)
    return -ENOMEM;
  e->name = TAKE_PTR (s); /* { dg-bogus "stored where it outlives" "ownership taken" } */
  *ret = e;
  return 0;
}
