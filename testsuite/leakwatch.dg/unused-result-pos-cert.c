/* The cert-err33-c profile.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=cert-err33-c" } */

#include <stdio.h>
#include <stdlib.h>

void
save (FILE *f, const char *buf, size_t n)
{
  size_t w = fwrite (buf, 1, n, f); /* { dg-warning "value of .fwrite. stored in .w. is never checked" } */
  fclose (f); /* { dg-warning "ignoring return value of .fclose." } */
} /* { dg-message "note: .w. is not read" } */

void
hello (void)
{
  printf ("hello\n"); /* { dg-bogus "printf" } */
  puts ("hello"); /* { dg-bogus "puts" } */
}

int
checked (FILE *f)
{
  return fclose (f); /* { dg-bogus "fclose" } */
}
