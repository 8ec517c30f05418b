// C++: [[nodiscard]], warn_unused_result members, templates, and
// (void) handled as in C.
/* { dg-do compile } */

[[nodiscard]] int acquire ();

struct file
{
  __attribute__ ((warn_unused_result)) int flush ();
  int read (char *, int); // Not posix read.
};

void
members (file &f)
{
  int r = f.flush (); /* { dg-warning "value of .int file::flush\\(\\). stored in .r. is never checked" } */
} /* { dg-message "note: .r. is not read" } */

template <typename T>
int
generic (T x)
{
  int r = acquire (); /* { dg-warning "value of .int acquire\\(\\). stored in .r. is never checked" } */
  r = x; /* { dg-message "note: .r. is overwritten here" } */
  return r;
}

template int generic<int> (int);

enum [[nodiscard]] status { OK, FAILED };
status attempt ();

void
enum_result ()
{
  status s = attempt (); /* { dg-warning "value of .status attempt\\(\\). stored in .s. is never checked" } */
} /* { dg-message "note: .s. is not read" } */
