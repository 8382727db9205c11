/* The TCP listener shared by every protocol dgate speaks: one socket bound to
 * IPv6 and IPv4 (or to one configured address), a fixed number of connection
 * slots, one thread per connection (or, in debug mode, one connection at a
 * time in the calling thread), eviction of silent connections when every
 * slot is taken, and the stop on SIGTERM / SIGINT. It knows nothing of what
 * is spoken on a connection: DIMSE admission is the server's, HTTP will be
 * the web module's. */
#ifndef DG_LISTEN_LISTENER_H
#define DG_LISTEN_LISTENER_H

#include <stddef.h>

struct listener;
struct listener_conn; /* one accepted connection's slot */

struct listener_cfg {
    const char *bind;  /* a numeric address or a host name; NULL or "": every address */
    int port;          /* TCP port */
    int slots;         /* connections open at once; later ones are closed at once */
    int debug;         /* serve in the accepting thread, one connection at a time */
    size_t stack_size; /* of a connection thread */
};

/* Serve one connection: fd is the caller's to close; peer is "a.b.c.d:port"
 * or "[v6]:port"; id numbers connections from 1. Runs in its own thread. */
typedef void (*listener_fn)(void *arg, int fd, const char *peer, unsigned id,
                            struct listener_conn *conn);

struct sockaddr;

/* A listening TCP socket (close-on-exec, SO_REUSEADDR) on port of host (a
 * numeric address or a host name) or, when host is NULL or "", of every
 * address: IPv6 with IPv4 mapped into it, or IPv4 alone on a kernel without
 * IPv6. The web server binds its own port with it. Returns 0 with the
 * socket in *fd and the bound address, for log lines, in address; or a
 * negative errno. */
int listener_bind(const char *host, int port, int *fd, char *address, size_t addrlen);

/* What to add to the log line of a failed listener_bind: for EACCES on a
 * port below 1024, that it needs root or CAP_NET_BIND_SERVICE (the admin
 * who set TCPPort = 104 for a service user learns what to grant); else "". */
const char *listener_bind_hint(int rc, int port);

/* "a.b.c.d:port" for IPv4 and IPv4-mapped peers, "[v6]:port" otherwise. */
void listener_format_peer(const struct sockaddr *sa, char *out, size_t outlen);

/* Bind and listen (listener_bind), and install the handlers that make SIGTERM and SIGINT
 * stop listener_run (SIGPIPE is ignored). Returns 0 or a negative errno. */
int listener_open(const struct listener_cfg *cfg, struct listener **out);

/* Accept and serve until a stop signal, then shut every open connection
 * down (their blocked reads return) and wait up to 10 s for their threads.
 * Returns 0, or the number of threads that did not stop (the listener must
 * then not be closed: the process exits with them). */
int listener_run(struct listener *l, listener_fn fn, void *arg);

/* The connection said who it is (a complete request arrived, or it gave
 * up): it may no longer be evicted as silent. Call before closing its fd,
 * so that an eviction never shuts down a descriptor number reused since. */
void listener_conn_settled(struct listener_conn *conn);

/* The address the listener is bound to, for the start-up line. */
const char *listener_address(const struct listener *l);

void listener_close(struct listener *l);

#endif
