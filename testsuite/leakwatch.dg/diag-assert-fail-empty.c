/* assert-fail needs a value, without empty names.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-assert-fail=test_fail,,x" } */
/* { dg-error "empty name in .assert-fail=test_fail,,x." "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
