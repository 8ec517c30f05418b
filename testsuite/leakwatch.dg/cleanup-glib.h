/* cleanup-glib.h: GLib's cleanup macros for the cleanup-*.c tests, spelled
   out as glib/gmacros.h, glib/gmem.h and glib/glib-autocleanups.h define
   them (GLib need not be installed).  */

#ifndef CLEANUP_GLIB_H
#define CLEANUP_GLIB_H

#include <stddef.h>
#include <string.h>
#include <stdio.h>

typedef void *gpointer;
typedef char gchar;
typedef int gboolean;
typedef unsigned int guint;
typedef void (*GDestroyNotify) (gpointer data);

extern void g_free (gpointer mem);
extern gchar *g_strdup (const gchar *str);
extern gchar *g_strdup_printf (const gchar *format, ...);
extern gchar *g_build_filename (const gchar *first, ...);
extern gboolean g_str_has_prefix (const gchar *str, const gchar *prefix);

static inline void
g_autoptr_cleanup_generic_gfree (void *p)
{
  void **pp = (void **) p;
  g_free (*pp);
}
#define _GLIB_CLEANUP(func) __attribute__ ((cleanup (func)))
#define g_autofree _GLIB_CLEANUP (g_autoptr_cleanup_generic_gfree)

static inline gpointer
(g_steal_pointer) (gpointer pp)
{
  gpointer *ptr = (gpointer *) pp;
  gpointer ref;
  ref = *ptr;
  *ptr = NULL;
  return ref;
}
#define g_steal_pointer(pp) ((__typeof__ (*pp)) (g_steal_pointer) (pp))

#define g_clear_pointer(pp, destroy)                                           \
  do                                                                           \
    {                                                                          \
      __typeof__ ((pp)) _pp = (pp);                                            \
      __typeof__ (*(pp)) _ptr = *_pp;                                          \
      *_pp = NULL;                                                             \
      if (_ptr)                                                                \
	(destroy) (_ptr);                                                      \
    }                                                                          \
  while (0)

/* g_autoptr (GFile) and g_autoptr (GPtrArray), as G_DEFINE_AUTOPTR_CLEANUP_FUNC
   makes them.  */
typedef struct _GFile GFile;
typedef struct _GPtrArray
{
  gpointer *pdata;
  guint len;
} GPtrArray;
extern void g_object_unref (gpointer object);
extern GFile *g_file_new_for_path (const char *path);
extern GFile *g_file_get_child (GFile *file, const char *name);
extern GPtrArray *g_ptr_array_new_with_free_func (GDestroyNotify f);
extern void g_ptr_array_add (GPtrArray *array, gpointer data);
extern void g_ptr_array_unref (GPtrArray *array);
typedef GFile *GFile_autoptr;
typedef GPtrArray *GPtrArray_autoptr;
static inline void
glib_autoptr_cleanup_GFile (GFile **_ptr)
{
  if (*_ptr)
    g_object_unref (*_ptr);
}
static inline void
glib_autoptr_cleanup_GPtrArray (GPtrArray **_ptr)
{
  if (*_ptr)
    g_ptr_array_unref (*_ptr);
}
#define g_autoptr(TypeName)                                                    \
  _GLIB_CLEANUP (glib_autoptr_cleanup_##TypeName) TypeName##_autoptr

#endif /* CLEANUP_GLIB_H */
