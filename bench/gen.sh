#!/bin/sh
# gen.sh SHAPE N: a C file with one function of N thread creations.
#   pairs     create, check, join; N times (the common shape)
#   nested    N creations, each checked, then N joins (long paths)
#   loops     N loops creating into arrays, N loops joining them
#   leaky     pairs, but every other join is missing (N/2 warnings)
#   helpers   N same-file helpers, each passing the handle to the one
#             before it (one summary per function), and one creation
#             joined after a call to the last (no warning)
shape=$1 n=$2
cat <<'HDR'
#include <pthread.h>
extern void *work (void *);
extern int step (int);
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
