/* The DICOM server: start-up (the files it needs, the index, the MAG
 * devices), association admission (AE checks, MaxAssociations, the
 * negotiation) and one session per accepted association. The listener and
 * its connection slots are listen/'s; the services are the session's. */
#include "server/server.h"
#include "archive/archive.h"
#include "archive/filename.h"
#include "config/amap.h"
#include "config/config.h"
#include "core/watch.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "listen/listener.h"
#include "net/assoc.h"
#include "net/sop_list.h"
#include "server/session.h"
#include "util/error.h"
#include "util/log.h"
#include "web/web.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Connections beyond MaxAssociations still get a slot, just long enough to
 * read their A-ASSOCIATE-RQ and answer it with a rejection; past this many
 * extra the connection is closed at once. */
#define REJECT_HEADROOM 16
#define THREAD_STACK (512u * 1024)

static struct {
    struct server_ctx ctx;
    pthread_mutex_t lock;
    int serving; /* associations accepted and not yet ended */
} S = {.lock = PTHREAD_MUTEX_INITIALIZER};

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

static int claim_association(void)
{
    int ok;

    pthread_mutex_lock(&S.lock);
    ok = S.serving < S.ctx.cfg->max_associations;
    if (ok)
        S.serving++;
    pthread_mutex_unlock(&S.lock);
    return ok;
}

static void release_association(void)
{
    pthread_mutex_lock(&S.lock);
    S.serving--;
    pthread_mutex_unlock(&S.lock);
}

/* The associations being served now, for the web server's status. */
static int associations_now(void)
{
    int n;

    pthread_mutex_lock(&S.lock);
    n = S.serving;
    pthread_mutex_unlock(&S.lock);
    return n;
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

/* Read the A-ASSOCIATE-RQ and answer it: 0 with the association made, or
 * -1 when the connection was rejected or lost (fd is closed then). */
static int accept_association(int fd, const char *peer, unsigned id, struct listener_conn *conn,
                              struct assoc **as)
{
    const struct config *cfg = S.ctx.cfg;
    struct pdu_assoc *rq = malloc(sizeof *rq), *ac = malloc(sizeof *ac);
    uint8_t rj[3], reason;
    int rc, result = -1;

    if (!rq || !ac) {
        listener_conn_settled(conn);
        close(fd);
        goto done;
    }
    rc = assoc_socket_setup(fd, cfg->tcpip_timeout);
    if (rc == 0)
        rc = assoc_read_request(fd, cfg->tcpip_timeout, rq);
    listener_conn_settled(conn);
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
    if (!claim_association()) {
        log_warn("[%u] %s: MaxAssociations (%d) reached: rejected (local limit exceeded)", id, peer,
                 cfg->max_associations);
        reject(fd, RJ_TRANSIENT, RJ_SOURCE_PRESENTATION, RJ_PRESENTATION_LOCAL_LIMIT);
        goto done;
    }
    rc = assoc_accept(fd, ac, rq->max_pdu, as);
    if (rc) {
        log_warn("[%u] %s: A-ASSOCIATE-AC not sent: %s", id, peer, dg_strerror(rc));
        release_association();
        goto done;
    }
    result = 0;
done:
    free(rq);
    free(ac);
    return result;
}

/* One connection from its first byte to its close (a listener_fn). */
static void serve_connection(void *arg, int fd, const char *peer, unsigned id,
                             struct listener_conn *conn)
{
    struct session *s = NULL;
    struct assoc *as = NULL;
    struct timespec t0, t1;
    int rc;

    (void)arg;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    log_info("[%u] connection from %s", id, peer);
    if (accept_association(fd, peer, id, conn, &as) != 0)
        return;
    if (session_new(&S.ctx, as, id, peer, &s) != 0) {
        log_error("[%u] %s: out of memory for the association", id, peer);
        release_association();
        return;
    }
    rc = session_run(s);
    if (rc == DG_ETIMEOUT)
        assoc_abort(s->as, ABORT_SOURCE_PROVIDER, ABORT_NO_REASON); /* idle beyond TCPIPTimeOut */
    clock_gettime(CLOCK_MONOTONIC, &t1);
    log_info("%s association at %s ended (%s) after %.3f s: %u stored, %u failed", s->tag, peer,
             end_reason(s->as, rc),
             (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, s->stored,
             s->failed);
    session_free(s);
    release_association();
}

/* Read dicom.sql and check that the index database answers, creating its
 * tables when they are missing (a fresh installation) and changing nothing
 * in those that exist (an index made by Conquest is used as it is). Each
 * association opens its own connection later. */
static int open_index(const struct config *cfg)
{
    char err[2 * 4096];
    struct db *db;
    int rc, created = 0, missing = 0;

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
    /* An index made from another dicom.sql is said here, one warning per
     * missing column; the server still answers what the index can. */
    if (rc == 0)
        (void)tables_check_columns(db, S.ctx.schema, &missing);
    log_info("Database type: %s", db_backend_name(db));
    db_close(db);
    return rc;
}

int server_main(const struct config *cfg, int debug)
{
    struct listener_cfg lc = {0};
    struct listener *l = NULL;
    struct archive *archive = NULL;
    struct watch *watch = NULL;
    struct web_ctx web;
    char err[2 * 4096];
    int rc, status = 1, left = 0;

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
    rc = archive_open(cfg, 0, &archive);
    if (rc) {
        log_error("cannot open the MAG devices: %s", dg_strerror(rc));
        goto done;
    }
    S.ctx.ingest.cfg = cfg;
    S.ctx.ingest.archive = archive;
    ingest_env_compression(&S.ctx.ingest);
    lc.bind = cfg->bind_address;
    lc.port = cfg->tcp_port;
    lc.slots = debug ? 1 : cfg->max_associations + REJECT_HEADROOM;
    lc.debug = debug;
    lc.stack_size = THREAD_STACK;
    rc = listener_open(&lc, &l);
    if (rc) {
        log_error("cannot listen on port %d: %s%s", cfg->tcp_port, dg_strerror(rc),
                  listener_bind_hint(rc, cfg->tcp_port));
        goto done;
    }
    web.cfg = cfg;
    web.schema = S.ctx.schema;
    web.ingest = &S.ctx.ingest;
    web.associations = associations_now;
    rc = web_start(&web);
    if (rc)
        goto done;
    rc = watch_start(&S.ctx.ingest, S.ctx.schema, &watch);
    if (rc) {
        log_error("cannot start the drop folders' monitor: %s", dg_strerror(rc));
        web_stop();
        goto done;
    }
    printf("DGATE (%s) %s\n", VERSION,
           debug ? "runs in non-threaded debug mode" : "is running as threaded server");
    fflush(stdout);
    log_info("listening on %s as %s, MaxAssociations %d, max PDU %d, %d MAG device(s) from %s",
             listener_address(l), cfg->my_ae, cfg->max_associations, cfg->max_pdu,
             archive_count(archive), cfg->mag[0]);
    left = listener_run(l, serve_connection, NULL);
    watch_stop(watch);
    web_stop();
    log_info("stopped");
    status = 0;
done:
    /* Threads that did not stop may still use these; then the process exit
     * frees them. */
    if (left == 0) {
        listener_close(l);
        archive_close(archive);
        index_group_close();
        schema_free(S.ctx.schema);
        sop_list_free(S.ctx.sops);
        amap_free(S.ctx.amap);
    }
    return status;
}
