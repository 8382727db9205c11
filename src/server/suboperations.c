/* The identifier of a retrieve and the run of its sub-operations; see
 * suboperations.h. */
#include "server/suboperations.h"

#include "config/config.h"
#include "core/retrieve.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "net/assoc.h"
#include "net/dimse.h"
#include "server/session.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The largest identifier we read: a list of about 15 000 UIDs. */
#define IDENTIFIER_MAX ((size_t)1 << 20)
/* The Failed SOP Instance UID List is one UI element, whose length an
 * explicit VR encoding holds in 16 bits: about 1000 UIDs. */
#define FAILED_LIST_MAX 65534u
/* The SOP classes of a match handed to the sender (a sub-association
 * proposes at most 128 contexts anyway). */
#define MAX_CLASSES 128
/* objects_each's callback returns this to stop at a C-CANCEL. */
#define STOP 1

enum level { PATIENT, STUDY, SERIES, IMAGE, LEVELS };

static const char *const level_names[LEVELS] = {"PATIENT", "STUDY", "SERIES", "IMAGE"};
static const char *const key_names[LEVELS] = {"PatientID", "StudyInstanceUID", "SeriesInstanceUID",
                                              "SOPInstanceUID"};
static const uint32_t key_tags[LEVELS] = {DICT_TAG(0x0010, 0x0020), DICT_TAG(0x0020, 0x000D),
                                          DICT_TAG(0x0020, 0x000E), DICT_TAG(0x0008, 0x0018)};

/* The information models (PS3.4 C.3): which levels each has. */
enum model { NO_MODEL, PATIENT_ROOT, STUDY_ROOT, PATIENT_STUDY_ONLY };

/* The model of a C-MOVE or C-GET SOP class: 1.2.840.10008.5.1.4.1.2.M.2
 * (move) and .M.3 (get), and Conquest's private NKI move classes
 * 1.2.826.0.1.3680043.2.135.1066.5.1.4.1.2.M.2; M = 1, 2, 3. */
static enum model model_of(const char *uid, uint16_t command)
{
    static const char *const roots[] = {"1.2.840.10008.5.1.4.1.2.",
                                        "1.2.826.0.1.3680043.2.135.1066.5.1.4.1.2."};
    const char op = command == DIMSE_C_GET_RQ ? '3' : '2';

    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++) {
        size_t n = strlen(roots[i]);
        if (strncmp(uid, roots[i], n) != 0)
            continue;
        uid += n;
        if (uid[0] < '1' || uid[0] > '3' || uid[1] != '.' || uid[2] != op || uid[3] != '\0')
            return NO_MODEL;
        if (i == 1 && op != '2')
            return NO_MODEL;
        return (enum model)(uid[0] - '0');
    }
    return NO_MODEL;
}

/* ---- the identifier ---- */

struct collect {
    struct buf b;
    int too_big;
};

static int collect(void *arg, const uint8_t *p, size_t n)
{
    struct collect *c = arg;
    int rc = buf_append(&c->b, p, n);

    if (rc == DG_ETOOBIG)
        c->too_big = 1;
    return rc;
}

static int is_pad(char c)
{
    return c == ' ' || c == '\0';
}

/* Split the key's value at backslashes into r->values[i] (padding removed,
 * empty values dropped). */
static int split_key(struct subop_request *r, const struct ds *ds, int i, size_t *n)
{
    const struct ds_elem *e = ds_find(ds, key_tags[i]);
    size_t count = 1, k = 0;
    char *t;

    *n = 0;
    if (!e || e->len == 0 || !e->value)
        return 0;
    t = malloc((size_t)e->len + 1);
    if (!t)
        return -ENOMEM;
    memcpy(t, e->value, e->len);
    t[e->len] = '\0';
    for (uint32_t j = 0; j < e->len; j++)
        count += t[j] == '\\';
    r->text[i] = t;
    r->values[i] = malloc(count * sizeof *r->values[i]);
    if (!r->values[i])
        return -ENOMEM;
    for (char *v = t, *stop = t + e->len; v <= stop;) {
        char *end = memchr(v, '\\', (size_t)(stop - v));
        char *last;

        if (!end)
            end = stop; /* t[e->len], the terminating NUL */
        *end = '\0';
        while (*v == ' ')
            v++;
        last = v + strlen(v);
        while (last > v && is_pad(last[-1]))
            *--last = '\0';
        if (*v)
            r->values[i][k++] = v;
        v = end + 1;
    }
    *n = k;
    return 0;
}

void subop_request_free(struct subop_request *r)
{
    for (int i = 0; i < LEVELS; i++) {
        free(r->text[i]);
        free(r->values[i]);
    }
    memset(r, 0, sizeof *r);
}

/* Parse the decoded identifier; a failure status (logged) or 0. */
static uint16_t parse(struct session *s, const struct dimse_cmd *rq, enum model m,
                      const struct ds *ds, struct subop_request *r)
{
    const char *op = dimse_command_name(rq->command);
    size_t n[LEVELS] = {0};
    int level = -1, first = m == STUDY_ROOT ? STUDY : PATIENT;
    int last = m == PATIENT_STUDY_ONLY ? STUDY : IMAGE;
    int rc = ds_get_string(ds, DICT_TAG(0x0008, 0x0052), r->level, sizeof r->level);

    if (rc == 0)
        str_trim(r->level);
    for (int i = 0; rc == 0 && i < LEVELS; i++)
        if (strcmp(r->level, level_names[i]) == 0)
            level = i;
    if (level < 0) {
        log_warn("%s %s refused (0x%04x): %s", s->tag, op, STATUS_QR_UNKNOWN_LEVEL,
                 rc == DG_ENOTFOUND || (rc == 0 && !r->level[0])
                     ? "the identifier has no QueryRetrieveLevel"
                     : "its QueryRetrieveLevel is not PATIENT, STUDY, SERIES or IMAGE");
        return STATUS_QR_UNKNOWN_LEVEL;
    }
    if (level < first || level > last) {
        log_warn("%s %s refused (0x%04x): level %s is not a level of the %s information model",
                 s->tag, op, STATUS_QR_IDENTIFIER_MISMATCH, r->level,
                 m == STUDY_ROOT ? "Study Root" : "Patient/Study Only");
        return STATUS_QR_IDENTIFIER_MISMATCH;
    }
    /* Keys below the level are not the request's (PS3.4 C.4.2.2.1): ignored. */
    for (int i = first; i <= level; i++) {
        rc = split_key(r, ds, i, &n[i]);
        if (rc) {
            log_error("%s %s: %s", s->tag, op, dg_strerror(rc));
            return STATUS_PROCESSING_FAILURE;
        }
        for (size_t k = 0; i > PATIENT && k < n[i]; k++) {
            if (uid_check_str(r->values[i][k], UID_LENIENT) != 0) {
                log_warn("%s %s refused (0x%04x): %s value '%.64s' is not a UID", s->tag, op,
                         STATUS_QR_IDENTIFIER_MISMATCH, key_names[i], r->values[i][k]);
                return STATUS_QR_IDENTIFIER_MISMATCH;
            }
        }
    }
    if (n[level] == 0) {
        log_warn("%s %s refused (0x%04x): no %s at level %s", s->tag, op,
                 STATUS_QR_IDENTIFIER_MISMATCH, key_names[level], r->level);
        return STATUS_QR_IDENTIFIER_MISMATCH;
    }
    r->keys = (struct objects_keys){r->values[PATIENT], n[PATIENT], r->values[STUDY], n[STUDY],
                                    r->values[SERIES],  n[SERIES],  r->values[IMAGE], n[IMAGE]};
    if (n[level] == 1)
        snprintf(r->what, sizeof r->what, "%s %s", r->level, r->values[level][0]);
    else
        snprintf(r->what, sizeof r->what, "%s (%zu %ss)", r->level, n[level], key_names[level]);
    return 0;
}

int subop_read_request(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id,
                       struct subop_request *out, uint16_t *status)
{
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);
    const char *op = dimse_command_name(rq->command);
    struct collect c = {{0}, 0};
    struct enc_opts opts = {0};
    const struct ts *ts;
    enum model m;
    struct ds *ds;
    int rc;

    memset(out, 0, sizeof *out);
    *status = 0;
    if (rq->dataset_type == DIMSE_NO_DATASET) {
        log_warn("%s %s refused (0x%04x): no identifier", s->tag, op, STATUS_CANNOT_UNDERSTAND);
        *status = STATUS_CANNOT_UNDERSTAND;
        return 0;
    }
    buf_init(&c.b, IDENTIFIER_MAX);
    rc = dimse_recv_dataset(&s->dimse, ctx_id, collect, &c);
    if (rc && !c.too_big) {
        buf_free(&c.b);
        return rc;
    }
    m = model_of(ctx->abstract_syntax, rq->command);
    if (c.too_big) {
        log_warn("%s %s refused (0x%04x): an identifier of more than %zu bytes", s->tag, op,
                 STATUS_CANNOT_UNDERSTAND, IDENTIFIER_MAX);
        *status = STATUS_CANNOT_UNDERSTAND;
    } else if (m == NO_MODEL) {
        log_warn("%s %s on a context for %s refused (0x%04x)", s->tag, op, ctx->abstract_syntax,
                 STATUS_SOP_CLASS_NOT_SUPPORTED);
        *status = STATUS_SOP_CLASS_NOT_SUPPORTED;
    }
    if (*status) {
        buf_free(&c.b);
        return 0;
    }
    ts = ts_find(ctx->ts, strlen(ctx->ts));
    ds = ds_new();
    opts.max_depth = s->cfg->max_nesting_depth;
    rc = !ts ? DG_EUNSUPPORTED : !ds ? -ENOMEM : enc_decode(c.b.data, c.b.len, ts, &opts, ds, NULL);
    if (rc) {
        log_warn("%s %s refused (0x%04x): the identifier cannot be read: %s", s->tag, op,
                 STATUS_CANNOT_UNDERSTAND, dg_strerror(rc));
        *status = STATUS_CANNOT_UNDERSTAND;
    } else {
        *status = parse(s, rq, m, ds, out);
    }
    ds_free(ds);
    buf_free(&c.b);
    return 0;
}

/* ---- the run ---- */

struct run {
    struct session *s;
    const struct dimse_cmd *rq;
    uint8_t ctx_id;
    const struct subop_sender *snd;
    void *arg;
    long total;
    unsigned done, completed, failed, warning;
    int cancelled;
    int assoc_rc; /* an error of the requester's association */
    struct buf failed_list;
    unsigned not_listed; /* failed UIDs beyond FAILED_LIST_MAX */
    char *classes[MAX_CLASSES];
    size_t nclasses;
};

static uint16_t clamp16(long v)
{
    return v < 0 ? 0 : v > 0xFFFF ? 0xFFFF : (uint16_t)v;
}

/* The response skeleton: status, SOP class, counts. */
static void make_response(const struct run *r, uint16_t status, struct dimse_cmd *rsp)
{
    const struct assoc_ctx *ctx = assoc_context(r->s->as, r->ctx_id);

    dimse_response(r->rq, status, rsp);
    if (!(rsp->present & DIMSE_F_SOP_CLASS) && ctx) {
        str_copy(rsp->sop_class, ctx->abstract_syntax, sizeof rsp->sop_class);
        rsp->present |= DIMSE_F_SOP_CLASS;
    }
    rsp->completed = clamp16(r->completed);
    rsp->failed = clamp16(r->failed);
    rsp->warning = clamp16(r->warning);
    rsp->present |= DIMSE_F_COUNTS;
    /* Remaining only while pending, and at a cancel (PS3.4 C.4.2.1.6). */
    if (status == STATUS_PENDING || status == STATUS_CANCEL) {
        rsp->remaining = clamp16(r->total - (long)r->done);
        rsp->present |= DIMSE_F_REMAINING;
    }
}

static int collect_class(void *ctx, const char *cls, long count)
{
    struct run *r = ctx;

    (void)count;
    if (!cls[0] || r->nclasses == MAX_CLASSES)
        return 0;
    for (size_t i = 0; i < r->nclasses; i++)
        if (strcmp(r->classes[i], cls) == 0)
            return 0;
    r->classes[r->nclasses] = strdup(cls);
    if (!r->classes[r->nclasses])
        return -ENOMEM;
    r->nclasses++;
    return 0;
}

static void note_failed(struct run *r, const char *uid)
{
    size_t need = strlen(uid) + (r->failed_list.len ? 1 : 0);

    if (r->failed_list.len + need > FAILED_LIST_MAX) {
        r->not_listed++;
        return;
    }
    if (r->failed_list.len)
        (void)buf_append(&r->failed_list, "\\", 1);
    (void)buf_append(&r->failed_list, uid, strlen(uid));
}

static int one_object(void *ctx, const struct objects_row *row)
{
    struct run *r = ctx;
    struct dimse_cmd rsp;
    uint16_t status = 0;
    int rc = dimse_cancel_requested(&r->s->dimse, r->rq->message_id);

    if (rc == 1) {
        r->cancelled = 1;
        return STOP;
    }
    if (rc == 0)
        rc = r->snd->send(r->arg, row, &status);
    if (rc) {
        r->assoc_rc = rc;
        return rc;
    }
    r->done++;
    if (status == STATUS_SUCCESS) {
        r->completed++;
    } else if ((status & 0xF000) == 0xB000 || status == 0x0001) {
        r->warning++;
    } else {
        r->failed++;
        note_failed(r, row->sop_instance);
    }
    make_response(r, STATUS_PENDING, &rsp);
    rc = dimse_send_command(&r->s->dimse, r->ctx_id, &rsp);
    if (rc)
        r->assoc_rc = rc;
    return rc;
}

/* The final response, with the Failed SOP Instance UID List when a
 * sub-operation failed. */
static int final_response(struct run *r, uint16_t status)
{
    const struct assoc_ctx *ctx = assoc_context(r->s->as, r->ctx_id);
    const struct ts *ts = ctx ? ts_find(ctx->ts, strlen(ctx->ts)) : NULL;
    struct dimse_cmd rsp;
    struct buf out;
    struct ds *ds = NULL;
    int rc = 0;

    make_response(r, status, &rsp);
    buf_init(&out, FAILED_LIST_MAX + 256);
    if (status != STATUS_SUCCESS && r->failed_list.len && ts) {
        ds = ds_new();
        rc = ds ? ds_set(ds, DICT_TAG(0x0008, 0x0058), VR_UI, r->failed_list.data,
                         r->failed_list.len)
                : -ENOMEM;
        if (rc == 0)
            rc = enc_encode(ds, ts, &out);
        ds_free(ds);
        if (rc) {
            log_warn("%s the Failed SOP Instance UID List cannot be sent: %s", r->s->tag,
                     dg_strerror(rc));
            buf_reset(&out);
        }
    }
    if (out.len)
        rsp.dataset_type = DIMSE_HAS_DATASET;
    if (status != STATUS_SUCCESS && status != STATUS_CANCEL)
        r->s->failed++;
    log_info("%s %s status 0x%04x (message %u): %u completed, %u failed, %u warnings", r->s->tag,
             dimse_command_name(rsp.command), status, r->rq->message_id, r->completed, r->failed,
             r->warning);
    rc = dimse_send_command(&r->s->dimse, r->ctx_id, &rsp);
    if (rc == 0 && out.len)
        rc = dimse_send_data(&r->s->dimse, r->ctx_id, out.data, out.len, 1);
    buf_free(&out);
    return rc;
}

int subop_refuse(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id, uint16_t status)
{
    struct run r = {0};

    r.s = s;
    r.rq = rq;
    r.ctx_id = ctx_id;
    buf_init(&r.failed_list, 0);
    return final_response(&r, status);
}

int subop_run(struct session *s, const struct dimse_cmd *rq, uint8_t ctx_id,
              const struct subop_request *req, const char *kind, const struct subop_sender *snd,
              void *arg)
{
    struct run r = {0};
    struct index *ix;
    uint16_t status;
    int rc;

    r.s = s;
    r.rq = rq;
    r.ctx_id = ctx_id;
    r.snd = snd;
    r.arg = arg;
    buf_init(&r.failed_list, FAILED_LIST_MAX);
    rc = session_index(s, &ix);
    if (rc == 0)
        rc = objects_count(s->db, s->srv->schema, &req->keys, &r.total, collect_class, &r);
    if (rc) {
        log_warn("%s %s of %s refused (0x%04x): the matches cannot be counted: %s", s->tag, kind,
                 req->what, STATUS_QR_NO_COUNT,
                 rc == DG_ETOOBIG ? "a list of UIDs is too long" : dg_strerror(rc));
        status = STATUS_QR_NO_COUNT;
        rc = 0;
        goto done;
    }
    log_info("%s %s of %s: %ld objects", s->tag, kind, req->what, r.total);
    if (snd->start)
        snd->start(arg, (const char *const *)r.classes, r.nclasses);
    rc = r.total > 0 ? objects_each(s->db, s->srv->schema, &req->keys, one_object, &r) : 0;
    if (r.assoc_rc) {
        /* The requester is gone: no one to answer. */
        if (snd->finish)
            snd->finish(arg, r.completed, r.failed);
        rc = r.assoc_rc;
        goto out;
    }
    status = snd->finish ? snd->finish(arg, r.completed, r.failed) : 0;
    if (r.cancelled) {
        status = STATUS_CANCEL;
    } else if (rc < 0) {
        log_error("%s %s of %s stopped after %u objects: %s", s->tag, kind, req->what, r.done,
                  dg_strerror(rc));
        status = STATUS_CANNOT_UNDERSTAND;
    } else if (r.failed == 0 && r.warning == 0) {
        status = STATUS_SUCCESS;
    } else if (status == 0 || r.failed == 0) {
        status = STATUS_QR_SUBOPERATION_FAILURES;
    }
    rc = 0;
    if (r.not_listed)
        log_warn("%s %u failed SOP instances are not in the response's list (it holds %u bytes)",
                 s->tag, r.not_listed, FAILED_LIST_MAX);
    log_user("%s %s of %s: %u of %ld sent, %u failed, %u with warnings%s (status 0x%04x)", s->tag,
             kind, req->what, r.completed + r.warning, r.total, r.failed, r.warning,
             r.cancelled ? ", cancelled" : "", status);
done:
    rc = final_response(&r, status);
out:
    for (size_t i = 0; i < r.nclasses; i++)
        free(r.classes[i]);
    buf_free(&r.failed_list);
    return rc;
}

int subop_source_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct subop_source *src = arg;

    src->err = retrieve_read(src->o, p, cap, n);
    return src->err;
}

const char *subop_ts_name(const char *uid)
{
    const struct ts *t = ts_find(uid, strlen(uid));

    return t ? t->name : uid;
}

void subop_describe(const struct retrieve_object *o, const char *stored_ts, char *out, size_t len)
{
    if (strcmp(o->ts, stored_ts) == 0)
        snprintf(out, len, "%s", subop_ts_name(o->ts));
    else
        snprintf(out, len, "%s, transcoded from %s%s", subop_ts_name(o->ts),
                 subop_ts_name(stored_ts), o->lossy_applied ? ", lossy" : "");
}
