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
     plain-diagnostics     report as plain warnings, without registering
			   options with GCC (what happens by itself when
			   GCC's diagnostic context is not as expected)
     thread-api=ROLE:NAME:N[,...]
			   user functions that create (create) or join,
			   detach or cancel (join) the thread whose handle
			   is argument N
     must-check=NAME[,...] results of these functions must be checked
			   (unused-result); a NAME may also be @FILE (one
			   name per line, '#' comments; at most 1 MiB,
			   1023 bytes a line, 65536 names) or a profile:
			   cert-err33-c, posix-io
     takes=NAME:N[,...]    functions that take ownership of their argument
			   N (cleanup-handoff); NAME:N:if-positive: only
			   when they return a value > 0
     void-cast=MODE        what '(void) f ()' and '(void) r' mean to
			   unused-result: allow (default), warn, silences
     cleanup-escape=LEVEL  1 (default): cleanup-escape reports values
			   stored into the caller's memory; 2: into
			   file-scope objects too
     log=FILE              append every finding, printed or not, to FILE
			   as one JSON line (the campaign log)
     assert-fail=NAME[,...]
			   more functions that report a failed assertion
			   and may return: a path ends at a call to one
			   (a NAME may also be @FILE, as for must-check)
   CHECK may be 'all'.  LEAKWATCH_OPTIONS holds the same KEY[=VALUE]
   words separated by spaces; then -Wno-CHECK among the compiler's
   options; then the plugin's arguments, which win.  */

#include "leakwatch-int.h"

struct lw_config lw_config;

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
  { "plain-diagnostics", NULL, false,
    "plain warnings, tagged by leakwatch itself, without GCC's option "
    "machinery (the fallback for an unexpected GCC)" },
  { "thread-api", "ROLE:NAME:N[,...]", false,
    "NAME creates (create) or joins/detaches (join) the thread whose "
    "handle is argument N, counting from 1 (thread-leak)" },
  { "must-check", "NAME[,...]", false,
    "results of these functions must be checked (unused-result); a NAME "
    "may be @FILE (one name a line, at most 1 MiB and 65536 names) or a "
    "profile: cert-err33-c, posix-io" },
  { "takes", "NAME:N[:if-positive][,...]", false,
    "NAME takes ownership of its argument N, counting from 1 (with "
    ":if-positive, only when it returns a value > 0): handing it a cleanup "
    "variable's value without TAKE_PTR is a double release "
    "(cleanup-handoff)" },
  { "void-cast", "MODE", false,
    "(void) casts are deliberate ignores (allow, the default), reported "
    "(warn), or also silence GCC's -Wunused-result (silences)" },
  { "cleanup-escape", "LEVEL", false,
    "1 (the default): -Wcleanup-escape reports values returned or stored "
    "into the caller's memory; 2: also those stored into file-scope "
    "objects" },
  { "assert-fail", "NAME[,...]", false,
    "calls to these functions report a failed assertion and end the path, "
    "as g_assertion_message and __assert_fail do; a NAME may be @FILE" },
  { "log", "FILE", false,
    "append every finding, printed or silenced, to FILE as one JSON line "
    "(for leakwatch-report)" },
};

/* S as a message shows it: whole up to 64 bytes, else its first 64
   bytes, "..." and its length, so that a runaway value (a generated
   100 kB list) still gives one short line.  Four buffers in turn: up to
   four shortened values in one message.  */
/* A file name is shown whole up to 1024 bytes (the user needs it to
   find the file), so a runaway one still gives one line.  */
#define LW_SHOWN_PATH_MAX 1024
static const char *
lw_shown_path (const char *s)
{
  static char buf[LW_SHOWN_PATH_MAX + 32];
  size_t n = strlen (s);
  if (n <= LW_SHOWN_PATH_MAX)
    return s;
  snprintf (buf, sizeof buf, "%.*s... (%lu bytes)", LW_SHOWN_PATH_MAX, s,
	    (unsigned long) n);
  return buf;
}

const char *
lw_shown (const char *s)
{
  static char buf[4][96];
  static unsigned k;
  size_t n = strlen (s);
  if (n <= 64)
    return s;
  char *b = buf[k++ % 4];
  snprintf (b, sizeof buf[0], "%.64s... (%lu bytes)", s, (unsigned long) n);
  return b;
}

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
		 where, lw_shown (tok), key, names);
	  free (names);
	  ok = false;
	  break;
	}
      set (c);
    }
  size_t len = strlen (list);
  if (ok && (list[0] == ',' || list[len - 1] == ',' || strstr (list, ",,")))
    {
      error ("%s: empty check name in %<%s=%s%>", where, key, lw_shown (list));
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

/* must-check= profiles.  cert-err33-c: the functions of the table of
   CERT C rule ERR33-C ("Detect and handle standard library errors"),
   less the output-to-stdout ones (printf, puts, putchar and their wide
   and v forms) whose results are conventionally ignored.  */
static const char *const lw_profile_cert_err33_c[]
  = { "aligned_alloc", "asctime_s",    "at_quick_exit", "atexit",
      "bsearch",       "bsearch_s",    "btowc",		"c16rtomb",
      "c32rtomb",      "calloc",       "clock",		"cnd_broadcast",
      "cnd_init",      "cnd_signal",   "cnd_timedwait", "cnd_wait",
      "ctime_s",       "fclose",       "fflush",	"fgetc",
      "fgetpos",       "fgets",	       "fgetwc",	"fopen",
      "fopen_s",       "fprintf",      "fprintf_s",	"fputc",
      "fputs",	       "fputwc",       "fputws",	"fread",
      "freopen",       "freopen_s",    "fscanf",	"fscanf_s",
      "fseek",	       "fsetpos",      "ftell",		"fwprintf",
      "fwprintf_s",    "fwrite",       "fwscanf",	"fwscanf_s",
      "getc",	       "getchar",      "getenv",	"getenv_s",
      "gets_s",	       "getwc",	       "getwchar",	"gmtime",
      "gmtime_s",      "localtime",    "localtime_s",	"malloc",
      "mblen",	       "mbrlen",       "mbrtoc16",	"mbrtoc32",
      "mbrtowc",       "mbsrtowcs",    "mbsrtowcs_s",	"mbstowcs",
      "mbstowcs_s",    "mbtowc",       "memchr",	"mktime",
      "mtx_init",      "mtx_lock",     "mtx_timedlock", "mtx_trylock",
      "mtx_unlock",    "putc",	       "putwc",		"raise",
      "realloc",       "remove",       "rename",	"scanf",
      "scanf_s",       "setlocale",    "setvbuf",	"signal",
      "snprintf",      "snprintf_s",   "sprintf",	"sprintf_s",
      "sscanf",	       "sscanf_s",     "strchr",	"strerror_s",
      "strftime",      "strpbrk",      "strrchr",	"strstr",
      "strtod",	       "strtof",       "strtoimax",	"strtok",
      "strtok_s",      "strtol",       "strtold",	"strtoll",
      "strtoul",       "strtoull",     "strtoumax",	"strxfrm",
      "swprintf",      "swprintf_s",   "swscanf",	"swscanf_s",
      "thrd_create",   "thrd_detach",  "thrd_join",	"thrd_sleep",
      "time",	       "timespec_get", "tmpfile",	"tmpfile_s",
      "tmpnam",	       "tmpnam_s",     "tss_create",	"tss_get",
      "tss_set",       "ungetc",       "ungetwc",	"vfprintf",
      "vfprintf_s",    "vfscanf",      "vfscanf_s",	"vfwprintf",
      "vfwprintf_s",   "vfwscanf",     "vfwscanf_s",	"vscanf",
      "vscanf_s",      "vsnprintf",    "vsnprintf_s",	"vsprintf",
      "vsprintf_s",    "vsscanf",      "vsscanf_s",	"vswprintf",
      "vswprintf_s",   "vswscanf",     "vswscanf_s",	"vwscanf",
      "vwscanf_s",     "wcrtomb",      "wcschr",	"wcsftime",
      "wcspbrk",       "wcsrchr",      "wcsrtombs",	"wcsrtombs_s",
      "wcsstr",	       "wcstod",       "wcstof",	"wcstoimax",
      "wcstok",	       "wcstok_s",     "wcstol",	"wcstold",
      "wcstoll",       "wcstombs",     "wcstombs_s",	"wcstoul",
      "wcstoull",      "wcstoumax",    "wcsxfrm",	"wctob",
      "wctomb",	       "wctomb_s",     "wctrans",	"wctype",
      "wmemchr",       "wscanf",       "wscanf_s",	NULL };

/* posix-io: I/O on descriptors, and calls that change credentials or
   ownership, where an unnoticed failure loses data or privileges.  */
static const char *const lw_profile_posix_io[]
  = { "read",	   "write",	"pread",      "pwrite",	   "pread64",
      "pwrite64",  "readv",	"writev",     "preadv",	   "pwritev",
      "close",	   "fsync",	"fdatasync",  "ftruncate", "ftruncate64",
      "truncate",  "dup",	"dup2",	      "dup3",	   "lseek",
      "lseek64",   "open",	"open64",     "openat",	   "creat",
      "pipe",	   "pipe2",	"send",	      "sendto",	   "sendmsg",
      "recv",	   "recvfrom",	"recvmsg",    "setuid",	   "setgid",
      "seteuid",   "setegid",	"setreuid",   "setregid",  "setresuid",
      "setresgid", "setgroups", "initgroups", "setfsuid",  "setfsgid",
      "chdir",	   "fchdir",	"chroot",     "chown",	   "fchown",
      "lchown",	   "fchownat",	"chmod",      "fchmod",	   "fchmodat",
      NULL };

/* Append NAME to the list *V of *N names.  */
static void
lw_add_name (const char ***v, unsigned *n, const char *name)
{
  /* Doubling: a list file may name many functions.  */
  if ((*n & (*n - 1)) == 0)
    *v = XRESIZEVEC (const char *, *v, *n ? 2 * *n : 16);
  (*v)[(*n)++] = name;
}

static void
lw_add_must_check (const char *name)
{
  lw_add_name (&lw_config.must_check, &lw_config.n_must_check, name);
}

static void
lw_add_assert_fail (const char *name)
{
  lw_add_name (&lw_config.assert_fail, &lw_config.n_assert_fail, name);
}

/* True if NAME is a C identifier.  */
bool
lw_identifier_p (const char *name)
{
  if (!ISIDST (name[0]))
    return false;
  for (const char *p = name + 1; *p; p++)
    if (!ISIDNUM (*p))
      return false;
  return true;
}

/* Limits on a list file (must-check=@FILE): whatever the file is (a
   device such as /dev/zero, a generated file gone wrong), reading it
   ends quickly with an error.  */
#define LW_LIST_FILE_MAX_BYTES (1024 * 1024)
#define LW_LIST_LINE_MAX_BYTES 1023 /* Without the newline.  */
#define LW_LIST_MAX_NAMES 65536

/* The contents of list file PATH, NUL-terminated (its length goes to
   LEN), or NULL after an error.  KEY names the argument for messages.  */
static char *
lw_read_list_contents (const char *where, const char *key, const char *path,
		       size_t *len)
{
  FILE *f = fopen (path, "r");
  if (!f)
    {
      error ("%s: cannot read %s file %qs: %s", where, key,
	     lw_shown_path (path), xstrerror (errno));
      return NULL;
    }
  struct stat st;
  if (fstat (fileno (f), &st) == 0 && S_ISDIR (st.st_mode))
    {
      error ("%s: cannot read %s file %qs: %s", where, key,
	     lw_shown_path (path), xstrerror (EISDIR));
      fclose (f);
      return NULL;
    }
  char *buf = NULL;
  size_t n = 0;
  /* A regular file's size is known before reading it.  */
  if (!S_ISREG (st.st_mode) || st.st_size <= LW_LIST_FILE_MAX_BYTES)
    {
      buf = XNEWVEC (char, LW_LIST_FILE_MAX_BYTES + 2);
      n = fread (buf, 1, LW_LIST_FILE_MAX_BYTES + 1, f);
      if (ferror (f))
	{
	  error ("%s: cannot read %s file %qs: %s", where, key,
		 lw_shown_path (path), xstrerror (errno));
	  XDELETEVEC (buf);
	  fclose (f);
	  return NULL;
	}
    }
  fclose (f);
  if (!buf || n > LW_LIST_FILE_MAX_BYTES)
    {
      error ("%s: %s file %qs is larger than %d bytes, the limit for a "
	     "list file",
	     where, key, lw_shown_path (path), LW_LIST_FILE_MAX_BYTES);
      XDELETEVEC (buf);
      return NULL;
    }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* NAME=@FILE: one function name per line, '#' starts a comment.  ADD
   takes each name (a copy it keeps).  */
static bool
lw_read_list_file (const char *where, const char *key, const char *path,
		   void (*add) (const char *))
{
  if (!*path)
    {
      error ("%s: %<%s=@%> needs a file name", where, key);
      return false;
    }
  size_t len;
  char *buf = lw_read_list_contents (where, key, path, &len);
  if (!buf)
    return false;
  bool ok = true;
  int lineno = 0, names = 0;
  for (char *line = buf; ok && line < buf + len;)
    {
      lineno++;
      char *nl = (char *) memchr (line, '\n', buf + len - line);
      char *end = nl ? nl : buf + len;
      if (end - line > LW_LIST_LINE_MAX_BYTES)
	{
	  error ("%s:%d: line longer than %d bytes in %s file",
		 lw_shown_path (path), lineno, LW_LIST_LINE_MAX_BYTES, key);
	  ok = false;
	  break;
	}
      if (memchr (line, '\0', end - line))
	{
	  error ("%s:%d: NUL byte in %s file", lw_shown_path (path), lineno,
		 key);
	  ok = false;
	  break;
	}
      *end = '\0';
      char *next = end + 1;
      char *hash = strchr (line, '#');
      if (hash)
	*hash = '\0';
      char *save = NULL;
      char *name = strtok_r (line, " \t\r", &save);
      line = next;
      if (!name)
	continue;
      if (strtok_r (NULL, " \t\r", &save))
	{
	  error ("%s:%d: expected one function name per line",
		 lw_shown_path (path), lineno);
	  ok = false;
	}
      else if (!lw_identifier_p (name))
	{
	  error ("%s:%d: %qs is not a function name", lw_shown_path (path),
		 lineno, lw_shown (name));
	  ok = false;
	}
      else if (++names > LW_LIST_MAX_NAMES)
	{
	  error ("%s:%d: more than %d names in %s file", lw_shown_path (path),
		 lineno, LW_LIST_MAX_NAMES, key);
	  ok = false;
	}
      else
	add (xstrdup (name));
    }
  XDELETEVEC (buf);
  return ok;
}

/* must-check=NAME|@FILE|PROFILE[,...]  */
static bool
lw_parse_must_check (const char *where, const char *value)
{
  if (!value || !*value)
    {
      error ("%s: %<must-check%> needs a value: "
	     "%<must-check=NAME[,NAME...]%>, %<must-check=@FILE%> or a "
	     "profile (%<cert-err33-c%>, %<posix-io%>)",
	     where);
      return false;
    }
  size_t len = strlen (value);
  if (value[0] == ',' || value[len - 1] == ',' || strstr (value, ",,"))
    {
      error ("%s: empty name in %<must-check=%s%>", where, lw_shown (value));
      return false;
    }
  char *copy = xstrdup (value);
  bool ok = true;
  for (char *save = NULL, *tok = strtok_r (copy, ",", &save); tok && ok;
       tok = strtok_r (NULL, ",", &save))
    {
      const char *const *profile = NULL;
      if (tok[0] == '@')
	ok = lw_read_list_file (where, "must-check", tok + 1,
				lw_add_must_check);
      else if (strcmp (tok, "cert-err33-c") == 0)
	profile = lw_profile_cert_err33_c;
      else if (strcmp (tok, "posix-io") == 0)
	profile = lw_profile_posix_io;
      else if (lw_identifier_p (tok))
	lw_add_must_check (xstrdup (tok));
      else
	{
	  error ("%s: %qs in %<must-check=%> is neither a function name, "
		 "%<@FILE%> nor a profile (%<cert-err33-c%>, %<posix-io%>)",
		 where, lw_shown (tok));
	  ok = false;
	}
      for (; profile && *profile; profile++)
	lw_add_must_check (*profile);
    }
  free (copy);
  return ok;
}

/* assert-fail=NAME|@FILE[,...]  */
static bool
lw_parse_assert_fail (const char *where, const char *value)
{
  if (!value || !*value)
    {
      error ("%s: %<assert-fail%> needs a value: "
	     "%<assert-fail=NAME[,NAME...]%> or %<assert-fail=@FILE%>",
	     where);
      return false;
    }
  size_t len = strlen (value);
  if (value[0] == ',' || value[len - 1] == ',' || strstr (value, ",,"))
    {
      error ("%s: empty name in %<assert-fail=%s%>", where, lw_shown (value));
      return false;
    }
  char *copy = xstrdup (value);
  bool ok = true;
  for (char *save = NULL, *tok = strtok_r (copy, ",", &save); tok && ok;
       tok = strtok_r (NULL, ",", &save))
    {
      if (tok[0] == '@')
	ok = lw_read_list_file (where, "assert-fail", tok + 1,
				lw_add_assert_fail);
      else if (lw_identifier_p (tok))
	lw_add_assert_fail (xstrdup (tok));
      else
	{
	  error ("%s: %qs in %<assert-fail=%> is neither a function name "
		 "nor %<@FILE%>",
		 where, lw_shown (tok));
	  ok = false;
	}
    }
  free (copy);
  return ok;
}

/* void-cast=allow|warn|silences  */
static bool
lw_parse_void_cast (const char *where, const char *value)
{
  if (value && strcmp (value, "allow") == 0)
    lw_config.void_cast = LW_VOID_CAST_ALLOW;
  else if (value && strcmp (value, "warn") == 0)
    lw_config.void_cast = LW_VOID_CAST_WARN;
  else if (value && strcmp (value, "silences") == 0)
    lw_config.void_cast = LW_VOID_CAST_SILENCES;
  else
    {
      error ("%s: %<void-cast%> must be %<allow%>, %<warn%> or "
	     "%<silences%> (got %qs)",
	     where, lw_shown (value ? value : ""));
      return false;
    }
  return true;
}

/* Apply one KEY[=VALUE] from WHERE.  */
static bool
lw_apply (const char *where, const char *key, const char *value)
{
  const struct lw_arg_info *info = NULL;
  if (!*key)
    {
      error ("%s: empty argument name", where);
      return false;
    }
  for (size_t i = 0; i < ARRAY_SIZE (lw_args); i++)
    if (strcmp (lw_args[i].key, key) == 0)
      info = &lw_args[i];
  if (!info)
    {
      char *names = lw_arg_names ();
      error ("%s: unknown argument %qs; valid arguments are: %s", where,
	     lw_shown (key), names);
      free (names);
      return false;
    }
  if (!info->value_form && value)
    {
      error ("%s: argument %qs takes no value (got %<%s=%s%>)", where, key,
	     key, lw_shown (value));
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
  else if (strcmp (key, "plain-diagnostics") == 0)
    lw_config.plain_diagnostics = true;
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
  else if (strcmp (key, "thread-api") == 0)
    return lw_parse_thread_api (where, value);
  else if (strcmp (key, "must-check") == 0)
    return lw_parse_must_check (where, value);
  else if (strcmp (key, "takes") == 0)
    return lw_parse_takes (where, value);
  else if (strcmp (key, "void-cast") == 0)
    return lw_parse_void_cast (where, value);
  else if (strcmp (key, "cleanup-escape") == 0)
    {
      if (value && (strcmp (value, "1") == 0 || strcmp (value, "2") == 0))
	lw_config.cleanup_escape = value[0] - '0';
      else
	{
	  error ("%s: %<cleanup-escape%> must be %<1%> or %<2%> (got %qs)",
		 where, lw_shown (value ? value : ""));
	  return false;
	}
    }
  else if (strcmp (key, "assert-fail") == 0)
    return lw_parse_assert_fail (where, value);
  else if (strcmp (key, "log") == 0)
    {
      if (!value || !*value)
	{
	  error ("%s: %<log%> needs a file name: %<log=FILE%>", where);
	  return false;
	}
      lw_config.log_file = xstrdup (value);
    }
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
  lw_config.cleanup_escape = 1;
  for (int i = 0; i < LW_N_CHECKS; i++)
    {
      lw_config.enabled[i] = lw_checks[i].on_by_default;
      lw_config.error[i] = -1;
    }
  if (!lw_apply_env ())
    return false;
  /* -Wno-CHECK among the compiler's own options (GCC lets an unknown
     -Wno- pass); the plugin's arguments come after and win.  */
  for (int i = 0; i < LW_N_CHECKS; i++)
    if (!lw_checks[i].gcc_option && lw_cmdline_disables (lw_checks[i].name))
      lw_config.enabled[i] = false;

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
	   "leakwatch %s: thread leaks, thread arguments that change or "
	   "die under the thread, cleanup attributes misused around loops "
	   "and ignored errors as GCC warnings\n",
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
  fprintf (stderr, "Checks (CHECK above; 'all' names every check; [page] is "
		   "its documentation, installed with the docs):\n");
  for (int i = 0; i < LW_N_CHECKS; i++)
    fprintf (stderr, "  -W%-26s %s%s [%s]\n", lw_checks[i].name,
	     lw_checks[i].summary,
	     lw_checks[i].on_by_default ? "" : " (off by default)",
	     lw_checks[i].doc);
  fprintf (stderr, "Silence one place with LEAKWATCH_IGNORE(\"CHECK\") from "
		   "<leakwatch.h>, inside #pragma GCC diagnostic push/pop\n");
}
