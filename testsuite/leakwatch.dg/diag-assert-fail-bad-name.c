/* assert-fail= values must be function names or @FILE.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-assert-fail=test_fail,bad-name" } */
/* { dg-error ".bad-name. in .assert-fail=. is neither a function name nor .@FILE." "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
