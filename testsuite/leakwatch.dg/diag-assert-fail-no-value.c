/* assert-fail needs a value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-assert-fail" } */
/* { dg-error ".assert-fail. needs a value" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
