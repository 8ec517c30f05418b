/* must-check=@FILE: one name per line, '#' comments.  The path is
   relative to the directory the tests run in, build/GCC/testsuite.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=@@SRCDIR@/leakwatch.dg/unused-result-must-check.list" } */

int db_begin (void);
int db_commit (void);
int db_rollback (void);

void
txn (void)
{
  int r = db_begin (); /* { dg-warning "value of .db_begin. stored in .r. is never checked" } */
  db_commit (); /* { dg-warning "ignoring return value of .db_commit." } */
  db_rollback (); /* { dg-bogus "db_rollback" } */
} /* { dg-message "note: .r. is not read" } */
