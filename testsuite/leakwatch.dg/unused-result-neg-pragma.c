/* #pragma GCC diagnostic, -Wunused-result's own controls, and
   LEAKWATCH_IGNORE apply.  */
/* { dg-do compile } */

#include <leakwatch.h>

__attribute__ ((warn_unused_result)) int get (void);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-result"
void
gcc_pragma (void)
{
  int r = get (); /* { dg-bogus "never checked" } */
}
#pragma GCC diagnostic pop

#pragma GCC diagnostic push
LEAKWATCH_IGNORE ("unused-result")
void
own_pragma (void)
{
  int r = get (); /* { dg-bogus "never checked" } */
}
#pragma GCC diagnostic pop

void
after (void)
{
  int r = get (); /* { dg-warning "never checked" } */
} /* { dg-message "note: .r. is not read" } */
