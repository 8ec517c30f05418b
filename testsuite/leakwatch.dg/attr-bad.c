/* The annotations check their arguments.  */
/* { dg-do compile } */

#include <pthread.h>
#include <leakwatch.h>

int spawn_a (pthread_t *t, void *(*fn) (void *)) LEAKWATCH_THREAD_CREATE (3); /* { dg-error "out of range" } */
int spawn_b (pthread_t *t, void *(*fn) (void *)) LEAKWATCH_THREAD_CREATE (0); /* { dg-error "out of range" } */
int spawn_c (pthread_t *t) __attribute__ ((leakwatch_thread_create ("x"))); /* { dg-error "must be an integer constant" } */
int joiner (pthread_t t) LEAKWATCH_THREAD_RELEASE (1);
void nothing (void) LEAKWATCH_MUST_CHECK; /* { dg-warning "returns void" } */
int not_a_function LEAKWATCH_MUST_CHECK; /* { dg-warning "applies only to functions" } */
