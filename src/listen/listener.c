/* The listener; see listener.h. A signal writes to a self-pipe that the
 * accept loop polls; then every open connection is shut down so that blocked
 * reads return at once, and the threads are awaited. */
#include "listen/listener.h"
#include "util/log.h"
#include "util/str.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* When every slot is taken, a new connection takes the slot of the oldest
 * one still silent (no complete request yet) for at least this long: peers
 * that connect and say nothing cannot lock the others out for the ARTIM
 * time, while a burst of real peers (whose request follows at once) does
 * not evict itself. */
#define EVICT_SILENT_MS 1000
/* How long a stop waits for connection threads to notice. */
#define STOP_WAIT_S 10
/* How long accepting pauses when the process is out of descriptors. */
#define ACCEPT_PAUSE_MS 100

struct slot {
    int fd;             /* -1 when free */
    unsigned id;        /* the connection's number */
    int silent;         /* not settled yet: it may be evicted */
    long long since_ms; /* when it was accepted (CLOCK_MONOTONIC) */
};

struct listener_conn {
    struct listener *l;
    int fd;
    int slot; /* -1 in debug mode */
    unsigned id;
    char peer[64];
    listener_fn fn;
    void *arg;
};

struct listener {
    struct listener_cfg cfg;
    int fd;
    char address[80];
    pthread_mutex_t lock;
    pthread_cond_t idle;
    int threads; /* connection threads alive */
    struct slot *slots;
    unsigned next_id;
};

/* What the signal handler may touch: the self-pipe, the stop flag and, in
 * debug mode, the descriptor of the connection served in the main thread. */
static struct {
    atomic_int stopping;
    atomic_int debug_fd;
    int wake[2];
} sig = {0, -1, {-1, -1}};

static void on_signal(int signo)
{
    int saved = errno;
    int fd = atomic_load(&sig.debug_fd);

    (void)signo;
    sig.stopping = 1;
    /* In debug mode the connection runs in this thread: end it now. */
    if (fd >= 0)
        shutdown(fd, SHUT_RDWR);
    if (sig.wake[1] >= 0)
        (void)!write(sig.wake[1], "x", 1);
    errno = saved;
}

static int install_signals(void)
{
    struct sigaction sa;

    if (sig.wake[0] < 0) {
        if (pipe(sig.wake) != 0)
            return -errno;
        fcntl(sig.wake[0], F_SETFD, FD_CLOEXEC);
        fcntl(sig.wake[1], F_SETFD, FD_CLOEXEC);
        fcntl(sig.wake[1], F_SETFL, O_NONBLOCK);
    }
    sig.stopping = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    return 0;
}

static long long now_ms(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void listener_format_peer(const struct sockaddr *sa, char *out, size_t outlen)
{
    char host[INET6_ADDRSTRLEN] = "?";
    unsigned port = 0;

    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)(const void *)sa;
        inet_ntop(AF_INET, &sin->sin_addr, host, sizeof host);
        port = ntohs(sin->sin_port);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)(const void *)sa;
        port = ntohs(sin6->sin6_port);
        if (IN6_IS_ADDR_V4MAPPED(&sin6->sin6_addr)) {
            inet_ntop(AF_INET, &sin6->sin6_addr.s6_addr[12], host, sizeof host);
        } else {
            char v6[INET6_ADDRSTRLEN] = "?";
            inet_ntop(AF_INET6, &sin6->sin6_addr, v6, sizeof v6);
            snprintf(out, outlen, "[%s]:%u", v6, port);
            return;
        }
    }
    snprintf(out, outlen, "%s:%u", host, port);
}

/* The IPv4 address as Conquest prints it in debug mode (a host-order
 * integer), or 0 for an IPv6 peer. */
static unsigned conquest_address(const struct sockaddr_storage *ss)
{
    if (ss->ss_family == AF_INET)
        return (unsigned)((const struct sockaddr_in *)ss)->sin_addr.s_addr;
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;
        unsigned a;
        memcpy(&a, &sin6->sin6_addr.s6_addr[12], 4);
        return IN6_IS_ADDR_V4MAPPED(&sin6->sin6_addr) ? a : 0;
    }
    return 0;
}

static int bind_socket(int family, const struct sockaddr *sa, socklen_t salen, int *out)
{
    int one = 1, zero = 0;
    int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);

    if (fd < 0)
        return -errno;
    /* Restart without waiting for TIME_WAIT (Conquest waits a minute). */
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    /* One socket for both protocols when bound to every address. */
    if (family == AF_INET6)
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
    if (bind(fd, sa, salen) != 0 || listen(fd, 128) != 0) {
        int rc = -errno;
        close(fd);
        return rc;
    }
    *out = fd;
    return 0;
}

/* Every address: IPv6 with IPv4 mapped into it, or IPv4 alone on a kernel
 * without IPv6. */
static int bind_any(int port, int *fd, char *address, size_t addrlen)
{
    struct sockaddr_in6 sin6;
    struct sockaddr_in sin;
    int rc;

    memset(&sin6, 0, sizeof sin6);
    sin6.sin6_family = AF_INET6;
    sin6.sin6_addr = in6addr_any;
    sin6.sin6_port = htons((uint16_t)port);
    rc = bind_socket(AF_INET6, (struct sockaddr *)&sin6, sizeof sin6, fd);
    if (rc == 0) {
        snprintf(address, addrlen, "[::]:%d (IPv6 and IPv4)", port);
        return 0;
    }
    if (rc != -EAFNOSUPPORT && rc != -EADDRNOTAVAIL)
        return rc;
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_ANY);
    sin.sin_port = htons((uint16_t)port);
    snprintf(address, addrlen, "0.0.0.0:%d (IPv4 only)", port);
    return bind_socket(AF_INET, (struct sockaddr *)&sin, sizeof sin, fd);
}

static int bind_address(const char *host, int port, int *fd, char *address, size_t addrlen)
{
    struct addrinfo hints, *ai = NULL;
    char service[16];
    int rc;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    snprintf(service, sizeof service, "%d", port);
    rc = getaddrinfo(host, service, &hints, &ai);
    if (rc != 0) {
        log_error("cannot bind to '%s': %s", host, gai_strerror(rc));
        return -EADDRNOTAVAIL;
    }
    rc = bind_socket(ai->ai_family, ai->ai_addr, ai->ai_addrlen, fd);
    if (rc == 0)
        listener_format_peer(ai->ai_addr, address, addrlen);
    freeaddrinfo(ai);
    return rc;
}

int listener_bind(const char *host, int port, int *fd, char *address, size_t addrlen)
{
    *fd = -1;
    if (host && host[0])
        return bind_address(host, port, fd, address, addrlen);
    return bind_any(port, fd, address, addrlen);
}

const char *listener_bind_hint(int rc, int port)
{
    if (rc == -EACCES && port < 1024)
        return " (a port below 1024 needs root or the capability CAP_NET_BIND_SERVICE)";
    return "";
}

int listener_open(const struct listener_cfg *cfg, struct listener **out)
{
    struct listener *l = calloc(1, sizeof *l);
    int rc;

    *out = NULL;
    if (!l)
        return -ENOMEM;
    l->cfg = *cfg;
    l->fd = -1;
    pthread_mutex_init(&l->lock, NULL);
    pthread_cond_init(&l->idle, NULL);
    l->slots = calloc((size_t)(cfg->slots > 0 ? cfg->slots : 1), sizeof *l->slots);
    if (!l->slots) {
        rc = -ENOMEM;
        goto fail;
    }
    for (int i = 0; i < cfg->slots; i++)
        l->slots[i].fd = -1;
    /* The caller's string need not outlive this call. */
    l->cfg.bind = NULL;
    rc = listener_bind(cfg->bind, cfg->port, &l->fd, l->address, sizeof l->address);
    if (rc == 0)
        rc = install_signals();
    if (rc)
        goto fail;
    *out = l;
    return 0;
fail:
    listener_close(l);
    return rc;
}

const char *listener_address(const struct listener *l)
{
    return l->address;
}

void listener_conn_settled(struct listener_conn *c)
{
    struct listener *l = c->l;

    if (c->slot < 0)
        return;
    pthread_mutex_lock(&l->lock);
    if (l->slots[c->slot].id == c->id)
        l->slots[c->slot].silent = 0;
    pthread_mutex_unlock(&l->lock);
}

static void *conn_thread(void *arg)
{
    struct listener_conn *c = arg;
    struct listener *l = c->l;

    c->fn(c->arg, c->fd, c->peer, c->id, c);
    pthread_mutex_lock(&l->lock);
    if (l->slots[c->slot].id == c->id) /* else it was evicted and reused */
        l->slots[c->slot].fd = -1;
    l->threads--;
    pthread_cond_broadcast(&l->idle);
    pthread_mutex_unlock(&l->lock);
    free(c);
    return NULL;
}

/* A slot for a new connection: a free one, or the one of the oldest
 * connection silent for EVICT_SILENT_MS, which is shut down (its thread ends
 * on its own). -1 when there is none. Called with l->lock held. */
static int take_slot(struct listener *l, int fd, unsigned id)
{
    long long now = now_ms();
    int slot = -1;

    for (int i = 0; i < l->cfg.slots && slot < 0; i++) {
        if (l->slots[i].fd < 0)
            slot = i;
    }
    if (slot < 0) {
        for (int i = 0; i < l->cfg.slots; i++) {
            const struct slot *c = &l->slots[i];
            if (c->silent && now - c->since_ms >= EVICT_SILENT_MS &&
                (slot < 0 || c->id < l->slots[slot].id))
                slot = i;
        }
        if (slot < 0)
            return -1;
        log_warn("[%u] silent for %lld ms while all %d connections are taken: closed",
                 l->slots[slot].id, now - l->slots[slot].since_ms, l->cfg.slots);
        shutdown(l->slots[slot].fd, SHUT_RDWR);
    }
    l->slots[slot].fd = fd;
    l->slots[slot].id = id;
    l->slots[slot].silent = 1;
    l->slots[slot].since_ms = now;
    l->threads++;
    return slot;
}

/* Start a thread for a new connection, or close it when every slot is
 * taken by a connection that is not silent. */
static void spawn(struct listener *l, struct listener_conn *c)
{
    pthread_attr_t attr;
    pthread_t t;
    sigset_t all, old;
    int rc;

    pthread_mutex_lock(&l->lock);
    c->slot = take_slot(l, c->fd, c->id);
    pthread_mutex_unlock(&l->lock);
    if (c->slot < 0) {
        log_warn("[%u] %s: %d connections open already: closed", c->id, c->peer, l->cfg.slots);
        close(c->fd);
        free(c);
        return;
    }
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (l->cfg.stack_size)
        pthread_attr_setstacksize(&attr, l->cfg.stack_size);
    /* Signals are for the accept loop only. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    rc = pthread_create(&t, &attr, conn_thread, c);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        log_error("[%u] %s: cannot start a thread: %s", c->id, c->peer, strerror(rc));
        pthread_mutex_lock(&l->lock);
        if (l->slots[c->slot].id == c->id)
            l->slots[c->slot].fd = -1;
        l->threads--;
        pthread_mutex_unlock(&l->lock);
        close(c->fd);
        free(c);
    }
}

/* Ask every open connection to end, then wait for the threads. Returns
 * how many did not end in time. */
static int stop_threads(struct listener *l)
{
    struct timespec until;
    int left;

    pthread_mutex_lock(&l->lock);
    for (int i = 0; i < l->cfg.slots; i++) {
        if (l->slots[i].fd >= 0)
            shutdown(l->slots[i].fd, SHUT_RDWR);
    }
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += STOP_WAIT_S;
    while (l->threads > 0) {
        if (pthread_cond_timedwait(&l->idle, &l->lock, &until) == ETIMEDOUT)
            break;
    }
    left = l->threads;
    if (left > 0)
        log_warn("%d connection threads did not stop within %d s", left, STOP_WAIT_S);
    pthread_mutex_unlock(&l->lock);
    return left;
}

/* Serve one connection in this thread (debug mode). */
static void serve_here(struct listener_conn *c)
{
    atomic_store(&sig.debug_fd, c->fd);
    c->fn(c->arg, c->fd, c->peer, c->id, c);
    atomic_store(&sig.debug_fd, -1);
    free(c);
}

int listener_run(struct listener *l, listener_fn fn, void *arg)
{
    int starved = 0; /* accept failed for want of descriptors or memory */

    while (!sig.stopping) {
        struct pollfd pfd[2] = {{l->fd, POLLIN, 0}, {sig.wake[0], POLLIN, 0}};
        struct sockaddr_storage ss;
        socklen_t sl = sizeof ss;
        struct listener_conn *c;
        int fd;

        if (poll(pfd, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            log_error("poll: %s", strerror(errno));
            break;
        }
        if (sig.stopping || !(pfd[0].revents & POLLIN))
            continue;
        fd = accept4(l->fd, (struct sockaddr *)&ss, &sl, SOCK_CLOEXEC);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)) {
            /* The connection stays queued and the listener readable: retrying
             * at once would spin and flood the log. Wait for a connection to
             * end, or for a stop. */
            if (!starved)
                log_warn("accept: %s: new connections wait", strerror(errno));
            starved = 1;
            (void)poll(&pfd[1], 1, ACCEPT_PAUSE_MS);
            continue;
        }
        if (fd < 0) {
            if (errno != EINTR && errno != EAGAIN && errno != ECONNABORTED)
                log_warn("accept: %s", strerror(errno));
            continue;
        }
        starved = 0;
        c = calloc(1, sizeof *c);
        if (!c) {
            close(fd);
            continue;
        }
        c->l = l;
        c->fd = fd;
        c->slot = -1;
        c->id = ++l->next_id;
        c->fn = fn;
        c->arg = arg;
        listener_format_peer((const struct sockaddr *)&ss, c->peer, sizeof c->peer);
        if (l->cfg.debug) {
            log_debug("Connected by address: %08x", conquest_address(&ss));
            serve_here(c);
        } else {
            spawn(l, c);
        }
    }
    log_info("stopping: waiting for the connections to end");
    return stop_threads(l);
}

void listener_close(struct listener *l)
{
    if (!l)
        return;
    if (l->fd >= 0)
        close(l->fd);
    free(l->slots);
    pthread_cond_destroy(&l->idle);
    pthread_mutex_destroy(&l->lock);
    free(l);
}
