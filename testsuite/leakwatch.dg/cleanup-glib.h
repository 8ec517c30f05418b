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

/* GError and GTask: g_propagate_error and g_task_return_error take
   ownership of the error they are given.  */
typedef unsigned int GQuark;
typedef struct _GError
{
  GQuark domain;
  int code;
  gchar *message;
} GError;
typedef struct _GTask GTask;
extern void g_error_free (GError *error);
extern GError *g_error_new_literal (GQuark domain, int code,
				    const gchar *message);
extern void g_propagate_error (GError **dest, GError *src);
extern void g_task_return_error (GTask *task, GError *error);
typedef GError *GError_autoptr;
static inline void
glib_autoptr_cleanup_GError (GError **_ptr)
{
  if (*_ptr)
    g_error_free (*_ptr);
}

/* GLib's test assertions, expanded as glib/gtestutils.h and
   glib/gmacros.h expand them with GCC.  Only g_assert ends in a noreturn
   call (g_assertion_message_expr); the others call g_assertion_message
   or g_assertion_message_cmpstr, which return when a test has called
   g_test_set_nonfatal_assertions ().  */
extern int g_strcmp0 (const char *str1, const char *str2);
extern void g_assertion_message (const char *domain, const char *file,
				 int line, const char *func,
				 const char *message);
extern void g_assertion_message_expr (const char *domain, const char *file,
				      int line, const char *func,
				      const char *expr)
  __attribute__ ((__noreturn__));
extern void g_assertion_message_cmpstr (const char *domain, const char *file,
					int line, const char *func,
					const char *expr, const char *arg1,
					const char *cmp, const char *arg2);

#define G_STMT_START do
#define G_STMT_END while (0)
#define G_STRFUNC ((const char *) (__func__))
#define G_LOG_DOMAIN ((gchar *) 0)
#define _G_BOOLEAN_EXPR(expr)                                                  \
  __extension__ ({                                                             \
    int _g_boolean_var_;                                                       \
    if (expr)                                                                  \
      _g_boolean_var_ = 1;                                                     \
    else                                                                       \
      _g_boolean_var_ = 0;                                                     \
    _g_boolean_var_;                                                           \
  })
#define G_LIKELY(expr) (__builtin_expect (_G_BOOLEAN_EXPR (expr), 1))

#define g_assert(expr)                                                         \
  G_STMT_START                                                                 \
  {                                                                            \
    if G_LIKELY (expr)                                                         \
      ;                                                                        \
    else                                                                       \
      g_assertion_message_expr (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,   \
				#expr);                                        \
  }                                                                            \
  G_STMT_END
#define g_assert_true(expr)                                                    \
  G_STMT_START                                                                 \
  {                                                                            \
    if G_LIKELY (expr)                                                         \
      ;                                                                        \
    else                                                                       \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,        \
			   "'" #expr "' should be TRUE");                      \
  }                                                                            \
  G_STMT_END
#define g_assert_false(expr)                                                   \
  G_STMT_START                                                                 \
  {                                                                            \
    if G_LIKELY (!(expr))                                                      \
      ;                                                                        \
    else                                                                       \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,        \
			   "'" #expr "' should be FALSE");                     \
  }                                                                            \
  G_STMT_END
#define g_assert_null(expr)                                                    \
  G_STMT_START                                                                 \
  {                                                                            \
    const void *_glib_test_ptr = (expr);                                       \
    if G_LIKELY (_glib_test_ptr == NULL)                                       \
      ;                                                                        \
    else                                                                       \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,        \
			   "'" #expr "' should be NULL");                      \
  }                                                                            \
  G_STMT_END
#define g_assert_nonnull(expr)                                                 \
  G_STMT_START                                                                 \
  {                                                                            \
    const void *_glib_test_ptr = (expr);                                       \
    if G_LIKELY (_glib_test_ptr != NULL)                                       \
      ;                                                                        \
    else                                                                       \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,        \
			   "'" #expr "' should not be NULL");                  \
  }                                                                            \
  G_STMT_END
#define g_assert_cmpstr(s1, cmp, s2)                                           \
  G_STMT_START                                                                 \
  {                                                                            \
    const char *__s1 = (s1), *__s2 = (s2);                                     \
    if (g_strcmp0 (__s1, __s2) cmp 0)                                          \
      ;                                                                        \
    else                                                                       \
      g_assertion_message_cmpstr (G_LOG_DOMAIN, __FILE__, __LINE__,            \
				  G_STRFUNC, #s1 " " #cmp " " #s2, __s1, #cmp, \
				  __s2);                                       \
  }                                                                            \
  G_STMT_END

#endif /* CLEANUP_GLIB_H */
