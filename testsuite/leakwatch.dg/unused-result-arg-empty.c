/* must-check needs a value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check" } */
/* { dg-error ".must-check. needs a value" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
