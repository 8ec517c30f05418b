/* Input of autoinit.exp: cleanup variables declared without an
   initializer, under -ftrivial-auto-var-init (systemd builds with =zero).  */
#include <stdlib.h>
typedef struct obj obj_t;
extern obj_t *obj_get (const char *path);
extern void obj_free (obj_t *o);
static inline void obj_freep (obj_t **o) { if (*o) obj_free (*o); }
#define _cleanup_(f) __attribute__ ((cleanup (f)))
extern int check (const char *);

int
replace (const char *path)
{
  _cleanup_(obj_freep) obj_t *old;
  old = obj_get (path);
  return old != NULL;
}

int
early (const char *path)
{
  _cleanup_(obj_freep) obj_t *o;
  if (check (path) < 0)
    return -1;
  o = obj_get (path);
  return o != NULL;
}

#include <unistd.h>
static inline void closep (int *fd) { if (*fd >= 0) close (*fd); }
extern int open_it (const char *path);

int
early_fd (const char *path)
{
  __attribute__ ((cleanup (closep))) int fd;
  if (check (path) < 0)
    return -1; /* zero fill: closep closes descriptor 0 */
  fd = open_it (path);
  return fd >= 0;
}
