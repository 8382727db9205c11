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

/* The bytes after the header: what the header read kept, then the object. */
struct cursor {
    struct retrieve_object *o;
    const struct buf *raw;
    size_t pos; /* in raw while below raw->len */
};

/* n bytes into p (NULL: skipped). DG_ETRUNC at the end of the object. */
static int take(struct cursor *c, uint8_t *p, size_t n)
{
    while (n > 0) {
        size_t got;
        if (c->pos < c->raw->len) {
            got = c->raw->len - c->pos < n ? c->raw->len - c->pos : n;
            if (p)
                memcpy(p, c->raw->data + c->pos, got);
            c->pos += got;
        } else {
            uint8_t tmp[64 * 1024];
            int rc = retrieve_read(c->o, p ? p : tmp, p || n < sizeof tmp ? n : sizeof tmp, &got);
            if (rc)
                return rc;
            if (got == 0)
                return DG_ETRUNC;
        }
        if (p)
            p += got;
        n -= got;
    }
    return 0;
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

struct wanted {
    const long *frame; /* asked, 1-based */
    size_t n;
    struct buf *bytes; /* one per asked frame; a repeat is filled once */
    size_t total;      /* bytes kept, at most FRAMES_MAX_BYTES */
};

/* Append p to every first mention of frame f (0-based). */
static int keep(struct wanted *w, long f, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < w->n; i++) {
        if (w->frame[i] - 1 != f)
            continue;
        if (n > FRAMES_MAX_BYTES - w->total)
            return DG_ETOOBIG;
        w->total += n;
        return buf_append(&w->bytes[i], p, n);
    }
    return 0;
}

static int native_frames(struct cursor *c, uint64_t len, uint64_t frame_size, struct wanted *w)
{
    uint64_t at = 0, last = 0;
    uint8_t *tmp = malloc(64 * 1024);
    int rc = tmp ? 0 : -ENOMEM;

    for (size_t i = 0; i < w->n; i++)
        if ((uint64_t)w->frame[i] > last)
            last = (uint64_t)w->frame[i];
    if (len > last * frame_size)
        len = last * frame_size; /* nothing after the last frame asked is read */
    /* One pass from the start: each asked frame's bytes are kept. */
    while (rc == 0 && at < len) {
        size_t n = len - at < 64 * 1024 ? (size_t)(len - at) : 64 * 1024;
        uint64_t f = at / frame_size, end = (f + 1) * frame_size;
        if (at + n > end)
            n = (size_t)(end - at);
        rc = take(c, tmp, n);
        if (rc == 0)
            rc = keep(w, (long)f, tmp, n);
        at += n;
    }
    free(tmp);
    return rc;
}

/* Fragments: with an offset table, a frame is the fragments from its
 * offset; without one, one fragment per frame, or every fragment for a
 * single frame. */
static int encapsulated_frames(struct cursor *c, long nframes, struct wanted *w)
{
    uint8_t h[8];
    uint32_t *bot = NULL;
    size_t nbot = 0;
    uint64_t off = 0;
    long fragment = -1, frame = 0;
    int rc = 0;

    for (;;) {
        rc = take(c, h, 8);
        if (rc)
            break;
        uint32_t tag = (uint32_t)(h[0] | h[1] << 8) << 16 | (uint32_t)(h[2] | h[3] << 8);
        uint32_t n = le32(h + 4);
        if (tag == DICT_TAG(0xFFFE, 0xE0DD))
            break;
        if (tag != DICT_TAG(0xFFFE, 0xE000) || n == 0xFFFFFFFFu) {
            rc = DG_EPARSE;
            break;
        }
        if (fragment++ < 0) { /* the Basic Offset Table */
            if (n > 4u * (uint32_t)nframes + 4) {
                rc = DG_EPARSE;
                break;
            }
            nbot = n / 4;
            bot = nbot ? malloc(n) : NULL;
            if (nbot && !bot)
                rc = -ENOMEM;
            else
                rc = take(c, nbot ? (uint8_t *)bot : NULL, n);
            if (rc)
                break;
            continue;
        }
        if (nbot)
            while ((size_t)frame + 1 < nbot && le32((uint8_t *)&bot[frame + 1]) <= off)
                frame++;
        else
            frame = nframes == 1 ? 0 : fragment - 1; /* fragment 1 is frame 0 */
        int asked = 0;
        for (size_t i = 0; i < w->n; i++)
            asked |= w->frame[i] - 1 == frame;
        if (asked) {
            uint8_t *p = malloc(n ? n : 1);
            rc = p ? take(c, p, n) : -ENOMEM;
            if (rc == 0)
                rc = keep(w, frame, p, n);
            free(p);
        } else {
            rc = take(c, NULL, n);
        }
        off += 8 + (uint64_t)n;
        if (rc)
            break;
    }
    free(bot);
    return rc;
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

/* One part per frame asked, or (whole) one part of every frame: a Pixel
 * Data's bulk data. */
static int answer(struct web_request *r, const char *type, const char *ts, struct wanted *w,
                  int whole)
{
    char boundary[40], h[256];
    struct buf out;
    int rc = wado_boundary(boundary, sizeof boundary);

    buf_init(&out, FRAMES_MAX_BYTES + 64u * 1024);
    for (size_t i = 0; rc == 0 && i < w->n; i++) {
        size_t k;
        for (k = 0; k < i && w->frame[k] != w->frame[i]; k++)
            ; /* a repeated frame: the bytes of its first mention */
        snprintf(h, sizeof h, "--%s\r\nContent-Type: %s; transfer-syntax=%s\r\n\r\n", boundary,
                 type, ts);
        if (!whole || i == 0)
            rc = buf_append(&out, h, strlen(h));
        if (rc == 0)
            rc = buf_append(&out, w->bytes[k].data, w->bytes[k].len);
        if (rc == 0 && (!whole || i + 1 == w->n))
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
    return rc == DG_ETOOBIG ? web_respond_error(r, 413, "the frames asked are too many bytes") : rc;
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

/* Frames `list` (NULL: every frame, in one part) of the instance. */
static int send_frames(struct web_request *r, const long *asked, size_t nlist)
{
    const struct web_ctx *ctx = web_context(r);
    const char *const uid[3] = {web_param(r, "study"), web_param(r, "series"),
                                web_param(r, "instance")};
    long list[FRAMES_MAX_COUNT], nframes = 1;
    struct buf bytes[FRAMES_MAX_COUNT];
    struct wanted w = {list, 0, bytes, 0};
    struct retrieve_object o = {0};
    struct buf raw;
    struct ds *ds = NULL;
    char ts[UID_MAX_LEN + 1];
    size_t header_len = 0;
    int answered, rc = open_instance(r, uid, &o, &answered);

    if (rc || answered)
        return rc;
    if (asked)
        memcpy(list, asked, nlist * sizeof *list);
    if (negotiate(web_header(r, "Accept"), o.ts, ts, sizeof ts) != 0) {
        retrieve_close(&o);
        return web_respond_error(
            r, 406, "these frames cannot be given in a type asked (stored as %s)", o.ts);
    }
    /* Native little endian is native little endian, implicit or explicit. */
    if (strcmp(ts, o.ts) != 0 &&
        !(strcmp(ts, TS_EXPLICIT_LE) == 0 && strcmp(o.ts, TS_IMPLICIT_LE) == 0))
        rc = retrieve_transcode(&o, ctx->cfg, ts, NULL);
    buf_init(&raw, HEADER_MAX);
    ds = ds_new();
    if (rc == 0)
        rc = ds ? retrieve_header(&o, &raw, ds, &header_len) : -ENOMEM;
    for (size_t i = 0; i < FRAMES_MAX_COUNT; i++)
        buf_init(&bytes[i], FRAMES_MAX_BYTES);
    if (rc == 0) {
        long v;
        if (ds_get_long(ds, DICT_TAG(0x0028, 0x0008), 0, &v) == 0 && v > 0)
            nframes = v;
        if (!asked) {
            nlist = nframes <= FRAMES_MAX_COUNT ? (size_t)nframes : 0;
            rc = nlist ? 0 : DG_ETOOBIG;
            for (size_t i = 0; i < nlist; i++)
                list[i] = (long)i + 1;
        }
        w.n = nlist;
        for (size_t i = 0; i < nlist && rc == 0; i++)
            if (list[i] > nframes)
                rc = DG_ENOTFOUND;
    }
    if (rc == 0) {
        /* The Pixel Data element where the header stopped. */
        const struct ts *t = ts_find_or_encapsulated(o.ts, strlen(o.ts));
        struct cursor c = {&o, &raw, header_len};
        uint8_t h[12];
        size_t hl = t->explicit_vr ? 12 : 8;
        rc = take(&c, h, 8);
        if (rc == 0 && le32(h) != (0x0010u << 16 | 0x7FE0u))
            rc = DG_ENOTFOUND;
        if (rc == 0 && hl == 12)
            rc = take(&c, h + 8, 4);
        if (rc == 0) {
            uint32_t len = le32(h + hl - 4);
            uint16_t rows = 0, cols = 0, spp = 1, bits = 0;
            ds_get_u16(ds, DICT_TAG(0x0028, 0x0010), 0, &rows);
            ds_get_u16(ds, DICT_TAG(0x0028, 0x0011), 0, &cols);
            ds_get_u16(ds, DICT_TAG(0x0028, 0x0002), 0, &spp);
            ds_get_u16(ds, DICT_TAG(0x0028, 0x0100), 0, &bits);
            uint64_t fsz = (uint64_t)rows * cols * spp * (bits / 8);
            if (len == 0xFFFFFFFFu)
                rc = encapsulated_frames(&c, nframes, &w);
            else if (bits % 8 || fsz == 0)
                rc = DG_EUNSUPPORTED;
            else
                rc = native_frames(&c, len, fsz, &w);
        }
    }
    retrieve_close(&o);
    ds_free(ds);
    buf_free(&raw);
    if (rc == DG_ENOTFOUND)
        rc = web_respond_error(r, 404, "no such frame in %s (%ld frames)", uid[2], nframes);
    else if (rc == DG_ETOOBIG)
        rc = web_respond_error(r, 413, "the frames asked are over %u bytes", FRAMES_MAX_BYTES);
    else if (rc == DG_EUNSUPPORTED)
        rc = web_respond_error(
            r, 406, "the frames cannot be given in the syntax asked (stored as %s)", o.ts);
    else if (rc == 0)
        rc = answer(r, media_of(ts), ts, &w, asked == NULL);
    for (size_t i = 0; i < FRAMES_MAX_COUNT; i++)
        buf_free(&bytes[i]);
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
