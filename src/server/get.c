/* The C-GET SCP: one C-STORE sub-operation per object the identifier names
 * (suboperations.h), sent back on the requester's own association in the
 * storage contexts it negotiated with itself as SCP (role selection), each
 * object in a transfer syntax the requester accepted for its SOP class: as
 * stored when it did, else re-encoded whole in memory into an uncompressed
 * one it did (core/retrieve.h). Compressed pixel data is not transcoded
 * yet. Not the walk over the objects nor the responses (suboperations.c). */
#include "config/config.h"
#include "core/retrieve.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "server/service.h"
#include "server/session.h"
#include "server/suboperations.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"

#include <stdlib.h>
#include <string.h>

struct get {
    struct session *s;
    const struct dimse_cmd *rq;
    uint16_t msg_id;
    struct buf conv; /* a dataset re-encoded for the requester */
};

/* The rank of an uncompressed syntax we may re-encode into (lower first). */
static int rank(const char *ts)
{
    if (strcmp(ts, TS_EXPLICIT_LE) == 0)
        return 0;
    if (strcmp(ts, TS_IMPLICIT_LE) == 0)
        return 1;
    return 2;
}

/* The requester's context for the class with itself as SCP: one in the
 * stored syntax, else the best one we can re-encode the object into. */
static const struct assoc_ctx *choose(const struct assoc *as, const char *cls, const char *stored,
                                      int *role_missing)
{
    const struct assoc_ctx *best = NULL;

    *role_missing = 0;
    for (int i = 0; i < assoc_context_count(as); i++) {
        const struct assoc_ctx *c = assoc_context_at(as, i);

        if (c->result != PCTX_ACCEPTED || strcmp(c->abstract_syntax, cls) != 0)
            continue;
        if (!c->scp_role) {
            *role_missing = 1;
            continue;
        }
        if (strcmp(c->ts, stored) == 0)
            return c;
        if (retrieve_can_convert(stored, c->ts) && (!best || rank(c->ts) < rank(best->ts)))
            best = c;
    }
    return best;
}

static int get_send(void *arg, const struct objects_row *row, uint16_t *status)
{
    struct get *g = arg;
    struct session *s = g->s;
    struct retrieve_object o;
    struct subop_source src = {&o, NULL, 0, 0};
    const struct assoc_ctx *ctx;
    struct dimse_store_rq st;
    struct dimse_cmd rsp;
    int rc, role_missing;

    *status = STATUS_PROCESSING_FAILURE;
    rc = retrieve_open(s->srv->ingest.archive, s->cfg, row->device, row->object_file, &o);
    if (rc) {
        log_warn("%s C-GET: %s not sent: %s/%s cannot be read: %s", s->tag, row->sop_instance,
                 row->device, row->object_file, dg_strerror(rc));
        return 0;
    }
    ctx = choose(s->as, o.sop_class, o.ts, &role_missing);
    if (!ctx) {
        const struct ts *t = ts_find(o.ts, strlen(o.ts));
        log_warn("%s C-GET: %s not sent: %s%s%s (stored as %s%s)", s->tag, o.sop_instance,
                 role_missing ? "the requester did not take the SCP role for " : "no context for ",
                 o.sop_class, role_missing ? "" : " in a transfer syntax we can send",
                 t ? t->name : o.ts,
                 !t || t->encapsulated ? "; compressed images are not transcoded yet" : "");
        retrieve_close(&o);
        return 0;
    }
    if (strcmp(ctx->ts, o.ts) != 0) {
        rc = retrieve_convert(&o, s->cfg, ctx->ts, &g->conv);
        if (rc) {
            log_warn("%s C-GET: %s not sent: it cannot be re-encoded from %s to %s: %s", s->tag,
                     o.sop_instance, o.ts, ctx->ts, dg_strerror(rc));
            retrieve_close(&o);
            return 0;
        }
        src.mem = &g->conv;
    }
    st = (struct dimse_store_rq){o.sop_class, o.sop_instance,
                                 ++g->msg_id, g->rq->priority <= 2 ? g->rq->priority : 0,
                                 NULL,        0};
    rc = dimse_send_store(&s->dimse, ctx->id, &st, subop_source_read, &src);
    if (rc == 0)
        rc = dimse_recv_store_rsp(&s->dimse, st.message_id, &rsp);
    if (rc && src.err == rc) {
        /* The file failed while being sent; if the association was
         * aborted for it, the next exchange says so. */
        log_warn("%s C-GET: %s not sent: %s/%s: %s", s->tag, o.sop_instance, row->device,
                 row->object_file, dg_strerror(rc));
        rc = 0;
    } else if (rc == 0) {
        const struct ts *t = ts_find(ctx->ts, strlen(ctx->ts));

        *status = rsp.status;
        if (rsp.status == STATUS_SUCCESS || (rsp.status & 0xF000) == 0xB000)
            log_user("%s sent %s by C-GET (%s%s)%s", s->tag, o.sop_instance, t ? t->name : ctx->ts,
                     src.mem ? ", re-encoded" : "", rsp.status ? " with a warning" : "");
        else
            log_warn("%s C-GET: %s refused by the requester with status 0x%04x%s%s", s->tag,
                     o.sop_instance, rsp.status, rsp.present & DIMSE_F_ERROR_COMMENT ? ": " : "",
                     rsp.present & DIMSE_F_ERROR_COMMENT ? rsp.error_comment : "");
    }
    retrieve_close(&o);
    return rc;
}

static const struct subop_sender get_sender = {NULL, get_send, NULL};

static int get_handle(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    struct subop_request req;
    struct get g = {s, cmd, 0, {0}};
    uint16_t status;
    int rc;

    (void)state;
    rc = subop_read_request(s, cmd, ctx_id, &req, &status);
    if (rc == 0 && status)
        rc = subop_refuse(s, cmd, ctx_id, status);
    else if (rc == 0) {
        buf_init(&g.conv, RETRIEVE_CONVERT_MAX + (RETRIEVE_CONVERT_MAX >> 4));
        rc = subop_run(s, cmd, ctx_id, &req, "C-GET", &get_sender, &g);
        buf_free(&g.conv);
    }
    subop_request_free(&req);
    return rc;
}

const struct service get_service = {"Query/Retrieve C-GET", DIMSE_C_GET_RQ, NULL, get_handle, NULL};
