// C++ [[maybe_unused]] is an explicit ignore; [[nodiscard]] enums
// checked through a switch are fine.
/* { dg-do compile } */

enum [[nodiscard]] status { OK, RETRY, FAILED };
status attempt ();
__attribute__ ((warn_unused_result)) int wur ();

void
maybe_unused ()
{
  [[maybe_unused]] int r = wur (); /* { dg-bogus "never checked" } */
  [[maybe_unused]] status s = attempt (); /* { dg-bogus "never checked" } */
}

int
switched ()
{
  status s = attempt (); /* { dg-bogus "never checked" } */
  switch (s)
    {
    case OK:
      return 0;
    case RETRY:
      return 1;
    default:
      return -1;
    }
}
