/* Calls through pointers to warn_unused_result function types.  */
/* { dg-do compile } */

typedef int (*op_fn) (void *) __attribute__ ((warn_unused_result));

struct ops
{
  int (*close) (void *) __attribute__ ((warn_unused_result));
};

void
through_typedef (op_fn fn, void *p)
{
  int r = fn (p); /* { dg-warning "value of the call through .fn. stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

void
through_struct (const struct ops *o, void *p)
{
  int r = o->close (p); /* { dg-warning "value of an indirect call stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

int
checked (op_fn fn, void *p)
{
  int r = fn (p); /* { dg-bogus "never checked" } */
  return r;
}
