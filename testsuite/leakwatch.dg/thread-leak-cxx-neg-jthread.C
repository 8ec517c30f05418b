// -Wthread-leak: std::jthread joins itself in its destructor.
/* { dg-do compile } */
/* { dg-options "-std=c++20" } */

#include <thread>

extern void work ();
extern bool load_config ();

bool
run_jthread ()
{
  std::jthread t (work); /* { dg-bogus "destroyed while joinable|not joined" } */
  if (!load_config ())
    return false;
  return true;
}
