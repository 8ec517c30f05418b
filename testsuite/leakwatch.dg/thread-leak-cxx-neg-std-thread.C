// -Wthread-leak: std::thread joined or detached on every path.
/* { dg-do compile } */

#include <thread>

extern void work ();
extern bool load_config ();

bool
run_joined ()
{
  std::thread t (work); /* { dg-bogus "destroyed while joinable|not joined" } */
  bool ok = load_config ();
  t.join ();
  return ok;
}

void
run_detached ()
{
  std::thread t ([] { work (); }); /* { dg-bogus "destroyed while joinable|not joined" } */
  t.detach ();
}
