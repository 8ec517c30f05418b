/* Functions nobody declared must-check: left to -Wunused-variable.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=posix-io" } */

int compute (void);
int my_write (int); /* Not "write".  */

void
f (void)
{
  int r = compute (); /* { dg-bogus "never checked" } */
  int w = my_write (1); /* { dg-bogus "never checked" } */
  compute (); /* { dg-bogus "compute" } */
}

struct file_ops
{
  int (*write) (int);
};

void
member_named_write (struct file_ops *o)
{
  int r = o->write (1); /* { dg-bogus "never checked" } */
}
