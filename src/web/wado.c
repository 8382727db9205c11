/* WADO-RS: a study, series or instance as multipart/related Part-10 parts,
 * and its metadata as DICOM JSON. The objects are named by the index
 * (objects_each: their rows, at most OBJECTS_LIST_MAX, are gathered before
 * the answer); then each object is opened, and transcoded where the client
 * asked for another syntax, only when the client has read the one before:
 * memory is one object's reader and the part headers, whatever the size of
 * the study. The metadata comes from the index (db/metadata.h), never from
 * the files, except for an instance stored before the index kept it, whose
 * header is read once and kept then. Not the query (qido.c) nor HTTP. */
#include "web/wado.h"

#include "archive/archive.h"
#include "core/ingest.h"
#include "core/retrieve.h"
#include "core/transcode.h"
#include "db/index.h"
#include "db/metadata.h"
#include "db/objects.h"
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"
#include "web/accept.h"
#include "web/json.h"
#include "web/routes.h"
#include "web/web.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>

#define EXPLICIT_LE TS_EXPLICIT_LE
#define JSON_MAX (64u << 20) /* one instance's JSON */

/* ---- Accept ---- */

int wado_accept_dicom(const char *accept, char *ts, size_t tslen)
{
    struct accept_range r;

    if (!accept || !*accept) {
        snprintf(ts, tslen, "%s", EXPLICIT_LE);
        return 0;
    }
    while (accept_next(&accept, &r)) {
        char type[64], syntax[UID_MAX_LEN + 2];
        if (accept_media_is(&r, "multipart/related")) {
            if (accept_param(&r, "type", type, sizeof type) &&
                strcasecmp(type, "application/dicom") != 0)
                continue;
        } else if (!accept_media_is(&r, "*/*") && !accept_media_is(&r, "multipart/*") &&
                   !accept_media_is(&r, "application/dicom")) {
            continue;
        }
        if (!accept_param(&r, "transfer-syntax", syntax, sizeof syntax))
            snprintf(syntax, sizeof syntax, "%s", EXPLICIT_LE);
        if (strcmp(syntax, "*") == 0) {
            snprintf(ts, tslen, "%s", "");
            return 0;
        }
        /* A syntax we can write from native pixels. */
        if (uid_check_str(syntax, UID_LENIENT) == 0 && transcode_possible(EXPLICIT_LE, syntax)) {
            snprintf(ts, tslen, "%s", syntax);
            return 0;
        }
    }
    return DG_EUNSUPPORTED;
}

/* ---- the objects of a request ---- */

struct object {
    size_t device, file, sop; /* offsets into the list's text */
};

struct object_list {
    struct object *v;
    size_t n, cap;
    struct buf text;
};

static int keep_row(void *ctx, const struct objects_row *row)
{
    struct object_list *l = ctx;
    const char *s[3] = {row->device, row->object_file, row->sop_instance};
    size_t off[3];
    struct object *v;

    if (l->n >= OBJECTS_LIST_MAX)
        return DG_ETOOBIG;
    v = buf_grow_array(l->v, &l->cap, l->n, sizeof *l->v, 64);
    if (!v)
        return -ENOMEM;
    l->v = v;
    for (int i = 0; i < 3; i++) {
        off[i] = l->text.len;
        int rc = buf_append(&l->text, s[i], strlen(s[i]) + 1);
        if (rc)
            return rc;
    }
    l->v[l->n++] = (struct object){off[0], off[1], off[2]};
    return 0;
}

static const char *text_at(const struct object_list *l, size_t off)
{
    return (const char *)l->text.data + off;
}

/* The objects the path names (study, series, instance), checked to be UIDs
 * first; *status gets 400 or 404 when the answer is no object. */
static int find_objects(struct web_request *r, struct db *db, struct object_list *l,
                        unsigned *status)
{
    static const char *const names[] = {"study", "series", "instance"};
    const char *uid[3] = {NULL, NULL, NULL};
    struct objects_keys k = {0};

    *status = 0;
    for (int i = 0; i < 3; i++) {
        uid[i] = web_param(r, names[i]);
        if (uid[i] && uid_check_str(uid[i], UID_LENIENT) != 0) {
            *status = 400;
            return DG_EUID;
        }
    }
    k.study = &uid[0];
    k.nstudy = 1;
    k.series = uid[1] ? &uid[1] : NULL;
    k.nseries = uid[1] ? 1 : 0;
    k.sop = uid[2] ? &uid[2] : NULL;
    k.nsop = uid[2] ? 1 : 0;
    buf_init(&l->text, (size_t)OBJECTS_LIST_MAX * 400);
    int rc = objects_each(db, web_context(r)->schema, &k, keep_row, l);
    if (rc == 0 && l->n == 0) {
        *status = 404;
        return DG_ENOTFOUND;
    }
    return rc;
}

static void list_free(struct object_list *l)
{
    free(l->v);
    buf_free(&l->text);
}

/* ---- the streams ---- */

struct stream {
    struct web_request *r; /* valid until the response has been sent */
    const struct web_ctx *ctx;
    struct db *db;
    struct object_list list;
    size_t next;     /* the next object to start */
    int open;        /* o is being sent */
    int started;     /* the opening bracket is queued (metadata) */
    int ended;       /* the closing delimiter or bracket is queued */
    size_t given;    /* instances answered (metadata) */
    struct buf head; /* bytes to send before more of the object */
    size_t head_off;
    struct retrieve_object o;
    char ts[UID_MAX_LEN + 1]; /* "" as stored */
    char boundary[40];
    /* metadata */
    char base[512]; /* "<base>/dicom-web/studies/" */
    struct buf text, raw;
};

static void stream_free(void *arg)
{
    struct stream *s = arg;

    retrieve_close(&s->o);
    list_free(&s->list);
    buf_free(&s->head);
    buf_free(&s->text);
    buf_free(&s->raw);
    free(s);
}

static struct stream *stream_new(struct web_request *r, struct db *db)
{
    struct stream *s = calloc(1, sizeof *s);

    if (!s)
        return NULL;
    s->r = r;
    s->ctx = web_context(r);
    s->db = db;
    buf_init(&s->head, JSON_MAX);
    buf_init(&s->text, METADATA_MAX);
    buf_init(&s->raw, METADATA_MAX);
    return s;
}

/* Hand out queued head bytes; 0 when none are left. */
static size_t take_head(struct stream *s, uint8_t *p, size_t cap)
{
    size_t n = s->head.len - s->head_off;

    if (n > cap)
        n = cap;
    memcpy(p, s->head.data + s->head_off, n);
    s->head_off += n;
    if (s->head_off == s->head.len) {
        buf_reset(&s->head);
        s->head_off = 0;
    }
    return n;
}

static int put(struct buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

/* Open object i and queue its part header and Part-10 meta header. A file
 * that cannot be read or transcoded is left out (logged): the status line
 * has gone. */
static int start_part(struct stream *s, size_t i)
{
    const struct object_list *l = &s->list;
    char h[320];
    size_t meta_at = s->head.len, hl;
    int rc;

    rc = retrieve_open_part10(s->ctx->ingest->archive, s->ctx->cfg, text_at(l, l->v[i].device),
                              text_at(l, l->v[i].file), s->ts, &s->o, &s->head);
    if (rc) {
        log_warn("WADO-RS: %s not sent: %s/%s: %s", text_at(l, l->v[i].sop),
                 text_at(l, l->v[i].device), text_at(l, l->v[i].file), dg_strerror(rc));
        s->head.len = meta_at;
        return 0;
    }
    /* The part's header goes before the meta header just made, now that
     * the syntax (transcoded or not) and the size are known. */
    snprintf(h, sizeof h,
             "--%s\r\nContent-Type: application/dicom; transfer-syntax=%s\r\n"
             "Content-Length: %llu\r\n\r\n",
             s->boundary, s->o.ts, (unsigned long long)(s->head.len - meta_at + s->o.dataset_size));
    hl = strlen(h);
    rc = buf_reserve(&s->head, hl);
    if (rc == 0) {
        memmove(s->head.data + meta_at + hl, s->head.data + meta_at, s->head.len - meta_at);
        memcpy(s->head.data + meta_at, h, hl);
        s->head.len += hl;
        s->open = 1;
    }
    return rc;
}

static ssize_t read_parts(void *arg, uint8_t *p, size_t cap)
{
    struct stream *s = arg;
    size_t n;
    int rc;

    for (;;) {
        if (s->head.len > s->head_off)
            return (ssize_t)take_head(s, p, cap);
        if (s->open) {
            rc = retrieve_read(&s->o, p, cap, &n);
            if (rc)
                return rc;
            if (n)
                return (ssize_t)n;
            retrieve_close(&s->o);
            memset(&s->o, 0, sizeof s->o);
            s->open = 0;
            rc = put(&s->head, "\r\n");
        } else if (s->next < s->list.n) {
            rc = start_part(s, s->next++);
        } else if (!s->ended) {
            char end[64];
            snprintf(end, sizeof end, "--%s--\r\n", s->boundary);
            s->ended = 1;
            rc = put(&s->head, end);
        } else {
            return 0;
        }
        if (rc)
            return rc;
    }
}

int wado_boundary(char *out, size_t len)
{
    uint8_t b[16];
    static const char hex[] = "0123456789abcdef";

    if (getrandom(b, sizeof b, 0) != (ssize_t)sizeof b || len < 2 * sizeof b + 8)
        return -EIO;
    memcpy(out, "dgate-", 6);
    for (size_t i = 0; i < sizeof b; i++) {
        out[6 + 2 * i] = hex[b[i] >> 4];
        out[7 + 2 * i] = hex[b[i] & 15];
    }
    out[6 + 2 * sizeof b] = '\0';
    return 0;
}

/* Start a stream over the objects the path names; a refusal is answered
 * here (*s NULL, 0 returned). */
static int begin(struct web_request *r, struct stream **out)
{
    struct stream *s;
    struct db *db;
    unsigned status;
    int rc;

    *out = NULL;
    rc = web_db(r, &db);
    if (rc)
        return rc;
    s = stream_new(r, db);
    if (!s)
        return -ENOMEM;
    rc = find_objects(r, db, &s->list, &status);
    if (rc && status) {
        stream_free(s);
        return web_respond_error(r, status, "%s", status == 404 ? "no such object" : "not a UID");
    }
    if (rc) {
        stream_free(s);
        return rc;
    }
    *out = s;
    return 0;
}

static int retrieve(struct web_request *r)
{
    struct stream *s;
    char type[128];
    char ts[UID_MAX_LEN + 1];
    int rc;

    if (wado_accept_dicom(web_header(r, "Accept"), ts, sizeof ts) != 0)
        return web_respond_error(r, 406,
                                 "WADO-RS gives multipart/related; type=\"application/dicom\" "
                                 "in a transfer syntax we can write");
    rc = begin(r, &s);
    if (rc || !s)
        return rc;
    str_copy(s->ts, ts, sizeof s->ts);
    rc = wado_boundary(s->boundary, sizeof s->boundary);
    if (rc) {
        stream_free(s);
        return rc;
    }
    log_user("%s retrieved %zu object%s via WADO-RS %s", web_user(r), s->list.n,
             s->list.n == 1 ? "" : "s", web_path(r));
    snprintf(type, sizeof type, "multipart/related; type=\"application/dicom\"; boundary=%s",
             s->boundary);
    return web_respond_stream(r, 200, type, -1, read_parts, s, stream_free);
}

/* ---- metadata ---- */

/* The header of object i's file (its dataset up to the pixels) into ds,
 * which points into s->raw. */
static int file_header(struct stream *s, size_t i, struct ds *ds)
{
    const struct object_list *l = &s->list;
    int rc = retrieve_open(s->ctx->ingest->archive, s->ctx->cfg, text_at(l, l->v[i].device),
                           text_at(l, l->v[i].file), &s->o);

    buf_reset(&s->raw);
    if (rc == 0)
        rc = retrieve_header(&s->o, &s->raw, ds, NULL);
    retrieve_close(&s->o);
    memset(&s->o, 0, sizeof s->o);
    return rc;
}

/* The kept form of object i into s->text: the index's row, else made from
 * its file's header and kept then (index_keep_metadata), so that the next
 * request reads the index (an instance stored before the table existed). */
static int kept_form(struct stream *s, size_t i)
{
    const char *sop = text_at(&s->list, s->list.v[i].sop);
    struct index *ix;
    struct ds *ds;
    int rc = metadata_read(s->db, sop, &s->text);

    if (rc != 0)
        return rc < 0 ? rc : 0;
    ds = ds_new();
    rc = ds ? file_header(s, i, ds) : -ENOMEM;
    if (rc == 0)
        rc = metadata_encode(ds, &s->text);
    if (rc == 0 && web_index(s->r, &ix) == 0 && index_keep_metadata(ix, sop, ds, &s->text) == 1)
        log_info("WADO-RS: the metadata of %s read from its file and kept", sop);
    ds_free(ds);
    return rc;
}

/* One instance's metadata JSON appended to s->head. */
static int instance_json(struct stream *s, size_t i)
{
    const char *sop = text_at(&s->list, s->list.v[i].sop);
    char study[UID_MAX_LEN + 1] = "", series[UID_MAX_LEN + 1] = "", url[1024];
    struct json_opts o = {url, 1};
    struct ds *ds;
    int rc = kept_form(s, i);

    if (rc)
        return rc;
    ds = ds_new();
    rc = ds ? metadata_decode((const char *)s->text.data, s->text.len, &s->raw, ds) : -ENOMEM;
    if (rc == 0) {
        ds_get_string(ds, DICT_TAG(0x0020, 0x000D), study, sizeof study);
        ds_get_string(ds, DICT_TAG(0x0020, 0x000E), series, sizeof series);
        snprintf(url, sizeof url, "%s%s/series/%s/instances/%s/bulkdata", s->base, study, series,
                 sop);
        rc = json_dataset(ds, &o, &s->head);
    }
    ds_free(ds);
    return rc;
}

static ssize_t read_metadata(void *arg, uint8_t *p, size_t cap)
{
    struct stream *s = arg;
    int rc = 0;

    for (;;) {
        if (s->head.len > s->head_off)
            return (ssize_t)take_head(s, p, cap);
        if (s->ended)
            return 0;
        if (!s->started) {
            s->started = 1;
            rc = put(&s->head, "[");
        } else if (s->next == s->list.n) {
            s->ended = 1;
            rc = put(&s->head, "]");
        } else {
            size_t i = s->next++, mark = s->head.len;
            rc = s->given ? put(&s->head, ",") : 0;
            if (rc == 0)
                rc = instance_json(s, i);
            if (rc == 0) {
                s->given++;
            } else if (rc != DG_EDB && rc != DG_EDBGONE && rc != -ENOMEM) {
                /* A file that cannot be read, without its row: the others
                 * are still answered (the status line has gone). */
                log_warn("WADO-RS: the metadata of %s left out: %s",
                         text_at(&s->list, s->list.v[i].sop), dg_strerror(rc));
                s->head.len = mark;
                rc = 0;
            }
        }
        if (rc)
            return rc;
    }
}

static int metadata(struct web_request *r)
{
    struct stream *s;
    int rc;

    if (!accept_json(web_header(r, "Accept")))
        return web_respond_error(r, 406, "WADO-RS metadata is application/dicom+json only");
    rc = begin(r, &s);

    if (rc || !s)
        return rc;
    snprintf(s->base, sizeof s->base, "%s/dicom-web/studies/", web_base_url(r));
    return web_respond_stream(r, 200, "application/dicom+json", -1, read_metadata, s, stream_free);
}

const struct web_route web_wado_routes[] = {
    {"GET", "/dicom-web/studies/{study}", WEB_ROLE_READ, retrieve, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}", WEB_ROLE_READ, retrieve, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/instances/{instance}", WEB_ROLE_READ,
     retrieve, NULL},
    {"GET", "/dicom-web/studies/{study}/metadata", WEB_ROLE_READ, metadata, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/metadata", WEB_ROLE_READ, metadata, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/instances/{instance}/metadata",
     WEB_ROLE_READ, metadata, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
