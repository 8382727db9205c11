/* The C-MOVE SCP: the destination AE resolved through acrnema.map (every
 * lookup rule of Conquest's, config/amap.h), a sub-association to it with
 * calling AE MyACRNema, proposing per SOP class what the map's compression
 * column asks (or the `~xx` of the AE the requester called us by;
 * codec/compression.h), and one C-STORE sub-operation per object the
 * identifier names (suboperations.h). Each object goes in the first syntax
 * of the code's list that the destination took: as stored, or transcoded
 * into it (core/retrieve.h), losslessly unless the code asks for a lossy
 * syntax. Not the walk over the objects nor the responses to the requester
 * (suboperations.c). */
#include "archive/archive.h"
#include "config/amap.h"
#include "config/config.h"
#include "codec/compression.h"
#include "core/retrieve.h"
#include "core/transcode.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "server/service.h"
#include "server/session.h"
#include "server/suboperations.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* (Re)associations one C-MOVE may make: a new one is made when an object
 * needs a (SOP class, transfer syntax) the current one did not propose, or
 * after the destination dropped the association. */
#define MAX_ASSOCIATIONS 16

struct pair {
    char sop_class[UID_MAX_LEN + 1];
    char ts[UID_MAX_LEN + 1];
};

/* One C-MOVE: its destination, the sub-association and what it proposed. */
struct move {
    struct session *s;
    const struct dimse_cmd *rq;
    char dest[17]; /* the AE asked for: the called AE of the sub-association */
    struct amap_entry entry;
    int port;
    struct compression code; /* what the destination is sent; ts_uid NULL: as stored */
    struct assoc *as;
    struct dimse d;
    int unreachable;   /* refused, unreachable or lost for good: the rest fails */
    int reached;       /* an association was accepted */
    int lost_in_a_row; /* associations lost without a sub-operation answered between */
    int associations;
    uint16_t msg_id;
    const char *const *classes; /* the SOP classes of the match (the index's) */
    size_t nclasses;
    struct pair pairs[PDU_MAX_CONTEXTS]; /* proposed by the current association */
    int npairs;
};

/* The most syntaxes wanted() lists. */
#define WANTED_MAX 6

static int is_uncompressed(const char *ts)
{
    const struct ts *t = ts_find(ts, strlen(ts));

    return t && !t->encapsulated && !t->deflated;
}

/* The transfer syntaxes to send an object stored as `stored` (NULL: not
 * known yet) in, best first: what the code asks, then, unless it ends in
 * '!', as stored and uncompressed. Each is proposed in a context of its
 * own, so that the destination's answer says which of them it takes. */
static int wanted(const struct move *m, const char *stored, const char *out[WANTED_MAX])
{
    const struct compression *c = &m->code;
    const char *list[WANTED_MAX];
    int n = 0, k = 0;

    if (c->ts_uid && strcmp(c->code, "un") == 0) {
        /* Uncompressed: as stored when it is Little Endian, else Implicit
         * VR LE as Conquest sends it. */
        if (stored && is_uncompressed(stored) && strcmp(stored, TS_EXPLICIT_BE) != 0 && !c->only)
            list[n++] = stored;
        list[n++] = TS_IMPLICIT_LE;
        if (!c->only)
            list[n++] = TS_EXPLICIT_LE;
    } else {
        if (c->ts_uid)
            list[n++] = c->ts_uid;
        if (c->alt_ts_uid)
            list[n++] = c->alt_ts_uid;
        if (!c->ts_uid || !c->only) {
            if (stored)
                list[n++] = stored;
            list[n++] = TS_EXPLICIT_LE;
            list[n++] = TS_IMPLICIT_LE;
        }
    }
    for (int i = 0; i < n; i++) {
        int dup = 0;
        for (int j = 0; j < k; j++)
            dup |= strcmp(out[j], list[i]) == 0;
        if (!dup)
            out[k++] = list[i];
    }
    return k;
}

static int proposed(const struct move *m, const char *cls, const char *ts)
{
    for (int i = 0; i < m->npairs; i++)
        if (strcmp(m->pairs[i].sop_class, cls) == 0 && strcmp(m->pairs[i].ts, ts) == 0)
            return 1;
    return 0;
}

/* Add the pairs of one class to `to` (no repeats, at most the PDU limit). */
static void add_pairs(struct pair *to, int *n, const char *cls, const char *const *ts, int nts)
{
    for (int i = 0; i < nts && *n < PDU_MAX_CONTEXTS; i++) {
        int dup = 0;
        for (int j = 0; j < *n && !dup; j++)
            dup = strcmp(to[j].sop_class, cls) == 0 && strcmp(to[j].ts, ts[i]) == 0;
        if (dup)
            continue;
        str_copy(to[*n].sop_class, cls, sizeof to[*n].sop_class);
        str_copy(to[*n].ts, ts[i], sizeof to[*n].ts);
        (*n)++;
    }
}

static void drop_association(struct move *m, int release)
{
    if (!m->as)
        return;
    if (release && assoc_release(m->as) != 0)
        log_debug("%s C-MOVE to %s: the release was not answered", m->s->tag, m->dest);
    dimse_free(&m->d);
    assoc_free(m->as);
    m->as = NULL;
}

/* A new association to the destination proposing what the object of
 * class cls stored as `stored` needs first, then what was proposed
 * before, then each class of the match in what the code asks. */
static void associate(struct move *m, const char *cls, const char *stored)
{
    const struct config *cfg = m->s->cfg;
    struct pair *pairs = malloc(sizeof m->pairs);
    struct pdu_assoc *rq = malloc(sizeof *rq);
    const char *ts[WANTED_MAX];
    int n = 0, nts, accepted = 0, rc = 0;
    uint8_t rj[3] = {0};

    drop_association(m, 1);
    m->associations++;
    if (!pairs || !rq) {
        rc = -ENOMEM;
        goto fail;
    }
    nts = wanted(m, stored, ts);
    add_pairs(pairs, &n, cls, ts, nts);
    for (int i = 0; i < m->npairs; i++) {
        const char *one = m->pairs[i].ts;
        add_pairs(pairs, &n, m->pairs[i].sop_class, &one, 1);
    }
    nts = wanted(m, NULL, ts);
    for (size_t i = 0; i < m->nclasses; i++)
        add_pairs(pairs, &n, m->classes[i], ts, nts);
    assoc_rq_init(rq, cfg->my_ae, m->dest, (uint32_t)cfg->max_pdu);
    for (int i = 0; i < n && rc >= 0; i++) {
        const char *one = pairs[i].ts;
        rc = assoc_rq_add(rq, pairs[i].sop_class, &one, 1);
    }
    if (rc >= 0)
        rc = assoc_request(m->entry.host, m->port, rq, cfg->tcpip_timeout, &m->as, rj);
    if (rc < 0)
        goto fail;
    memcpy(m->pairs, pairs, (size_t)n * sizeof *pairs);
    m->npairs = n;
    for (int i = 0; i < assoc_context_count(m->as); i++)
        accepted += assoc_context_at(m->as, i)->result == PCTX_ACCEPTED;
    dimse_init(&m->d, m->as);
    m->reached = 1;
    log_info("%s C-MOVE to %s (%s:%d): association accepted, %d of %d presentation contexts",
             m->s->tag, m->dest, m->entry.host, m->port, accepted, n);
    free(pairs);
    free(rq);
    return;
fail:
    if (rc == DG_EREJECTED)
        log_error("%s C-MOVE to %s: %s:%d rejected the association (result %u, source %u, "
                  "reason %u)",
                  m->s->tag, m->dest, m->entry.host, m->port, rj[0], rj[1], rj[2]);
    else
        log_error("%s C-MOVE to %s: cannot associate with %s:%d: %s", m->s->tag, m->dest,
                  m->entry.host, m->port, dg_strerror(rc));
    m->as = NULL;
    m->unreachable = 1;
    free(pairs);
    free(rq);
}

/* The code's own syntaxes, which may be lossy when the code is. */
static int asked(const struct move *m, const char *ts)
{
    return (m->code.ts_uid && strcmp(ts, m->code.ts_uid) == 0) ||
           (m->code.alt_ts_uid && strcmp(ts, m->code.alt_ts_uid) == 0);
}

/* An object stored as `stored` may be sent as `ts`: we can transcode it,
 * and without losing information unless the code asks for that syntax. */
static int may_transcode(const struct move *m, const char *stored, const char *ts)
{
    const struct codec *to = codec_find(ts);

    return transcode_possible(stored, ts) && (!to || !to->lossy || (m->code.lossy && asked(m, ts)));
}

/* The context to send an object in, and the syntax it will be sent as:
 * the first the code wants that the destination took and that the object
 * is stored in or may be transcoded into; with lossless_only, not a lossy
 * one (the image would not take it). */
static const struct assoc_ctx *choose(const struct move *m, const char *cls, const char *stored,
                                      int lossless_only)
{
    const char *ts[WANTED_MAX];
    int n = wanted(m, stored, ts);

    if (!m->as)
        return NULL;
    for (int i = 0; i < n; i++) {
        const struct assoc_ctx *c = assoc_find_context(m->as, cls, ts[i]);
        if (lossless_only && strcmp(ts[i], stored) != 0 && codec_find(ts[i]) &&
            codec_find(ts[i])->lossy)
            continue;
        if (c && (strcmp(ts[i], stored) == 0 || may_transcode(m, stored, ts[i])))
            return c;
    }
    return NULL;
}

static int all_proposed(const struct move *m, const char *cls, const char *stored)
{
    const char *ts[WANTED_MAX];
    int n = wanted(m, stored, ts);

    for (int i = 0; i < n; i++)
        if (!proposed(m, cls, ts[i]))
            return 0;
    return 1;
}

/* The association was lost while sending: one more may be tried, unless
 * it ran out of time (the destination is too slow to wait for again) or
 * the last one was lost as well. */
static void lost(struct move *m, int rc)
{
    log_error("%s C-MOVE to %s: the association was lost: %s", m->s->tag, m->dest, dg_strerror(rc));
    drop_association(m, 0);
    if (rc == DG_ETIMEOUT || ++m->lost_in_a_row >= 2)
        m->unreachable = 1;
}

/* A lossy syntax the code asks for refused the image (PS3.5 8.2: no
 * lossy palette; JPEG takes no signed samples): it goes in a lossless
 * syntax the destination took instead, as a viewer wants it rather than
 * not at all. The object is opened again (a failed transcoding leaves it
 * only to be closed). Returns 0 with *o and *ctx for sending, or an
 * error. */
static int send_losslessly(const struct move *m, const struct objects_row *row,
                           struct retrieve_object *o, const struct assoc_ctx **ctx)
{
    const struct assoc_ctx *c;
    const char *lossy = (*ctx)->ts;
    int rc;

    retrieve_close(o);
    memset(o, 0, sizeof *o);
    rc = retrieve_open(m->s->srv->ingest.archive, m->s->cfg, row->device, row->object_file, o);
    if (rc)
        return rc;
    c = choose(m, o->sop_class, o->ts, 1);
    if (!c)
        return DG_EUNSUPPORTED;
    if (strcmp(c->ts, o->ts) != 0)
        rc = retrieve_transcode(o, m->s->cfg, c->ts, NULL);
    if (rc == 0) {
        log_info("%s C-MOVE to %s: %s sent as %s: it cannot be coded as %s", m->s->tag, m->dest,
                 o->sop_instance, subop_ts_name(c->ts), subop_ts_name(lossy));
        *ctx = c;
    }
    return rc;
}

static int move_send(void *arg, const struct objects_row *row, uint16_t *status)
{
    struct move *m = arg;
    struct session *s = m->s;
    struct retrieve_object o;
    struct subop_source src = {&o, 0};
    char from[UID_MAX_LEN + 1];
    const struct assoc_ctx *ctx;
    struct dimse_store_rq st;
    struct dimse_cmd rsp;
    int rc;

    *status = STATUS_PROCESSING_FAILURE;
    if (m->unreachable)
        return 0; /* logged once, when it became so */
    rc = retrieve_open(s->srv->ingest.archive, s->cfg, row->device, row->object_file, &o);
    if (rc) {
        log_warn("%s C-MOVE to %s: %s not sent: %s/%s cannot be read: %s", s->tag, m->dest,
                 row->sop_instance, row->device, row->object_file, dg_strerror(rc));
        return 0;
    }
    ctx = choose(m, o.sop_class, o.ts, 0);
    if (!ctx && (!m->as || !all_proposed(m, o.sop_class, o.ts)) &&
        m->associations < MAX_ASSOCIATIONS) {
        associate(m, o.sop_class, o.ts);
        ctx = choose(m, o.sop_class, o.ts, 0);
    }
    if (!ctx) {
        const struct ts *t = ts_find(o.ts, strlen(o.ts));

        if (m->as)
            log_warn("%s C-MOVE to %s: %s not sent: the destination takes no transfer syntax we "
                     "can send %s in (stored as %s)",
                     s->tag, m->dest, o.sop_instance, o.sop_class, t ? t->name : o.ts);
        else if (!m->unreachable)
            log_warn("%s C-MOVE to %s: %s not sent: no association", s->tag, m->dest,
                     o.sop_instance);
        retrieve_close(&o);
        return 0;
    }
    str_copy(from, o.ts, sizeof from);
    if (strcmp(ctx->ts, o.ts) != 0) {
        rc = retrieve_transcode(&o, s->cfg, ctx->ts, asked(m, ctx->ts) ? &m->code.opt : NULL);
        const struct codec *to = codec_find(ctx->ts);
        if (rc == DG_EUNSUPPORTED && to && to->lossy)
            rc = send_losslessly(m, row, &o, &ctx);
        if (rc) {
            log_warn("%s C-MOVE to %s: %s not sent: it cannot be transcoded from %s to %s: %s",
                     s->tag, m->dest, row->sop_instance, subop_ts_name(from),
                     subop_ts_name(ctx->ts), dg_strerror(rc));
            retrieve_close(&o);
            return 0;
        }
    }
    st = (struct dimse_store_rq){o.sop_class,
                                 o.sop_instance,
                                 ++m->msg_id,
                                 m->rq->priority <= 2 ? m->rq->priority : 0,
                                 assoc_calling_ae(s->as),
                                 m->rq->message_id};
    rc = dimse_send_store(&m->d, ctx->id, &st, subop_source_read, &src);
    if (rc == 0)
        rc = dimse_recv_store_rsp(&m->d, st.message_id, &rsp);
    if (rc && src.err == rc) {
        /* The file failed while being sent: the association was aborted
         * (or not yet used); the next object makes a new one. */
        log_warn("%s C-MOVE to %s: %s not sent: %s/%s: %s", s->tag, m->dest, o.sop_instance,
                 row->device, row->object_file, dg_strerror(rc));
        drop_association(m, 0);
    } else if (rc) {
        lost(m, rc);
    } else {
        char how[160];

        m->lost_in_a_row = 0;
        *status = rsp.status;
        subop_describe(&o, from, how, sizeof how);
        if (rsp.status == STATUS_SUCCESS || (rsp.status & 0xF000) == 0xB000)
            log_user("%s sent %s to %s (%s)%s", s->tag, o.sop_instance, m->dest, how,
                     rsp.status ? " with a warning" : "");
        else
            log_warn("%s C-MOVE to %s: %s refused with status 0x%04x%s%s", s->tag, m->dest,
                     o.sop_instance, rsp.status, rsp.present & DIMSE_F_ERROR_COMMENT ? ": " : "",
                     rsp.present & DIMSE_F_ERROR_COMMENT ? rsp.error_comment : "");
    }
    retrieve_close(&o);
    return 0;
}

static void move_start(void *arg, const char *const *classes, size_t nclasses)
{
    struct move *m = arg;

    m->classes = classes;
    m->nclasses = nclasses;
}

static uint16_t move_finish(void *arg, unsigned completed, unsigned failed)
{
    struct move *m = arg;

    (void)completed;
    drop_association(m, 1);
    m->classes = NULL;
    m->nclasses = 0;
    /* Not one sub-operation could be made: the destination refused us or
     * could not be reached (logged). */
    return !m->reached && failed > 0 ? STATUS_QR_NO_SUBOPERATIONS : 0;
}

static const struct subop_sender move_sender = {move_start, move_send, move_finish};

/* The peer's address without its port, for the acrnema.map line to add. */
static void peer_host(const char *peer, char *out, size_t len)
{
    const char *colon = strrchr(peer, ':');
    size_t n = colon ? (size_t)(colon - peer) : strlen(peer);

    if (n >= 2 && peer[0] == '[' && peer[n - 1] == ']') {
        peer++;
        n -= 2;
    }
    snprintf(out, len, "%.*s", (int)n, peer);
}

/* What the destination is sent: the code of the AE the requester called us
 * by (Conquest's "CONQUESTSRV1~j2"), else the map's. A code that is none of
 * Conquest's, or one this dgate does not do, is logged and objects go as
 * stored; a syntax without its codec here is still proposed (an object
 * stored in it goes as it is). */
static void compression_for(struct move *m)
{
    const char *over = session_called_compression(m->s);
    const char *from = over ? "the called AE" : "acrnema.map";
    char text[sizeof m->entry.compression];
    int rc;

    str_copy(text, over ? over : m->entry.compression, sizeof text);
    str_trim(text);
    rc = compression_parse(text, m->s->cfg->lossy_quality, &m->code);
    if (rc == DG_EUNSUPPORTED && m->code.ts_uid) {
        log_info("%s %s asks '%s' for %s: this dgate has no codec for %s; objects stored in it "
                 "go as they are, others as stored or uncompressed",
                 m->s->tag, from, text, m->dest, subop_ts_name(m->code.ts_uid));
    } else if (rc) {
        log_warn("%s %s asks compression '%s' for %s, which %s: sent as stored", m->s->tag, from,
                 text, m->dest,
                 rc == DG_EUNSUPPORTED ? "this dgate does not implement"
                                       : "is not one of Conquest's codes");
        memset(&m->code, 0, sizeof m->code);
    } else if (over) {
        log_info("%s the called AE asks '%s' for %s", m->s->tag, text, m->dest);
    }
}

/* Resolve the destination; 0, or 0xA801 (logged). */
static uint16_t resolve(struct move *m, const struct dimse_cmd *cmd)
{
    struct session *s = m->s;
    char host[64];
    long port;

    str_copy(m->dest, cmd->move_destination, sizeof m->dest);
    str_trim(m->dest);
    if (!(cmd->present & DIMSE_F_MOVE_DEST) || (cmd->invalid & DIMSE_F_MOVE_DEST) || !m->dest[0]) {
        log_warn("%s C-MOVE refused (0x%04x): %s", s->tag, STATUS_MOVE_DESTINATION_UNKNOWN,
                 cmd->invalid & DIMSE_F_MOVE_DEST ? "the move destination is longer than an AE"
                                                  : "no move destination");
        return STATUS_MOVE_DESTINATION_UNKNOWN;
    }
    if (!s->srv->amap || amap_lookup(s->srv->amap, m->dest, &m->entry) != 0) {
        peer_host(s->peer, host, sizeof host);
        log_warn("%s C-MOVE to unknown destination '%s' refused (0x%04x): it is not in "
                 "acrnema.map; to allow it, add: %s %s 104 un",
                 s->tag, m->dest, STATUS_MOVE_DESTINATION_UNKNOWN, m->dest, host);
        return STATUS_MOVE_DESTINATION_UNKNOWN;
    }
    if (str_to_long(m->entry.port, 1, 65535, &port) != 0 || !m->entry.host[0]) {
        log_warn("%s C-MOVE to '%s' refused (0x%04x): its acrnema.map entry gives host '%s' "
                 "port '%s'",
                 s->tag, m->dest, STATUS_MOVE_DESTINATION_UNKNOWN, m->entry.host, m->entry.port);
        return STATUS_MOVE_DESTINATION_UNKNOWN;
    }
    m->port = (int)port;
    compression_for(m);
    return 0;
}

static int move_handle(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    struct subop_request req;
    struct move *m;
    char kind[48];
    uint16_t status;
    int rc;

    (void)state;
    rc = subop_read_request(s, cmd, ctx_id, &req, &status);
    if (rc) {
        subop_request_free(&req);
        return rc;
    }
    m = calloc(1, sizeof *m);
    if (!m) {
        subop_request_free(&req);
        return subop_refuse(s, cmd, ctx_id, STATUS_QR_NO_SUBOPERATIONS);
    }
    m->s = s;
    m->rq = cmd;
    /* An unknown destination first, as Conquest answers it. */
    if (resolve(m, cmd) != 0)
        status = STATUS_MOVE_DESTINATION_UNKNOWN;
    if (status) {
        rc = subop_refuse(s, cmd, ctx_id, status);
    } else {
        snprintf(kind, sizeof kind, "C-MOVE to %s", m->dest);
        rc = subop_run(s, cmd, ctx_id, &req, kind, &move_sender, m);
    }
    drop_association(m, 0);
    free(m);
    subop_request_free(&req);
    return rc;
}

const struct service move_service = {"Query/Retrieve C-MOVE", DIMSE_C_MOVE_RQ, NULL, move_handle,
                                     NULL};
