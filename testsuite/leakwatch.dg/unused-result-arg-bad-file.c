/* A must-check file that cannot be read is a clear error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=@/nonexistent/leakwatch-must-check.list" } */
/* { dg-error "cannot read must-check file ./nonexistent/leakwatch-must-check.list.: No such file or directory" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */

int f (void);
