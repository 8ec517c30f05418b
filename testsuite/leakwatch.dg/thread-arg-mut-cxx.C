// -Wthread-arg-lifetime (mutation tests): std::thread's members, and
// what the thread's callable holds.
/* { dg-do compile } */
/* { dg-options "-std=gnu++17 -fplugin-arg-leakwatch-disable=thread-leak" } */
/* { dg-prune-output "note:" } */

#include <functional>
#include <memory>
#include <tuple>
#include <thread>

extern void use (int);
extern void log_line (int);

// A path that forgets the join destroys a joinable std::thread, which
// calls std::terminate (-Wthread-leak's finding, off here): the local
// is never used dead on it.  The members that leave the thread joinable
// (join, joinable, get_id) do not move it elsewhere.
void
forgot_join (bool wait)
{
  int x = 1;
  std::thread t ([&x] { use (x); }); // { dg-bogus "goes out of scope|share" }
  if (!wait)
    return;
  t.join ();
}

void
forgot_join_checked (bool wait)
{
  int x = 1;
  std::thread t ([&x] { use (x); }); // { dg-bogus "goes out of scope|share" }
  if (!wait)
    return;
  if (t.joinable ())
    t.join ();
}

void
forgot_join_logged (bool wait)
{
  int x = 1;
  std::thread t ([&x] { use (x); }); // { dg-bogus "goes out of scope|share" }
  std::thread::id id = t.get_id ();
  if (!wait)
    return;
  log_line (id == std::thread::id () ? 0 : 1);
  t.join ();
}

// Detached, the thread is nowhere another function could join it.
void
detached_then_log ()
{
  int x = 3;
  std::thread t ([&x] { use (x); }); // { dg-warning "may use .x. after it goes out of scope" }
  t.detach ();
  log_line (1);
}

// std::cref is a reference too.
void
detached_cref ()
{
  int x = 3;
  std::thread t ([] (const int &r) { use (r); }, std::cref (x)); // { dg-warning "may use .x. after it goes out of scope" }
  t.detach ();
}

// Swapped into an object a function given it may join.
struct owner
{
  std::thread t;
};
extern void owner_stop (owner &);

void
adopt (owner &o)
{
  int x = 5;
  std::thread t ([&x] { use (x); }); // { dg-bogus "goes out of scope|share" }
  t.swap (o.t);
  owner_stop (o);
}

// Helpers of std that take a reference and return a copy: the thread
// gets the copy.
void
detached_copies ()
{
  int x = 3;
  std::thread t ([] (std::shared_ptr<int> p) { use (*p); }, std::make_shared<int> (x)); // { dg-bogus "goes out of scope|share" }
  t.detach ();
  std::thread u ([] (std::tuple<int> v) { use (std::get<0> (v)); }, std::make_tuple (x)); // { dg-bogus "goes out of scope|share" }
  u.detach ();
}

// A task object run by a thread, then given a local and run inline: the
// thread copied it before.
struct task
{
  int *p;
  void operator() () const { use (*p); }
};
static int level = 3;

void
reuse_task ()
{
  int local = 2;
  task k{ &level };
  std::thread t (k); // { dg-bogus "goes out of scope|share" }
  t.detach ();
  k.p = &local;
  k ();
}
