/* leakwatch.h: annotations for the leakwatch GCC plugin.

   Everything here compiles to nothing unless the plugin is loaded
   (it defines __LEAKWATCH__), so code using these macros builds the
   same with any C or C++ compiler, with -Wall -Werror.

   LEAKWATCH_IGNORE ("CHECK")
     Silence a check from here on, like "#pragma GCC diagnostic
     ignored".  Scope it with "#pragma GCC diagnostic push" / "pop":

       #pragma GCC diagnostic push
       LEAKWATCH_IGNORE ("thread-leak")
       void start_forever (void) { ... }
       #pragma GCC diagnostic pop

   LEAKWATCH_WARN ("CHECK"), LEAKWATCH_ERROR ("CHECK")
     Make a check a warning or an error from here on.

   LEAKWATCH_THREAD_CREATE (N)
     On a function: its argument N (counting from 1) points to the
     handle of a new joinable thread, as pthread_create's first.

   LEAKWATCH_THREAD_RELEASE (N)
     On a function: it joins, detaches or cancels the thread whose
     handle (or a pointer to it) is argument N.

   LEAKWATCH_TAKES (N)
     On a function: it takes ownership of its argument N (counting
     from 1): frees it, or keeps it beyond the call, as GLib's
     g_propagate_error takes its second.  Handing it a cleanup
     variable's value without TAKE_PTR or g_steal_pointer is reported
     (-Wcleanup-handoff).  Repeat it for several arguments.

   LEAKWATCH_TAKES_IF_POSITIVE (N)
     The same for a function that takes its argument N only when it
     returns a value greater than 0 (a negative value: it failed; 0: it
     took nothing), as systemd's hashmap_put.  A path that tests the
     result and goes on with it at least 0 without TAKE_PTR is
     reported.

   LEAKWATCH_MUST_CHECK
     On a function: its result must be checked, as warn_unused_result,
     but only leakwatch enforces it (GCC's own warning is unchanged).  */

#ifndef LEAKWATCH_H
#define LEAKWATCH_H

#ifdef __LEAKWATCH__
#define LEAKWATCH_PRAGMA_(x) _Pragma (#x)
#define LEAKWATCH_IGNORE(check) LEAKWATCH_PRAGMA_ (leakwatch ignore check)
#define LEAKWATCH_WARN(check) LEAKWATCH_PRAGMA_ (leakwatch warning check)
#define LEAKWATCH_ERROR(check) LEAKWATCH_PRAGMA_ (leakwatch error check)
#define LEAKWATCH_THREAD_CREATE(n)                                            \
  __attribute__ ((leakwatch_thread_create (n)))
#define LEAKWATCH_THREAD_RELEASE(n)                                           \
  __attribute__ ((leakwatch_thread_release (n)))
#define LEAKWATCH_TAKES(n) __attribute__ ((leakwatch_takes (n)))
#define LEAKWATCH_TAKES_IF_POSITIVE(n)                                        \
  __attribute__ ((leakwatch_takes_if_positive (n)))
#define LEAKWATCH_MUST_CHECK __attribute__ ((leakwatch_must_check))
#else
#define LEAKWATCH_IGNORE(check)
#define LEAKWATCH_WARN(check)
#define LEAKWATCH_ERROR(check)
#define LEAKWATCH_THREAD_CREATE(n)
#define LEAKWATCH_THREAD_RELEASE(n)
#define LEAKWATCH_TAKES(n)
#define LEAKWATCH_TAKES_IF_POSITIVE(n)
#define LEAKWATCH_MUST_CHECK
#endif

#endif /* LEAKWATCH_H */
