/* A flag computed by a switch on a signed enum (systemd's _INVALID =
   -EINVAL), cleared in the cases rather than set: on the path where the
   flag holds, the value is outside the cases' range 0..1, which says
   nothing of its sign, so -EINVAL takes both assignments.  */
/* { dg-do compile } */

#include <stdbool.h>
#include "cleanup-systemd.h"

extern int asprintf (char **strp, const char *fmt, ...);
extern int use_line (const char *l);

typedef enum Idmapping
{
  IDMAPPING_NONE,
  IDMAPPING_HOST_ROOT,
  IDMAPPING_HOST_OWNER,
  _IDMAPPING_MAX,
  _IDMAPPING_INVALID = -EINVAL
} Idmapping;

int
make_userns_other (Idmapping idmapping, unsigned shift)
{
  _cleanup_free_ char *line = NULL; /* { dg-message "note: .line. is declared here" } */
  bool other = true;
  switch (idmapping)
    {
    case IDMAPPING_NONE:
    case IDMAPPING_HOST_ROOT:
      other = false;
      break;
    default:
      break;
    }
  if (other)
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (idmapping == _IDMAPPING_INVALID)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-warning ".line. is reassigned while it still owns a value" } */
      return -ENOMEM;
  return use_line (line);
}

/* Set on two paths (forced, or in the cases): the flag's test does not
   tell which, so it knows nothing of the value.  */
int
make_userns_forced (Idmapping idmapping, unsigned shift, bool force)
{
  _cleanup_free_ char *line = NULL; /* { dg-message "note: .line. is declared here" } */
  bool low = false;
  if (force)
    low = true;
  else
    switch (idmapping)
      {
      case IDMAPPING_NONE:
      case IDMAPPING_HOST_ROOT:
	low = true;
	break;
      default:
	break;
      }
  if (low)
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (idmapping == IDMAPPING_HOST_OWNER)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-warning ".line. is reassigned while it still owns a value" } */
      return -ENOMEM;
  return use_line (line);
}
