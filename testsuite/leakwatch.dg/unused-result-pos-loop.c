/* Values stored in a loop and never read.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) long send_chunk (const char *, long);

void
send_all (const char *p, long n)
{
  long sent;
  for (long i = 0; i < n; i += 512)
    sent = send_chunk (p + i, 512); /* { dg-warning "value of .send_chunk. stored in .sent. is never checked" } */
} /* { dg-message "note: .sent. is not read" } */
