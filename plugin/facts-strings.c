/* facts-strings.c: what a path knows of a string from the string
   predicates it took a branch of: which literal it equals, or has as a
   prefix or a suffix (strcmp, g_strcmp0, g_str_equal, g_str_has_prefix,
   g_str_has_suffix, systemd's startswith and endswith).  A name that
   ends in ".cab" does not end in ".deb": 'if (g_str_has_suffix (f,
   ".cab")) p = a (); if (g_str_has_suffix (f, ".deb")) p = b ();' does
   not replace the first value.  Like every fact, these only remove
   paths; a string changed in between (through another pointer, or
   through this one) is not looked for.  */

#include "leakwatch-int.h"

enum lw_str_pred
{
  LW_STR_NONE,
  LW_STR_EQUAL,
  LW_STR_PREFIX,
  LW_STR_SUFFIX
};

/* The fact codes: comparisons of unordered floats, which no condition
   on a pointer uses, so that no other fact is read as one of these.  */
static enum tree_code
lw_str_code (enum lw_str_pred kind)
{
  return (kind == LW_STR_EQUAL	  ? UNEQ_EXPR
	  : kind == LW_STR_PREFIX ? UNLE_EXPR
				  : UNGE_EXPR);
}

static enum lw_str_pred
lw_str_kind (enum tree_code code)
{
  return (code == UNEQ_EXPR   ? LW_STR_EQUAL
	  : code == UNLE_EXPR ? LW_STR_PREFIX
	  : code == UNGE_EXPR ? LW_STR_SUFFIX
			      : LW_STR_NONE);
}

static const struct
{
  const char *name;
  enum lw_str_pred kind;
  bool zero_holds; /* A result of 0 means the predicate holds.  */
} lw_str_fns[] = {
  { "strcmp", LW_STR_EQUAL, true },
  { "g_strcmp0", LW_STR_EQUAL, true },
  { "g_str_equal", LW_STR_EQUAL, false },
  { "g_str_has_prefix", LW_STR_PREFIX, false },
  { "g_str_has_suffix", LW_STR_SUFFIX, false },
  { "startswith", LW_STR_PREFIX, false },
  { "endswith", LW_STR_SUFFIX, false },
};

/* If NAME is the result of a string predicate on a string SUBJECT and
   a literal LIT, the predicate's kind, and in *ZERO_HOLDS whether a
   result of 0 means it holds.  */
static enum lw_str_pred
lw_str_call (tree name, tree *subject, tree *lit, bool *zero_holds)
{
  if (TREE_CODE (name) != SSA_NAME)
    return LW_STR_NONE;
  name = lw_strip_copies (name, true);
  gcall *call = (TREE_CODE (name) == SSA_NAME
		   ? dyn_cast<gcall *> (SSA_NAME_DEF_STMT (name))
		   : NULL);
  if (!call || gimple_call_num_args (call) != 2)
    return LW_STR_NONE;
  tree fndecl = gimple_call_fndecl (call);
  for (unsigned i = 0; i < ARRAY_SIZE (lw_str_fns); i++)
    {
      if (!lw_fn_is (fndecl, lw_str_fns[i].name))
	continue;
      tree a = gimple_call_arg (call, 0), b = gimple_call_arg (call, 1);
      /* Equality either way round; a prefix or a suffix second.  */
      if (!c_getstr (b) && lw_str_fns[i].kind == LW_STR_EQUAL)
	{
	  tree t = a;
	  a = b;
	  b = t;
	}
      if (!c_getstr (b) || TREE_CODE (a) != SSA_NAME)
	return LW_STR_NONE;
      *subject = a;
      *lit = b;
      *zero_holds = lw_str_fns[i].zero_holds;
      return lw_str_fns[i].kind;
    }
  return LW_STR_NONE;
}

void
lw_facts_add_string_test (lw_facts *facts, tree lhs, enum tree_code code,
			  tree rhs, bool truth)
{
  tree subject, lit;
  bool zero_holds;
  if ((code != EQ_EXPR && code != NE_EXPR) || !integer_zerop (rhs))
    return;
  enum lw_str_pred kind = lw_str_call (lhs, &subject, &lit, &zero_holds);
  if (kind == LW_STR_NONE)
    return;
  /* 'LHS != 0' is TRUTH-valued.  */
  bool nonzero = (code == NE_EXPR) == truth;
  lw_facts_add (facts, subject, lw_str_code (kind), lit,
		nonzero != zero_holds);
}

/* Whether string S has P as a prefix, or (SUFFIX) as a suffix.  */
static bool
lw_str_affix_p (const char *s, const char *p, bool suffix)
{
  size_t ls = strlen (s), lp = strlen (p);
  return lp <= ls && memcmp (suffix ? s + ls - lp : s, p, lp) == 0;
}

/* What the predicate KIND of LIT is on a string of which fact F, a
   string fact on the same string, says F_HOLDS: 1 holds, 0 not, -1 not
   known.  */
static int
lw_str_from_fact (enum lw_str_pred fkind, const char *flit, bool f_holds,
		  enum lw_str_pred kind, const char *lit)
{
  if (fkind == kind && strcmp (flit, lit) == 0)
    return f_holds;
  if (!f_holds)
    return -1;
  if (fkind == LW_STR_EQUAL)
    /* The string is FLIT.  */
    return (kind == LW_STR_EQUAL
	      ? strcmp (flit, lit) == 0
	      : lw_str_affix_p (flit, lit, kind == LW_STR_SUFFIX));
  /* Two prefixes (suffixes) neither of which extends the other.  */
  bool suffix = kind == LW_STR_SUFFIX;
  if (fkind == kind && !lw_str_affix_p (flit, lit, suffix)
      && !lw_str_affix_p (lit, flit, suffix))
    return 0;
  return -1;
}

int
lw_string_decide (const lw_facts &facts, tree op, enum tree_code code,
		  tree cst)
{
  tree subject, lit;
  bool zero_holds;
  if ((code != EQ_EXPR && code != NE_EXPR) || !integer_zerop (cst))
    return -1;
  enum lw_str_pred kind = lw_str_call (op, &subject, &lit, &zero_holds);
  if (kind == LW_STR_NONE)
    return -1;
  for (unsigned i = 0; i < facts.n; i++)
    {
      const lw_fact &f = facts.f[i];
      enum lw_str_pred fkind = lw_str_kind (f.code);
      if (fkind == LW_STR_NONE || !lw_facts_same_operand (f.op, subject))
	continue;
      const char *flit = c_getstr (f.cst), *s = c_getstr (lit);
      if (!flit || !s)
	continue;
      int holds = lw_str_from_fact (fkind, flit, f.truth, kind, s);
      if (holds < 0)
	continue;
      /* 'OP != 0' is (holds != zero_holds).  */
      bool nonzero = (holds != 0) != zero_holds;
      return code == NE_EXPR ? nonzero : !nonzero;
    }
  return -1;
}
