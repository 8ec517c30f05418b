/* systemd's idioms: log_error_errno returns its argument, RET_GATHER
   accumulates, do { } while (0) statement macros.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int sd_open (const char *);
__attribute__ ((warn_unused_result)) int sd_close (int);
int log_error_errno (int error, const char *fmt, ...);

#define RET_GATHER(ret, err)                                                   \
  ({                                                                           \
    int _err = (err);                                                          \
    if ((ret) >= 0 && _err < 0)                                                \
      (ret) = _err;                                                            \
    ret;                                                                       \
  })

#define RET_NERRNO(expr)                                                       \
  ({                                                                           \
    int _r = (expr);                                                           \
    _r < 0 ? -1 : _r;                                                          \
  })

#define TRY(expr)                                                              \
  do                                                                           \
    {                                                                          \
      int _t = (expr);                                                         \
      if (_t < 0)                                                              \
	return _t;                                                             \
    }                                                                          \
  while (0)

int
log_path (const char *p)
{
  int r = sd_open (p); /* { dg-bogus "never checked" } */
  if (r < 0)
    return log_error_errno (r, "Failed to open %s: %m", p);
  return 0;
}

int
log_tail (const char *p)
{
  int r;
  r = sd_open (p); /* { dg-bogus "never checked" } */
  if (r < 0)
    return log_error_errno (r, "Failed to open %s: %m", p);
  r = sd_close (r); /* { dg-bogus "never checked" } */
  if (r < 0)
    return log_error_errno (r, "Failed to close: %m");
  return 0;
}

int
gather (int a, int b)
{
  int ret = 0;
  RET_GATHER (ret, sd_close (a)); /* { dg-bogus "never checked" } */
  RET_GATHER (ret, sd_close (b)); /* { dg-bogus "never checked" } */
  return ret;
}

int
try_macro (const char *p)
{
  TRY (sd_open (p)); /* { dg-bogus "never checked" } */
  TRY (sd_close (3)); /* { dg-bogus "never checked" } */
  return RET_NERRNO (sd_open (p)); /* { dg-bogus "never checked" } */
}
