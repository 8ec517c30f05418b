/* Input of fixit.exp: per-iteration and scoped values stored where
   they outlive the variable that frees them, in a file with TAKE_PTR.  */
#include <stdlib.h>
#include <string.h>

static inline void freep (void *p) { free (*(void **) p); }
#define _cleanup_free_ __attribute__ ((cleanup (freep)))
#define TAKE_PTR(ptr)                                                          \
  ({                                                                           \
    typeof (ptr) *_pptr_ = &(ptr);                                             \
    typeof (ptr) _ptr_ = *_pptr_;                                              \
    *_pptr_ = NULL;                                                            \
    _ptr_;                                                                     \
  })

static char *table[16];
static char *last;

void
fill (char **names, int n)
{
  for (int i = 0; i < n && i < 16; i++)
    {
      _cleanup_free_ char *copy = strdup (names[i]);
      if (!copy)
	return;
      table[i] = copy; /* line 27: fix-it */
    }
}

int
keep (char **ret, const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  if (!copy)
    return -1;
  *ret = copy; /* line 37: fix-it */
  return 0;
}

/* Not written as the variable alone: no fix-it.  */
void
keep_paren (const char *s)
{
  _cleanup_free_ char *copy = strdup (s);
  if (!copy)
    return;
  last = (copy); /* line 48: no fix-it */
}
