/* STOW-RS (PS3.18 10.5): POST /dicom-web/studies[/{study}] with a
 * multipart/related body of application/dicom parts (or multipart/form-data
 * from a browser's upload), each a Part-10 file. Each part streams into the
 * ingest core as it arrives: its meta header says what the object is, and
 * the dataset bytes go to ingest_write chunk by chunk, so memory is a few
 * buffers whatever the body's size. Each part is stored or refused on its
 * own; the answer lists both (application/dicom+json). Not the parsing of
 * multipart (multipart.c), nor storing (core/ingest.c). */
#include "web/routes.h"

#include "config/config.h"
#include "core/ingest.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/part10.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "web/json.h"
#include "web/multipart.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The meta header of a part is gathered up to this size; one longer is
 * refused (real ones are a few hundred bytes). */
#define META_MAX (64u * 1024)
/* The answer's two lists, each at most this long (some 200 bytes an
 * instance: tens of thousands of instances). */
#define LIST_MAX (16u << 20)

enum part_state {
    PART_SKIP,    /* not an object (a form field) or already refused */
    PART_META,    /* gathering the preamble and meta header */
    PART_DATASET, /* streaming into the ingest */
};

struct stow {
    struct web_request *r;
    struct multipart *mp;
    struct ingest *g;
    struct index *ix;
    const char *study; /* from the URL, or NULL */
    int form;          /* multipart/form-data */
    enum part_state state;
    struct buf meta;  /* the part's first bytes, until its dataset starts */
    int write_failed; /* ingest_write failed: the rest of the part is dropped */
    char cls[UID_MAX_LEN + 1], inst[UID_MAX_LEN + 1];
    size_t stored, failed;
    struct buf ok, bad; /* JSON items of ReferencedSOPSequence, FailedSOPSequence */
    char who[64], by[160];
};

/* ---- the answer (PS3.18 F, only UIDs, numbers and URLs in it) ---- */

static int add(struct buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

static int add_string(struct buf *b, const char *s)
{
    return json_string(s, strlen(s), b);
}

static int add_attr(struct buf *b, const char *tag, const char *vr, const char *value, int first)
{
    int rc = add(b, first ? "\"" : ",\"");

    if (rc == 0)
        rc = add(b, tag);
    if (rc == 0)
        rc = add(b, "\":{\"vr\":\"");
    if (rc == 0)
        rc = add(b, vr);
    if (rc == 0)
        rc = add(b, "\",\"Value\":[");
    if (rc == 0)
        rc = strcmp(vr, "US") == 0 ? add(b, value) : add_string(b, value);
    return rc ? rc : add(b, "]}");
}

static void instance_url(const struct stow *s, const char *study, const char *series,
                         const char *inst, char *out, size_t cap)
{
    snprintf(out, cap, "%s/dicom-web/studies/%s%s%s%s%s", web_base_url(s->r), study,
             series ? "/series/" : "", series ? series : "", inst ? "/instances/" : "",
             inst ? inst : "");
}

static void note_stored(struct stow *s, const struct ingest_result *res)
{
    char url[1024];
    struct buf *b = &s->ok;
    size_t before = b->len;
    int rc = add(b, b->len ? ",{" : "{");

    instance_url(s, res->study_uid, res->series_uid, s->inst, url, sizeof url);
    if (rc == 0)
        rc = add_attr(b, "00081150", "UI", s->cls, 1);
    if (rc == 0)
        rc = add_attr(b, "00081155", "UI", s->inst, 0);
    if (rc == 0)
        rc = add_attr(b, "00081190", "UR", url, 0);
    if (rc == 0)
        rc = add(b, "}");
    s->stored++;
    if (rc) {
        /* The item that did not fit goes whole: the answer stays JSON. */
        b->len = before;
        log_warn("web: STOW from %s: the answer lists too many instances", web_peer(s->r));
    }
}

/* A refused part; its UIDs when its meta header said them. */
static void note_failed(struct stow *s, int err)
{
    char reason[8];
    struct buf *b = &s->bad;
    size_t before = b->len;
    int first = 1, rc = add(b, b->len ? ",{" : "{");

    /* PS3.18 Table 10.5.3-2: the Failure Reason is the C-STORE status. */
    snprintf(reason, sizeof reason, "%u", ingest_failure_status(web_context(s->r)->ingest, err));
    if (rc == 0 && s->cls[0]) {
        rc = add_attr(b, "00081150", "UI", s->cls, first);
        first = 0;
    }
    if (rc == 0 && s->inst[0]) {
        rc = add_attr(b, "00081155", "UI", s->inst, first);
        first = 0;
    }
    if (rc == 0)
        rc = add_attr(b, "00081197", "US", reason, first);
    if (rc == 0)
        rc = add(b, "}");
    if (rc)
        b->len = before; /* the item that did not fit goes whole */
    s->failed++;
    log_warn("web: STOW from %s by %s: part %zu%s%s refused: %s", web_peer(s->r), web_user(s->r),
             multipart_parts(s->mp), s->inst[0] ? " " : "", s->inst, dg_strerror(err));
    s->state = PART_SKIP;
}

/* ---- the parts ---- */

static int part_begin(void *ctx, const struct multipart *m)
{
    struct stow *s = ctx;
    const char *type = multipart_header(m, "Content-Type");
    const char *disposition = multipart_header(m, "Content-Disposition");
    char media[128] = "";

    s->cls[0] = s->inst[0] = '\0';
    s->write_failed = 0;
    buf_reset(&s->meta);
    s->state = PART_META;
    if (type && multipart_media_type(type, media, sizeof media) != 0)
        media[0] = '\0';
    if (s->form) {
        /* A browser's form: only its file fields are objects; what type
         * the browser guessed for a .dcm file varies. */
        if (!disposition || !strstr(disposition, "filename="))
            s->state = PART_SKIP;
        return 0;
    }
    if (type && strcmp(media, "application/dicom") != 0)
        note_failed(s, DG_ENOTDICOM);
    return 0;
}

/* The meta header is complete once an element of a later group follows it
 * (or the part ends): decode it and start the object. Returns 0 while more
 * is needed (*used = 0), or with *used the bytes of the file before the
 * dataset; else an error refusing the part. */
static int read_meta(struct stow *s, int at_end, size_t *used)
{
    const uint8_t *p = s->meta.data;
    size_t n = s->meta.len, consumed = 0;
    struct enc_opts opts = {.stop_after_group = 0x0002, .partial = 1};
    struct ds *meta;
    char ts[UID_MAX_LEN + 1];
    int rc;

    *used = 0;
    if (n < P10_PREAMBLE_LEN + 4)
        return at_end ? DG_ENOTDICOM : 0;
    if (memcmp(p + P10_PREAMBLE_LEN, "DICM", 4) != 0)
        return DG_ENOTDICOM;
    meta = ds_new();
    if (!meta)
        return -ENOMEM;
    rc = enc_decode(p + P10_PREAMBLE_LEN + 4, n - P10_PREAMBLE_LEN - 4, ts_explicit_le(), &opts,
                    meta, &consumed);
    if (rc == DG_ETRUNC || (rc == 0 && consumed == n - P10_PREAMBLE_LEN - 4 && !at_end)) {
        ds_free(meta);
        return at_end ? DG_ETRUNC : 0; /* the next element, or more of this one */
    }
    if (rc == 0 && (ds_get_string(meta, DICT_TAG(0x0002, 0x0002), s->cls, sizeof s->cls) != 0 ||
                    ds_get_string(meta, DICT_TAG(0x0002, 0x0003), s->inst, sizeof s->inst) != 0 ||
                    ds_get_string(meta, DICT_TAG(0x0002, 0x0010), ts, sizeof ts) != 0))
        rc = DG_EPARSE;
    ds_free(meta);
    if (rc)
        return rc;
    {
        struct ingest_object obj = {.sop_class = s->cls,
                                    .sop_instance = s->inst,
                                    .ts = ts,
                                    .who = s->who,
                                    .study = s->study,
                                    .by = s->by};
        rc = ingest_begin(s->g, &obj);
    }
    if (rc)
        return rc;
    *used = P10_PREAMBLE_LEN + 4 + consumed;
    s->state = PART_DATASET;
    return 0;
}

static int dataset_bytes(struct stow *s, const uint8_t *p, size_t n)
{
    /* After an error ingest_write keeps returning it: the part is
     * refused at its end, the body read on. */
    if (!s->write_failed && ingest_write(s->g, p, n) != 0)
        s->write_failed = 1;
    return 0;
}

static int part_data(void *ctx, const uint8_t *p, size_t n)
{
    struct stow *s = ctx;
    size_t used = 0;
    int rc;

    if (s->state == PART_SKIP)
        return 0;
    if (s->state == PART_DATASET)
        return dataset_bytes(s, p, n);
    /* Gathering the meta header: only as much as it can need. */
    if (s->meta.len + n > META_MAX) {
        size_t take = META_MAX - s->meta.len;
        rc = buf_append(&s->meta, p, take);
        if (rc == 0)
            rc = read_meta(s, 0, &used);
        if (rc == 0 && s->state != PART_DATASET)
            rc = DG_ETOOBIG;
        if (rc) {
            note_failed(s, rc);
            return 0;
        }
        dataset_bytes(s, s->meta.data + used, s->meta.len - used);
        return dataset_bytes(s, p + take, n - take);
    }
    rc = buf_append(&s->meta, p, n);
    if (rc == 0)
        rc = read_meta(s, 0, &used);
    if (rc) {
        note_failed(s, rc);
        return 0;
    }
    if (s->state == PART_DATASET)
        dataset_bytes(s, s->meta.data + used, s->meta.len - used);
    return 0;
}

static int part_end(void *ctx)
{
    struct stow *s = ctx;
    struct ingest_result res;
    size_t used;
    int rc;

    if (s->state == PART_META) {
        rc = read_meta(s, 1, &used);
        if (rc) {
            note_failed(s, rc);
            return 0;
        }
        dataset_bytes(s, s->meta.data + used, s->meta.len - used);
    }
    if (s->state != PART_DATASET)
        return 0;
    rc = ingest_finish(s->g, s->ix, &res);
    if (rc)
        note_failed(s, rc);
    else
        note_stored(s, &res);
    s->state = PART_SKIP;
    return 0;
}

static const struct multipart_handler parts = {part_begin, part_data, part_end};

/* ---- the request ---- */

static void stow_free(void *p)
{
    struct stow *s = p;

    if (!s)
        return;
    multipart_free(s->mp);
    ingest_free(s->g); /* an unfinished object is dropped */
    buf_free(&s->meta);
    buf_free(&s->ok);
    buf_free(&s->bad);
    free(s);
}

/* The first chunk: the request's type, the ingest, the index. */
static int stow_start(struct web_request *r, struct stow **out)
{
    const char *ct = web_header(r, "Content-Type");
    const char *study = web_param(r, "study");
    char boundary[MULTIPART_BOUNDARY_MAX + 1], media[64], type[128];
    struct stow *s;
    int rc;

    *out = NULL;
    if (study && uid_check_str(study, UID_LENIENT) != 0)
        return DG_EUID;
    if (!ct)
        return DG_EUNSUPPORTED;
    rc = multipart_boundary(ct, boundary, sizeof boundary);
    if (rc)
        return rc;
    rc = multipart_media_type(ct, media, sizeof media);
    if (rc == 0 && strcmp(media, "multipart/related") == 0) {
        /* Only Part-10 instances: not the metadata-and-bulk-data form. */
        rc = multipart_param(ct, "type", type, sizeof type);
        if (rc == 0 && strcasecmp(type, "application/dicom") != 0)
            return DG_EUNSUPPORTED;
        rc = rc == DG_ENOTFOUND ? 0 : rc;
    }
    if (rc)
        return rc;
    s = calloc(1, sizeof *s);
    if (!s)
        return -ENOMEM;
    s->r = r;
    s->study = study;
    s->form = strcmp(media, "multipart/form-data") == 0;
    buf_init(&s->meta, META_MAX);
    buf_init(&s->ok, LIST_MAX);
    buf_init(&s->bad, LIST_MAX);
    snprintf(s->who, sizeof s->who, "[STOW %s]", web_peer(r));
    snprintf(s->by, sizeof s->by, "by %s via STOW", web_user(r));
    web_set_state(r, s, stow_free);
    rc = multipart_new(boundary, &parts, s, &s->mp);
    if (rc == 0)
        rc = ingest_new(web_context(r)->ingest, &s->g);
    if (rc == 0)
        rc = web_index(r, &s->ix);
    if (rc)
        return rc;
    *out = s;
    return 0;
}

static int stow_body(struct web_request *r, const uint8_t *p, size_t n)
{
    struct stow *s = web_state(r);
    int rc;

    if (!s) {
        rc = stow_start(r, &s);
        if (rc)
            return rc;
    }
    return multipart_feed(s->mp, p, n);
}

static int stow_handle(struct web_request *r)
{
    struct stow *s = web_state(r);
    struct buf out;
    char url[1024];
    unsigned status;
    int rc;

    if (!s) /* no body at all */
        return web_respond_error(r, 400, "a STOW-RS request needs a multipart body");
    rc = multipart_finish(s->mp);
    if (rc)
        return web_respond_error(r, 400, "the multipart body is malformed: %s%s", dg_strerror(rc),
                                 s->stored ? " (the parts before were stored)" : "");
    if (s->stored + s->failed == 0)
        return web_respond_error(r, 400, "the body holds no DICOM part");
    status = s->failed == 0 ? 200 : s->stored ? 202 : 409;
    buf_init(&out, 2 * LIST_MAX + 4096);
    rc = add(&out, "{");
    if (rc == 0 && s->study) {
        instance_url(s, s->study, NULL, NULL, url, sizeof url);
        rc = add_attr(&out, "00081190", "UR", url, 1);
        if (rc == 0)
            rc = add(&out, ",");
    }
    if (rc == 0)
        rc = add(&out, "\"00081198\":{\"vr\":\"SQ\",\"Value\":[");
    if (rc == 0)
        rc = buf_append(&out, s->bad.data, s->bad.len);
    if (rc == 0)
        rc = add(&out, "]},\"00081199\":{\"vr\":\"SQ\",\"Value\":[");
    if (rc == 0)
        rc = buf_append(&out, s->ok.data, s->ok.len);
    if (rc == 0)
        rc = add(&out, "]}}");
    if (rc == 0)
        rc = web_respond(r, status, "application/dicom+json", out.data, out.len);
    buf_free(&out);
    return rc;
}

const struct web_route web_stow_routes[] = {
    {"POST", "/dicom-web/studies", WEB_ROLE_UPLOAD, stow_handle, stow_body},
    {"POST", "/dicom-web/studies/{study}", WEB_ROLE_UPLOAD, stow_handle, stow_body},
    {NULL, NULL, 0, NULL, NULL},
};
