/* The Query/Retrieve C-FIND SCP for Patient Root, Study Root and
 * Patient/Study Only: reads the identifier, checks QueryRetrieveLevel,
 * hands the query to the core (core/query.h) and answers each match with a
 * pending C-FIND-RSP as it comes, then the final status; a C-CANCEL-RQ is
 * looked for between results. Like Conquest, every level is answered in
 * every model. Statuses: 0xFF00, also when the identifier asks to match
 * keys the index does not hold (0xFF01 would say so, but clients in use,
 * the JavaScript dcmjs-dimse among them, take it for the end of the
 * answers; the PacsUser.log line says it instead); 0x0000; 0xFE00 after a
 * cancel; 0xC001 (Conquest's "unable to process") for a missing or unknown
 * level and a failing database; 0xC000 for an identifier that does not
 * parse; 0xA700 when out of memory. What is matched and how is the core's.
 * The steps around the plan are find_serve, which the Modality Worklist
 * shares (worklist.c). */
#include "server/find.h"

#include "config/config.h"
#include "core/query.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/ts.h"
#include "net/assoc.h"
#include "server/service.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define IDENTIFIER_MAX (4u << 20) /* a query of 1000 UIDs is 65 KB */
#define RESPONSE_MAX (16u << 20)

/* The query models answered here; the Modality Worklist is worklist.c's. */
static const char *const find_models[] = {
    "1.2.840.10008.5.1.4.1.2.1.1", /* Patient Root */
    "1.2.840.10008.5.1.4.1.2.2.1", /* Study Root */
    "1.2.840.10008.5.1.4.1.2.3.1", /* Patient/Study Only (retired) */
};

struct find_state {
    struct buf ident;   /* the identifier's bytes */
    struct buf encoded; /* one response identifier */
    struct ds *id;
};

/* One running query: what the sink needs to answer. */
struct find_run {
    struct session *s;
    struct find_state *st;
    const struct dimse_cmd *rq;
    uint8_t ctx_id;
    const struct ts *ts;
    int net_rc;    /* an association error met while answering */
    int cancelled; /* a C-CANCEL-RQ came */
};

/* Private stop codes of the sink (qr_run returns them). */
enum { STOP_CANCEL = 1, STOP_NET = 2 };

int find_setup(struct session *s, void **state)
{
    struct find_state *st = calloc(1, sizeof *st);

    (void)s;
    if (!st)
        return -ENOMEM;
    buf_init(&st->ident, IDENTIFIER_MAX);
    buf_init(&st->encoded, RESPONSE_MAX);
    st->id = ds_new();
    if (!st->id) {
        free(st);
        return -ENOMEM;
    }
    *state = st;
    return 0;
}

void find_cleanup(void *state)
{
    struct find_state *st = state;

    if (!st)
        return;
    buf_free(&st->ident);
    buf_free(&st->encoded);
    ds_free(st->id);
    free(st);
}

static int collect(void *arg, const uint8_t *p, size_t n)
{
    return buf_append(arg, p, n);
}

static int is_model(const struct find_model *m, const char *uid)
{
    for (size_t i = 0; i < m->nclasses; i++)
        if (strcmp(uid, m->classes[i]) == 0)
            return 1;
    return 0;
}

/* Between results: has the peer cancelled? */
static int check_cancel(struct find_run *run)
{
    int rc = dimse_cancel_requested(&run->s->dimse, run->rq->message_id);

    if (rc < 0) {
        run->net_rc = rc;
        return STOP_NET;
    }
    if (rc == 1) {
        run->cancelled = 1;
        return STOP_CANCEL;
    }
    return 0;
}

static int poll_cancel(void *ctx)
{
    return check_cancel(ctx);
}

/* One pending C-FIND-RSP with its identifier. */
static int send_result(void *ctx, const struct ds *rsp)
{
    struct find_run *run = ctx;
    struct session *s = run->s;
    struct dimse_cmd cmd;
    int rc = check_cancel(run);

    if (rc)
        return rc;
    buf_reset(&run->st->encoded);
    rc = enc_encode(rsp, run->ts, &run->st->encoded);
    if (rc)
        return rc; /* not the network's fault: a failure status follows */
    dimse_response(run->rq, STATUS_PENDING, &cmd);
    cmd.dataset_type = DIMSE_HAS_DATASET;
    rc = dimse_send_command(&s->dimse, run->ctx_id, &cmd);
    if (rc == 0)
        rc =
            dimse_send_data(&s->dimse, run->ctx_id, run->st->encoded.data, run->st->encoded.len, 1);
    if (rc) {
        run->net_rc = rc;
        return STOP_NET;
    }
    return 0;
}

/* Read and decode the identifier. Returns 0 with *status 0 when it is in
 * st->id, 0 with a failure status to answer, or an association error. */
static int read_identifier(struct session *s, struct find_state *st, uint8_t ctx_id,
                           const struct ts *ts, uint16_t *status)
{
    struct enc_opts opts = {0};
    int rc;

    *status = 0;
    buf_reset(&st->ident);
    rc = dimse_recv_dataset(&s->dimse, ctx_id, collect, &st->ident);
    if (rc == DG_ETOOBIG || rc == -ENOMEM) {
        log_warn("%s C-FIND identifier larger than %u bytes: refused", s->tag, IDENTIFIER_MAX);
        *status = STATUS_CANNOT_UNDERSTAND;
        return 0;
    }
    if (rc)
        return rc;
    ds_clear(st->id);
    opts.max_depth = s->cfg->max_nesting_depth;
    rc = enc_decode(st->ident.data, st->ident.len, ts, &opts, st->id, NULL);
    if (rc) {
        log_warn("%s C-FIND identifier does not parse (%s, %zu bytes as %s): refused", s->tag,
                 dg_strerror(rc), st->ident.len, ts->name);
        *status = rc == -ENOMEM ? STATUS_OUT_OF_RESOURCES : STATUS_CANNOT_UNDERSTAND;
    }
    return 0;
}

/* The level asked for, or a failure status with a log line that says why. */
static uint16_t read_level(const struct session *s, const struct ds *id, enum schema_level *level)
{
    char text[68] = "";
    int rc = ds_get_string(id, DICT_TAG(0x0008, 0x0052), text, sizeof text);

    if (rc == DG_ENOTFOUND) {
        log_warn("%s C-FIND without QueryRetrieveLevel (0008,0052): status 0x%04x", s->tag,
                 STATUS_FIND_UNABLE);
        return STATUS_FIND_UNABLE;
    }
    if (rc == 0 && qr_level_from_name(text, level) == 0)
        return 0;
    for (char *p = text; *p; p++)
        if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7F)
            *p = '?';
    log_warn("%s C-FIND with QueryRetrieveLevel '%s'%s: not PATIENT, STUDY, SERIES or IMAGE: "
             "status 0x%04x",
             s->tag, text, rc == DG_ETOOBIG ? "..." : "", STATUS_FIND_UNABLE);
    return STATUS_FIND_UNABLE;
}

/* Run the planned query, answering as results come. Returns 0 with the
 * final status in *status, or an association error. */
static int run_query(struct session *s, struct find_run *run, struct qr_query *q, const char *what,
                     uint16_t *status)
{
    struct qr_sink sink = {send_result, poll_cancel, run};
    unsigned long matches = 0;
    char keys[512];
    struct db *db;
    int rc = session_db(s, &db);

    if (rc) {
        *status = STATUS_FIND_UNABLE;
        return 0;
    }
    rc = qr_run(q, db, &sink, &matches);
    qr_describe(q, keys, sizeof keys);
    if (rc == STOP_NET)
        return run->net_rc;
    if (rc == STOP_CANCEL) {
        *status = STATUS_CANCEL;
    } else if (rc) {
        log_error("%s C-FIND %s %s failed after %lu matches: %s%s%s", s->tag, what, keys, matches,
                  dg_strerror(rc), rc == DG_EDB || rc == DG_EDBGONE ? ": " : "",
                  rc == DG_EDB || rc == DG_EDBGONE ? db_error(db) : "");
        *status = rc == -ENOMEM ? STATUS_OUT_OF_RESOURCES : STATUS_FIND_UNABLE;
    } else {
        *status = STATUS_SUCCESS;
    }
    log_user("%s queried %s %s: %lu match%s%s%s", s->tag, what, keys, matches,
             matches == 1 ? "" : "es",
             rc == STOP_CANCEL ? " (cancelled)"
             : rc              ? " (failed)"
                               : "",
             qr_unsupported_keys(q) ? " (keys the index does not hold were not matched)" : "");
    return 0;
}

int find_serve(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id,
               const struct find_model *model)
{
    struct find_state *st = state;
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);
    const struct ts *ts = ts_find(ctx->ts, strlen(ctx->ts));
    struct qr_query *q = NULL;
    const char *what = "";
    uint16_t status = 0;
    int rc;

    if (cmd->dataset_type == DIMSE_NO_DATASET) {
        log_warn("%s C-FIND without an identifier: refused", s->tag);
        return session_respond(s, cmd, ctx_id, STATUS_CANNOT_UNDERSTAND);
    }
    if (!(cmd->present & DIMSE_F_SOP_CLASS) || strcmp(cmd->sop_class, ctx->abstract_syntax) != 0 ||
        !is_model(model, cmd->sop_class) || !ts) {
        log_warn("%s C-FIND of SOP class '%s' on a context for %s: not a query model answered "
                 "here",
                 s->tag, cmd->sop_class, ctx->abstract_syntax);
        rc = session_drain_dataset(s, cmd, ctx_id);
        return rc ? rc : session_respond(s, cmd, ctx_id, STATUS_SOP_CLASS_NOT_SUPPORTED);
    }
    rc = read_identifier(s, st, ctx_id, ts, &status);
    if (rc)
        return rc;
    if (status == 0)
        status = model->plan(s, st->id, &q, &what);
    if (status == 0) {
        struct find_run run = {s, st, cmd, ctx_id, ts, 0, 0};
        rc = run_query(s, &run, q, what, &status);
        qr_free(q);
        if (rc)
            return rc;
    }
    return session_respond(s, cmd, ctx_id, status);
}

uint16_t find_plan_status(const struct session *s, const char *what, int rc)
{
    if (rc == 0)
        return 0;
    log_warn("%s C-FIND %s identifier refused: %s", s->tag, what, dg_strerror(rc));
    return rc == -ENOMEM ? STATUS_OUT_OF_RESOURCES : STATUS_CANNOT_UNDERSTAND;
}

/* The Q/R plan: the level, then the query at it. */
static uint16_t plan_qr(struct session *s, const struct ds *id, struct qr_query **q,
                        const char **what)
{
    enum schema_level level = SCHEMA_PATIENT;
    uint16_t status = read_level(s, id, &level);

    *what = qr_level_name(level);
    if (status)
        return status;
    return find_plan_status(s, *what, qr_plan(s->srv->schema, id, level, s->cfg->my_ae, q));
}

static const struct find_model qr_model = {find_models, sizeof find_models / sizeof find_models[0],
                                           plan_qr};

static int find_handle(struct session *s, void *state, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    return find_serve(s, state, cmd, ctx_id, &qr_model);
}

const struct service find_service = {"Query", DIMSE_C_FIND_RQ, find_setup, find_handle,
                                     find_cleanup};
