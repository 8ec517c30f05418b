/* -Wthread-arg-lifetime (mutation tests): returning from main ends the
   process, but a local of a loop of main dies at the end of each
   iteration.  */
/* { dg-do compile } */
/* { dg-prune-output "note:" } */

#include <pthread.h>
#include <stddef.h>
#include <sys/socket.h>
#include <unistd.h>

extern void *serve (void *);
extern int listen_on (int);

int
main (void)
{
  int lsock = listen_on (8080);
  if (lsock < 0)
    return 1;
  for (;;)
    {
      int fd = accept (lsock, NULL, NULL);
      pthread_t t;
      if (fd < 0)
	break;
      if (pthread_create (&t, NULL, serve, &fd) != 0) /* { dg-warning "may use .fd. after it goes out of scope" } */
	{
	  close (fd);
	  continue;
	}
      pthread_detach (t);
    }
  close (lsock);
  return 0;
}
