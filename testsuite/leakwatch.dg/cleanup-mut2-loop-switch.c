/* A reassignment under one case of a switch on the loop's counter runs
   once per execution of the loop (a record's fields read by index,
   reduced from systemd's coredump.c), when the switch stays a switch:
   several cases.  Not when two values reach it, nor the default, nor
   when the switch is on something else.  */
/* { dg-do compile } */

#include "cleanup-systemd.h"

extern char *stamp (int i);
extern int pick (int i);
extern void use (int i);

int
field_by_index (int n)
{
  _cleanup_free_ char *t = NULL;
  for (int i = 0; i < n; i++)
    switch (i)
      {
      case 0:
	use (i);
	break;
      case 2:
	t = stamp (i); /* { dg-bogus "reassigned" "once per loop: case 2 once" } */
	break;
      case 5:
	use (-i);
	break;
      default:
	break;
      }
  return t != NULL;
}

int
two_fields (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    switch (i)
      {
      case 0:
	use (i);
	break;
      case 2:
      case 3:
	t = stamp (i); /* { dg-warning "reassigned on each iteration" "cases 2 and 3" } */
	break;
      case 5:
	use (-i);
	break;
      default:
	break;
      }
  return t != NULL;
}

int
last_or_other (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    switch (i)
      {
      case 0:
	use (i);
	break;
      case 5:
	use (-i);
	break;
      case 2:
      default:
	t = stamp (i); /* { dg-warning "reassigned on each iteration" "the default" } */
	break;
      }
  return t != NULL;
}

int
not_a_counter (int n)
{
  _cleanup_free_ char *t = NULL; /* { dg-message "note: .t. is declared here" } */
  for (int i = 0; i < n; i++) /* { dg-message "note: the loop is here" } */
    switch (pick (i))
      {
      case 0:
	use (i);
	break;
      case 2:
	t = stamp (i); /* { dg-warning "reassigned on each iteration" "pick may be 2 many times" } */
	break;
      case 5:
	use (-i);
	break;
      default:
	break;
      }
  return t != NULL;
}
