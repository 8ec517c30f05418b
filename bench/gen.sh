#!/bin/sh
# gen.sh SHAPE N: a C file with one function made of N units of SHAPE.
#   pairs     N times create, check, join (the common shape)
#   nested    N creations, each checked, then N joins (long paths)
#   loops     N loops creating into arrays, N loops joining them
#   leaky     pairs, but every other join is missing (N/2 warnings)
#   array     N creations into elements of one array, each joined
#             right after (every join is a join of that one array)
#   blocks    N blocks of 10 statements, each with a cleanup variable, a
#             creation, a loop, a must-check result checked by an
#             if/else, and a join (issue 12's shape; no warnings)
#   wide      N cleanup variables in scope throughout, each stored, tested
#             and followed by a loop and an if/else (over the cleanup
#             dataflow's state budget from about 650 on: not checked)
#   reassign  N blocks, each with a cleanup variable reassigned in a loop
#             (N warnings, as far as the walk budget goes)
#   helpers   N same-file helpers, each passing the handle to the one
#             before it (one summary per function), and one creation
#             joined after a call to the last (no warning)
#   threadarg N blocks, each creating a thread given the address of a
#             block-local variable and joining it before the block ends
#             (-Wthread-arg-lifetime's walk on every creation; no warning)
#   takes     N blocks, each with a cleanup variable copied to a value
#             returned at the end and handed to hashmap_put, its result
#             tested (a conditional take, an early return, the edges
#             into the return value's PHI; -Wcleanup-escape where the
#             copy is returned after the cleanup freed it)
#   places    N blocks, each with a loop storing a cleanup variable of
#             each iteration into a local array and into an array the
#             function allocated (both read after all the loops), and a
#             cleanup variable stored into a field of a parameter's
#             object (-Wcleanup-escape's place questions on every store)
# The first line says how many statements the function has: expression
# statements, returns, gotos, breaks, ifs, loops and initialised
# declarations (not labels, nor declarations without an initialiser).
shape=$1 n=$2
case $shape in
pairs) stmts=$((n * 7 + 1)) ;;
leaky) stmts=$((n * 7 - n / 2 + 1)) ;;
nested) stmts=$((n * 4 + 1)) ;;
loops) stmts=$((n * 5 + 1)) ;;
array) stmts=$((n * 3 + 1)) ;;
blocks) stmts=$((n * 10 + 2)) ;;
wide) stmts=$((n * 9 + 2)) ;;
reassign) stmts=$((n * 3)) ;;
helpers) stmts=$((n * 3 + 3)) ;;
threadarg) stmts=$((n * 4 + 1)) ;;
takes) stmts=$((n * 9 + 2)) ;;
places) stmts=$((n * 6 + 4)) ;;
*) echo "gen.sh: unknown shape '$shape'" >&2; exit 1 ;;
esac
echo "/* gen.sh $shape $n: $stmts statements */"
cat <<'HDR'
#include <pthread.h>
#include <stdlib.h>
extern void *work (void *);
extern int step (int);
extern int must (int) __attribute__ ((warn_unused_result));
static void freep (void *p) { free (*(void **) p); }
struct Hashmap;
extern int hashmap_put (struct Hashmap *h, const void *key, void *value);
HDR
case $shape in
pairs | leaky)
    echo "int f (void) {"
    awk -v n="$n" -v leaky="$([ "$shape" = leaky ] && echo 1 || echo 0)" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  { pthread_t t%d;\n    if (pthread_create (&t%d, 0, work, 0) != 0) return -1;\n", i, i
            printf "    if (step (%d) < 0) { pthread_cancel (t%d); pthread_join (t%d, 0); return -1; }\n", i, i, i
            if (!leaky || i % 2 == 0) printf "    pthread_join (t%d, 0); }\n", i
            else printf "  }\n"
        }
    }'
    echo "  return 0; }"
    ;;
nested)
    echo "int f (void) {"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) printf "  pthread_t t%d;\n", i
        for (i = 0; i < n; i++) printf "  if (pthread_create (&t%d, 0, work, 0) != 0) goto out%d;\n", i, i
        for (i = n - 1; i >= 0; i--) printf "  pthread_join (t%d, 0);\n", i
        printf "  return 0;\n"
        for (i = n - 1; i >= 0; i--) { printf " out%d:\n", i; if (i > 0) printf "  pthread_join (t%d, 0);\n", i - 1 }
        printf "  return -1;\n}\n"
    }'
    ;;
loops)
    echo "int f (int m) {"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  { pthread_t a%d[8]; int i%d;\n", i, i
            printf "    for (i%d = 0; i%d < m && i%d < 8; i%d++) if (pthread_create (&a%d[i%d], 0, work, 0)) break;\n", i, i, i, i, i, i
            printf "    while (i%d-- > 0) pthread_join (a%d[i%d], 0); }\n", i, i, i
        }
    }'
    echo "  return 0; }"
    ;;
array)
    echo "int f (void) {"
    echo "  pthread_t t[$((n > 0 ? n : 1))];"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  if (pthread_create (&t[%d], 0, work, 0) != 0) return -1;\n", i
            printf "  pthread_join (t[%d], 0);\n", i
        }
    }'
    echo "  return 0; }"
    ;;
blocks)
    echo "int f (int m) {"
    echo "  int acc = 0;"
    awk -v n="$n" 'BEGIN {
        for (b = 0; b < n; b++) {
            printf "  { pthread_t t; int r;\n"
            printf "    __attribute__ ((cleanup (freep))) char *p = malloc (16);\n"
            printf "    if (pthread_create (&t, 0, work, 0) != 0)\n      return -1;\n"
            printf "    for (int i = 0; i < m; i++)\n      acc += step (i);\n"
            printf "    r = must (acc);\n"
            printf "    if (r < 0)\n      acc += step (acc);\n    else\n      acc -= step (acc);\n"
            printf "    pthread_join (t, 0); }\n"
        }
    }'
    echo "  return acc; }"
    ;;
wide)
    echo "int f (int m) {"
    echo "  int acc = 0;"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++)
            printf "  __attribute__ ((cleanup (freep))) char *p%d = NULL;\n", i
        for (i = 0; i < n; i++) {
            printf "  p%d = malloc (16);\n  if (!p%d)\n    return -1;\n", i, i
            printf "  for (int i = 0; i < m; i++)\n    acc += step (i);\n"
            printf "  if (acc & 1)\n    acc += step (acc);\n  else\n    acc -= step (acc);\n"
        }
    }'
    echo "  return acc; }"
    ;;
reassign)
    echo "void f (int m) {"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  { __attribute__ ((cleanup (freep))) char *p = NULL;\n"
            printf "    for (int i = 0; i < m; i++)\n      p = malloc (i); }\n"
        }
    }'
    echo "}"
    ;;
takes)
    echo "const char *f (struct Hashmap *h) {"
    echo "  const char *s = 0;"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  { __attribute__ ((cleanup (freep))) char *p%d = malloc (%d);\n", i, i + 1
            printf "    if (!p%d) return 0;\n    s = p%d;\n", i, i
            printf "    int r%d = hashmap_put (h, p%d, 0);\n", i, i
            printf "    if (r%d < 0) return 0;\n    if (r%d > 0) p%d = 0; }\n", i, i, i
        }
    }'
    echo "  return s; }"
    ;;
places)
    echo "struct E { char *v[8]; };"
    echo "void f (struct E *e) {"
    echo "  char *loc[4]; char **heap = calloc (4, sizeof *heap);"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  { for (int k%d = 0; k%d < 4; k%d++) {\n", i, i, i
            printf "      __attribute__ ((cleanup (freep))) char *p%d = malloc (%d);\n", i, i + 1
            printf "      loc[k%d] = p%d;\n      heap[k%d] = p%d; }\n", i, i, i, i
            printf "    __attribute__ ((cleanup (freep))) char *q%d = malloc (%d);\n", i, i + 1
            printf "    e->v[%d] = q%d; }\n", i % 8, i
        }
    }'
    echo "  step (loc[0] != 0); step (heap[0] != 0); free (heap); }"
    ;;
threadarg)
    echo "int f (void) {"
    awk -v n="$n" 'BEGIN {
        for (i = 0; i < n; i++) {
            printf "  { int x%d = step (%d); pthread_t t%d;\n", i, i, i
            printf "    if (pthread_create (&t%d, 0, work, &x%d) != 0) return -1;\n", i, i
            printf "    pthread_join (t%d, 0); }\n", i
        }
    }'
    echo "  return 0; }"
    ;;
helpers)
    echo "static int h0 (pthread_t t, char *s) { return t == 0 ? step (1) : s[0]; }"
    awk -v n="$n" 'BEGIN {
        for (i = 1; i < n; i++)
            printf "static int h%d (pthread_t t, char *s) { if (step (%d) < 0) return -1; return h%d (t, s) + s[%d %% 8]; }\n", i, i, i - 1, i
    }'
    echo "int f (char *s) {"
    echo "  pthread_t t; int r;"
    echo "  if (pthread_create (&t, 0, work, 0) != 0) return -1;"
    echo "  r = h$((n - 1)) (t, s);"
    echo "  pthread_join (t, 0);"
    echo "  return r; }"
    ;;
esac
