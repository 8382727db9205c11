/* The deadline for a request's head (request line and headers) on a web
 * connection: libmicrohttpd's timeout (WebTimeout) counts from the last
 * byte received, so a peer sending one byte of header a second would hold
 * its connection for ever (slowloris). The watchdog gives each head
 * WebTimeout seconds in all, from the connection's start or the end of its
 * previous request, and shuts the connection's socket down past that (its
 * thread then sees the end of the stream and closes it). Not the body nor
 * the response: those are timed by libmicrohttpd. */
#ifndef DG_WEB_WATCHDOG_H
#define DG_WEB_WATCHDOG_H

struct web_watch;

/* The thread that looks once a second. Returns 0 or an error. */
int web_watchdog_start(unsigned timeout_s);
/* Stop the thread (the connections are gone by then). */
void web_watchdog_stop(void);

/* A new connection on fd, from peer (for the log line), waiting for its
 * first head; NULL when out of memory (it is then not watched). */
struct web_watch *web_watch_add(int fd, const char *peer);
/* Its head is complete (0), or it waits for the next one (1) from now. */
void web_watch_head(struct web_watch *w, int waiting);
/* The connection closes: forget it before its fd is closed. */
void web_watch_remove(struct web_watch *w);

#endif
