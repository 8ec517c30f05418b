// -Wthread-leak: the note shows where a joinable std::thread dies.
/* { dg-do compile } */

#include <thread>

extern void work ();
extern bool ready ();

void
maybe_join ()
{
  std::thread t (work); /* { dg-warning ".std::thread. .t. created here is destroyed while joinable on some path, which calls .std::terminate." } */
  if (ready ())
    t.join ();
} /* { dg-message "note: .t. is destroyed here without .join. or .detach." } */
