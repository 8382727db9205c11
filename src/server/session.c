/* The per-association owner and its command loop; see session.h. */
#include "server/session.h"
#include "db/db.h"
#include "db/index.h"
#include "net/assoc.h"
#include "server/service.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One line with the count at info level; each context at debug level. */
static void log_contexts(const struct session *s)
{
    int accepted = 0, n = assoc_context_count(s->as);

    for (int i = 0; i < n; i++) {
        const struct assoc_ctx *c = assoc_context_at(s->as, i);
        if (c->result == PCTX_ACCEPTED) {
            accepted++;
            log_debug("%s context %u accepted: %s with %s%s", s->tag, c->id, c->abstract_syntax,
                      c->ts, c->scp_role ? " (peer as SCP)" : "");
        } else {
            log_debug("%s context %u refused (result %u): %s", s->tag, c->id, c->result,
                      c->abstract_syntax);
        }
    }
    log_info("%s association accepted: %d of %d presentation contexts, peer max PDU %u", s->tag,
             accepted, n, assoc_peer_max_pdu(s->as));
}

int session_new(const struct server_ctx *srv, struct assoc *as, unsigned id, const char *peer,
                struct session **out)
{
    struct session *s = calloc(1, sizeof *s);

    *out = NULL;
    if (!s) {
        assoc_free(as);
        return -ENOMEM;
    }
    s->srv = srv;
    s->cfg = srv->cfg;
    s->id = id;
    s->as = as;
    str_copy(s->peer, peer, sizeof s->peer);
    snprintf(s->tag, sizeof s->tag, "[%u %s]", id, assoc_calling_ae(as));
    dimse_init(&s->dimse, as);
    log_contexts(s);
    *out = s;
    return 0;
}

void session_free(struct session *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < service_count; i++) {
        if (s->state[i] && service_table[i]->cleanup)
            service_table[i]->cleanup(s->state[i]);
    }
    index_close(s->ix);
    db_close(s->db);
    dimse_free(&s->dimse);
    assoc_free(s->as);
    free(s);
}

int session_index(struct session *s, struct index **out)
{
    char err[512];
    int rc;

    if (!s->ix) {
        rc = db_open(s->cfg, &s->db, err, sizeof err);
        if (rc) {
            log_error("%s cannot open the index database: %s", s->tag, err);
            return rc;
        }
        rc = index_open(s->cfg, s->srv->schema, s->db, &s->ix);
        if (rc) {
            log_error("%s cannot prepare the index: %s", s->tag, dg_strerror(rc));
            db_close(s->db);
            s->db = NULL;
            return rc;
        }
    }
    *out = s->ix;
    return 0;
}

int session_db(struct session *s, struct db **out)
{
    struct index *ix;
    int rc = session_index(s, &ix);

    *out = rc ? NULL : s->db;
    return rc;
}

const char *session_called_compression(const struct session *s)
{
    const char *ae = assoc_called_ae(s->as);
    const char *tilde = strchr(ae, '~');

    if (!tilde || tilde == ae || tilde - ae > 13 || !tilde[1] || tilde[1] == ' ')
        return NULL;
    return tilde + 1;
}

int session_respond(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id, uint16_t status)
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
    log_info("%s %s status 0x%04x (message %u)", s->tag, dimse_command_name(rsp.command), status,
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

int session_drain_dataset(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id)
{
    if (rq->dataset_type == DIMSE_NO_DATASET)
        return 0;
    return dimse_recv_dataset(&s->dimse, ctx_id, drop_bytes, NULL);
}

/* The table index of a request's service: the one of its SOP class when
 * service_classes lists it, else the first of its command; service_count
 * when there is none. */
static size_t service_for(const struct dimse_cmd *cmd)
{
    const struct service *by_class = NULL;

    for (size_t c = 0; c < service_class_count; c++)
        if (service_classes[c].service->command == cmd->command &&
            (cmd->present & DIMSE_F_SOP_CLASS) &&
            strcmp(service_classes[c].sop_class, cmd->sop_class) == 0)
            by_class = service_classes[c].service;
    for (size_t i = 0; i < service_count; i++)
        if (by_class ? service_table[i] == by_class : service_table[i]->command == cmd->command)
            return i;
    return service_count;
}

/* Hand one request to its service, making the service's state at its
 * first request. */
static int dispatch(struct session *s, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    const struct service *svc;
    size_t i;
    int rc;

    i = service_for(cmd);
    if (i == service_count) {
        rc = session_drain_dataset(s, cmd, ctx_id);
        return rc ? rc : session_respond(s, cmd, ctx_id, STATUS_UNRECOGNIZED_OPERATION);
    }
    svc = service_table[i];
    if (!s->state[i] && svc->setup) {
        rc = svc->setup(s, &s->state[i]);
        if (rc) {
            log_error("%s %s service unavailable: %s", s->tag, svc->name, dg_strerror(rc));
            rc = session_drain_dataset(s, cmd, ctx_id);
            return rc ? rc : session_respond(s, cmd, ctx_id, STATUS_OUT_OF_RESOURCES);
        }
    }
    return svc->handle(s, s->state[i], cmd, ctx_id);
}

int session_run(struct session *s)
{
    for (;;) {
        struct dimse_cmd cmd;
        uint8_t ctx_id = 0;
        int rc = dimse_recv_command(&s->dimse, &cmd, &ctx_id);

        if (rc)
            return rc;
        if (cmd.command == DIMSE_C_CANCEL_RQ) {
            /* Nothing is pending between requests: a C-CANCEL-RQ here
             * crossed our final response (or names no request at all). It
             * carries no Message ID of its own, only the one it cancels. */
            log_info("%s C-CANCEL-RQ on context %u for message %u, answered already: ignored",
                     s->tag, ctx_id, cmd.responded_id);
            continue;
        }
        log_info("%s %s on context %u (message %u)", s->tag, dimse_command_name(cmd.command),
                 ctx_id, cmd.message_id);
        /* No request of ours is outstanding here, so a response answers
         * nothing: the peer has lost track of the protocol. */
        if (cmd.command & 0x8000) {
            log_warn("%s unexpected response command 0x%04x: association aborted", s->tag,
                     cmd.command);
            assoc_abort(s->as, ABORT_SOURCE_USER, ABORT_NO_REASON);
            return DG_EPROTO;
        }
        rc = dispatch(s, &cmd, ctx_id);
        if (rc)
            return rc;
    }
}
