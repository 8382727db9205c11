/* Stored images for the rendering endpoints; see image.h. */
#include "web/image.h"
#include "core/ingest.h"
#include "core/query.h"
#include "core/retrieve.h"
#include "db/objects.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"
#include "web/accept.h"
#include "web/web.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The instances of one study a thumbnail chooses among. */
#define REPRESENTATIVE_MAX 100000

static int check_uid(const char *uid)
{
    return uid == NULL || uid_check_str(uid, UID_LENIENT) == 0 ? 0 : DG_EUID;
}

static int take_row(void *ctx, const struct objects_row *row)
{
    struct web_image *out = ctx;
    if (str_copy(out->device, row->device, sizeof out->device) >= sizeof out->device ||
        str_copy(out->file, row->object_file, sizeof out->file) >= sizeof out->file)
        return DG_ETOOBIG;
    str_copy(out->sop_instance, row->sop_instance, sizeof out->sop_instance);
    return 1; /* the first is the one: a SOP Instance UID names one object */
}

int web_image_find(struct web_request *r, const char *study, const char *series, const char *sop,
                   struct web_image *out)
{
    int rc = check_uid(study);
    if (rc == 0)
        rc = check_uid(series);
    if (rc == 0)
        rc = sop ? check_uid(sop) : DG_EUID;
    if (rc != 0)
        return rc;
    struct db *db;
    rc = web_db(r, &db);
    if (rc != 0)
        return rc;
    struct objects_keys k = {0};
    k.study = &study;
    k.nstudy = study ? 1 : 0;
    k.series = &series;
    k.nseries = series ? 1 : 0;
    k.sop = &sop;
    k.nsop = 1;
    memset(out, 0, sizeof *out);
    rc = objects_each(db, web_context(r)->schema, &k, take_row, out);
    if (rc == 1)
        return 0;
    return rc == 0 ? DG_ENOTFOUND : rc;
}

struct candidate {
    long series_number, instance_number; /* LONG_MAX when absent */
    char series[UID_MAX_LEN + 1];
    char sop[UID_MAX_LEN + 1];
};

struct candidates {
    struct candidate *v;
    size_t n, cap;
};

static long number_or_last(const struct ds *ds, uint32_t tag)
{
    long v;
    return ds_get_long(ds, tag, 0, &v) == 0 ? v : LONG_MAX;
}

static int take_candidate(void *ctx, const struct ds *rsp)
{
    struct candidates *c = ctx;
    if (c->n == REPRESENTATIVE_MAX)
        return DG_ETOOBIG;
    struct candidate *v = buf_grow_array(c->v, &c->cap, c->n, sizeof *v, 64);
    if (!v)
        return -ENOMEM;
    c->v = v;
    struct candidate *e = &c->v[c->n];
    if (ds_get_string(rsp, DICT_TAG(0x0008, 0x0018), e->sop, sizeof e->sop) != 0 ||
        ds_get_string(rsp, DICT_TAG(0x0020, 0x000E), e->series, sizeof e->series) != 0)
        return 0; /* a row without its UIDs cannot be retrieved */
    e->series_number = number_or_last(rsp, DICT_TAG(0x0020, 0x0011));
    e->instance_number = number_or_last(rsp, DICT_TAG(0x0020, 0x0013));
    c->n++;
    return 0;
}

static int cmp_long(long a, long b)
{
    return a < b ? -1 : a > b;
}

/* By series (number, then UID), then instance number, then UID. */
static int candidate_order(const void *pa, const void *pb)
{
    const struct candidate *a = pa, *b = pb;
    int c = cmp_long(a->series_number, b->series_number);
    if (c == 0)
        c = strcmp(a->series, b->series);
    if (c == 0)
        c = cmp_long(a->instance_number, b->instance_number);
    return c != 0 ? c : strcmp(a->sop, b->sop);
}

/* The instances of the study (or series) with the numbers that order them,
 * from an IMAGE level query of the index. */
static int list_instances(struct web_request *r, const char *study, const char *series,
                          struct candidates *c)
{
    struct db *db;
    int rc = web_db(r, &db);
    if (rc != 0)
        return rc;
    struct ds *id = ds_new();
    if (!id)
        return -ENOMEM;
    rc = ds_set_string(id, DICT_TAG(0x0020, 0x000D), VR_UI, study);
    if (rc == 0)
        rc = ds_set_string(id, DICT_TAG(0x0020, 0x000E), VR_UI, series ? series : "");
    if (rc == 0)
        rc = ds_set_string(id, DICT_TAG(0x0020, 0x0011), VR_IS, "");
    if (rc == 0)
        rc = ds_set_string(id, DICT_TAG(0x0008, 0x0018), VR_UI, "");
    if (rc == 0)
        rc = ds_set_string(id, DICT_TAG(0x0020, 0x0013), VR_IS, "");
    struct qr_query *q = NULL;
    if (rc == 0)
        rc = qr_plan(web_context(r)->schema, id, SCHEMA_IMAGE, "", &q);
    ds_free(id);
    if (rc != 0)
        return rc;
    struct qr_sink sink = {take_candidate, NULL, c};
    rc = qr_run(q, db, &sink, NULL);
    qr_free(q);
    return rc;
}

int web_image_representative(struct web_request *r, const char *study, const char *series,
                             struct web_image *out)
{
    int rc = study ? check_uid(study) : DG_EUID;
    if (rc == 0)
        rc = check_uid(series);
    if (rc != 0)
        return rc;
    struct candidates c = {0};
    rc = list_instances(r, study, series, &c);
    if (rc == 0 && c.n == 0)
        rc = DG_ENOTFOUND;
    if (rc == 0) {
        qsort(c.v, c.n, sizeof *c.v, candidate_order);
        /* The first series in order, and the middle of its instances. */
        size_t end = 1;
        while (end < c.n && strcmp(c.v[end].series, c.v[0].series) == 0)
            end++;
        const struct candidate *pick = &c.v[(end - 1) / 2];
        rc = web_image_find(r, study, pick->series, pick->sop, out);
    }
    free(c.v);
    return rc;
}

/* A rendered image on its way to the client. */
struct rendered {
    struct buf b;
    size_t sent;
};

static ssize_t read_rendered(void *ctx, uint8_t *p, size_t cap)
{
    struct rendered *out = ctx;
    size_t n = out->b.len - out->sent;
    n = n < cap ? n : cap;
    memcpy(p, out->b.data + out->sent, n);
    out->sent += n;
    return (ssize_t)n;
}

static void free_rendered(void *ctx)
{
    struct rendered *out = ctx;
    buf_free(&out->b);
    free(out);
}

int web_image_render(const struct web_ctx *ctx, const char *device, const char *file,
                     const struct render_params *p, struct buf *out)
{
    struct retrieve_object o;
    int rc = retrieve_open(ctx->ingest->archive, ctx->cfg, device, file, &o);
    if (rc != 0)
        return rc == -ENOENT ? DG_ENOTFOUND : rc;
    rc = render_dataset(o.ts, retrieve_read, &o, p, out);
    retrieve_close(&o);
    return rc;
}

int web_image_respond(struct web_request *r, const struct web_image *im,
                      const struct render_params *p)
{
    struct rendered *out = calloc(1, sizeof *out);
    if (!out)
        return -ENOMEM;
    buf_init(&out->b, WEB_IMAGE_RENDERED_MAX);
    int rc = web_image_render(web_context(r), im->device, im->file, p, &out->b);
    if (rc != 0) {
        free_rendered(out);
        return rc;
    }
    /* Sent from the buffer as the client reads it, not copied again. */
    const char *type = p->format == RENDER_PNG ? "image/png" : "image/jpeg";
    return web_respond_stream(r, 200, type, (long long)out->b.len, read_rendered, out,
                              free_rendered);
}

static int take_ref(void *ctx, const struct objects_row *row)
{
    struct web_image_list *l = ctx;
    if (l->n == WEB_IMAGE_LIST_MAX)
        return DG_ETOOBIG;
    struct web_image_ref *v = buf_grow_array(l->v, &l->cap, l->n, sizeof *v, 64);
    if (!v)
        return -ENOMEM;
    l->v = v;
    v[l->n].device = strdup(row->device);
    v[l->n].file = strdup(row->object_file);
    l->n++;
    return v[l->n - 1].device && v[l->n - 1].file ? 0 : -ENOMEM;
}

int web_image_list(struct web_request *r, const char *study, const char *series,
                   struct web_image_list *out)
{
    memset(out, 0, sizeof *out);
    int rc = study ? check_uid(study) : DG_EUID;
    if (rc == 0)
        rc = check_uid(series);
    struct db *db;
    if (rc == 0)
        rc = web_db(r, &db);
    if (rc != 0)
        return rc;
    struct objects_keys k = {0};
    k.study = &study;
    k.nstudy = 1;
    k.series = &series;
    k.nseries = series ? 1 : 0;
    rc = objects_each(db, web_context(r)->schema, &k, take_ref, out);
    if (rc == 0 && out->n == 0)
        rc = DG_ENOTFOUND;
    if (rc != 0)
        web_image_list_free(out);
    return rc;
}

void web_image_list_free(struct web_image_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].device);
        free(l->v[i].file);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

int web_image_refuse(struct web_refusal *no, unsigned status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    no->status = status;
    vsnprintf(no->reason, sizeof no->reason, fmt, ap);
    va_end(ap);
    return -1;
}

int web_image_parse_double(const char *s, double *out)
{
    char *end;
    if (*s == '\0')
        return DG_EPARSE;
    *out = strtod(s, &end);
    return *end == '\0' && isfinite(*out) ? 0 : DG_EPARSE;
}

enum web_image_type web_image_media_type(const char *list)
{
    static const struct {
        const char *range;
        enum web_image_type type;
    } known[] = {
        {"application/dicom", WEB_IMAGE_DICOM},
        {"image/jpeg", WEB_IMAGE_JPEG},
        {"image/png", WEB_IMAGE_PNG},
        {"image/*", WEB_IMAGE_JPEG},
        {"*/*", WEB_IMAGE_JPEG},
    };
    const char *cursor = list;
    struct accept_range range;
    while (accept_next(&cursor, &range))
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (accept_media_is(&range, known[i].range))
                return known[i].type;
    return WEB_IMAGE_NONE;
}
