// -Wthread-leak: std::thread objects kept in a std::vector, joined in a
// loop; a failure half way through throws.  Silent.
/* { dg-do compile } */

#include <thread>
#include <vector>
#include <stdexcept>

extern void work (int);
extern bool ready (int);

int
run_all (int n)
{
  std::vector<std::thread> threads;
  for (int i = 0; i < n; i++)
    {
      if (!ready (i))
	{
	  for (auto &t : threads)
	    t.join ();
	  return -1;
	}
      threads.emplace_back (work, i); /* { dg-bogus "not joined|destroyed while joinable" } */
    }
  for (auto &t : threads)
    t.join ();
  return 0;
}

int
run_array (int n)
{
  std::thread t[8];
  int i;
  for (i = 0; i < n && i < 8; i++)
    t[i] = std::thread (work, i); /* { dg-bogus "not joined|destroyed while joinable" } */
  for (int j = 0; j < i; j++)
    t[j].join ();
  return 0;
}
