/* Which pointer parameters are result slots ('*ret = v' without
   TAKE_PTR is an escape): not main's argv, and not an array the
   function fills and hands on (execv's argv).  A conversion on the way
   to the slot ('*ret = fd' into a long) is still the variable's value.
   (Issue 10: kills mutants of lw_cl_out_param_p and lw_cl_mark_carrier
   in cleanup-vars.c.)  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

/* main's argv is no result slot: rewriting argv[0] for ps is common.  */
int
main (int argc, char **argv)
{
  _cleanup_free_ char *title = strdup ("worker");
  if (!title || argc < 1)
    return 1;
  *argv = title; /* { dg-bogus "outlives" "main's argv is not an out-parameter" } */
  return 0;
}

/* An argument vector filled, then handed to execv: not a result.  */
int
run_tool (char **args, const char *tool)
{
  _cleanup_free_ char *path = strdup (tool);
  if (!path)
    return -ENOMEM;
  *args = path; /* { dg-bogus "outlives" "an array handed on, not a result slot" } */
  execv (path, args);
  return -errno;
}

/* ... nor when a copy of it is handed on.  */
int
run_tool_copy (char **args, const char *tool)
{
  _cleanup_free_ char *path = strdup (tool);
  if (!path)
    return -ENOMEM;
  char **argv = args;
  *args = path; /* { dg-bogus "outlives" "a copy of the array is handed on" } */
  execv (path, argv);
  return -errno;
}

/* Positive: a result slot read first (a cached result) is still one:
   the forgotten TAKE_PTR.  */
int
get_cached (char **ret, const char *s)
{
  if (*ret)
    return 0;
  _cleanup_free_ char *p = strdup (s); /* { dg-message "note: .p. is declared here with cleanup .freep." } */
  if (!p)
    return -ENOMEM;
  *ret = p; /* { dg-warning "the value of .p. is stored where it outlives .p.\[^\n\]*cleanup-escape" } */
  return 1;
}

/* Positive: the forgotten TAKE_FD, through a widening conversion.  */
int
open_to_long (long *ret, const char *path)
{
  _cleanup_close_ int fd = open (path, O_RDONLY | O_CLOEXEC); /* { dg-message "note: .fd. is declared here with cleanup .closep." } */
  if (fd < 0)
    return -errno;
  *ret = fd; /* { dg-warning "the value of .fd. is stored where it outlives .fd.\[^\n\]*cleanup-escape" } */
  return 0;
}
