/* must-check= values that are neither names, @FILE nor profiles.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=write,posix_io-2" } */
/* { dg-error ".posix_io-2. in .must-check=. is neither a function name, .@FILE. nor a profile" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
