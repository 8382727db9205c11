/* WADO-RS frames: GET .../instances/{instance}/frames/{frames}, the listed
 * frames (1-based, comma-separated, in the order asked) of one instance as
 * multipart/related parts: native little-endian pixels
 * (application/octet-stream) or one compressed frame each (image/jls,
 * image/jpeg, image/jp2, image/jphc, image/dicom-rle) as the Accept header
 * asks (a type, a transfer-syntax, or * for the stored form). The object is
 * transcoded where the stored syntax is not the one asked
 * (retrieve_transcode: an anonymous file, one frame in memory at a time),
 * then read once from its start; only the asked frames are kept, at most
 * FRAMES_MAX_BYTES of them. */
#include "core/ingest.h"
#include "core/retrieve.h"
#include "core/transcode.h"
#include "db/objects.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/log.h"
#include "web/accept.h"
#include "web/routes.h"
#include "web/wado.h"
#include "web/web.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define FRAMES_MAX_COUNT 1024
#define FRAMES_MAX_BYTES (256u << 20)
#define HEADER_MAX (16u << 20)

/* Each media type of frames and the syntax it means without a
 * transfer-syntax parameter (PS3.18 Table 8.7.3-5). */
static const struct {
    const char *type;
    const char *ts;
    const char *prefix; /* the syntaxes of this type: UIDs starting so */
} media[] = {
    {"application/octet-stream", TS_EXPLICIT_LE, NULL},
    {"image/jpeg", TS_JPEG_BASELINE, "1.2.840.10008.1.2.4.5|1.2.840.10008.1.2.4.70"},
    {"image/jls", TS_JPEG_LS_LOSSLESS, "1.2.840.10008.1.2.4.8"},
    {"image/jp2", TS_JPEG2000_LOSSLESS, "1.2.840.10008.1.2.4.9"},
    {"image/jphc", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.20"},
    {"image/dicom-rle", TS_RLE, TS_RLE},
};
#define NMEDIA (sizeof media / sizeof media[0])

/* The media type of frames in syntax ts, or NULL. */
static const char *media_of(const char *ts)
{
    const struct ts *t = ts_find(ts, strlen(ts));

    if (t && !t->encapsulated)
        return t->deflated || t->big_endian ? NULL : media[0].type;
    for (size_t i = 1; i < NMEDIA; i++) {
        const char *p = media[i].prefix;
        while (p) {
            const char *bar = strchr(p, '|');
            size_t n = bar ? (size_t)(bar - p) : strlen(p);
            if (strncmp(ts, p, n) == 0)
                return media[i].type;
            p = bar ? bar + 1 : NULL;
        }
    }
    return NULL;
}

/* The syntax the frames go out in, for an object stored in `stored`: 0
 * with ts set, or DG_EUNSUPPORTED (406). */
static int negotiate(const char *accept, const char *stored, char *ts, size_t tslen)
{
    struct accept_range r;

    if (!accept || !*accept)
        accept = "*/*";
    while (accept_next(&accept, &r)) {
        char type[64] = "application/octet-stream", syntax[UID_MAX_LEN + 2] = "";
        size_t m;
        if (accept_media_is(&r, "multipart/related")) {
            accept_param(&r, "type", type, sizeof type);
        } else if (!accept_media_is(&r, "*/*")) {
            snprintf(type, sizeof type, "%.*s", (int)strcspn(r.p, "; "), r.p);
        }
        for (m = 0; m < NMEDIA && strcasecmp(type, media[m].type) != 0; m++)
            ;
        if (m == NMEDIA)
            continue;
        if (!accept_param(&r, "transfer-syntax", syntax, sizeof syntax))
            snprintf(syntax, sizeof syntax, "%s", media[m].ts);
        if (strcmp(syntax, "*") == 0)
            snprintf(syntax, sizeof syntax, "%s", stored);
        const char *of = media_of(syntax);
        if (!of || strcasecmp(of, media[m].type) != 0)
            continue;
        if (strcmp(syntax, stored) == 0 || transcode_possible(stored, syntax)) {
            snprintf(ts, tslen, "%s", syntax);
            return 0;
        }
    }
    return DG_EUNSUPPORTED;
}

/* The frame numbers of the path: 1-based, comma-separated. */
static int parse_list(const char *s, long *v, size_t *n)
{
    *n = 0;
    while (*s) {
        char *end;
        long f;
        if (*s < '0' || *s > '9' || *n == FRAMES_MAX_COUNT)
            return DG_EPARSE;
        f = strtol(s, &end, 10);
        if (f < 1 || f > 0x7FFFFFFF || (*end && *end != ','))
            return DG_EPARSE;
        v[(*n)++] = f;
        s = *end ? end + 1 : end;
        if (*end && !*s)
            return DG_EPARSE;
    }
    return *n ? 0 : DG_EPARSE;
}

struct found {
    char device[32], file[512];
    int n;
};

static int found_row(void *ctx, const struct objects_row *row)
{
    struct found *f = ctx;
    snprintf(f->device, sizeof f->device, "%s", row->device);
    snprintf(f->file, sizeof f->file, "%s", row->object_file);
    f->n++;
    return 0;
}

/* One part per frame asked, each the bytes of its frame. */
static int answer(struct web_request *r, const char *type, const char *ts, const long *list,
                  size_t n, const struct buf *bytes)
{
    char boundary[40], h[256];
    struct buf out;
    int rc = wado_boundary(boundary, sizeof boundary);

    buf_init(&out, FRAMES_MAX_BYTES + 64u * 1024);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        size_t k;
        for (k = 0; k < i && list[k] != list[i]; k++)
            ; /* a repeated frame: the bytes of its first mention */
        snprintf(h, sizeof h, "--%s\r\nContent-Type: %s; transfer-syntax=%s\r\n\r\n", boundary,
                 type, ts);
        rc = buf_append(&out, h, strlen(h));
        if (rc == 0)
            rc = buf_append(&out, bytes[k].data, bytes[k].len);
        if (rc == 0)
            rc = buf_append(&out, "\r\n", 2);
    }
    snprintf(h, sizeof h, "--%s--\r\n", boundary);
    if (rc == 0)
        rc = buf_append(&out, h, strlen(h));
    if (rc == 0) {
        char ctype[160];
        snprintf(ctype, sizeof ctype, "multipart/related; type=\"%s\"; boundary=%s", type,
                 boundary);
        rc = web_respond(r, 200, ctype, out.data, out.len);
    }
    buf_free(&out);
    return rc;
}

/* Every frame in one part (a Pixel Data's bulk data), streamed a frame at
 * a time: the opening of the part, the frames, the closing. */
struct whole {
    struct retrieve_object o;
    struct transcode_frames *fr;
    uint32_t next, count;
    const uint8_t *p;
    size_t left;
    char head[256], tail[64];
    size_t head_left, tail_left;
};

static void whole_free(void *arg)
{
    struct whole *w = arg;
    transcode_frames_close(w->fr);
    retrieve_close(&w->o);
    free(w);
}

static ssize_t whole_read(void *arg, uint8_t *p, size_t cap)
{
    struct whole *w = arg;
    size_t n;

    if (w->head_left) {
        n = w->head_left < cap ? w->head_left : cap;
        memcpy(p, w->head + strlen(w->head) - w->head_left, n);
        w->head_left -= n;
        return (ssize_t)n;
    }
    while (w->left == 0 && w->next < w->count) {
        int rc = transcode_frames_read(w->fr, w->next, &w->p, &w->left);
        if (rc) {
            log_warn("WADO-RS: frame %u of %s cut off: %s", w->next + 1, w->o.sop_instance,
                     dg_strerror(rc));
            return -1;
        }
        w->next++;
    }
    if (w->left) {
        n = w->left < cap ? w->left : cap;
        memcpy(p, w->p, n);
        w->p += n;
        w->left -= n;
        return (ssize_t)n;
    }
    n = w->tail_left < cap ? w->tail_left : cap;
    memcpy(p, w->tail + strlen(w->tail) - w->tail_left, n);
    w->tail_left -= n;
    return (ssize_t)n;
}

/* The instance the path names, opened: 0, or an error answered (*answered). */
static int open_instance(struct web_request *r, const char *const uid[3], struct retrieve_object *o,
                         int *answered)
{
    const struct web_ctx *ctx = web_context(r);
    struct objects_keys k = {
        .study = &uid[0], .nstudy = 1, .series = &uid[1], .nseries = 1, .sop = &uid[2], .nsop = 1};
    struct found f = {0};
    struct db *db;
    int rc;

    *answered = 1;
    for (int i = 0; i < 3; i++)
        if (uid_check_str(uid[i], UID_LENIENT) != 0)
            return web_respond_error(r, 400, "not a UID: %.64s", uid[i]);
    rc = web_db(r, &db);
    if (rc == 0)
        rc = objects_each(db, ctx->schema, &k, found_row, &f);
    if (rc == 0 && f.n == 0)
        return web_respond_error(r, 404, "no such instance");
    *answered = 0;
    return rc ? rc : retrieve_open(ctx->ingest->archive, ctx->cfg, f.device, f.file, o);
}

/* The frames of `list` (NULL: every frame, in one part) of the instance. */
static int send_frames(struct web_request *r, const long *list, size_t nlist)
{
    const struct web_ctx *ctx = web_context(r);
    const char *const uid[3] = {web_param(r, "study"), web_param(r, "series"),
                                web_param(r, "instance")};
    struct buf bytes[FRAMES_MAX_COUNT];
    struct whole *w = calloc(1, sizeof *w);
    char ts[UID_MAX_LEN + 1];
    uint32_t count = 0;
    size_t total = 0;
    int answered = 0, rc = w ? open_instance(r, uid, &w->o, &answered) : -ENOMEM;

    if (rc || answered) {
        free(w);
        return rc;
    }
    if (negotiate(web_header(r, "Accept"), w->o.ts, ts, sizeof ts) != 0) {
        rc = web_respond_error(
            r, 406, "these frames cannot be given in a type asked (stored as %s)", w->o.ts);
        whole_free(w);
        return rc;
    }
    /* Native little endian is native little endian, implicit or explicit. */
    if (strcmp(ts, w->o.ts) != 0 &&
        !(strcmp(ts, TS_EXPLICIT_LE) == 0 && strcmp(w->o.ts, TS_IMPLICIT_LE) == 0))
        rc = retrieve_transcode(&w->o, ctx->cfg, ts, NULL);
    if (rc == 0)
        rc = transcode_frames_open(w->o.ts, retrieve_read, &w->o, &w->fr);
    if (rc == 0)
        count = transcode_frames_count(w->fr);
    for (size_t i = 0; rc == 0 && i < nlist; i++)
        if (list[i] > (long)count)
            rc = DG_ENOTFOUND;
    if (rc == 0 && !list) {
        char boundary[40], ctype[160];
        rc = wado_boundary(boundary, sizeof boundary);
        snprintf(w->head, sizeof w->head, "--%s\r\nContent-Type: %s; transfer-syntax=%s\r\n\r\n",
                 boundary, media_of(ts), ts);
        snprintf(w->tail, sizeof w->tail, "\r\n--%s--\r\n", boundary);
        snprintf(ctype, sizeof ctype, "multipart/related; type=\"%s\"; boundary=%s", media_of(ts),
                 boundary);
        w->head_left = strlen(w->head);
        w->tail_left = strlen(w->tail);
        w->count = count;
        if (rc == 0)
            return web_respond_stream(r, 200, ctype, -1, whole_read, w, whole_free);
    }
    /* The frames asked, kept as the walk passes them (it goes one way;
     * the answer is in the order asked). */
    for (size_t i = 0; i < nlist; i++)
        buf_init(&bytes[i], FRAMES_MAX_BYTES);
    for (uint32_t k = 0; rc == 0 && k < count; k++) {
        const uint8_t *p;
        size_t n, first = nlist, mentions = 0;
        for (size_t i = 0; i < nlist; i++)
            if (list[i] - 1 == (long)k) {
                first = first == nlist ? i : first;
                mentions++;
            }
        if (first == nlist)
            continue;
        rc = transcode_frames_read(w->fr, k, &p, &n);
        /* A frame asked twice goes out twice. */
        if (rc == 0 && n > (FRAMES_MAX_BYTES - total) / mentions)
            rc = DG_ETOOBIG;
        if (rc == 0) {
            total += n * mentions;
            rc = buf_append(&bytes[first], p, n);
        }
    }
    if (rc == DG_ENOTFOUND)
        rc = web_respond_error(r, 404, "no such frame in %s (%u frames)", uid[2], count);
    else if (rc == DG_ETOOBIG)
        rc = web_respond_error(r, 413, "the frames asked are over %u bytes", FRAMES_MAX_BYTES);
    else if (rc == DG_EUNSUPPORTED)
        rc = web_respond_error(
            r, 406, "the frames cannot be given in the syntax asked (stored as %s)", w->o.ts);
    else if (rc == DG_EPARSE || rc == DG_ETRUNC || rc == DG_EMISMATCH)
        rc = web_respond_error(r, 500, "the stored pixel data of %s cannot be read: %s", uid[2],
                               dg_strerror(rc));
    else if (rc == 0)
        rc = answer(r, media_of(ts), ts, list, nlist, bytes);
    for (size_t i = 0; i < nlist; i++)
        buf_free(&bytes[i]);
    whole_free(w);
    return rc;
}

static int frames(struct web_request *r)
{
    long list[FRAMES_MAX_COUNT];
    size_t n;

    if (parse_list(web_param(r, "frames"), list, &n) != 0)
        return web_respond_error(r, 400, "frames are 1-based numbers, comma-separated (at most %d)",
                                 FRAMES_MAX_COUNT);
    return send_frames(r, list, n);
}

/* Bulk data: GET .../instances/{instance}/bulkdata/GGGGEEEE[/ITEM/GGGGEEEE...], the
 * BulkDataURIs json.c writes: one part, application/octet-stream, the
 * value as stored (little endian). Pixel Data: every frame, natively or as
 * the Accept header asks, in one part. */
static int bulkdata(struct web_request *r)
{
    const char *const uid[3] = {web_param(r, "study"), web_param(r, "series"),
                                web_param(r, "instance")};
    const char *path = web_param(r, "*");
    struct retrieve_object o = {0};
    const struct ds_elem *e = NULL;
    struct ds *ds;
    struct buf raw;
    int answered, rc;

    if (!path || strcmp(path, "7FE00010") == 0 || strcmp(path, "7fe00010") == 0)
        return send_frames(r, NULL, 0);
    rc = open_instance(r, uid, &o, &answered);
    if (rc || answered)
        return rc;
    buf_init(&raw, HEADER_MAX);
    ds = ds_new();
    rc = ds ? retrieve_header(&o, &raw, ds, NULL) : -ENOMEM;
    retrieve_close(&o);
    /* The path, one tag and one item number at a time. */
    const struct ds *in = ds;
    for (const char *p = path; rc == 0 && in && *p;) {
        char *end;
        unsigned long tag = strtoul(p, &end, 16);
        if (end - p != 8 || (*end && *end != '/')) {
            rc = DG_EPARSE;
            break;
        }
        e = ds_find(in, (uint32_t)tag);
        in = NULL;
        p = *end ? end + 1 : end;
        if (!e || !*p)
            break;
        unsigned long item = strtoul(p, &end, 10);
        if (end == p || *end != '/' || e->vr != VR_SQ || item >= e->nitems) {
            e = NULL;
            break;
        }
        in = e->items[item];
        p = end + 1;
    }
    /* Only the values json.c may give by reference: bytes. */
    if (rc == DG_EPARSE || (rc == 0 && (!e || !ds_vr_is_bytes((enum vr)e->vr) || in)))
        rc = web_respond_error(r, rc ? 400 : 404, "no bulk data at %.200s", path);
    else if (rc == 0) {
        char boundary[40], head[160], tail[64], ctype[160];
        struct buf out;
        buf_init(&out, (size_t)e->len + 512);
        rc = wado_boundary(boundary, sizeof boundary);
        snprintf(head, sizeof head, "--%s\r\nContent-Type: application/octet-stream\r\n\r\n",
                 boundary);
        snprintf(tail, sizeof tail, "\r\n--%s--\r\n", boundary);
        snprintf(ctype, sizeof ctype,
                 "multipart/related; type=\"application/octet-stream\"; boundary=%s", boundary);
        if (rc == 0)
            rc = buf_append(&out, head, strlen(head));
        if (rc == 0)
            rc = buf_append(&out, e->value, e->len);
        if (rc == 0)
            rc = buf_append(&out, tail, strlen(tail));
        if (rc == 0)
            rc = web_respond(r, 200, ctype, out.data, out.len);
        buf_free(&out);
    }
    ds_free(ds);
    buf_free(&raw);
    return rc;
}

const struct web_route web_frames_routes[] = {
    {"GET", "/dicom-web/studies/{study}/series/{series}/instances/{instance}/frames/{frames}",
     WEB_ROLE_READ, frames, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/instances/{instance}/bulkdata/{*}",
     WEB_ROLE_READ, bulkdata, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
