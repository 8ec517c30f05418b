/* -Wthread-leak: a failed assertion ends its path, even when the
   function reporting it returns (GLib's g_assertion_message in
   non-fatal test mode, a test framework's failure hook): that path is a
   failed test, not a leak.  Hooks of one's own are named with
   assert-fail=, directly or in a file.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-assert-fail=test_fail,@@SRCDIR@/leakwatch.dg/thread-leak-assert-fail.list" } */

#include <pthread.h>

/* None of these is noreturn.  */
extern void g_assertion_message (const char *domain, const char *file,
				 int line, const char *func,
				 const char *message);
extern void __assert_rtn (const char *func, const char *file, int line,
			  const char *expr);
extern void test_fail (const char *what);
extern void report_bug (const char *what);
extern void log_error (const char *what);

struct job
{
  int ok;
};

static void *
work (void *arg)
{
  return arg;
}

int
glib_nonfatal (struct job *j)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, j) != 0) /* { dg-bogus "not joined" "g_assertion_message" } */
    return -1;
  if (!j->ok)
    {
      g_assertion_message (0, __FILE__, __LINE__, __func__,
			   "'j->ok' should be TRUE");
      return -1;
    }
  pthread_join (t, 0);
  return 0;
}

int
assert_rtn (struct job *j)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, j) != 0) /* { dg-bogus "not joined" "__assert_rtn" } */
    return -1;
  if (!j->ok)
    {
      __assert_rtn (__func__, __FILE__, __LINE__, "j->ok");
      return -1;
    }
  pthread_join (t, 0);
  return 0;
}

int
listed_on_command_line (struct job *j)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, j) != 0) /* { dg-bogus "not joined" "assert-fail=test_fail" } */
    return -1;
  if (!j->ok)
    {
      test_fail ("job not ok");
      return -1;
    }
  pthread_join (t, 0);
  return 0;
}

int
listed_in_file (struct job *j)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, j) != 0) /* { dg-bogus "not joined" "assert-fail=@FILE" } */
    return -1;
  if (!j->ok)
    {
      report_bug ("job not ok");
      return -1;
    }
  pthread_join (t, 0);
  return 0;
}

/* An ordinary function: the path goes on to the return.  */
int
logged_only (struct job *j)
{
  pthread_t t;
  if (pthread_create (&t, 0, work, j) != 0) /* { dg-warning "thread .t. created here is not joined" } */
    return -1;
  if (!j->ok)
    {
      log_error ("job not ok");
      return -1; /* { dg-message "the thread leaks when" } */
    }
  pthread_join (t, 0);
  return 0;
}
