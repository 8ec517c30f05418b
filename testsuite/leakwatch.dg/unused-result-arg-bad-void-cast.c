/* void-cast= takes allow, warn or silences.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-void-cast=ignore" } */
/* { dg-error ".void-cast. must be .allow., .warn. or .silences. \\(got .ignore.\\)" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
