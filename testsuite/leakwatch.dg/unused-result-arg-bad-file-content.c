/* A must-check file with two names on a line: error with file and line.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=@@SRCDIR@/leakwatch.dg/unused-result-bad.list" } */
/* { dg-error "unused-result-bad.list:3: expected one function name per line" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
