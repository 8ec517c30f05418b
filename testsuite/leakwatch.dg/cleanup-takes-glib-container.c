/* -Wcleanup-handoff with GLib containers made in the same function with
   a destroy function: g_hash_table_insert/replace/add and
   g_ptr_array_add/insert then take what they are given, and the
   g_autofree that still frees it frees it twice.  Containers without a
   destroy function for that part, containers made elsewhere, and the
   values stolen with g_steal_pointer are silent.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

typedef struct _GHashTable GHashTable;
typedef unsigned int (*GHashFunc) (const void *key);
typedef gboolean (*GEqualFunc) (const void *a, const void *b);
extern unsigned int g_str_hash (const void *v);
extern gboolean g_str_equal (const void *a, const void *b);
extern GHashTable *g_hash_table_new (GHashFunc h, GEqualFunc e);
extern GHashTable *g_hash_table_new_full (GHashFunc h, GEqualFunc e,
					  GDestroyNotify key_destroy,
					  GDestroyNotify value_destroy);
extern gboolean g_hash_table_insert (GHashTable *t, gpointer key,
				     gpointer value);
extern gboolean g_hash_table_replace (GHashTable *t, gpointer key,
				      gpointer value);
extern gboolean g_hash_table_add (GHashTable *t, gpointer key);
extern void g_hash_table_unref (GHashTable *t);
extern GPtrArray *g_ptr_array_new (void);
extern GPtrArray *g_ptr_array_new_full (guint n, GDestroyNotify f);
extern void g_ptr_array_insert (GPtrArray *a, int index, gpointer data);
typedef GHashTable *GHashTable_autoptr;
static inline void
glib_autoptr_cleanup_GHashTable (GHashTable **_ptr)
{
  if (*_ptr)
    g_hash_table_unref (*_ptr);
}

extern gchar *next_name (int i);
extern void use_table (GHashTable *t);
extern void use_array (GPtrArray *a);

/* Positives.  */

GHashTable *
names_table (int n)
{
  GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL); /* { dg-message "note: the container is made here with destroy function .g_free." } */
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *name = next_name (i); /* { dg-message "note: .name. is declared here with cleanup .g_autoptr_cleanup_generic_gfree." } */
      g_hash_table_insert (t, name, NULL); /* { dg-warning ".name. is handed to .g_hash_table_insert., which takes ownership of it, but its cleanup .g_autoptr_cleanup_generic_gfree. still runs when .name. leaves scope; the value is released twice \\\[-Wcleanup-handoff\\\]" } */
    }
  return t;
}

void
values_table (int n)
{
  g_autoptr (GHashTable) t
    = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free); /* { dg-message "note: the container is made here with destroy function .g_free." } */
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *v = next_name (i); /* { dg-message "note: .v. is declared here" } */
      g_hash_table_replace (t, (gpointer) "key", v); /* { dg-warning ".v. is handed to .g_hash_table_replace., which takes ownership\[^\n\]*-Wcleanup-handoff" "a g_autoptr table" } */
    }
  use_table (t);
}

void
set_table (int n)
{
  GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL); /* { dg-message "note: the container is made here with destroy function .g_free." } */
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *k = next_name (i); /* { dg-message "note: .k. is declared here" } */
      g_hash_table_add (t, k); /* { dg-warning ".k. is handed to .g_hash_table_add., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
    }
  use_table (t);
}

void
names_array (int n)
{
  g_autoptr (GPtrArray) a = g_ptr_array_new_with_free_func (g_free); /* { dg-message "note: the container is made here with destroy function .g_free." } */
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      g_ptr_array_add (a, s); /* { dg-warning ".s. is handed to .g_ptr_array_add., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
    }
  use_array (a);
}

void
names_array_full (int n)
{
  GPtrArray *a = g_ptr_array_new_full (n, (GDestroyNotify) g_free); /* { dg-message "note: the container is made here with destroy function .g_free." } */
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = next_name (i); /* { dg-message "note: .s. is declared here" } */
      g_ptr_array_insert (a, 0, s); /* { dg-warning ".s. is handed to .g_ptr_array_insert., which takes ownership\[^\n\]*-Wcleanup-handoff" } */
    }
  use_array (a);
}

/* Negatives.  */

GHashTable *
names_table_stolen (int n)
{
  GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *name = next_name (i);
      g_hash_table_insert (t, g_steal_pointer (&name), NULL); /* { dg-bogus "handed to" "stolen" } */
    }
  return t;
}

GHashTable *
values_not_owned (int n)
{
  GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *v = next_name (i);
      g_hash_table_insert (t, g_strdup ("k"), v); /* { dg-bogus "handed to" "the table does not own its values (and v dangles there: not this check)" } */
    }
  return t;
}

void
plain_table (int n)
{
  g_autoptr (GHashTable) t = g_hash_table_new (g_str_hash, g_str_equal);
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *k = next_name (i);
      g_hash_table_insert (t, k, k); /* { dg-bogus "handed to" "no destroy functions" } */
      use_table (t);
      g_hash_table_unref (t);
      t = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

void
table_of_caller (GHashTable *t, int n)
{
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *k = next_name (i);
      g_hash_table_insert (t, k, NULL); /* { dg-bogus "handed to" "a table made elsewhere: its destroy functions are not known" } */
    }
}

void
plain_array (int n)
{
  g_autoptr (GPtrArray) a = g_ptr_array_new ();
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = next_name (i);
      g_ptr_array_add (a, s); /* { dg-bogus "handed to" "no free function" } */
      use_array (a);
    }
}

extern GDestroyNotify pick_destroy (void);

void
unknown_destroy (int n)
{
  GPtrArray *a = g_ptr_array_new_with_free_func (pick_destroy ());
  for (int i = 0; i < n; i++)
    {
      g_autofree gchar *s = next_name (i);
      g_ptr_array_add (a, s); /* { dg-bogus "handed to" "a free function not known" } */
      use_array (a);
    }
}

void
array_reassigned (int n, int m)
{
  g_autoptr (GPtrArray) a = g_ptr_array_new_with_free_func (g_free);
  if (m)
    {
      g_ptr_array_unref (a);
      a = g_ptr_array_new ();
    }
  g_autofree gchar *s = next_name (n);
  g_ptr_array_add (a, s); /* { dg-bogus "handed to" "two containers may reach the call" } */
  use_array (a);
}
