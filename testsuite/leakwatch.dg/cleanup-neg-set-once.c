/* -Wcleanup-in-loop: a value taken at most once per loop, because the
   same branch fills a field of an object that a cleanup variable points
   to and the branch first tests that field (ostree's boot layout scan).
   The object pointer is reloaded from its variable on each test.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <stdlib.h>
#include <string.h>

static inline void
freep (void *p)
{
  free (*(void **) p);
}
#define autofree __attribute__ ((cleanup (freep)))

struct boot_files
{
  char *kernel;
  char *initrd;
};

static inline void
boot_files_freep (struct boot_files **b)
{
  if (*b)
    {
      free ((*b)->kernel);
      free ((*b)->initrd);
      free (*b);
    }
}

extern const char *next_entry (void);
extern int checksum_ok (const char *name);

int
find_boot_files (struct boot_files **out, char **kernel_digest)
{
  __attribute__ ((cleanup (boot_files_freep))) struct boot_files *found
    = calloc (1, sizeof *found);
  autofree char *kdigest = NULL;
  autofree char *idigest = NULL;
  const char *name;

  if (!found)
    return -1;
  while ((name = next_entry ()))
    {
      if (found->kernel == NULL && strncmp (name, "vmlinuz-", 8) == 0)
	{
	  if (checksum_ok (name))
	    {
	      kdigest = strdup (name + 8); /* { dg-bogus "reassigned on each iteration" } */
	      found->kernel = strdup (name);
	    }
	}
      else if (found->initrd == NULL && strncmp (name, "initrd-", 7) == 0)
	{
	  if (checksum_ok (name))
	    {
	      idigest = strdup (name + 7); /* { dg-bogus "reassigned on each iteration" } */
	      found->initrd = strdup (name);
	    }
	}
    }
  *kernel_digest = kdigest;
  kdigest = NULL;
  *out = found;
  found = NULL;
  return 0;
}

/* Without the guard every matching entry leaks the previous digest.  */
int
last_kernel (char **kernel_digest)
{
  autofree char *kdigest = NULL;
  const char *name;

  while ((name = next_entry ()))
    if (strncmp (name, "vmlinuz-", 8) == 0)
      kdigest = strdup (name + 8); /* { dg-warning "reassigned on each iteration" } */
  *kernel_digest = kdigest;
  kdigest = NULL;
  return 0;
}
