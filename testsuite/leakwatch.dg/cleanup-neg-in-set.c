/* A flag set by a test and tested later (systemd's IN_SET, a statement
   expression that sets a bool in a switch): the path that went through
   the first assignment is the one where the flag's test held, so it
   knows what the switch knew.  Two assignments under tests that
   exclude each other are not a reassignment.  */
/* { dg-do compile } */

#include <stdbool.h>
#include "cleanup-systemd.h"

extern int asprintf (char **strp, const char *fmt, ...);
#define IN_SET2(x, a, b)                                                       \
  ({                                                                           \
    bool _found = false;                                                       \
    switch (x)                                                                 \
      {                                                                        \
      case a:                                                                  \
      case b:                                                                  \
	_found = true;                                                         \
	break;                                                                 \
      default:                                                                 \
	break;                                                                 \
      }                                                                        \
    _found;                                                                    \
  })

enum mode
{
  MODE_NONE,
  MODE_ROOT,
  MODE_OWNER
};
extern int use_line (const char *l);

int
make_map (enum mode m, unsigned shift)
{
  _cleanup_free_ char *line = NULL;
  if (IN_SET2 (m, MODE_NONE, MODE_ROOT))
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (m == MODE_OWNER)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-bogus "reassigned" } */
      return -ENOMEM;
  return use_line (line);
}

/* The same flag by hand.  */
int
make_map_flag (int m, unsigned shift)
{
  _cleanup_free_ char *line = NULL;
  bool low = false;
  if (m <= 1)
    low = true;
  if (low)
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (m == 2)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-bogus "reassigned" } */
      return -ENOMEM;
  return use_line (line);
}

/* The tests overlap: MODE_ROOT takes both, the first line leaks.  */
int
make_map_overlap (enum mode m, unsigned shift)
{
  _cleanup_free_ char *line = NULL; /* { dg-message "note: .line. is declared here" } */
  if (IN_SET2 (m, MODE_NONE, MODE_ROOT))
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (m == MODE_ROOT)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-warning ".line. is reassigned while it still owns a value" } */
      return -ENOMEM;
  return use_line (line);
}

/* systemd's enums are signed (_INVALID = -EINVAL): GCC tests the cases
   0..1 as '(unsigned) m <= 1'.  */
typedef enum Idmapping
{
  IDMAPPING_NONE,
  IDMAPPING_HOST_ROOT,
  IDMAPPING_HOST_OWNER,
  _IDMAPPING_MAX,
  _IDMAPPING_INVALID = -EINVAL
} Idmapping;

int
make_userns (Idmapping idmapping, unsigned shift)
{
  _cleanup_free_ char *line = NULL;
  if (IN_SET2 (idmapping, IDMAPPING_NONE, IDMAPPING_HOST_ROOT))
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (idmapping == IDMAPPING_HOST_OWNER)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-bogus "reassigned" } */
      return -ENOMEM;
  return use_line (line);
}

int
make_userns_invalid (Idmapping idmapping, unsigned shift)
{
  _cleanup_free_ char *line = NULL; /* { dg-message "note: .line. is declared here" } */
  if (!IN_SET2 (idmapping, IDMAPPING_NONE, IDMAPPING_HOST_ROOT))
    if (asprintf (&line, "0 %u 65536\n", shift) < 0)
      return -ENOMEM;
  if (idmapping == _IDMAPPING_INVALID)
    if (asprintf (&line, "1000 %u 1\n", shift) < 0) /* { dg-warning ".line. is reassigned while it still owns a value" } */
      return -ENOMEM;
  return use_line (line);
}
