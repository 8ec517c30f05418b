/* Correct idioms from systemd, ostree and flatpak that the cleanup
   checks used to report.  None of them may warn.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"
#include <sys/stat.h>

/* An open helper returning a descriptor or -errno; the error is handed
   back through the cleanup variable itself.  closep ignores it.  */
extern int open_node (const char *path);
extern int work_on (int fd);

int
error_in_fd_returned (const char *path)
{
  _cleanup_close_ int fd = -1;

  fd = open_node (path);
  if (fd < 0)
    return fd; /* { dg-bogus "is returned" "negative fd owns nothing" } */
  return work_on (fd);
}

int
error_in_fd_returned_init (const char *path)
{
  _cleanup_close_ int fd = open_node (path);
  if (_unlikely_ (fd < 0))
    return fd; /* { dg-bogus "is returned" "negative fd owns nothing" } */
  return work_on (fd);
}

int
error_in_fd_returned_loop (const char *const *paths, int n)
{
  for (int k = 0; k < n; k++)
    {
      _cleanup_close_ int fd = open_node (paths[k]);
      if (fd < 0)
	return fd; /* { dg-bogus "is returned" "negative fd owns nothing" } */
      if (work_on (fd) > 0)
	return k;
    }
  return 0;
}

int
error_in_fd_copied (const char *path)
{
  _cleanup_close_ int fd = -1;
  int ret;

  fd = open_node (path);
  if (fd < 0)
    {
      ret = fd; /* { dg-bogus "is returned" "negative fd owns nothing" } */
      goto finish;
    }
  ret = work_on (fd);
finish:
  return ret;
}

/* Take a reference for the caller, then hand out the pointer.  */
typedef struct session session;
extern session *session_new (void);
extern session *session_ref (session *s);
extern void session_unref (session *s);
static inline void session_unrefp (session **s) { if (*s) session_unref (*s); }

int
session_open (session **out)
{
  _cleanup_ (session_unrefp) session *s = session_new ();
  if (!s)
    return -ENOMEM;
  session_ref (s);
  if (out)
    *out = s; /* { dg-bogus "stored where it outlives" "extra reference taken first" } */
  return 0;
}

/* Published in a context for the duration of a callback.  */
struct dispatcher
{
  session *active;
  int (*handler) (session *);
};

int
run_handler (struct dispatcher *d, session *in)
{
  _cleanup_ (session_unrefp) session *s = session_ref (in);
  int r;

  d->active = s; /* { dg-bogus "stored where it outlives" "cleared below" } */
  r = d->handler (s);
  d->active = NULL;
  return r;
}

/* Registered in a parent table; the free function unregisters it.  */
struct node;
struct tree_ { struct node *slot[32]; };
struct node { struct tree_ *owner; int pos; };
extern void node_free (struct node *n); /* removes owner->slot[pos] */
static inline void node_freep (struct node **n) { node_free (*n); }
extern int node_init (struct node *n);

int
node_attach (struct tree_ *t, int pos, struct node **ret)
{
  _cleanup_ (node_freep) struct node *n = NULL;
  int r;

  n = calloc (1, sizeof *n);
  if (!n)
    return -ENOMEM;
  n->owner = t;
  n->pos = pos;
  t->slot[pos] = n; /* { dg-bogus "stored where it outlives" "unregistered by the cleanup" } */
  r = node_init (n);
  if (r < 0)
    return r;
  if (ret)
    *ret = n;
  n = NULL;
  return 0;
}

/* main puts the path it found into its own argv and execs.  */
extern char *locate_tool (const char *name);

int
main (int argc, char **argv)
{
  _cleanup_free_ char *tool = argc > 1 ? locate_tool (argv[1]) : NULL;
  if (tool)
    {
      argv[0] = tool; /* { dg-bogus "stored where it outlives" "argv of main" } */
      execv (tool, argv);
      return 127;
    }
  return 0;
}

/* RUN_WITH_UMASK: a for loop whose body runs once.  */
static inline void umaskp (mode_t *m) { umask (*m & 0777); }
#define WITH_MASK(m)                                                       \
  for (_cleanup_ (umaskp) mode_t saved_mask_ = umask (m) | S_IFMT;         \
       (saved_mask_ & S_IFMT) != 0; saved_mask_ &= 0777)

int
make_private_file (const char *path)
{
  _cleanup_close_ int fd = -1;

  WITH_MASK (0077) /* { dg-bogus "reassigned" "runs once" } */
    {
      fd = open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600); /* { dg-bogus "reassigned" "runs once" } */
      if (fd < 0)
	return -errno;
    }
  return fsync (fd);
}

/* Character cleanups wipe a secret byte: not a resource.  */
static inline void wipe_byte (char *c) { explicit_bzero (c, sizeof *c); }

int
read_secret_line (int fd, char *buf, size_t n)
{
  size_t k = 0;

  while (k + 1 < n)
    {
      _cleanup_ (wipe_byte) char c; /* { dg-bogus "before it is assigned" "char is no resource" } */

      if (read (fd, &c, 1) != 1)
	return -1;
      if (c == '\n')
	break;
      buf[k++] = c; /* { dg-bogus "stored where it outlives" "char is no resource" } */
    }
  buf[k] = 0;
  return 0;
}

/* EINTR retry whose condition goes through a G_UNLIKELY-style hint.  */
#define AS_01(e) ({ int b_; if (e) b_ = 1; else b_ = 0; b_; })
#define UNLIKELY01(e) (__builtin_expect (AS_01 (e), 0))
#define LIKELY01(e) (__builtin_expect (AS_01 (e), 1))

int
open_retrying (int dfd, const char *path)
{
  _cleanup_close_ int fd = -1;

  do
    fd = openat (dfd, path, O_RDONLY | O_CLOEXEC); /* { dg-bogus "reassigned" "retried only on -1" } */
  while (UNLIKELY01 (fd == -1 && errno == EINTR));
  if (fd == -1)
    return -1;
  return work_on (TAKE_FD (fd));
}

/* A getter that returns NULL exactly when it sets an error, checked
   with a g_assert-style macro before the fallback.  */
typedef struct failure { int code; } failure;
extern char *fetch_setting (const char *key, failure **f);
extern void failure_clear (failure **f);
#define check(e) do { if (LIKELY01 (e)) ; else abort (); } while (0)

char *
setting_or_default (const char *key, const char *fallback)
{
  failure *f = NULL;
  _cleanup_free_ char *val = fetch_setting (key, &f);
  if (f)
    {
      failure_clear (&f);
      check (val == NULL);
      val = strdup (fallback); /* { dg-bogus "reassigned" "asserted NULL" } */
    }
  return TAKE_PTR (val);
}

/* A steal from a variable that still holds its initial -1.  */
static inline int grab_fd (int *p) { int r = *p; *p = -1; return r; }
extern int fetch_blob (void);

int
fetch_maybe_delta (int delta)
{
  _cleanup_close_ int result_fd = -1;
  _cleanup_close_ int blob_fd = -1;

  if (!delta)
    result_fd = grab_fd (&blob_fd);
  blob_fd = fetch_blob ();
  if (blob_fd == -1)
    return -1;
  if (!delta)
    result_fd = grab_fd (&blob_fd); /* { dg-bogus "reassigned" "first steal took -1" } */
  else
    result_fd = dup (blob_fd); /* { dg-bogus "reassigned" "first steal took -1" } */
  if (result_fd == -1)
    return -1;
  return work_on (TAKE_FD (result_fd));
}

/* Correlated conditions: each reassignment is reached only on paths
   where the earlier value was never made.  */
extern char *find_value (const char *k);
extern int consume (const char *s);

int
exclusive_modes (int mode, const char *k)
{
  _cleanup_free_ char *s = NULL;

  if (mode != 1)
    s = find_value (k);
  if (mode == 1)
    s = strdup ("fixed"); /* { dg-bogus "reassigned" "mutually exclusive" } */
  return consume (s);
}

extern void *lookup_obj (const char *k);

int
fallback_lookup (const char *k)
{
  _cleanup_free_ char *s = NULL;
  void *obj = lookup_obj (k);

  if (obj)
    s = strdup (k);
  if (!obj)
    {
      obj = lookup_obj ("default");
      if (obj)
	s = find_value (k); /* { dg-bogus "reassigned" "first one not taken" } */
    }
  return consume (s);
}

/* The first match only: the field set next to it stops further ones.  */
struct boot_entry { char *image; };

int
first_image (struct boot_entry *b, char **files, int n)
{
  _cleanup_free_ char *digest = NULL;

  for (int k = 0; k < n; k++)
    if (!b->image && strncmp (files[k], "image-", 6) == 0)
      {
	digest = strdup (files[k] + 6); /* { dg-bogus "reassigned" "guarded by b->image" } */
	b->image = strdup (files[k]);
      }
  return digest ? consume (digest) : 0;
}

/* The loop runs until a second variable, set together, is non-NULL.  */
extern int next_name (const char **name);
extern int try_open_name (const char *name);
extern int consume_both (int fd, const char *name);

int
first_openable (void)
{
  _cleanup_free_ char *name_found = NULL;
  _cleanup_close_ int fd = -1;

  while (!name_found)
    {
      const char *nm;
      if (!next_name (&nm))
	return -1;
      int t = try_open_name (nm);
      if (t < 0)
	continue;
      name_found = strdup (nm);
      fd = t; /* { dg-bogus "reassigned" "loop ends once name_found is set" } */
    }
  return consume_both (fd, name_found);
}

/* Inner loop breaks with the status that ends the outer loop.  */
extern char **candidates (void);
extern int try_candidate (const char *s);

int
choose (void)
{
  _cleanup_free_ char *pick = NULL;
  int r;

  for (;;)
    {
      char **l = candidates ();
      if (!l)
	return -1;
      r = 1;
      for (char **c = l; *c; c++)
	{
	  r = try_candidate (*c);
	  if (r == 0)
	    {
	      pick = strdup (*c); /* { dg-bogus "reassigned" "set once, then both loops end" } */
	      if (!pick)
		return -ENOMEM;
	      break;
	    }
	  if (r < 0)
	    break;
	}
      if (r != 1)
	break;
    }
  if (r < 0)
    return r;
  return consume (pick);
}

/* GLib convention: NULL exactly when the error is set.  */
typedef struct error_info { int code; } error_info;
extern char *read_setting (const char *key, error_info **error);
extern void error_info_clear (error_info **error);

char *
setting_or_fallback (const char *key, const char *fallback)
{
  error_info *error = NULL;
  _cleanup_free_ char *val = read_setting (key, &error);
  if (error)
    {
      error_info_clear (&error);
      val = strdup (fallback); /* { dg-bogus "reassigned" "NULL iff error" } */
    }
  return TAKE_PTR (val);
}

/* systemd's libfido2-util: the same, under many enclosing conditions
   (the nearest one, 'r == 0', must not be forgotten).  */
extern int ask_pins (char ***ret);
extern int make_cred (const char *pin);

int
pin_for_token (int a, int b, int c, int d, int e)
{
  _cleanup_free_ char *used = NULL;
  int r = 0;

  if (a > 0 && b > 0 && c > 0 && d > 0 && e > 0)
    for (;;)
      {
	char **pins = NULL;
	r = ask_pins (&pins);
	if (r < 0)
	  return r;
	r = 49;
	for (char **i = pins; i && *i; i++)
	  {
	    if (!**i)
	      continue;
	    r = make_cred (*i);
	    if (r == 0)
	      {
		used = strdup (*i); /* { dg-bogus "reassigned" "then both loops end" } */
		if (!used)
		  return -ENOMEM;
		break;
	      }
	    if (r != 49)
	      break;
	  }
	if (r != 49)
	  break;
      }
  return r < 0 ? r : consume (used);
}
