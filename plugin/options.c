/* options.c: the plugin's arguments and LEAKWATCH_OPTIONS into one
   configuration.

   Arguments, as -fplugin-arg-leakwatch-KEY[=VALUE]:
     help                  list arguments and checks on stderr
     version               print the plugin version on stderr
     disable               turn the plugin off entirely
     disable=CHECK[,...]   turn checks off
     enable=CHECK[,...]    turn checks on (also those off by default)
     error=CHECK[,...]     report checks as errors
     no-error=CHECK[,...]  keep checks as warnings even under -Werror
     check-probes          also report in configure probes
     debug                 trace the analyses on stderr
   CHECK may be 'all'.  LEAKWATCH_OPTIONS holds the same KEY[=VALUE]
   words separated by spaces; the command line is applied after it, so
   it wins.  */

#include "leakwatch-int.h"

struct lw_config lw_config;

const struct lw_check_info lw_checks[LW_N_CHECKS] = {
  { "thread-leak",
    "a thread that some path neither joins, detaches nor cancels", true,
    true },
  { "cleanup-in-loop",
    "a cleanup variable reassigned in a loop (earlier values leak) or whose "
    "per-iteration value escapes the iteration",
    true, false },
  { "cleanup-overwrite",
    "a cleanup variable reassigned while it still owns a value", true, false },
  { "cleanup-escape",
    "a cleanup variable's value stored where it outlives the variable", true,
    false },
  { "cleanup-uninit",
    "a cleanup variable that can reach its cleanup uninitialised", true,
    false },
  { "unused-result",
    "a must-check result stored in a variable and never read "
    "(reported under GCC's -Wunused-result)",
    true, false },
};

/* One accepted argument.  */
struct lw_arg_info
{
  const char *key;
  const char *value_form; /* NULL: takes no value.  */
  bool value_optional;
  const char *summary;
};

static const struct lw_arg_info lw_args[] = {
  { "help", NULL, false, "list the arguments and the checks, then go on" },
  { "version", NULL, false, "print the plugin's version, then go on" },
  { "disable", "CHECK[,CHECK...]", true,
    "without a value: turn leakwatch off; with one: turn those checks off" },
  { "enable", "CHECK[,CHECK...]", false, "turn those checks on" },
  { "error", "CHECK[,CHECK...]", false, "report those checks as errors" },
  { "no-error", "CHECK[,CHECK...]", false,
    "keep those checks warnings even under -Werror" },
  { "check-probes", NULL, false,
    "report in configure probes (conftest.c and the like) too" },
  { "debug", NULL, false, "trace the analyses on stderr" },
};

int
lw_check_by_name (const char *name)
{
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (strcmp (lw_checks[i].name, name) == 0)
      return i;
  return -1;
}

static char *
lw_check_names (void)
{
  size_t len = 0;
  for (int i = 0; i < LW_N_CHECKS; i++)
    len += strlen (lw_checks[i].name) + 2;
  char *s = XNEWVEC (char, len + 4);
  s[0] = '\0';
  for (int i = 0; i < LW_N_CHECKS; i++)
    {
      strcat (s, lw_checks[i].name);
      strcat (s, ", ");
    }
  strcat (s, "all");
  return s;
}

static char *
lw_arg_names (void)
{
  size_t len = 0;
  for (size_t i = 0; i < ARRAY_SIZE (lw_args); i++)
    len += strlen (lw_args[i].key) + 2;
  char *s = XNEWVEC (char, len + 1);
  s[0] = '\0';
  for (size_t i = 0; i < ARRAY_SIZE (lw_args); i++)
    {
      if (i)
	strcat (s, ", ");
      strcat (s, lw_args[i].key);
    }
  return s;
}

/* Apply SET to each check named in the comma-separated LIST.  WHERE
   names the origin for messages.  */
static bool
lw_for_each_check (const char *where, const char *key, const char *list,
		   void (*set) (int check))
{
  if (!list || !*list)
    {
      error ("%s: %<%s%> needs a value: %<%s=CHECK[,CHECK...]%>", where, key,
	     key);
      return false;
    }
  char *copy = xstrdup (list);
  bool ok = true;
  for (char *save = NULL, *tok = strtok_r (copy, ",", &save); tok;
       tok = strtok_r (NULL, ",", &save))
    {
      if (strcmp (tok, "all") == 0)
	{
	  for (int i = 0; i < LW_N_CHECKS; i++)
	    set (i);
	  continue;
	}
      int c = lw_check_by_name (tok);
      if (c < 0)
	{
	  char *names = lw_check_names ();
	  error ("%s: unknown check %qs in %<%s=%>; valid checks are: %s",
		 where, tok, key, names);
	  free (names);
	  ok = false;
	  break;
	}
      set (c);
    }
  size_t len = strlen (list);
  if (ok && (list[0] == ',' || list[len - 1] == ',' || strstr (list, ",,")))
    {
      error ("%s: empty check name in %<%s=%s%>", where, key, list);
      ok = false;
    }
  free (copy);
  return ok;
}

static void
set_enable (int c)
{
  lw_config.enabled[c] = true;
}
static void
set_disable (int c)
{
  lw_config.enabled[c] = false;
}
static void
set_error (int c)
{
  lw_config.error[c] = 1;
}
static void
set_no_error (int c)
{
  lw_config.error[c] = 0;
}

/* Apply one KEY[=VALUE] from WHERE.  */
static bool
lw_apply (const char *where, const char *key, const char *value)
{
  const struct lw_arg_info *info = NULL;
  for (size_t i = 0; i < ARRAY_SIZE (lw_args); i++)
    if (strcmp (lw_args[i].key, key) == 0)
      info = &lw_args[i];
  if (!info)
    {
      char *names = lw_arg_names ();
      error ("%s: unknown argument %qs; valid arguments are: %s", where, key,
	     names);
      free (names);
      return false;
    }
  if (!info->value_form && value)
    {
      error ("%s: argument %qs takes no value (got %<%s=%s%>)", where, key,
	     key, value);
      return false;
    }

  if (strcmp (key, "help") == 0)
    lw_config.help = true;
  else if (strcmp (key, "version") == 0)
    lw_config.version = true;
  else if (strcmp (key, "check-probes") == 0)
    lw_config.check_probes = true;
  else if (strcmp (key, "debug") == 0)
    lw_config.debug = 1;
  else if (strcmp (key, "disable") == 0)
    {
      if (!value)
	lw_config.disabled = true;
      else
	return lw_for_each_check (where, key, value, set_disable);
    }
  else if (strcmp (key, "enable") == 0)
    return lw_for_each_check (where, key, value, set_enable);
  else if (strcmp (key, "error") == 0)
    return lw_for_each_check (where, key, value, set_error);
  else if (strcmp (key, "no-error") == 0)
    return lw_for_each_check (where, key, value, set_no_error);
  return true;
}

/* Split the environment variable into words and apply each.  */
static bool
lw_apply_env (void)
{
  const char *env = getenv ("LEAKWATCH_OPTIONS");
  if (!env)
    return true;
  char *copy = xstrdup (env);
  bool ok = true;
  for (char *save = NULL, *word = strtok_r (copy, " \t\n", &save); word && ok;
       word = strtok_r (NULL, " \t\n", &save))
    {
      char *eq = strchr (word, '=');
      if (eq)
	*eq = '\0';
      if (!*word)
	{
	  error ("%<LEAKWATCH_OPTIONS%>: empty argument name");
	  ok = false;
	  break;
	}
      ok = lw_apply ("LEAKWATCH_OPTIONS", word, eq ? eq + 1 : NULL);
    }
  free (copy);
  return ok;
}

bool
lw_parse_options (const char *plugin_name, int argc,
		  struct plugin_argument *argv)
{
  memset (&lw_config, 0, sizeof lw_config);
  for (int i = 0; i < LW_N_CHECKS; i++)
    {
      lw_config.enabled[i] = lw_checks[i].on_by_default;
      lw_config.error[i] = -1;
    }
  if (!lw_apply_env ())
    return false;

  char where[128];
  snprintf (where, sizeof where, "-fplugin-arg-%s", plugin_name);
  for (int i = 0; i < argc; i++)
    if (!lw_apply (where, argv[i].key, argv[i].value))
      return false;
  return true;
}

void
lw_print_help (const char *plugin_name)
{
  fprintf (stderr,
	   "leakwatch %s: thread leaks, cleanup attributes misused "
	   "around loops and ignored errors as GCC warnings\n",
	   LEAKWATCH_VERSION);
  fprintf (stderr,
	   "Arguments (-fplugin-arg-%s-KEY[=VALUE], or KEY[=VALUE] "
	   "words in LEAKWATCH_OPTIONS):\n",
	   plugin_name);
  for (size_t i = 0; i < ARRAY_SIZE (lw_args); i++)
    {
      char buf[64];
      if (lw_args[i].value_form)
	snprintf (buf, sizeof buf, "%s%s%s%s", lw_args[i].key,
		  lw_args[i].value_optional ? "[" : "", "=",
		  lw_args[i].value_form);
      else
	snprintf (buf, sizeof buf, "%s", lw_args[i].key);
      if (lw_args[i].value_optional)
	strcat (buf, "]");
      fprintf (stderr, "  %-28s %s\n", buf, lw_args[i].summary);
    }
  fprintf (stderr, "Checks (CHECK above; 'all' names every check):\n");
  for (int i = 0; i < LW_N_CHECKS; i++)
    fprintf (stderr, "  -W%-26s %s%s%s\n", lw_checks[i].name,
	     lw_checks[i].summary,
	     lw_checks[i].on_by_default ? "" : " (off by default)",
	     lw_checks[i].implemented ? "" : " (not implemented yet)");
  fprintf (stderr, "Silence one place with LEAKWATCH_IGNORE(\"CHECK\") from "
		   "<leakwatch.h>, inside #pragma GCC diagnostic push/pop\n");
}
