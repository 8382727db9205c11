/* The listener, association threads, admission and the DIMSE command loop;
 * see server.h. Shutdown: a signal writes to a self-pipe that the accept
 * loop polls, then every open connection is shut down so that blocked reads
 * return at once, and the threads are awaited. */
#include "server/server.h"
#include "archive/filename.h"
#include "archive/mag.h"
#include "config/amap.h"
#include "config/config.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "net/sop_list.h"
#include "server/scp.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
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

/* Connections beyond MaxAssociations still get a thread, just long enough to
 * read their A-ASSOCIATE-RQ and answer it with a rejection; past this many
 * extra the connection is closed at once. */
#define REJECT_HEADROOM 16
/* When every slot is taken, a new connection takes the slot of the oldest
 * one still silent (no A-ASSOCIATE-RQ yet) for at least this long: peers
 * that connect and say nothing cannot lock the others out for the ARTIM
 * time, while a burst of real peers (whose request follows at once) does
 * not evict itself. */
#define EVICT_SILENT_MS 1000
/* How long a stop waits for association threads to notice. */
#define STOP_WAIT_S 10
#define THREAD_STACK (512u * 1024)

/* Which service handles which request. */
static const struct {
    uint16_t command;
    int (*handle)(struct scp *s, const struct dimse_cmd *cmd, uint8_t ctx_id);
} services[] = {
    {DIMSE_C_ECHO_RQ, echo_service},
    {DIMSE_C_STORE_RQ, store_service},
};

struct conn_slot {
    int fd;             /* -1 when free */
    unsigned id;        /* the connection's number */
    int silent;         /* no A-ASSOCIATE-RQ read yet: it may be evicted */
    long long since_ms; /* when it was accepted (CLOCK_MONOTONIC) */
};

static struct {
    struct server_ctx ctx;
    pthread_mutex_t lock;
    pthread_cond_t idle;
    int threads; /* connection threads alive */
    int serving; /* associations accepted and not yet ended */
    int nslots;
    struct conn_slot *slots; /* open connections, for shutdown */
    atomic_uint next_id;
    atomic_int stopping;
    int debug;
    int wake[2]; /* the self-pipe of the signal handler */
} S = {.lock = PTHREAD_MUTEX_INITIALIZER, .idle = PTHREAD_COND_INITIALIZER, .wake = {-1, -1}};

static void on_signal(int sig)
{
    int saved = errno;
    (void)sig;
    S.stopping = 1;
    /* In debug mode the association runs in this thread: end it now. */
    if (S.debug && S.slots && S.slots[0].fd >= 0)
        shutdown(S.slots[0].fd, SHUT_RDWR);
    if (S.wake[1] >= 0)
        (void)!write(S.wake[1], "x", 1);
    errno = saved;
}

static int install_signals(void)
{
    struct sigaction sa;

    if (pipe(S.wake) != 0)
        return -errno;
    fcntl(S.wake[0], F_SETFD, FD_CLOEXEC);
    fcntl(S.wake[1], F_SETFD, FD_CLOEXEC);
    fcntl(S.wake[1], F_SETFL, O_NONBLOCK);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    return 0;
}

int scp_respond(struct scp *s, const struct dimse_cmd *rq, uint8_t ctx_id, uint16_t status)
{
    struct dimse_cmd rsp;
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);

    dimse_response(rq, status, &rsp);
    /* Every response names its SOP class (PS3.7 9.3); a request that did not
     * gets its presentation context's abstract syntax. */
    if (!(rsp.present & DIMSE_F_SOP_CLASS) && ctx) {
        str_copy(rsp.sop_class, ctx->abstract_syntax, sizeof rsp.sop_class);
        rsp.present |= DIMSE_F_SOP_CLASS;
    }
    if (status != STATUS_SUCCESS && status != STATUS_PENDING)
        s->failed++;
    log_info("[%u] %s status 0x%04x (message %u)", s->id, dimse_command_name(rsp.command), status,
             rq->message_id);
    return dimse_send_command(&s->dimse, ctx_id, &rsp);
}

static int drop_bytes(void *arg, const uint8_t *p, size_t n)
{
    (void)arg;
    (void)p;
    (void)n;
    return 0;
}

int scp_drain_dataset(struct scp *s, const struct dimse_cmd *rq, uint8_t ctx_id)
{
    if (rq->dataset_type == DIMSE_NO_DATASET)
        return 0;
    return dimse_recv_dataset(&s->dimse, ctx_id, drop_bytes, NULL);
}

/* The command loop of an accepted association. Returns why it ended. */
static int serve_commands(struct scp *s)
{
    for (;;) {
        struct dimse_cmd cmd;
        uint8_t ctx_id = 0;
        size_t i;
        int rc = dimse_recv_command(&s->dimse, &cmd, &ctx_id);

        if (rc)
            return rc;
        log_info("[%u] %s on context %u (message %u)", s->id, dimse_command_name(cmd.command),
                 ctx_id, cmd.message_id);
        if (cmd.command == DIMSE_C_CANCEL_RQ)
            continue; /* nothing is pending between requests: nothing to cancel */
        /* No request of ours is outstanding here, so a response answers
         * nothing: the peer has lost track of the protocol. */
        if (cmd.command & 0x8000) {
            log_warn("[%u] unexpected response command 0x%04x: association aborted", s->id,
                     cmd.command);
            assoc_abort(s->as, ABORT_SOURCE_USER, ABORT_NO_REASON);
            return DG_EPROTO;
        }
        for (i = 0; i < sizeof services / sizeof services[0]; i++) {
            if (services[i].command == cmd.command)
                break;
        }
        if (i < sizeof services / sizeof services[0]) {
            rc = services[i].handle(s, &cmd, ctx_id);
        } else {
            rc = scp_drain_dataset(s, &cmd, ctx_id);
            if (rc == 0)
                rc = scp_respond(s, &cmd, ctx_id, STATUS_UNRECOGNIZED_OPERATION);
        }
        if (rc)
            return rc;
    }
}

/* One line with the count at info level; each context at debug level. */
static void log_contexts(const struct scp *s)
{
    int accepted = 0, n = assoc_context_count(s->as);

    for (int i = 0; i < n; i++) {
        const struct assoc_ctx *c = assoc_context_at(s->as, i);
        if (c->result == PCTX_ACCEPTED) {
            accepted++;
            log_debug("[%u] context %u accepted: %s with %s%s", s->id, c->id, c->abstract_syntax,
                      c->ts, c->scp_role ? " (peer as SCP)" : "");
        } else {
            log_debug("[%u] context %u refused (result %u): %s", s->id, c->id, c->result,
                      c->abstract_syntax);
        }
    }
    log_info("[%u] association accepted: %d of %d presentation contexts, peer max PDU %u", s->id,
             accepted, n, assoc_peer_max_pdu(s->as));
}

/* The AE checks on an A-ASSOCIATE-RQ: 0 to go on, else -1 with the
 * A-ASSOCIATE-RJ result, source and reason in rj. */
static int admit(const struct pdu_assoc *rq, unsigned id, const char *peer, uint8_t rj[3])
{
    const struct config *cfg = S.ctx.cfg;
    struct amap_entry entry;

    rj[0] = RJ_PERMANENT;
    rj[1] = RJ_SOURCE_USER;
    if (!rq->calling_ae[0] || !rq->called_ae[0]) {
        rj[2] = !rq->calling_ae[0] ? RJ_USER_CALLING_AE : RJ_USER_CALLED_AE;
        log_warn("[%u] %s: an AE title is empty: rejected", id, peer);
        return -1;
    }
    if (cfg->require_known_calling_ae &&
        (!S.ctx.amap || amap_lookup(S.ctx.amap, rq->calling_ae, &entry) != 0)) {
        rj[2] = RJ_USER_CALLING_AE;
        log_warn("[%u] %s: calling AE '%s' is not in acrnema.map (RequireKnownAE): rejected", id,
                 peer, rq->calling_ae);
        return -1;
    }
    if (!sop_list_ae_allowed(S.ctx.sops, SOP_KIND_REMOTE_AE, rq->calling_ae)) {
        rj[2] = RJ_USER_CALLING_AE;
        log_warn("[%u] %s: calling AE '%s' is not a RemoteAE of dgatesop.lst: rejected", id, peer,
                 rq->calling_ae);
        return -1;
    }
    if (!sop_list_ae_allowed(S.ctx.sops, SOP_KIND_LOCAL_AE, rq->called_ae)) {
        rj[2] = RJ_USER_CALLED_AE;
        log_warn("[%u] %s: called AE '%s' is not a LocalAE of dgatesop.lst: rejected", id, peer,
                 rq->called_ae);
        return -1;
    }
    return 0;
}

static int claim_slot(void)
{
    int ok;

    pthread_mutex_lock(&S.lock);
    ok = S.serving < S.ctx.cfg->max_associations;
    if (ok)
        S.serving++;
    pthread_mutex_unlock(&S.lock);
    return ok;
}

static void release_slot(void)
{
    pthread_mutex_lock(&S.lock);
    S.serving--;
    pthread_mutex_unlock(&S.lock);
}

static const char *end_reason(const struct assoc *as, int rc)
{
    switch (rc) {
    case DG_ECLOSED:
        return assoc_released(as) ? "released" : "connection closed without release";
    case DG_EABORTED:
        return "aborted by the peer";
    case DG_ETIMEOUT:
        return "timed out";
    default:
        return dg_strerror(rc);
    }
}

/* Answer an A-ASSOCIATE-RQ with A-ASSOCIATE-RJ and close the connection. */
static void reject(int fd, uint8_t result, uint8_t source, uint8_t reason)
{
    assoc_send_reject(fd, result, source, reason);
    close(fd);
}

/* One connection from its first byte to its close. Owns fd. */
static long long now_ms(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The connection in `slot` (-1: none, debug mode) has read its A-ASSOCIATE-RQ
 * or given up on it, and may no longer be evicted. Called before its
 * descriptor is closed, so that an eviction never shuts down a descriptor
 * number that has been reused since. */
static void request_read(int slot, unsigned id)
{
    if (slot < 0)
        return;
    pthread_mutex_lock(&S.lock);
    if (S.slots[slot].id == id)
        S.slots[slot].silent = 0;
    pthread_mutex_unlock(&S.lock);
}

static void serve_connection(int fd, const char *peer, unsigned id, int slot)
{
    const struct config *cfg = S.ctx.cfg;
    struct pdu_assoc *rq = NULL, *ac = NULL;
    struct scp s;
    struct timespec t0, t1;
    uint8_t rj[3], reason;
    int rc, claimed = 0;

    memset(&s, 0, sizeof s);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    log_info("[%u] connection from %s", id, peer);
    rq = malloc(sizeof *rq);
    ac = malloc(sizeof *ac);
    if (!rq || !ac) {
        request_read(slot, id);
        close(fd);
        goto done;
    }
    rc = assoc_socket_setup(fd, cfg->tcpip_timeout);
    if (rc == 0)
        rc = assoc_read_request(fd, cfg->tcpip_timeout, rq);
    request_read(slot, id);
    if (rc == DG_EUNSUPPORTED) {
        log_warn("[%u] %s: unsupported protocol version: rejected", id, peer);
        reject(fd, RJ_PERMANENT, RJ_SOURCE_ACSE, RJ_ACSE_PROTOCOL_VERSION);
        goto done;
    }
    if (rc) {
        /* A bare connect-and-close (a port probe) is not worth a warning. */
        log_msg(rc == DG_ECLOSED ? LOG_INFO : LOG_WARN, "[%u] %s: no valid A-ASSOCIATE-RQ: %s", id,
                peer, dg_strerror(rc));
        close(fd);
        goto done;
    }
    log_info("[%u] A-ASSOCIATE-RQ from %s: calling '%s' called '%s', %d contexts, max PDU %u, "
             "implementation %s %s",
             id, peer, rq->calling_ae, rq->called_ae, rq->n_pctx, rq->max_pdu, rq->impl_class_uid,
             rq->impl_version);
    if (admit(rq, id, peer, rj) != 0) {
        reject(fd, rj[0], rj[1], rj[2]);
        goto done;
    }
    if (assoc_negotiate(rq, S.ctx.sops, (uint32_t)cfg->max_pdu, ac, &reason) == 0) {
        log_warn("[%u] %s: %s: rejected", id, peer,
                 reason == RJ_USER_APP_CONTEXT ? "not the DICOM application context"
                 : rq->max_pdu != 0 && rq->max_pdu <= PDU_PDV_HEADER_LEN
                     ? "a maximum PDU length too small for any data"
                     : "no presentation context acceptable");
        reject(fd, RJ_PERMANENT, RJ_SOURCE_USER, reason);
        goto done;
    }
    if (!claim_slot()) {
        log_warn("[%u] %s: MaxAssociations (%d) reached: rejected (local limit exceeded)", id, peer,
                 cfg->max_associations);
        reject(fd, RJ_TRANSIENT, RJ_SOURCE_PRESENTATION, RJ_PRESENTATION_LOCAL_LIMIT);
        goto done;
    }
    claimed = 1;
    rc = assoc_accept(fd, ac, rq->max_pdu, &s.as);
    if (rc) {
        log_warn("[%u] %s: A-ASSOCIATE-AC not sent: %s", id, peer, dg_strerror(rc));
        goto done;
    }
    s.srv = &S.ctx;
    s.cfg = cfg;
    s.id = id;
    str_copy(s.peer, peer, sizeof s.peer);
    dimse_init(&s.dimse, s.as);
    log_contexts(&s);
    free(rq);
    free(ac);
    rq = ac = NULL;
    rc = serve_commands(&s);
    if (rc == DG_ETIMEOUT)
        assoc_abort(s.as, ABORT_SOURCE_PROVIDER, ABORT_NO_REASON); /* idle beyond TCPIPTimeOut */
    clock_gettime(CLOCK_MONOTONIC, &t1);
    log_info("[%u] association with '%s' at %s ended (%s) after %.3f s: %u stored, %u failed", id,
             assoc_calling_ae(s.as), peer, end_reason(s.as, rc),
             (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, s.stored,
             s.failed);
    store_cleanup(&s);
    dimse_free(&s.dimse);
    assoc_free(s.as);
done:
    if (claimed)
        release_slot();
    free(rq);
    free(ac);
}

struct conn {
    int fd;
    int slot;
    unsigned id;
    char peer[64];
};

static void *conn_thread(void *arg)
{
    struct conn *c = arg;

    serve_connection(c->fd, c->peer, c->id, c->slot);
    pthread_mutex_lock(&S.lock);
    if (S.slots[c->slot].id == c->id) /* else it was evicted and reused */
        S.slots[c->slot].fd = -1;
    S.threads--;
    pthread_cond_broadcast(&S.idle);
    pthread_mutex_unlock(&S.lock);
    free(c);
    return NULL;
}

/* A slot for a new connection: a free one, or the one of the oldest
 * connection silent for EVICT_SILENT_MS, which is shut down (its thread ends
 * on its own). -1 when there is none. Called with S.lock held. */
static int take_slot(int fd, unsigned id)
{
    long long now = now_ms();
    int slot = -1;

    for (int i = 0; i < S.nslots && slot < 0; i++) {
        if (S.slots[i].fd < 0)
            slot = i;
    }
    if (slot < 0) {
        for (int i = 0; i < S.nslots; i++) {
            const struct conn_slot *c = &S.slots[i];
            if (c->silent && now - c->since_ms >= EVICT_SILENT_MS &&
                (slot < 0 || c->id < S.slots[slot].id))
                slot = i;
        }
        if (slot < 0)
            return -1;
        log_warn("[%u] silent for %lld ms while all %d connections are taken: closed",
                 S.slots[slot].id, now - S.slots[slot].since_ms, S.nslots);
        shutdown(S.slots[slot].fd, SHUT_RDWR);
    }
    S.slots[slot].fd = fd;
    S.slots[slot].id = id;
    S.slots[slot].silent = 1;
    S.slots[slot].since_ms = now;
    S.threads++;
    return slot;
}

/* Start a thread for a new connection, or close it when even the rejection
 * headroom is used up by connections that are not silent. */
static void spawn(int fd, const char *peer, unsigned id)
{
    struct conn *c = malloc(sizeof *c);
    pthread_attr_t attr;
    pthread_t t;
    sigset_t all, old;
    int slot = -1, rc;

    if (!c) {
        close(fd);
        return;
    }
    pthread_mutex_lock(&S.lock);
    slot = take_slot(fd, id);
    pthread_mutex_unlock(&S.lock);
    if (slot < 0) {
        log_warn("[%u] %s: %d connections open already: closed", id, peer, S.nslots);
        free(c);
        close(fd);
        return;
    }
    c->fd = fd;
    c->slot = slot;
    c->id = id;
    str_copy(c->peer, peer, sizeof c->peer);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, THREAD_STACK);
    /* Signals are for the accept loop only. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    rc = pthread_create(&t, &attr, conn_thread, c);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        log_error("[%u] %s: cannot start a thread: %s", id, peer, strerror(rc));
        pthread_mutex_lock(&S.lock);
        if (S.slots[slot].id == id)
            S.slots[slot].fd = -1;
        S.threads--;
        pthread_mutex_unlock(&S.lock);
        close(fd);
        free(c);
    }
}

static int open_listener(int port, int *out)
{
    struct sockaddr_in sin;
    int one = 1;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

    if (fd < 0)
        return -errno;
    /* Restart without waiting for TIME_WAIT (Conquest waits a minute). */
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_ANY);
    sin.sin_port = htons((uint16_t)port);
    if (bind(fd, (struct sockaddr *)&sin, sizeof sin) != 0 || listen(fd, 128) != 0) {
        int rc = -errno;
        close(fd);
        return rc;
    }
    *out = fd;
    return 0;
}

/* Ask every open connection to end, then wait for the threads. */
static void stop_threads(void)
{
    struct timespec until;

    pthread_mutex_lock(&S.lock);
    for (int i = 0; i < S.nslots; i++) {
        if (S.slots[i].fd >= 0)
            shutdown(S.slots[i].fd, SHUT_RDWR);
    }
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += STOP_WAIT_S;
    while (S.threads > 0) {
        if (pthread_cond_timedwait(&S.idle, &S.lock, &until) == ETIMEDOUT)
            break;
    }
    if (S.threads > 0)
        log_warn("%d association threads did not stop within %d s", S.threads, STOP_WAIT_S);
    pthread_mutex_unlock(&S.lock);
}

/* How long accepting pauses when the process is out of descriptors. */
#define ACCEPT_PAUSE_MS 100

static void accept_loop(int lfd, int debug)
{
    int starved = 0; /* accept failed for want of descriptors or memory */

    while (!S.stopping) {
        struct pollfd pfd[2] = {{lfd, POLLIN, 0}, {S.wake[0], POLLIN, 0}};
        struct sockaddr_in sin;
        socklen_t sl = sizeof sin;
        char peer[64];
        unsigned id;
        int fd;

        if (poll(pfd, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            log_error("poll: %s", strerror(errno));
            return;
        }
        if (S.stopping || !(pfd[0].revents & POLLIN))
            continue;
        fd = accept4(lfd, (struct sockaddr *)&sin, &sl, SOCK_CLOEXEC);
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
        if (!inet_ntop(AF_INET, &sin.sin_addr, peer, sizeof peer))
            str_copy(peer, "?", sizeof peer);
        snprintf(peer + strlen(peer), sizeof peer - strlen(peer), ":%u", ntohs(sin.sin_port));
        id = ++S.next_id;
        if (debug) {
            /* As Conquest prints it: the address as a host-order integer. */
            log_debug("Connected by address: %08x", (unsigned)sin.sin_addr.s_addr);
            S.slots[0].fd = fd;
            serve_connection(fd, peer, id, -1);
            S.slots[0].fd = -1;
        } else {
            spawn(fd, peer, id);
        }
    }
}

/* Read dicom.sql and check that the index database answers, creating its
 * tables when they are missing (a fresh installation). Each association
 * opens its own connection later. */
static int open_index(const struct config *cfg)
{
    char err[2 * 4096];
    struct db *db;
    int rc, created = 0;

    rc = schema_load(cfg->kfactor_file, cfg->truncate_field_names, &S.ctx.schema, err, sizeof err);
    if (rc) {
        log_error("***Could not load kfactor file: %s", err);
        return rc;
    }
    rc = db_open(cfg, &db, err, sizeof err);
    if (rc) {
        log_error("cannot open the index database: %s", err);
        return rc;
    }
    rc = tables_create_missing(db, S.ctx.schema, NULL, &created);
    if (rc)
        log_error("cannot create the index tables: %s", db_error(db));
    else if (created)
        log_info("created %d missing index tables", created);
    log_info("Database type: %s", db_backend_name(db));
    db_close(db);
    return rc;
}

int server_main(const struct config *cfg, int debug)
{
    char err[2 * 4096];
    int lfd = -1, rc, status = 1;

    memset(&S.ctx, 0, sizeof S.ctx);
    S.ctx.cfg = cfg;
    rc = fn_check_syntax(cfg->file_name_syntax, err, sizeof err);
    if (rc) {
        log_error("FileNameSyntax %s: %s", cfg->file_name_syntax, err);
        goto done;
    }
    rc = sop_list_load(cfg->sop_class_list, &S.ctx.sops, err, sizeof err);
    if (rc) {
        log_error("cannot load the SOP class list: %s", err);
        goto done;
    }
    rc = amap_load(cfg->acrnema_map, &S.ctx.amap, err, sizeof err);
    if (rc) {
        if (cfg->require_known_calling_ae) {
            log_error("RequireKnownAE = 1 needs acrnema.map: %s", err);
            goto done;
        }
        log_warn("acrnema.map not loaded: %s", err);
        S.ctx.amap = NULL;
    }
    rc = open_index(cfg);
    if (rc)
        goto done;
    rc = mag_device_open(cfg->mag[0], cfg->mag_full_threshold_mb, cfg->file_sync, &S.ctx.mag0);
    if (rc) {
        log_error("cannot open MAGDevice0 %s: %s", cfg->mag[0], dg_strerror(rc));
        goto done;
    }
    S.debug = debug;
    S.nslots = debug ? 1 : cfg->max_associations + REJECT_HEADROOM;
    S.slots = calloc((size_t)S.nslots, sizeof *S.slots);
    if (!S.slots)
        goto done;
    for (int i = 0; i < S.nslots; i++)
        S.slots[i].fd = -1;
    rc = install_signals();
    if (rc == 0)
        rc = open_listener(cfg->tcp_port, &lfd);
    if (rc) {
        log_error("cannot listen on port %d: %s", cfg->tcp_port, dg_strerror(rc));
        goto done;
    }
    printf("DGATE (%s) %s\n", VERSION,
           debug ? "runs in non-threaded debug mode" : "is running as threaded server");
    fflush(stdout);
    log_info("listening on port %d as %s, MaxAssociations %d, max PDU %d, MAGDevice0 %s",
             cfg->tcp_port, cfg->my_ae, cfg->max_associations, cfg->max_pdu, cfg->mag[0]);
    accept_loop(lfd, debug);
    close(lfd);
    lfd = -1;
    log_info("stopping: waiting for the associations to end");
    stop_threads();
    log_info("stopped");
    status = 0;
done:
    if (lfd >= 0)
        close(lfd);
    if (S.threads == 0) {
        /* Threads that did not stop may still use these; then the process
         * exit frees them. */
        mag_device_close(S.ctx.mag0);
        index_group_close();
        schema_free(S.ctx.schema);
        sop_list_free(S.ctx.sops);
        amap_free(S.ctx.amap);
        free(S.slots);
        S.slots = NULL;
    }
    return status;
}
