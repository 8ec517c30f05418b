/* cleanup-systemd.h: systemd-style cleanup helpers for the cleanup-*.c tests,
   reduced from src/fundamental/macro-fundamental.h, src/basic/alloc-util.h
   and src/basic/fd-util.h.  */

#ifndef CLEANUP_SYSTEMD_H
#define CLEANUP_SYSTEMD_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

/* systemd's cleanup helpers (src/fundamental/macro-fundamental.h,
   src/basic/alloc-util.h, fd-util.h), reduced.  */
static inline void freep (void *p) { free (*(void **) p); }
static inline void closep (int *fd) { if (*fd >= 0) close (*fd); }
static inline void fclosep (FILE **f) { if (*f) fclose (*f); }
#define _cleanup_(x) __attribute__ ((cleanup (x)))
#define _cleanup_free_ _cleanup_ (freep)
#define _cleanup_close_ _cleanup_ (closep)
#define _cleanup_fclose_ _cleanup_ (fclosep)
#define TAKE_GENERIC(var, type, nullvalue)                                     \
  ({                                                                           \
    type *_pvar_ = &(var);                                                     \
    type _var_ = *_pvar_;                                                      \
    type _nullvalue_ = nullvalue;                                              \
    *_pvar_ = _nullvalue_;                                                     \
    _var_;                                                                     \
  })
#define TAKE_PTR(ptr) TAKE_GENERIC (ptr, typeof (ptr), NULL)
#define TAKE_FD(fd) TAKE_GENERIC (fd, int, -1)
static inline void *mfree (void *memory) { free (memory); return NULL; }
static inline int safe_close (int fd) { if (fd >= 0) close (fd); return -1; }
#define free_and_replace(a, b)                                                 \
  ({                                                                           \
    typeof (a) *_a = &(a);                                                     \
    typeof (b) *_b = &(b);                                                     \
    free (*_a);                                                                \
    *_a = *_b;                                                                 \
    *_b = NULL;                                                                \
    0;                                                                         \
  })
#define _unlikely_(x) (__builtin_expect (!!(x), 0))

/* Containers that take ownership of what they are given
   (src/basic/set.h, hashmap.h): set_consume always (it frees the value
   on failure); hashmap_put only on success.  (strv_consume is declared
   by the tests using it: cleanup-calls-summary.c defines its own.)  */
typedef struct Set Set;
typedef struct Hashmap Hashmap;
extern int set_consume (Set *s, void *value);
extern int hashmap_put (Hashmap *h, const void *key, void *value);

#endif /* CLEANUP_SYSTEMD_H */
