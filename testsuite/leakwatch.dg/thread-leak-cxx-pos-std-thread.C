// -Wthread-leak: a std::thread destroyed while still joinable
// (std::terminate at run time).
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <thread>

extern void work ();
extern bool load_config ();

// Never joined or detached.
void
fire_and_forget ()
{
  std::thread t (work); /* { dg-warning "destroyed while joinable" } */
}

// The early return destroys it joinable.
bool
run_with_config ()
{
  std::thread t (work); /* { dg-warning "destroyed while joinable" } */
  if (!load_config ())
    return false;
  t.join ();
  return true;
}

// Detached only under a condition.
void
maybe_background (bool background)
{
  std::thread t ([] { work (); }); /* { dg-warning "destroyed while joinable" } */
  if (background)
    t.detach ();
}
