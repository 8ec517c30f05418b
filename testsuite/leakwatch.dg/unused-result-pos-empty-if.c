/* Reads that do nothing: an if with an empty body, a computation whose
   result is itself unused.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int try_it (void);

void
empty_body (void)
{
  int r = try_it (); /* { dg-warning "value of .try_it. stored in .r. is never checked" } */
  if (r < 0)
    {
    }
} /* { dg-message "note: .r. is not read" } */

void
empty_statement (void)
{
  int r = try_it (); /* { dg-warning "value of .try_it. stored in .r. is never checked" } */
  if (r < 0)
    ;
} /* { dg-message "note: .r. is not read" } */

void
dead_computation (void)
{
  int r = try_it (); /* { dg-warning "value of .try_it. stored in .r. is never checked" } */
  int failed = r < 0;
  int twice = failed * 2;
} /* { dg-message "note: .r. is not read" } */
