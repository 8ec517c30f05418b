/* A cleanup variable that first holds a pointer into a string (a
   search result: strstr, strchr, g_strstr_len), then an owned copy:
   the search result owns nothing, so the copy leaks nothing (appstream's
   as-utils.c).  A second owned value over the copy still does.  */
/* { dg-do compile } */

#include "cleanup-glib.h"

typedef long gssize;
extern gchar *g_strstr_len (const gchar *haystack, gssize len,
			    const gchar *needle);
extern int use (const char *s);

int
url_host (const gchar *url)
{
  g_autofree gchar *tmp = NULL;
  tmp = g_strstr_len (url, -1, "://");
  if (tmp == NULL)
    tmp = g_strdup (url);
  else
    tmp = g_strdup (tmp + 3); /* { dg-bogus "reassigned" } */
  return use (tmp);
}

/* A 'char *' line: C23's strchr returns 'const char *' for a
   'const char *' argument.  */
int
after_colon (char *line)
{
  g_autofree gchar *v = NULL;
  v = strchr (line, ':');
  if (v)
    v = g_strdup (v + 1); /* { dg-bogus "reassigned" } */
  return use (v);
}

int
two_copies (const gchar *url)
{
  g_autofree gchar *tmp = NULL; /* { dg-message "note: .tmp. is declared here" } */
  tmp = g_strdup (url);
  if (strstr (tmp, "://"))
    tmp = g_strdup (tmp + 3); /* { dg-warning ".tmp. is reassigned while it still owns a value" } */
  return use (tmp);
}
