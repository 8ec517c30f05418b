/* takes=: an empty entry last (a stray comma) is an error, not skipped.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-takes=queue_push:2," } */
/* { dg-error "empty entry in .takes=queue_push:2,." "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
