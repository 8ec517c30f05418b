/* A bad leakwatch pragma is a -Wpragmas warning, as GCC's own are.  */
/* { dg-do compile } */

#pragma leakwatch ignore "no-such-check" /* { dg-warning "unknown check .no-such-check. in .#pragma leakwatch ignore. \\\[-Wpragmas\\\]" } */
#pragma leakwatch ignore thread_leak /* { dg-warning "expects a check name in quotes" } */
#pragma leakwatch ignore "thread-leak" junk /* { dg-warning "junk at end" } */

int x;
