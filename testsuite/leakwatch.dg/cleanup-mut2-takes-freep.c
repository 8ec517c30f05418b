/* -Wcleanup-handoff on a conditional taker (hashmap_put) under
   systemd's freep as written since v251, which frees through mfree and
   stores its NULL back: still a handler that only frees the value, so
   the forgotten TAKE_PTR is reported.  */
/* { dg-do compile } */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* src/basic/alloc-util.h.  */
static inline void *
mfree (void *memory)
{
  free (memory);
  return NULL;
}
static inline void
freep (void *p)
{
  *(void **) p = mfree (*(void **) p);
}
#define _cleanup_free_ __attribute__ ((cleanup (freep)))
#define TAKE_PTR(ptr)                                                          \
  ({                                                                           \
    typeof (ptr) *_pptr_ = &(ptr);                                             \
    typeof (ptr) _ptr_ = *_pptr_;                                              \
    *_pptr_ = NULL;                                                            \
    _ptr_;                                                                     \
  })

typedef struct Hashmap Hashmap;
extern int hashmap_put (Hashmap *h, const void *key, void *value);

int
key_put_armed (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name); /* { dg-message "note: .k. is declared here with cleanup .freep." } */
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); /* { dg-warning ".k. is handed to .hashmap_put., which takes ownership of it when it returns a positive value\[^\n\]*-Wcleanup-handoff" } */
  if (r < 0)
    return r;
  return 0;
}

int
key_put_taken (Hashmap *h, const char *name, void *value)
{
  _cleanup_free_ char *k = strdup (name);
  if (!k)
    return -ENOMEM;
  int r = hashmap_put (h, k, value); /* { dg-bogus "takes ownership|released twice" } */
  if (r < 0)
    return r;
  TAKE_PTR (k);
  return 0;
}
