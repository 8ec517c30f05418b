/* log.c: the campaign log, -fplugin-arg-leakwatch-log=FILE.

   Every finding is appended to FILE as one JSON object on one line,
   whether GCC printed it or not (disable=, -Wno-CHECK, -w, a pragma or
   a system header silenced it: the "silenced" field says which), so a
   distribution can collect the findings of a whole archive rebuild
   without failing or even changing any build.  leakwatch-report reads
   these files.

   A record is buffered from the warning (lw_log_warning) through its
   notes (lw_log_note) to the end of the finding (lw_log_flush, from
   lw_finding_end or the next warning), then written with one write ()
   on a descriptor opened with O_APPEND: the kernel appends each such
   write whole, so any number of compiler processes (make -j, several
   builds) can share one file without interleaving lines.

   Record format version 1 (the "v" field); fields, in order:
     v, file, line, column, check, option, message, function,
     notes [{file, line, column, message}], path [{file, line, column,
     message}], printed, silenced (null, "disabled", "-w",
     "system-header", "-Wno-unused-result" or "pragma"), cwd,
     main_input, gcc, leakwatch.
   A reader must ignore fields it does not know; a change that breaks
   readers raises v.

   What differs between GCC versions (formatting a message, reading a
   path event) is in include/gcc-common.h.  */

#include "leakwatch-int.h"

/* --- JSON text ------------------------------------------------------ */

struct lw_buf
{
  char *s;
  size_t len, cap;
};

static void
lw_buf_add (lw_buf *b, const char *s, size_t n)
{
  if (b->len + n + 1 > b->cap)
    {
      b->cap = (b->len + n + 1) * 2;
      b->s = XRESIZEVEC (char, b->s, b->cap);
    }
  memcpy (b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void
lw_buf_puts (lw_buf *b, const char *s)
{
  lw_buf_add (b, s, strlen (s));
}

static void lw_buf_printf (lw_buf *b, const char *fmt, ...) ATTRIBUTE_PRINTF_2;

static void
lw_buf_printf (lw_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *s = xvasprintf (fmt, ap);
  va_end (ap);
  lw_buf_puts (b, s);
  free (s);
}

/* The length of the valid UTF-8 sequence at S (at most N bytes), or 0.  */
static size_t
lw_utf8_len (const unsigned char *s, size_t n)
{
  size_t len;
  unsigned min;
  unsigned c = s[0];
  if (c < 0xc2 || c > 0xf4)
    return 0;
  if (c < 0xe0)
    len = 2, min = 0x80, c &= 0x1f;
  else if (c < 0xf0)
    len = 3, min = 0x800, c &= 0x0f;
  else
    len = 4, min = 0x10000, c &= 0x07;
  if (len > n)
    return 0;
  for (size_t i = 1; i < len; i++)
    {
      if ((s[i] & 0xc0) != 0x80)
	return 0;
      c = (c << 6) | (s[i] & 0x3f);
    }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  return len;
}

/* S as a JSON string (null for NULL).  Bytes that are not UTF-8 (a
   file name in another encoding) become U+FFFD, so the line always
   parses.  */
static void
lw_buf_json_str (lw_buf *b, const char *str)
{
  if (!str)
    {
      lw_buf_puts (b, "null");
      return;
    }
  lw_buf_puts (b, "\"");
  const unsigned char *s = (const unsigned char *) str;
  size_t n = strlen (str);
  for (size_t i = 0; i < n;)
    {
      unsigned char c = s[i];
      if (c == '"' || c == '\\')
	{
	  char e[2] = { '\\', (char) c };
	  lw_buf_add (b, e, 2);
	  i++;
	}
      else if (c == '\n')
	lw_buf_puts (b, "\\n"), i++;
      else if (c == '\t')
	lw_buf_puts (b, "\\t"), i++;
      else if (c < 0x20 || c == 0x7f)
	lw_buf_printf (b, "\\u%04x", c), i++;
      else if (c < 0x80)
	lw_buf_add (b, (const char *) s + i, 1), i++;
      else
	{
	  size_t len = lw_utf8_len (s + i, n - i);
	  if (len)
	    lw_buf_add (b, (const char *) s + i, len), i += len;
	  else
	    lw_buf_puts (b, "\\ufffd"), i++;
	}
    }
  lw_buf_puts (b, "\"");
}

/* "file": ..., "line": N, "column": N of LOC (as GCC prints it: the
   expansion point of a macro).  */
static void
lw_buf_json_loc (lw_buf *b, location_t loc)
{
  expanded_location x = expand_location (loc);
  lw_buf_puts (b, "\"file\":");
  lw_buf_json_str (b,
		   LOCATION_LOCUS (loc) == UNKNOWN_LOCATION ? NULL : x.file);
  lw_buf_printf (b, ",\"line\":%d,\"column\":%d", x.line, x.column);
}

/* --- The record ----------------------------------------------------- */

/* The record being built: the warning, then its notes.  */
static struct
{
  bool open;
  enum lw_check check;
  location_t loc;
  int counts;	/* GCC's warnings and errors before the warning.  */
  lw_buf head;	/* From "v" to "message".  */
  lw_buf notes; /* The note objects, comma-separated.  */
  lw_buf path;	/* The path event objects, comma-separated.  */
} lw_rec;

static int lw_log_fd = -1;
static bool lw_log_failed;

static int
lw_diag_counts (void)
{
  return errorcount + warningcount + werrorcount;
}

bool
lw_log_on (void)
{
  return lw_config.log_file && !lw_log_failed;
}

bool
lw_check_runs (enum lw_check check)
{
  if (lw_check_active (check))
    return true;
  return (lw_log_on () && !lw_config.disabled && !lw_quiet_unit_p ());
}

/* Why a finding that was not printed was silenced.  */
static const char *
lw_log_silenced (enum lw_check check, location_t loc)
{
  if (!lw_config.enabled[check])
    return "disabled";
  if (inhibit_warnings)
    return "-w";
  if (in_system_header_at (loc) && !warn_system_headers)
    return "system-header";
  if (check == LW_UNUSED_RESULT && !warn_unused_result)
    return "-Wno-unused-result";
  return "pragma";
}

static bool
lw_log_open (void)
{
  if (lw_log_fd >= 0)
    return true;
  if (lw_log_failed)
    return false;
  lw_log_fd = open (lw_config.log_file,
		    O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
  if (lw_log_fd < 0)
    {
      /* A note, not a warning: -Werror must not fail a build because
	 a campaign's log cannot be written.  */
      lw_log_failed = true;
      inform (UNKNOWN_LOCATION,
	      "leakwatch: cannot open log file %qs: %s; findings are not "
	      "logged",
	      lw_config.log_file, xstrerror (errno));
      return false;
    }
  return true;
}

/* Append LINE (LEN bytes, ending in a newline) with one write.  */
static void
lw_log_write (const char *line, size_t len)
{
  if (!lw_log_open ())
    return;
  while (len > 0)
    {
      ssize_t n = write (lw_log_fd, line, len);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	{
	  lw_log_failed = true;
	  inform (UNKNOWN_LOCATION,
		  "leakwatch: cannot write log file %qs: %s; findings are "
		  "not logged",
		  lw_config.log_file, xstrerror (errno));
	  return;
	}
      /* Only a full disk or a signal makes a regular file's write
	 short; the rest then follows (no longer atomically).  */
      line += n;
      len -= n;
    }
}

void
lw_log_flush (void)
{
  if (!lw_rec.open)
    return;
  lw_rec.open = false;
  bool printed = lw_diag_counts () > lw_rec.counts;
  lw_buf b = { NULL, 0, 0 };
  lw_buf_add (&b, lw_rec.head.s, lw_rec.head.len);
  lw_buf_puts (&b, ",\"notes\":[");
  if (lw_rec.notes.len)
    lw_buf_add (&b, lw_rec.notes.s, lw_rec.notes.len);
  lw_buf_puts (&b, "],\"path\":[");
  if (lw_rec.path.len)
    lw_buf_add (&b, lw_rec.path.s, lw_rec.path.len);
  lw_buf_printf (&b,
		 "],\"printed\":%s,\"silenced\":", printed ? "true" : "false");
  lw_buf_json_str (&b, printed ? NULL
			       : lw_log_silenced (lw_rec.check, lw_rec.loc));
  char *cwd = getcwd (NULL, 0);
  lw_buf_puts (&b, ",\"cwd\":");
  lw_buf_json_str (&b, cwd);
  free (cwd);
  lw_buf_puts (&b, ",\"main_input\":");
  lw_buf_json_str (&b, main_input_filename);
  lw_buf_puts (&b, ",\"gcc\":");
  lw_buf_json_str (&b, lw_config.gcc_version);
  lw_buf_puts (&b, ",\"leakwatch\":");
  lw_buf_json_str (&b, LEAKWATCH_VERSION);
  lw_buf_puts (&b, "}\n");
  lw_log_write (b.s, b.len);
  free (b.s);
  lw_rec.head.len = lw_rec.notes.len = lw_rec.path.len = 0;
}

void
lw_log_warning (enum lw_check check, location_t loc, const lw_dc_path *path,
		const char *gmsgid, va_list *ap)
{
  lw_log_flush ();
  if (!lw_log_on ())
    return;
  lw_rec.open = true;
  lw_rec.check = check;
  lw_rec.loc = loc;
  lw_rec.counts = lw_diag_counts ();
  lw_buf *b = &lw_rec.head;
  lw_buf_puts (b, "{\"v\":1,");
  lw_buf_json_loc (b, loc);
  lw_buf_puts (b, ",\"check\":");
  lw_buf_json_str (b, lw_checks[check].name);
  lw_buf_printf (b, ",\"option\":\"-W%s\"", lw_checks[check].name);
  char *msg = lw_dc_format (loc, gmsgid, ap);
  lw_buf_puts (b, ",\"message\":");
  lw_buf_json_str (b, msg);
  free (msg);
  lw_buf_puts (b, ",\"function\":");
  lw_buf_json_str (b, current_function_decl ? lang_hooks.decl_printable_name (
			current_function_decl, 1)
					    : NULL);
  if (path)
    for (unsigned i = 0; i < lw_dc_path_length (path); i++)
      {
	char *d = lw_dc_path_event_desc (path, i);
	if (lw_rec.path.len)
	  lw_buf_puts (&lw_rec.path, ",");
	lw_buf_puts (&lw_rec.path, "{");
	lw_buf_json_loc (&lw_rec.path,
			 path->path.get_event (i).get_location ());
	lw_buf_puts (&lw_rec.path, ",\"message\":");
	lw_buf_json_str (&lw_rec.path, d);
	lw_buf_puts (&lw_rec.path, "}");
	free (d);
      }
}

void
lw_log_note (location_t loc, const char *gmsgid, va_list *ap)
{
  if (!lw_rec.open)
    return;
  char *msg = lw_dc_format (loc, gmsgid, ap);
  lw_buf *b = &lw_rec.notes;
  if (b->len)
    lw_buf_puts (b, ",");
  lw_buf_puts (b, "{");
  lw_buf_json_loc (b, loc);
  lw_buf_puts (b, ",\"message\":");
  lw_buf_json_str (b, msg);
  lw_buf_puts (b, "}");
  free (msg);
}
