/* Input of fixit.exp: GLib's g_steal_pointer.  */
#include <stdlib.h>
#include <string.h>

typedef void *gpointer;
static inline void g_autoptr_cleanup_generic_gfree (void *p)
{
  free (*(void **) p);
}
#define g_autofree __attribute__ ((cleanup (g_autoptr_cleanup_generic_gfree)))
static inline gpointer
g_steal_pointer (gpointer pp)
{
  gpointer *ptr = (gpointer *) pp;
  gpointer ref = *ptr;
  *ptr = NULL;
  return ref;
}

static char *names[8];

void
collect (const char **in, int n)
{
  for (int i = 0; i < n && i < 8; i++)
    {
      g_autofree char *s = strdup (in[i]);
      names[i] = s; /* line 28: fix-it */
    }
}
