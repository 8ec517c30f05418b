/* attribs.c: the annotations of include/leakwatch.h.

   leakwatch_thread_create (N)   argument N points to the handle of a
				 new joinable thread
   leakwatch_thread_release (N)  argument N (the handle or a pointer to
				 it) is joined, detached or cancelled
   leakwatch_takes (N)           argument N is freed or kept beyond
				 the call (cleanup-takes.c)
   leakwatch_takes_if_positive (N)
				 the same, only when the call returns a
				 value > 0
   leakwatch_must_check          the result must be checked

   N counts from 1, as in GCC's own format and nonnull attributes.  */

#include "leakwatch-int.h"

/* Check that the attribute's single argument is a valid argument
   position of the function declaration *NODE.  */
static tree
lw_handle_argno_attr (tree *node, tree name, tree args, int, bool *no_add)
{
  tree fn = *node;
  if (TREE_CODE (fn) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE attribute applies only to functions",
	       name);
      *no_add = true;
      return NULL_TREE;
    }
  tree arg = args ? TREE_VALUE (args) : NULL_TREE;
  if (arg && TREE_CODE (arg) != INTEGER_CST)
    arg = fold (arg);
  if (!arg || TREE_CODE (arg) != INTEGER_CST || !tree_fits_shwi_p (arg))
    {
      error ("%qE attribute argument must be an integer constant", name);
      *no_add = true;
      return NULL_TREE;
    }
  HOST_WIDE_INT n = tree_to_shwi (arg);
  int nparams = 0;
  bool varargs = true;
  for (tree p = TYPE_ARG_TYPES (TREE_TYPE (fn)); p; p = TREE_CHAIN (p))
    {
      if (VOID_TYPE_P (TREE_VALUE (p)))
	{
	  varargs = false;
	  break;
	}
      nparams++;
    }
  if (!TYPE_ARG_TYPES (TREE_TYPE (fn)))
    varargs = true;
  if (n < 1 || (!varargs && n > nparams))
    {
      error ("%qE attribute argument %wd is out of range: %qD has %d "
	     "parameters",
	     name, n, fn, nparams);
      *no_add = true;
    }
  return NULL_TREE;
}

static tree
lw_handle_must_check_attr (tree *node, tree name, tree, int, bool *no_add)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE attribute applies only to functions",
	       name);
      *no_add = true;
    }
  else if (VOID_TYPE_P (TREE_TYPE (TREE_TYPE (*node))))
    {
      warning (OPT_Wattributes, "%qE attribute on %qD, which returns void",
	       name, *node);
      *no_add = true;
    }
  return NULL_TREE;
}

/* name, min_len, max_len, decl_req, type_req, fn_type_req,
   affects_type_identity, handler, exclude.  */
static struct attribute_spec lw_attr_create
  = { "leakwatch_thread_create", 1,   1, true, false, false, false,
      lw_handle_argno_attr,	 NULL };
static struct attribute_spec lw_attr_release
  = { "leakwatch_thread_release", 1,   1, true, false, false, false,
      lw_handle_argno_attr,	  NULL };
static struct attribute_spec lw_attr_takes
  = { "leakwatch_takes",    1,	 1, true, false, false, false,
      lw_handle_argno_attr, NULL };
static struct attribute_spec lw_attr_takes_if_positive
  = { "leakwatch_takes_if_positive", 1,	  1, true, false, false, false,
      lw_handle_argno_attr,	     NULL };
static struct attribute_spec lw_attr_must_check
  = { "leakwatch_must_check",	 0,   0, true, false, false, false,
      lw_handle_must_check_attr, NULL };

void
lw_register_attributes (void *, void *)
{
  register_attribute (&lw_attr_create);
  register_attribute (&lw_attr_release);
  register_attribute (&lw_attr_takes);
  register_attribute (&lw_attr_takes_if_positive);
  register_attribute (&lw_attr_must_check);
}

static const char *
lw_role_attr (enum lw_api_role role)
{
  switch (role)
    {
    case LW_API_THREAD_CREATE:
      return "leakwatch_thread_create";
    case LW_API_THREAD_RELEASE:
      return "leakwatch_thread_release";
    case LW_API_MUST_CHECK:
      return "leakwatch_must_check";
    default:
      return NULL;
    }
}

bool
lw_api_annotated (tree fndecl, enum lw_api_role role, int *argno)
{
  const char *attr = lw_role_attr (role);
  if (!attr || !fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  tree a = lookup_attribute (attr, DECL_ATTRIBUTES (fndecl));
  if (!a)
    return false;
  *argno = 0;
  tree args = TREE_VALUE (a);
  if (args && TREE_CODE (TREE_VALUE (args)) == INTEGER_CST
      && tree_fits_shwi_p (TREE_VALUE (args)))
    *argno = (int) tree_to_shwi (TREE_VALUE (args)) - 1;
  return *argno >= 0;
}

bool
lw_fn_is (tree fndecl, const char *name)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || !DECL_NAME (fndecl))
    return false;
  if (strcmp (IDENTIFIER_POINTER (DECL_NAME (fndecl)), name) != 0)
    return false;
  tree ctx = DECL_CONTEXT (fndecl);
  return !ctx || TREE_CODE (ctx) == TRANSLATION_UNIT_DECL;
}

/* Functions named by thread-api=.  */
struct lw_named_api
{
  char *name;
  enum lw_api_role role;
  int argno; /* Zero-based.  */
};
static vec<lw_named_api> lw_named_apis;

bool
lw_parse_thread_api (const char *where, const char *value)
{
  if (!value || !*value)
    {
      error ("%s: %<thread-api%> needs a value: "
	     "%<thread-api=create:NAME:N,join:NAME:N%>",
	     where);
      return false;
    }
  char *copy = xstrdup (value);
  bool ok = true;
  for (char *save = NULL, *item = strtok_r (copy, ",", &save); item && ok;
       item = strtok_r (NULL, ",", &save))
    {
      char *c1 = strchr (item, ':');
      char *c2 = c1 ? strchr (c1 + 1, ':') : NULL;
      char *end = NULL;
      long n = c2 ? strtol (c2 + 1, &end, 10) : 0;
      if (!c2 || c1 == item || c2 == c1 + 1 || !*(c2 + 1) || *end || n < 1
	  || n > 64)
	{
	  error ("%s: malformed %<thread-api%> entry %qs; expected "
		 "%<ROLE:NAME:N%> with ROLE %<create%> or %<join%> and N the "
		 "position of the handle argument, counting from 1",
		 where, lw_shown (item));
	  ok = false;
	  break;
	}
      *c1 = *c2 = '\0';
      lw_named_api api;
      if (strcmp (item, "create") == 0)
	api.role = LW_API_THREAD_CREATE;
      else if (strcmp (item, "join") == 0 || strcmp (item, "release") == 0
	       || strcmp (item, "detach") == 0)
	api.role = LW_API_THREAD_RELEASE;
      else
	{
	  error ("%s: unknown role %qs in %<thread-api%>; valid roles are: "
		 "create, join",
		 where, lw_shown (item));
	  ok = false;
	  break;
	}
      api.name = xstrdup (c1 + 1);
      api.argno = (int) n - 1;
      lw_named_apis.safe_push (api);
    }
  free (copy);
  return ok;
}

bool
lw_api_role (tree fndecl, enum lw_api_role role, int *argno)
{
  if (lw_api_annotated (fndecl, role, argno))
    return true;
  for (const lw_named_api &api : lw_named_apis)
    if (api.role == role && lw_fn_is (fndecl, api.name))
      {
	*argno = api.argno;
	return true;
      }
  return false;
}
