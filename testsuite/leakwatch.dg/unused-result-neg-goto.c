/* Kernel-style error paths: goto a label that returns the value;
   statement expressions whose value is used.  */
/* { dg-do compile } */

__attribute__ ((warn_unused_result)) int op (int);
void undo (int);

int
goto_out (void)
{
  int err;
  err = op (1); /* { dg-bogus "never checked" } */
  if (err)
    goto out;
  err = op (2); /* { dg-bogus "never checked" } */
  if (err)
    goto undo_1;
  return 0;
undo_1:
  undo (1);
out:
  return err;
}

int
stmt_expr (void)
{
  int x = ({
    int r = op (3); /* { dg-bogus "never checked" } */
    r;
  });
  return x;
}
