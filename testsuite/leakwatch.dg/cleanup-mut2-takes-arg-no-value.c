/* takes needs a value: -fplugin-arg-leakwatch-takes alone.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-takes" } */
/* { dg-error ".takes. needs a value: .takes=NAME:N" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
