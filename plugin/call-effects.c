/* call-effects.c: what a call does to one of its arguments.

   The checks used to count any call that receives a value as a possible
   hand-off, so a leak went unseen as soon as the value passed through a
   helper that only looks at it.  lw_call_arg_effect answers from, in
   order (the first that knows decides):
     1. GCC itself: internal functions, const and pure functions, and
	GCC's builtins only use their arguments (free frees, realloc may
	free or return it, posix_memalign allocates into its first, the
	__atomic and __sync builtins store their values);
     2. the annotations of include/leakwatch.h, thread-api=, and the
	functions that take ownership of an argument (cleanup-takes.c:
	KEEPS);
     3. the summary of a function defined in this file (summary.c);
     4. the table below, for what GCC does not describe: C library
	functions that only use a descriptor, stream, buffer or path,
	the ones that allocate into their first argument (asprintf), or
	may reallocate it (getline), and the thread functions;
     5. GCC's knowledge of other functions: a deallocator named by
	'malloc (DEALLOCATOR, N)' (fndecl_dealloc_argno), the fnspec
	flags of the argument (gimple_call_arg_flags: it does not escape
	and what it points to is not written), the 'access' attribute
	(read_only or none), and the 'format' attribute (printf-like
	functions format their arguments and keep none);
     6. a parameter declared as a pointer to const (a convention, not a
	promise: kept from the checks' earlier rule).
   Anything else is LW_ARG_UNKNOWN, which the checks treat as before: a
   hand-off.  GCC's 'nonnull' attribute says nothing of what a function
   does with the value, so it is not used.  When the pass runs (right
   after "ssa"), GCC's own interprocedural summaries (modref) do not
   exist yet, so gimple_call_arg_flags says only what fnspecs say, at
   every -O level.  */

#include "leakwatch-int.h"

static const char *const lw_effect_names[LW_N_ARG_EFFECTS]
  = { "unknown", "reads", "frees", "keeps", "releases", "allocates-into" };

const char *
lw_arg_effect_name (enum lw_arg_effect effect)
{
  return (unsigned) effect < LW_N_ARG_EFFECTS ? lw_effect_names[effect] : "?";
}

/* C library functions GCC does not describe.  ARGS has one letter per
   argument, in order: 'r' LW_ARG_READS, 'f' FREES, 'k' KEEPS, 'j'
   RELEASES, 'a' ALLOCATES_INTO, '?' UNKNOWN (said here so that no later
   rule says otherwise); a final '*' repeats the letter before it for
   every later argument.  Arguments past ARGS are left to the later
   rules.  */
struct lw_known_fn
{
  const char *name;
  const char *args;
};

static const lw_known_fn lw_known_fns[] = {
  /* Descriptors, streams, buffers: used, never closed, freed or kept.  */
  { "read", "r*" },
  { "write", "r*" },
  { "pread", "r*" },
  { "pwrite", "r*" },
  { "pread64", "r*" },
  { "pwrite64", "r*" },
  { "readv", "r*" },
  { "writev", "r*" },
  { "fstat", "r*" },
  { "fstat64", "r*" },
  { "fstatat", "r*" },
  { "fstatat64", "r*" },
  { "fstatfs", "r*" },
  { "fstatvfs", "r*" },
  { "statx", "r*" },
  { "lseek", "r*" },
  { "lseek64", "r*" },
  { "fsync", "r*" },
  { "fdatasync", "r*" },
  { "ftruncate", "r*" },
  { "ftruncate64", "r*" },
  { "fchmod", "r*" },
  { "fchown", "r*" },
  { "fchdir", "r*" },
  { "fchmodat", "r*" },
  { "fchownat", "r*" },
  { "ioctl", "r*" },
  { "fcntl", "r*" },
  { "flock", "r*" },
  { "lockf", "r*" },
  { "openat", "r*" },
  { "openat64", "r*" },
  { "mkdirat", "r*" },
  { "unlinkat", "r*" },
  { "renameat", "r*" },
  { "renameat2", "r*" },
  { "readlinkat", "r*" },
  { "faccessat", "r*" },
  { "linkat", "r*" },
  { "symlinkat", "r*" },
  { "mknodat", "r*" },
  { "utimensat", "r*" },
  { "futimens", "r*" },
  { "getdents", "r*" },
  { "getdents64", "r*" },
  { "recv", "r*" },
  { "recvfrom", "r*" },
  { "recvmsg", "r*" },
  { "send", "r*" },
  { "sendto", "r*" },
  { "sendmsg", "r*" },
  { "dup", "r*" },
  { "dup2", "r*" },
  { "dup3", "r*" },
  { "isatty", "r*" },
  { "ttyname", "r*" },
  { "posix_fadvise", "r*" },
  { "fallocate", "r*" },
  { "fgets", "r*" },
  { "fgets_unlocked", "r*" },
  { "fread", "r*" },
  { "fread_unlocked", "r*" },
  { "fwrite", "r*" },
  { "fwrite_unlocked", "r*" },
  { "fileno", "r*" },
  { "feof", "r*" },
  { "ferror", "r*" },
  { "clearerr", "r*" },
  { "fflush", "r*" },
  { "fgetc", "r*" },
  { "getc", "r*" },
  { "getc_unlocked", "r*" },
  { "fgetc_unlocked", "r*" },
  { "ungetc", "r*" },
  { "fseek", "r*" },
  { "ftell", "r*" },
  { "fseeko", "r*" },
  { "ftello", "r*" },
  { "fseeko64", "r*" },
  { "ftello64", "r*" },
  { "rewind", "r*" },
  { "fscanf", "r*" },
  { "vfscanf", "r*" },
  { "setvbuf", "r*" },
  { "setbuf", "r*" },
  { "flockfile", "r*" },
  { "funlockfile", "r*" },
  { "readdir", "r*" },
  { "readdir64", "r*" },
  { "dirfd", "r*" },
  { "telldir", "r*" },
  { "seekdir", "r*" },
  { "rewinddir", "r*" },
  { "mmap", "r*" },
  { "mmap64", "r*" },
  { "epoll_ctl", "r*" },
  { "epoll_wait", "r*" },
  { "inotify_add_watch", "r*" },
  { "fgetxattr", "r*" },
  { "fsetxattr", "r*" },
  { "flistxattr", "r*" },
  { "accept", "r*" },
  { "accept4", "r*" },
  { "bind", "r*" },
  { "connect", "r*" },
  { "listen", "r*" },
  { "getsockopt", "r*" },
  { "setsockopt", "r*" },
  { "getsockname", "r*" },
  { "getpeername", "r*" },
  { "shutdown", "r*" },
  { "fexecve", "r*" },
  { "tcgetattr", "r*" },
  { "tcsetattr", "r*" },
  { "sendfile", "r*" },
  { "copy_file_range", "r*" },
  { "splice", "r*" },
  /* Paths: only read (what they are declared 'const' says, for sure).  */
  { "access", "r*" },
  { "euidaccess", "r*" },
  { "eaccess", "r*" },
  { "stat", "r*" },
  { "lstat", "r*" },
  { "stat64", "r*" },
  { "lstat64", "r*" },
  { "statfs", "r*" },
  { "statvfs", "r*" },
  { "open", "r*" },
  { "open64", "r*" },
  { "creat", "r*" },
  { "fopen", "r*" },
  { "fopen64", "r*" },
  { "opendir", "r" },
  { "realpath", "r?" }, /* Its result may be its second argument.  */
  { "unlink", "r" },
  { "rmdir", "r" },
  { "remove", "r" },
  { "mkdir", "r*" },
  { "mkfifo", "r*" },
  { "mknod", "r*" },
  { "chdir", "r" },
  { "chroot", "r" },
  { "chmod", "r*" },
  { "chown", "r*" },
  { "lchown", "r*" },
  { "truncate", "r*" },
  { "rename", "r*" },
  { "link", "r*" },
  { "symlink", "r*" },
  { "readlink", "r*" },
  { "utime", "r*" },
  { "utimes", "r*" },
  { "getxattr", "r*" },
  { "lgetxattr", "r*" },
  { "setxattr", "r*" },
  { "lsetxattr", "r*" },
  { "listxattr", "r*" },
  { "llistxattr", "r*" },
  { "dlopen", "r*" },
  { "execv", "r*" },
  { "execve", "r*" },
  { "execvp", "r*" },
  { "mkstemp", "r" },
  { "mkostemp", "r*" },
  /* Logging without a format attribute on some C libraries.  */
  { "syslog", "r*" },
  { "vsyslog", "r*" },
  { "vdprintf", "r*" },
  /* A new string into the first argument; the old value is lost.  */
  { "asprintf", "ar*" },
  { "vasprintf", "ar*" },
  { "__asprintf_chk", "ar*" },
  { "__vasprintf_chk", "ar*" },
  /* May free *lineptr and store another buffer there: not a read, and
     no plain allocation either.  */
  { "getline", "?r*" },
  { "getdelim", "?r*" },
  /* Keeps the string in the environment.  */
  { "putenv", "k" },
  /* Release what no attribute describes (a descriptor), or what older C
     library headers do not pair with their allocators.  */
  { "close", "f" },
  { "fclose", "f" },
  { "pclose", "f" },
  { "closedir", "f" },
  /* GLib's deallocator (g_autofree's), which its headers do not pair
     with g_malloc.  */
  { "g_free", "f" },
  { "munmap", "f?" },
  /* Threads: joined, detached or cancelled; or only looked at.  */
  { "pthread_join", "j?" },
  { "pthread_tryjoin_np", "j?" },
  { "pthread_timedjoin_np", "j?*" },
  { "pthread_clockjoin_np", "j?*" },
  { "pthread_detach", "j" },
  { "pthread_cancel", "j" },
  { "thrd_join", "j?" },
  { "thrd_detach", "j" },
  { "pthread_equal", "r*" },
  { "pthread_setname_np", "r*" },
  { "pthread_getname_np", "r*" },
  { "pthread_setaffinity_np", "r*" },
  { "pthread_getaffinity_np", "r*" },
  { "pthread_kill", "r*" },
  { "pthread_sigqueue", "r*" },
  { "pthread_getattr_np", "r*" },
  { "pthread_setschedparam", "r*" },
  { "pthread_getschedparam", "r*" },
  { "pthread_setschedprio", "r*" },
  { "pthread_getcpuclockid", "r*" },
  { "thrd_equal", "r*" },
};

static enum lw_arg_effect
lw_effect_of_letter (char c)
{
  switch (c)
    {
    case 'r':
      return LW_ARG_READS;
    case 'f':
      return LW_ARG_FREES;
    case 'k':
      return LW_ARG_KEEPS;
    case 'j':
      return LW_ARG_RELEASES;
    case 'a':
      return LW_ARG_ALLOCATES_INTO;
    default:
      return LW_ARG_UNKNOWN;
    }
}

/* The table's word on argument ARGNO of FNDECL; false if it has none.  */
static bool
lw_known_effect (tree fndecl, unsigned argno, enum lw_arg_effect *effect)
{
  if (!fndecl || !DECL_NAME (fndecl))
    return false;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  for (unsigned i = 0; i < ARRAY_SIZE (lw_known_fns); i++)
    {
      const lw_known_fn &k = lw_known_fns[i];
      if (k.name[0] != name[0] || !lw_fn_is (fndecl, k.name))
	continue;
      size_t n = strlen (k.args);
      bool star = n > 1 && k.args[n - 1] == '*';
      if (star)
	n--;
      if (argno < n)
	*effect = lw_effect_of_letter (k.args[argno]);
      else if (star)
	*effect = lw_effect_of_letter (k.args[n - 1]);
      else
	return false;
      return true;
    }
  return false;
}

/* Whether ARGNO is the format string or one of the formatted arguments
   of a printf-like function (format attribute of type FNTYPE or of
   FNDECL).  */
static bool
lw_printf_arg_p (tree attrs, unsigned argno)
{
  for (tree a = lookup_attribute ("format", attrs); a;
       a = lookup_attribute ("format", TREE_CHAIN (a)))
    {
      tree args = TREE_VALUE (a);
      if (!args || !TREE_CHAIN (args) || !TREE_CHAIN (TREE_CHAIN (args)))
	continue;
      tree kind = TREE_VALUE (args);
      tree fmt = TREE_VALUE (TREE_CHAIN (args));
      tree first = TREE_VALUE (TREE_CHAIN (TREE_CHAIN (args)));
      if (TREE_CODE (kind) != IDENTIFIER_NODE || TREE_CODE (fmt) != INTEGER_CST
	  || TREE_CODE (first) != INTEGER_CST || !tree_fits_uhwi_p (fmt)
	  || !tree_fits_uhwi_p (first))
	continue;
      /* printf, __printf__, gnu_printf, ms_printf: not scanf (which
	 may allocate into its arguments), strftime, ...  */
      const char *k = IDENTIFIER_POINTER (kind);
      while (*k == '_')
	k++;
      size_t len = strlen (k);
      while (len && k[len - 1] == '_')
	len--;
      if (len < 6 || strncmp (k + len - 6, "printf", 6) != 0)
	continue;
      unsigned HOST_WIDE_INT f = tree_to_uhwi (fmt), s = tree_to_uhwi (first);
      if (argno + 1 == f || (s && argno + 1 >= s))
	return true;
    }
  return false;
}

/* Whether CALL's type declares argument ARGNO read_only or none with
   the access attribute.  */
static bool
lw_access_read_only_p (tree fntype, unsigned argno)
{
  tree attrs = TYPE_ATTRIBUTES (fntype);
  if (!lookup_attribute ("access", attrs))
    return false;
  rdwr_map rdwr;
  init_attr_rdwr_indices (&rdwr, attrs);
  attr_access *acc = rdwr.get (argno);
  return acc && (acc->mode == access_read_only || acc->mode == access_none);
}

/* Whether the value CALL returns, if used, may be a pointer (and so the
   argument itself, for rules that do not say otherwise).  */
static bool
lw_result_may_alias_p (gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  return lhs && POINTER_TYPE_P (TREE_TYPE (lhs));
}

enum lw_arg_effect
lw_call_arg_effect (gcall *call, unsigned argno)
{
  if (argno >= gimple_call_num_args (call))
    return LW_ARG_UNKNOWN;
  /* 1. GCC itself.  */
  if (gimple_call_internal_p (call)
      || (gimple_call_flags (call) & (ECF_CONST | ECF_PURE)))
    return LW_ARG_READS;
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    {
      const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
      switch (DECL_FUNCTION_CODE (fndecl))
	{
	case BUILT_IN_REALLOC:
	  return LW_ARG_UNKNOWN; /* Frees it, or returns it.  */
	case BUILT_IN_POSIX_MEMALIGN:
	  return argno == 0 ? LW_ARG_ALLOCATES_INTO : LW_ARG_READS;
	default:
	  /* free, and any other deallocator GCC knows (one returning a
	     pointer is realloc-like: see 5. below).  */
	  if (fndecl_dealloc_argno (fndecl) == argno)
	    return (POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl)))
		      ? LW_ARG_UNKNOWN
		      : LW_ARG_FREES);
	  /* __atomic_store_n (&g, v, ...), __sync_lock_test_and_set,
	     the exchanges: the value is stored into memory.  */
	  if (argno > 0
	      && (strncmp (name, "__atomic_", 9) == 0
		  || strncmp (name, "__sync_", 7) == 0))
	    return LW_ARG_KEEPS;
	  return LW_ARG_READS;
	}
    }
  /* 2. Annotations.  */
  int n;
  if (lw_api_role (fndecl, LW_API_THREAD_RELEASE, &n) && (unsigned) n == argno)
    return LW_ARG_RELEASES;
  if (lw_api_role (fndecl, LW_API_THREAD_CREATE, &n) && (unsigned) n == argno)
    return LW_ARG_UNKNOWN;
  /* A taker keeps the value (a conditional one on success).  */
  if (lw_takes_arg_kind (fndecl, argno) != LW_TAKES_NO)
    return LW_ARG_KEEPS;
  /* 3. A function of this file.  */
  enum lw_arg_effect effect;
  if (lw_summary_effect (call, argno, &effect) && effect != LW_ARG_UNKNOWN)
    return effect;
  /* 4. The table.  */
  if (lw_known_effect (fndecl, argno, &effect))
    return effect;
  /* 5. GCC's knowledge of other functions.  A deallocator that returns
     a pointer is realloc-like (reallocarray): it frees the argument, or
     fails and leaves it, or returns it.  */
  if (fndecl && fndecl_dealloc_argno (fndecl) == argno)
    return (POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl))) ? LW_ARG_UNKNOWN
							    : LW_ARG_FREES);
  int rf = gimple_call_return_flags (call);
  bool returned = ((rf & ERF_RETURNS_ARG)
		   && (unsigned) (rf & ERF_RETURN_ARG_MASK) == argno);
  int eaf = gimple_call_arg_flags (call, argno);
  if (lw_arg_not_escaped_p (eaf) && lw_arg_not_clobbered_p (eaf) && !returned
      && !lw_result_may_alias_p (call))
    return LW_ARG_READS;
  tree fntype = gimple_call_fntype (call);
  if (fntype && lw_access_read_only_p (fntype, argno)
      && !lw_result_may_alias_p (call))
    return LW_ARG_READS;
  if ((fntype && lw_printf_arg_p (TYPE_ATTRIBUTES (fntype), argno))
      || (fndecl && lw_printf_arg_p (DECL_ATTRIBUTES (fndecl), argno)))
    return LW_ARG_READS;
  /* 6. A pointer to const.  */
  if (fntype)
    {
      unsigned i = 0;
      for (tree a = TYPE_ARG_TYPES (fntype); a; a = TREE_CHAIN (a), i++)
	if (i == argno)
	  {
	    tree t = TREE_VALUE (a);
	    if (POINTER_TYPE_P (t) && TYPE_READONLY (TREE_TYPE (t)))
	      return LW_ARG_READS;
	    break;
	  }
    }
  return LW_ARG_UNKNOWN;
}

/* The allocators of the table whose result is not negative exactly
   when they stored a new string.  */
static const char *const lw_alloc_ge0[]
  = { "asprintf", "vasprintf", "__asprintf_chk", "__vasprintf_chk" };

bool
lw_call_alloc_success (gcall *call, enum tree_code *code)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    return false;
  if (fndecl_built_in_p (fndecl, BUILT_IN_POSIX_MEMALIGN))
    {
      *code = EQ_EXPR;
      return true;
    }
  if (lw_summary_alloc_success (call, code))
    return true;
  for (unsigned i = 0; i < ARRAY_SIZE (lw_alloc_ge0); i++)
    if (lw_fn_is (fndecl, lw_alloc_ge0[i]))
      {
	*code = GE_EXPR;
	return true;
      }
  return false;
}

bool
lw_call_only_reads (gcall *call, tree value)
{
  if (gimple_call_chain (call) == value)
    return false;
  /* A result as wide as VALUE may be VALUE itself (a const function
     returning its argument): not followed, so not trusted.  */
  tree lhs = gimple_call_lhs (call);
  tree vt = TREE_TYPE (value);
  if (lhs
      && (POINTER_TYPE_P (TREE_TYPE (lhs))
	  || (INTEGRAL_TYPE_P (TREE_TYPE (lhs)) && INTEGRAL_TYPE_P (vt)
	      && TYPE_PRECISION (TREE_TYPE (lhs)) >= TYPE_PRECISION (vt))))
    return false;
  bool seen = false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    if (gimple_call_arg (call, i) == value)
      {
	if (lw_call_arg_effect (call, i) != LW_ARG_READS)
	  return false;
	seen = true;
      }
  return seen;
}

bool
lw_call_formats_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  tree fntype = gimple_call_fntype (call);
  return (
    (fntype && lookup_attribute ("format", TYPE_ATTRIBUTES (fntype)))
    || (fndecl && lookup_attribute ("format", DECL_ATTRIBUTES (fndecl))));
}
