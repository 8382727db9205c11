/* WADO-RS rendered resources (PS3.18 10.4, 8.3.5.1.3): an instance or one
 * of its frames as a consumer-format image, a study or series as
 * multipart/related of its instances rendered, and the thumbnails of a
 * study, a series, an instance or a frame (PS3.18 10.4.1.1: a
 * representative image chosen by the origin server: for a study or a
 * series, the middle instance of its first series by InstanceNumber,
 * image.c). The query parameters window, viewport and quality and the
 * Accept header (or the accept parameter) set the rendering; annotation,
 * iccprofile and cropping are refused with a reason. Not WADO-URI
 * (wado_uri.c). */
#include "core/render.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"
#include "web/image.h"
#include "web/routes.h"
#include "web/wado.h"
#include "web/web.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The box a thumbnail fits in when the request gives no viewport. */
#define THUMBNAIL_SIDE 128

/* Up to max comma-separated values of s into v (copies, each < len); the
 * count, or -1 for more or longer ones. */
static int split_commas(const char *s, char v[][32], int max)
{
    int n = 0;
    for (const char *p = s;; n++) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (n == max || len >= 32)
            return -1;
        memcpy(v[n], p, len);
        v[n][len] = '\0';
        str_trim(v[n]);
        if (!end)
            return n + 1;
        p = end + 1;
    }
}

/* window=center,width,function (PS3.18 8.3.5.1.3.2); the function may be
 * left out for linear. */
static int parse_window(const char *s, struct render_params *p, struct web_refusal *no)
{
    char v[3][32];
    int n = split_commas(s, v, 3);
    if (n < 2 || web_image_parse_double(v[0], &p->center) != 0 ||
        web_image_parse_double(v[1], &p->width) != 0)
        return web_image_refuse(no, 400, "window %s is not center,width,function", s);
    p->voi = RENDER_VOI_LINEAR;
    if (n == 3 && strcmp(v[2], "linear-exact") == 0)
        p->voi = RENDER_VOI_LINEAR_EXACT;
    else if (n == 3 && strcmp(v[2], "sigmoid") == 0)
        p->voi = RENDER_VOI_SIGMOID;
    else if (n == 3 && strcmp(v[2], "linear") != 0)
        return web_image_refuse(no, 400,
                                "window function %s is not linear, linear-exact or sigmoid", v[2]);
    if (p->voi == RENDER_VOI_LINEAR ? p->width < 1 : p->width <= 0)
        return web_image_refuse(no, 400, "window width %s is too small for its function", v[1]);
    p->has_window = 1;
    return 0;
}

/* viewport=vw,vh (PS3.18 8.3.5.1.3.3); the cropping form is refused. */
static int parse_viewport(const char *s, struct render_params *p, struct web_refusal *no)
{
    char v[6][32];
    long w, h;
    int n = split_commas(s, v, 6);
    if (n > 2)
        return web_image_refuse(no, 400, "viewport %s: cropping (sx,sy,sw,sh) is not supported", s);
    if (n != 2 || str_to_long(v[0], 1, RENDER_MAX_SIDE, &w) != 0 ||
        str_to_long(v[1], 1, RENDER_MAX_SIDE, &h) != 0)
        return web_image_refuse(no, 400, "viewport %s is not vw,vh, each 1..8192", s);
    p->columns = (uint32_t)w;
    p->rows = (uint32_t)h;
    return 0;
}

/* The rendering the request asks for into *p: 0, or -1 and *no. */
static int read_params(struct web_request *r, int thumbnail, struct render_params *p,
                       struct web_refusal *no)
{
    memset(p, 0, sizeof *p);
    if (thumbnail) {
        p->rows = THUMBNAIL_SIDE;
        p->columns = THUMBNAIL_SIDE;
    }
    const char *v = web_arg(r, "accept");
    if (!v)
        v = web_header(r, "Accept");
    enum web_image_type type = v ? web_image_media_type(v) : WEB_IMAGE_JPEG;
    if (type != WEB_IMAGE_JPEG && type != WEB_IMAGE_PNG)
        return web_image_refuse(no, 406, "%s: rendered images are image/jpeg or image/png", v);
    p->format = type == WEB_IMAGE_PNG ? RENDER_PNG : RENDER_JPEG;
    if ((v = web_arg(r, "annotation")) && *v)
        return web_image_refuse(no, 400, "annotation %s is not supported", v);
    if ((v = web_arg(r, "iccprofile")) && *v && strcmp(v, "no") != 0)
        return web_image_refuse(no, 400, "iccprofile %s is not supported", v);
    long quality;
    if ((v = web_arg(r, "quality"))) {
        if (str_to_long(v, 1, 100, &quality) != 0)
            return web_image_refuse(no, 400, "quality %s is not 1..100", v);
        p->quality = (int)quality;
    }
    if ((v = web_arg(r, "window")) && parse_window(v, p, no) != 0)
        return -1;
    if ((v = web_arg(r, "viewport")) && parse_viewport(v, p, no) != 0)
        return -1;
    /* {frames}: one frame number, 1-based. */
    long n;
    if ((v = web_param(r, "frames"))) {
        if (strchr(v, ','))
            return web_image_refuse(no, 400, "frames %s: one frame per rendered image", v);
        if (str_to_long(v, 1, UINT32_MAX, &n) != 0)
            return web_image_refuse(no, 400, "frame number %s is not 1 or more", v);
        p->frame = (uint32_t)(n - 1);
    }
    return 0;
}

static int render(struct web_request *r, int thumbnail)
{
    struct render_params p;
    struct web_refusal no;
    if (read_params(r, thumbnail, &p, &no) != 0)
        return web_respond_error(r, no.status, "%s", no.reason);
    const char *study = web_param(r, "study"), *series = web_param(r, "series");
    const char *instance = web_param(r, "instance");
    struct web_image im;
    int rc = instance ? web_image_find(r, study, series, instance, &im)
                      : web_image_representative(r, study, series, &im);
    if (rc == 0)
        rc = web_image_respond(r, &im, &p);
    return rc;
}

/* A study's or series' rendered instances as multipart/related (PS3.18
 * 10.4.1.2: one part per instance, its first frame), each rendered only
 * when the client has read the part before: memory is one image. An
 * instance that does not render (a report, a file gone) is left out,
 * logged; the status line has gone before it is known. */
struct parts {
    const struct web_ctx *ctx;
    struct web_image_list list;
    struct render_params p;
    size_t next; /* the next instance of the list */
    int closed;  /* the closing boundary is in part */
    char boundary[48];
    struct buf part;
    size_t sent;
};

/* The next part into s->part: 0, or 1 when there is none left. */
static int next_part(struct parts *s)
{
    buf_reset(&s->part);
    s->sent = 0;
    while (s->next < s->list.n) {
        const struct web_image_ref *ref = &s->list.v[s->next++];
        char head[128];
        int n = snprintf(head, sizeof head, "--%s\r\nContent-Type: %s\r\n\r\n", s->boundary,
                         s->p.format == RENDER_PNG ? "image/png" : "image/jpeg");
        int rc = buf_append(&s->part, head, (size_t)n);
        if (rc == 0)
            rc = web_image_render(s->ctx, ref->device, ref->file, &s->p, &s->part);
        if (rc == 0)
            rc = buf_append(&s->part, "\r\n", 2);
        if (rc == 0)
            return 0;
        log_warn("rendered: %s on %s left out: %s", ref->file, ref->device, dg_strerror(rc));
        buf_reset(&s->part);
    }
    if (s->closed)
        return 1;
    s->closed = 1;
    char end[64];
    int n = snprintf(end, sizeof end, "--%s--\r\n", s->boundary);
    return buf_append(&s->part, end, (size_t)n) == 0 ? 0 : 1;
}

static ssize_t read_parts(void *ctx, uint8_t *p, size_t cap)
{
    struct parts *s = ctx;
    if (s->sent == s->part.len && next_part(s) != 0)
        return 0;
    size_t n = s->part.len - s->sent;
    n = n < cap ? n : cap;
    memcpy(p, s->part.data + s->sent, n);
    s->sent += n;
    return (ssize_t)n;
}

static void free_parts(void *ctx)
{
    struct parts *s = ctx;
    web_image_list_free(&s->list);
    buf_free(&s->part);
    free(s);
}

static int handle_rendered_all(struct web_request *r)
{
    struct parts *s = calloc(1, sizeof *s);
    if (!s)
        return -ENOMEM;
    struct web_refusal no;
    if (read_params(r, 0, &s->p, &no) != 0) {
        free(s);
        return web_respond_error(r, no.status, "%s", no.reason);
    }
    s->ctx = web_context(r);
    int rc = wado_boundary(s->boundary, sizeof s->boundary);
    if (rc != 0) {
        free(s);
        return rc;
    }
    buf_init(&s->part, WEB_IMAGE_RENDERED_MAX + 256);
    rc = web_image_list(r, web_param(r, "study"), web_param(r, "series"), &s->list);
    if (rc != 0) {
        free_parts(s);
        return rc;
    }
    char type[128];
    snprintf(type, sizeof type, "multipart/related; type=\"%s\"; boundary=%s",
             s->p.format == RENDER_PNG ? "image/png" : "image/jpeg", s->boundary);
    return web_respond_stream(r, 200, type, -1, read_parts, s, free_parts);
}

static int handle_rendered(struct web_request *r)
{
    return render(r, 0);
}

static int handle_thumbnail(struct web_request *r)
{
    return render(r, 1);
}

#define INSTANCE "/dicom-web/studies/{study}/series/{series}/instances/{instance}"

const struct web_route web_rendered_routes[] = {
    {"GET", "/dicom-web/studies/{study}/rendered", WEB_ROLE_READ, handle_rendered_all, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/rendered", WEB_ROLE_READ,
     handle_rendered_all, NULL},
    {"GET", INSTANCE "/rendered", WEB_ROLE_READ, handle_rendered, NULL},
    {"GET", INSTANCE "/frames/{frames}/rendered", WEB_ROLE_READ, handle_rendered, NULL},
    {"GET", "/dicom-web/studies/{study}/thumbnail", WEB_ROLE_READ, handle_thumbnail, NULL},
    {"GET", "/dicom-web/studies/{study}/series/{series}/thumbnail", WEB_ROLE_READ, handle_thumbnail,
     NULL},
    {"GET", INSTANCE "/thumbnail", WEB_ROLE_READ, handle_thumbnail, NULL},
    {"GET", INSTANCE "/frames/{frames}/thumbnail", WEB_ROLE_READ, handle_thumbnail, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
