/* Under -g3 every macro definition goes to the debug information.
   __LEAKWATCH__ was defined before that existed, and cc1 crashed on any
   file (found by scripts/torture.sh on gcc.dg/pr79342.c).  */
/* { dg-do compile } */
/* { dg-options "-g3" } */

#ifndef __LEAKWATCH__
#error "__LEAKWATCH__ is not defined"
#endif

int leakwatch_g3;
