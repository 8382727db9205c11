/* The C-GET SCP: one C-STORE sub-operation per object the identifier names
 * (suboperations.h), sent back on the requester's own association in the
 * storage contexts it negotiated with itself as SCP (role selection), each
 * object in a transfer syntax the requester accepted for its SOP class: as
 * stored when it did, else transcoded (core/retrieve.h) into the best one
 * it did that loses nothing: Explicit VR LE, Implicit VR LE, Big Endian,
 * then a lossless compressed one. Not the walk over the objects nor the
 * responses (suboperations.c). */
#include "codec/codec.h"
#include "config/config.h"
#include "core/retrieve.h"
#include "core/transcode.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "server/service.h"
#include "server/session.h"
#include "server/suboperations.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <stdlib.h>
#include <string.h>

struct get {
    struct session *s;
    const struct dimse_cmd *rq;
    uint16_t msg_id;
};

/* The rank of a syntax we may transcode an object stored as `stored` into
 * (lower first), or -1: never into a lossy one, which C-GET has no code
 * to ask for. */
static int rank(const char *stored, const char *ts)
{
    const struct codec *c = codec_find(ts);

    if (!transcode_possible(stored, ts) || (c && c->lossy))
        return -1;
    if (strcmp(ts, TS_EXPLICIT_LE) == 0)
        return 0;
    if (strcmp(ts, TS_IMPLICIT_LE) == 0)
        return 1;
    return c ? 3 : 2;
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
        if (rank(stored, c->ts) >= 0 && (!best || rank(stored, c->ts) < rank(stored, best->ts)))
            best = c;
    }
    return best;
}

static int get_send(void *arg, const struct objects_row *row, uint16_t *status)
{
    struct get *g = arg;
    struct session *s = g->s;
    struct retrieve_object o;
    struct subop_source src = {&o, 0};
    char from[UID_MAX_LEN + 1], how[160];
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
        log_warn("%s C-GET: %s not sent: %s%s%s (stored as %s)", s->tag, o.sop_instance,
                 role_missing ? "the requester did not take the SCP role for " : "no context for ",
                 o.sop_class,
                 role_missing ? "" : " in a transfer syntax we can send it in losslessly",
                 subop_ts_name(o.ts));
        retrieve_close(&o);
        return 0;
    }
    str_copy(from, o.ts, sizeof from);
    if (strcmp(ctx->ts, o.ts) != 0) {
        rc = retrieve_transcode(&o, s->cfg, ctx->ts, NULL);
        if (rc) {
            log_warn("%s C-GET: %s not sent: it cannot be transcoded from %s to %s: %s", s->tag,
                     row->sop_instance, subop_ts_name(from), subop_ts_name(ctx->ts),
                     dg_strerror(rc));
            retrieve_close(&o);
            return 0;
        }
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
        *status = rsp.status;
        subop_describe(&o, from, how, sizeof how);
        if (rsp.status == STATUS_SUCCESS || (rsp.status & 0xF000) == 0xB000)
            log_user("%s sent %s by C-GET (%s)%s", s->tag, o.sop_instance, how,
                     rsp.status ? " with a warning" : "");
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
    struct get g = {s, cmd, 0};
    uint16_t status;
    int rc;

    (void)state;
    rc = subop_read_request(s, cmd, ctx_id, &req, &status);
    if (rc == 0 && status)
        rc = subop_refuse(s, cmd, ctx_id, status);
    else if (rc == 0)
        rc = subop_run(s, cmd, ctx_id, &req, "C-GET", &get_sender, &g);
    subop_request_free(&req);
    return rc;
}

const struct service get_service = {"Query/Retrieve C-GET", DIMSE_C_GET_RQ, NULL, get_handle, NULL};
