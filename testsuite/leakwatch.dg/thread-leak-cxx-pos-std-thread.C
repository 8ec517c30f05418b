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

// Its id read first (a const member reads the thread, never joins it).
extern void log_id (std::thread::id id);

bool
run_logged ()
{
  std::thread t (work); /* { dg-warning "destroyed while joinable" } */
  log_id (t.get_id ());
  if (!load_config ())
    return false;
  t.join ();
  return true;
}

// joinable () tested before the join: the idiom, silent (the path
// where it says false is one this check cannot rule out).
bool
run_if_joinable ()
{
  std::thread t (work); /* { dg-bogus "destroyed while joinable" } */
  log_id (t.get_id ());
  if (t.joinable ())
    t.join ();
  return true;
}
