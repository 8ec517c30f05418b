/* Values stored through a pointer, into a caller-owned struct or a
   global, or passed to another function.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int op (int);
void consume (int);

struct result
{
  int status;
};

int last_status;

void
out_param (int *ret)
{
  *ret = op (1);
}

void
out_struct (struct result *res)
{
  int r = op (2); /* { dg-bogus "never checked" } */
  res->status = r;
}

void
to_global (void)
{
  int r = op (3); /* { dg-bogus "never checked" } */
  last_status = r;
}

void
passed_on (void)
{
  int r = op (4); /* { dg-bogus "never checked" } */
  consume (r);
}

void
address_taken (void)
{
  int r = op (5); /* { dg-bogus "never checked" } */
  int *p = &r;
  consume (*p);
}
