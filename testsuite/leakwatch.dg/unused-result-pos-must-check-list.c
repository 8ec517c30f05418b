/* must-check=NAME,NAME: functions without any attribute.  A plain
   discarded call is reported too.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-leakwatch-must-check=store_put,store_sync" } */

int store_put (const char *, int);
int store_sync (void);
int store_get (const char *);

void
stored (void)
{
  int r = store_put ("k", 1); /* { dg-warning "value of .store_put. stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

void
discarded (void)
{
  store_sync (); /* { dg-warning "ignoring return value of .store_sync., whose result must be checked" } */
  store_get ("k"); /* { dg-bogus "store_get" } */
}
