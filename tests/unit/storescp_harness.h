/* dcmtk's storescp as the peer of a unit test: started on a free loopback
 * port writing into a new temporary directory, stopped at the end (and never
 * outliving the test). */
#ifndef DG_TESTS_STORESCP_HARNESS_H
#define DG_TESTS_STORESCP_HARNESS_H

#include <sys/types.h>

#define STORESCP_DIR_TEMPLATE "/tmp/check_storescp.XXXXXX"

/* A free TCP port on 127.0.0.1. */
int harness_free_port(void);

/* Start storescp as AE STORESCP with -od dir (dir gets a new directory made
 * from STORESCP_DIR_TEMPLATE; it needs that many bytes) and more options
 * (NULL-terminated, at most 4); wait until it listens. Returns its pid and
 * sets *port. Fails the test when it does not start. */
pid_t storescp_start(char *dir, const char *const *opts, int *port);

/* Stop it (SIGTERM) and reap it; pid <= 0 does nothing. */
void storescp_stop(pid_t pid);

#endif
