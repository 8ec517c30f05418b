/* threads-int.h: what the thread checks (check-thread-leak.c,
   thread-arrays.c, check-thread-arg.c) and the questions about calls that can
   join a thread (known-calls.c) share: thread-calls.c.  */

#ifndef LEAKWATCH_THREADS_INT_H
#define LEAKWATCH_THREADS_INT_H

#include "leakwatch-int.h"

/* What a call to a member of C++'s std::thread does.  std::jthread
   joins in its destructor and is never a leak.  */
enum lw_std_thread_op
{
  LW_STD_NONE,
  LW_STD_CREATE,  /* A constructor that starts a thread.  */
  LW_STD_DESTROY, /* The destructor: std::terminate if still joinable.  */
  LW_STD_OTHER	  /* Default or move constructor, join, detach, swap...  */
};
enum lw_std_thread_op lw_std_thread_op (tree fndecl);

/* A call that creates a thread: pthread_create, thrd_create, a
   thread-api= (or annotated) wrapper, a std::thread constructor.  */
struct lw_thread_creation
{
  int handle_argno; /* The pointer to the new handle ("this").  */
  int attr_argno;   /* pthread_create's attributes, or -1.  */
  int start_argno;  /* The start routine, or -1 (a wrapper's is guessed
		       by lw_thread_wrapper_start).  */
  bool wrapper;	    /* thread-api= or annotated.  */
  bool std_thread;  /* A std::thread constructor.  */
};
bool lw_thread_creation_call (gcall *call, lw_thread_creation *out);
/* The handle CALL creates into ("t", "w.tid", "t[i_3]"): what its
   argument HANDLE_ARGNO points to; NULL_TREE if not known.  */
tree lw_thread_handle_ref (gcall *call, int handle_argno);
/* A wrapper's start routine: its first function pointer argument other
   than the handle that has an argument after it (the start routine's
   argument, as in pthread_create and thrd_create); -1 if none.  */
int lw_thread_wrapper_start (gcall *call, int handle_argno);

/* What CALL does with the thread handle VALUE, one of its arguments:
   what call-effects.c says of it, and whether the call is a blocking
   join.  */
enum lw_thread_use
{
  LW_THREAD_USE_OTHER,	    /* Anything: a hand-off.  */
  LW_THREAD_USE_LOOKS,	    /* Only looks at it (pthread_equal, pthread_kill,
			       printf-like functions, same-file helpers).  */
  LW_THREAD_USE_RELEASES,   /* Detaches or cancels it, or may join it.  */
  LW_THREAD_USE_PLAIN_JOIN, /* pthread_join, thrd_join: blocks.  */
};
enum lw_thread_use lw_thread_value_use (gcall *call, tree value);

/* Bits of what is known of a local pthread_attr_t.  */
enum
{
  LW_ATTR_JOINABLE = 1, /* pthread_attr_init seen.  */
  LW_ATTR_DETACHED = 2, /* Set here to a state other than 0.  */
  LW_ATTR_UNKNOWN = 4	/* Some use we do not understand.  */
};
/* The bits that CALL, given the address of a local attribute object as
   its argument I, adds to that object's state.  */
int lw_thread_attr_use (gcall *call, unsigned i);

/* On the paths where the creation CALL succeeded: the conditions that
   guard it, its result is 0, and so is any location the result was
   stored to ("errno = ...").  HANDLE, the handle it creates into ("t",
   "w.tid") or NULL_TREE: a thread's handle, if scalar, is never 0.  */
void lw_thread_success_facts (lw_facts *facts, gcall *call, tree handle);
/* On the paths where CALL failed: the conditions that guard it, its
   result is not 0, nor is any location the result was stored to.  */
void lw_thread_failure_facts (lw_facts *facts, gcall *call);

/* thread-arrays.c: threads created into the elements of a local array
   in a loop, when a creation fails half way through.  */
/* STMT releases an element of an array (joins, detaches, cancels or
   hands it off): add the loops around it to *LOOPS (allocated on the
   first call; the caller frees it).  */
void lw_thread_array_release (bitmap *loops, gimple *stmt);
/* Report the creation CALL into HANDLE, an element of the local array
   ARRAY some element of which is released somewhere, if its failure can
   leave FUN without releasing the threads of the earlier iterations.
   STOP with DATA: the checker's events of the array, LW_STOP_PATH at a
   release of an element and LW_STOP_REPORT at a creation into one.
   RELEASE_LOOPS: from lw_thread_array_release.  */
void lw_check_thread_array_create (function *fun, gcall *call, tree array,
				   tree handle, lw_stop_fn stop, void *data,
				   bitmap release_loops, lw_budget *budget);

/* Does the start routine FN (defined here) detach its own thread?
   CACHE holds the answers of one checker's function.  */
bool lw_start_routine_detaches (tree fn, hash_map<tree, bool> *cache);
/* Can the start routine FN never finish (and never act on a
   cancellation)?  Any doubt: false.  */
bool lw_routine_never_finishes (tree fn, hash_map<tree, bool> *cache);

#endif /* LEAKWATCH_THREADS_INT_H */
