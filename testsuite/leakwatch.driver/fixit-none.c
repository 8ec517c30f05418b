/* Input of fixit.exp: no steal macro before the function: no fix-it.  */
#include <stdlib.h>
#include <string.h>

static inline void freep (void *p) { free (*(void **) p); }
#define _cleanup_free_ __attribute__ ((cleanup (freep)))

static char *table[16];

void
fill (char **names, int n)
{
  for (int i = 0; i < n && i < 16; i++)
    {
      _cleanup_free_ char *copy = strdup (names[i]);
      if (!copy)
	return;
      table[i] = copy; /* line 18: warning, no fix-it */
    }
}

/* Defined after the function above: too late for it.  */
#define TAKE_PTR(ptr) (ptr)
