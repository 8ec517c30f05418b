// -Wthread-arg-lifetime: std::thread arguments that live long enough.
/* { dg-do compile } */
/* { dg-options "-std=gnu++20" } */

#include <thread>
#include <vector>
#include <mutex>
#include <condition_variable>
#include <future>
#include <memory>

extern void use (int);

// Captured by value.
void
by_value (int n)
{
  for (int i = 0; i < n; i++)
    {
      std::thread t ([i] { use (i); }); // { dg-bogus "goes out of scope|share" }
      t.detach ();
    }
}

// Arguments are copied into the thread.
void
args_copied (int n)
{
  for (int i = 0; i < n; i++)
    {
      std::thread t (use, i); // { dg-bogus "goes out of scope|share" }
      t.detach ();
    }
}

// Joined before the scope ends.
int
joined ()
{
  int result = 0;
  std::thread t ([&result] { result = 42; }); // { dg-bogus "goes out of scope|share" }
  t.join ();
  return result;
}

// Joined by a later loop over the vector.
void
joined_later (int n)
{
  std::vector<int> out (n);
  std::vector<std::thread> v;
  for (int i = 0; i < n; i++)
    v.push_back (std::thread ([&out, i] { out[i] = i; })); // { dg-bogus "goes out of scope|share" }
  for (auto &t : v)
    t.join ();
}

// A start handshake with a condition variable.
void
handshake ()
{
  std::mutex m;
  std::condition_variable cv;
  bool taken = false;
  int x = 5;
  std::thread t ([&] { // { dg-bogus "goes out of scope|share" }
    int mine = x;
    {
      std::lock_guard<std::mutex> g (m);
      taken = true;
    }
    cv.notify_one ();
    use (mine);
  });
  t.detach ();
  std::unique_lock<std::mutex> lk (m);
  cv.wait (lk, [&] { return taken; });
}

// A promise the thread fulfils once it has read its argument.
void
promise_handshake ()
{
  std::promise<void> p;
  std::future<void> f = p.get_future ();
  int x = 5;
  std::thread t ([&x, &p] { // { dg-bogus "goes out of scope|share" }
    int mine = x;
    p.set_value ();
    use (mine);
  });
  t.detach ();
  f.wait ();
}

// Heap objects shared with the thread.
void
shared_heap ()
{
  auto p = std::make_shared<int> (3);
  std::thread t ([p] { use (*p); }); // { dg-bogus "goes out of scope|share" }
  t.detach ();
}

// std::jthread joins itself.
void
jthread_joins ()
{
  int x = 1;
  std::jthread t ([&x] { use (x); }); // { dg-bogus "goes out of scope|share" }
}

// Spinning on an atomic flag the thread sets.
static std::atomic<bool> ready;

void
spin_ready ()
{
  int x = 5;
  std::thread t ([&x] { use (x); ready = true; }); // { dg-bogus "goes out of scope|share" }
  t.detach ();
  while (!ready)
    std::this_thread::yield ();
}

// The thread moves into an object whose member function joins it.
struct owner
{
  std::thread t;
  void stop ();
};

void
owned (owner &o)
{
  int x = 5;
  o.t = std::thread ([&x] { use (x); }); // { dg-bogus "goes out of scope|share" }
  o.stop ();
}
