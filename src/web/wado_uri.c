/* WADO-URI (PS3.18 chapter 9, the URI service of earlier editions): GET
 * /wado?requestType=WADO&studyUID=&seriesUID=&objectUID=... as Conquest's
 * web interface and older viewers use it. The object is found by objectUID
 * in the index, in the study and series named; application/dicom is the
 * stored Part-10 object streamed (transcoded first when transferSyntax names
 * another syntax), image/jpeg (the default) and image/png are rendered
 * (frameNumber, windowCenter/windowWidth, rows/columns, imageQuality).
 * What we do not do (anonymize, annotation, region, presentation states, a
 * content type we cannot make) is refused with 400 and the reason. */
#include "config/config.h"
#include "core/ingest.h"
#include "core/render.h"
#include "core/retrieve.h"
#include "dicom/uid.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"
#include "web/image.h"
#include "web/routes.h"
#include "web/web.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The parameters that only a rendered image takes. */
static const char *const rendering_args[] = {
    "rows", "columns", "windowCenter", "windowWidth", "frameNumber", "imageQuality", NULL,
};

/* The parameters of what we do not do; present with a value, refused. */
static const char *const unsupported_args[] = {
    "annotation", "region", "presentationUID", "presentationSeriesUID", NULL,
};

static int read_size(const char *name, const char *v, uint32_t *out, struct web_refusal *no)
{
    long n;
    if (!v)
        return 0;
    if (str_to_long(v, 1, RENDER_MAX_SIDE, &n) != 0)
        return web_image_refuse(no, 400, "%s %s is not 1..%u", name, v, RENDER_MAX_SIDE);
    *out = (uint32_t)n;
    return 0;
}

/* The rendering of an image request (PS3.18 9.1.2.1.x). */
static int read_rendering(struct web_request *r, struct render_params *p, struct web_refusal *no)
{
    const char *v;
    long n;
    if (read_size("rows", web_arg(r, "rows"), &p->rows, no) != 0 ||
        read_size("columns", web_arg(r, "columns"), &p->columns, no) != 0)
        return -1;
    if ((v = web_arg(r, "frameNumber"))) {
        if (str_to_long(v, 1, UINT32_MAX, &n) != 0)
            return web_image_refuse(no, 400, "frameNumber %s is not 1 or more", v);
        p->frame = (uint32_t)(n - 1);
    }
    if ((v = web_arg(r, "imageQuality"))) {
        if (str_to_long(v, 1, 100, &n) != 0)
            return web_image_refuse(no, 400, "imageQuality %s is not 1..100", v);
        p->quality = (int)n;
    }
    const char *c = web_arg(r, "windowCenter"), *w = web_arg(r, "windowWidth");
    if (!c != !w)
        return web_image_refuse(no, 400, "windowCenter and windowWidth go together");
    if (c) {
        if (web_image_parse_double(c, &p->center) != 0 ||
            web_image_parse_double(w, &p->width) != 0 || p->width < 1)
            return web_image_refuse(no, 400, "window %s/%s is not a center and a width >= 1", c, w);
        p->has_window = 1;
        p->voi = RENDER_VOI_LINEAR;
    }
    return 0;
}

/* The Part-10 object on its way: the meta header, then the dataset. */
struct dicom_stream {
    struct retrieve_object o;
    struct buf meta;
    size_t meta_sent;
};

static ssize_t read_dicom(void *ctx, uint8_t *p, size_t cap)
{
    struct dicom_stream *d = ctx;
    if (d->meta_sent < d->meta.len) {
        size_t n = d->meta.len - d->meta_sent;
        n = n < cap ? n : cap;
        memcpy(p, d->meta.data + d->meta_sent, n);
        d->meta_sent += n;
        return (ssize_t)n;
    }
    size_t n = 0;
    int rc = retrieve_read(&d->o, p, cap, &n);
    return rc != 0 ? rc : (ssize_t)n;
}

static void free_dicom(void *ctx)
{
    struct dicom_stream *d = ctx;
    retrieve_close(&d->o);
    buf_free(&d->meta);
    free(d);
}

/* The stored object as application/dicom, in transfer syntax ts (NULL: as
 * stored). */
static int send_dicom(struct web_request *r, const struct web_image *im, const char *ts)
{
    const struct web_ctx *ctx = web_context(r);
    struct dicom_stream *d = calloc(1, sizeof *d);
    if (!d)
        return -ENOMEM;
    buf_init(&d->meta, 4096);
    int rc = retrieve_open_part10(ctx->ingest->archive, ctx->cfg, im->device, im->file, ts, &d->o,
                                  &d->meta);
    if (rc != 0) {
        free_dicom(d);
        if (rc == DG_EUNSUPPORTED && ts)
            return web_respond_error(r, 400, "transferSyntax %s: the object cannot be made so", ts);
        return rc == -ENOENT ? DG_ENOTFOUND : rc;
    }
    long long length = (long long)(d->meta.len + d->o.dataset_size);
    return web_respond_stream(r, 200, "application/dicom", length, read_dicom, d, free_dicom);
}

static int handle_wado(struct web_request *r)
{
    struct web_refusal no = {0};
    const char *type = web_arg(r, "requestType");
    const char *study = web_arg(r, "studyUID"), *series = web_arg(r, "seriesUID");
    const char *object = web_arg(r, "objectUID"), *ts = web_arg(r, "transferSyntax");
    const char *v;
    enum web_image_type content = WEB_IMAGE_JPEG;
    struct render_params p = {0};

    if (!type || strcmp(type, "WADO") != 0)
        web_image_refuse(&no, 400, "requestType %s is not WADO", type ? type : "(none)");
    else if (!study || !series || !object)
        web_image_refuse(&no, 400, "studyUID, seriesUID and objectUID are required");
    else if (uid_check_str(study, UID_LENIENT) != 0 || uid_check_str(series, UID_LENIENT) != 0 ||
             uid_check_str(object, UID_LENIENT) != 0)
        web_image_refuse(&no, 400, "studyUID, seriesUID or objectUID is not a UID");
    else if ((v = web_arg(r, "contentType")) &&
             (content = web_image_media_type(v)) == WEB_IMAGE_NONE)
        web_image_refuse(&no, 400, "contentType %s is not application/dicom, image/*", v);
    else if ((v = web_arg(r, "anonymize")) && strcmp(v, "no") != 0)
        web_image_refuse(&no, 400, "anonymize is not supported");
    for (size_t i = 0; !no.status && unsupported_args[i]; i++)
        if ((v = web_arg(r, unsupported_args[i])) && *v)
            web_image_refuse(&no, 400, "%s is not supported", unsupported_args[i]);
    if (!no.status && content == WEB_IMAGE_DICOM) {
        for (size_t i = 0; !no.status && rendering_args[i]; i++)
            if (web_arg(r, rendering_args[i]))
                web_image_refuse(&no, 400, "%s is not for application/dicom", rendering_args[i]);
        if (!no.status && ts && uid_check_str(ts, UID_LENIENT) != 0)
            web_image_refuse(&no, 400, "transferSyntax %s is not a UID", ts);
    } else if (!no.status) {
        if (ts)
            web_image_refuse(&no, 400, "transferSyntax is for application/dicom only");
        else
            read_rendering(r, &p, &no);
        p.format = content == WEB_IMAGE_PNG ? RENDER_PNG : RENDER_JPEG;
    }
    if (no.status)
        return web_respond_error(r, no.status, "%s", no.reason);

    struct web_image im;
    int rc = web_image_find(r, study, series, object, &im);
    if (rc != 0)
        return rc;
    return content == WEB_IMAGE_DICOM ? send_dicom(r, &im, ts) : web_image_respond(r, &im, &p);
}

const struct web_route web_wado_uri_routes[] = {
    {"GET", "/wado", WEB_ROLE_READ, handle_wado, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
