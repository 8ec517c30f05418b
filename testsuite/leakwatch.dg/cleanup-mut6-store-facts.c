/* What a store into memory teaches the confirming walk (facts.c,
   lw_facts_store): a NULL stored into a pointer field is what a later
   test of it sees; an SSA value stored carries what the path knows of
   it; a store into another place leaves a place's facts alone.  (Issue
   10, sixth round of mutation: each test below fails with one mutant of
   lw_facts_store.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

struct parser
{
  char *cur;
  int n;
};
struct boot_entry
{
  char *image;
  int count;
};
extern int consume (char *s);
extern int next_state (void);

/* The NULL stored makes the second test true: both branches run.  */
int
reset_ptr (struct parser *ps, const char *line)
{
  _cleanup_free_ char *buf = NULL;
  if (ps->cur)
    {
      buf = strdup (line);
      if (!buf)
	return -ENOMEM;
      ps->cur = NULL;
    }
  if (!ps->cur)
    buf = strdup ("empty"); /* { dg-warning "still owns a value" } */
  return consume (TAKE_PTR (buf));
}

/* R is known to be 0 where it is stored: so is ps->n then.  */
int
store_known (struct parser *ps, const char *line)
{
  _cleanup_free_ char *buf = NULL;
  int r = next_state ();
  if (ps->n > 0)
    {
      buf = strdup (line);
      if (!buf)
	return -ENOMEM;
      if (r != 0)
	return r;
      ps->n = r;
    }
  if (ps->n == 0)
    buf = strdup ("empty"); /* { dg-warning "still owns a value" } */
  return consume (TAKE_PTR (buf));
}

/* The count stored next to the image does not make the image's test
   unknown: the first match only.  */
int
first_image_counted (struct boot_entry *b, char **files, int n)
{
  _cleanup_free_ char *digest = NULL;
  for (int k = 0; k < n; k++)
    if (!b->image && strncmp (files[k], "image-", 6) == 0)
      {
	digest = strdup (files[k] + 6); /* { dg-bogus "reassigned" "guarded by b->image" } */
	b->image = strdup (files[k]);
	b->count = 0;
      }
  return digest ? consume (TAKE_PTR (digest)) : 0;
}

/* { dg-prune-output "note:" } */
