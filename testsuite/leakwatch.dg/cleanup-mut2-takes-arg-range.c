/* takes=: an argument position past 64 is an error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-takes=queue_push:65" } */
/* { dg-error "malformed .takes. entry .queue_push:65.; expected .NAME:N." "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
