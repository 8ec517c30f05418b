// -Wthread-arg-lifetime: std::thread whose lambda captures by reference
// a loop variable, or a local that dies while the thread is detached.
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <thread>
#include <vector>
#include <functional>

extern void use (int);
extern void use_ptr (int *);

// The loop variable captured by reference: every thread sees it change.
void
loop_capture (int n)
{
  std::vector<std::thread> v;
  for (int i = 0; i < n; i++)
    v.push_back (std::thread ([&] { use (i); })); // { dg-warning "the threads created here share .i., which the loop changes while they may still read it" }
  for (auto &t : v)
    t.join ();
}

// A local captured by reference, the thread detached.
void
detached_capture ()
{
  int x = 3;
  std::thread t ([&x] { use (x); }); // { dg-warning "the thread created here may use .x. after it goes out of scope" }
  t.detach ();
}

// A pointer to a local, passed as an argument.
void
detached_ref ()
{
  int x = 3;
  std::thread t (use_ptr, &x); // { dg-warning "may use .x. after it goes out of scope" }
  t.detach ();
}

// A per-iteration local, detached.
void
per_iteration (int n)
{
  for (int i = 0; i < n; i++)
    {
      int copy = i;
      std::thread t ([&copy] { use (copy); }); // { dg-warning "may use .copy. after it goes out of scope" }
      t.detach ();
    }
}

// std::ref is a reference too.
void
detached_std_ref ()
{
  int x = 3;
  std::thread t ([] (int &r) { use (r); }, std::ref (x)); // { dg-warning "may use .x. after it goes out of scope" }
  t.detach ();
}
