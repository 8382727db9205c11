/* A stored image for the web's rendering endpoints (rendered.c, wado_uri.c):
 * found in the index by its UIDs (the study and series given must be its
 * own), or chosen to stand for a study or series (thumbnails), and answered
 * rendered as JPEG or PNG. Not the parameters of any one endpoint (each
 * parses its own) nor the rendering itself (core/render.c). */
#ifndef DG_WEB_IMAGE_H
#define DG_WEB_IMAGE_H

#include <stddef.h>

#include "core/render.h"
#include "dicom/uid.h"

struct buf;
struct web_ctx;
struct web_request;

/* Where one stored object is, as the index says. */
struct web_image {
    char device[32];
    char file[1024]; /* ObjectFile, relative to the device */
    char sop_instance[UID_MAX_LEN + 1];
};

/* The object with SOP Instance UID sop in series `series` of study `study`
 * (series or study NULL: not checked). Returns 0; DG_EUID for a UID that
 * is none (checked before the index is asked); DG_ENOTFOUND; the
 * database's errors. */
int web_image_find(struct web_request *r, const char *study, const char *series, const char *sop,
                   struct web_image *out);

/* The image that stands for a study (series NULL) or a series: of the
 * series with the lowest SeriesNumber, the middle instance by
 * InstanceNumber. Errors as web_image_find. */
int web_image_representative(struct web_request *r, const char *study, const char *series,
                             struct web_image *out);

/* The largest rendered image: an RGB image of the largest side, as a PNG
 * that does not compress at all, with room for its headers. */
#define WEB_IMAGE_RENDERED_MAX ((size_t)3 * RENDER_MAX_SIDE * RENDER_MAX_SIDE + ((size_t)1 << 20))
/* The most objects web_image_list gives. */
#define WEB_IMAGE_LIST_MAX 10000

/* Where the objects of a study or series are (web_image_list). */
struct web_image_ref {
    char *device, *file;
};
struct web_image_list {
    struct web_image_ref *v;
    size_t n, cap;
};

/* Every stored object of a study (series NULL) or of one of its series,
 * in order of SOP Instance UID. Returns 0; DG_EUID; DG_ENOTFOUND for
 * none; DG_ETOOBIG beyond WEB_IMAGE_LIST_MAX; the database's errors. */
int web_image_list(struct web_request *r, const char *study, const char *series,
                   struct web_image_list *out);
void web_image_list_free(struct web_image_list *l);

/* The object stored as file on device rendered (render_dataset) and
 * appended to out. Returns 0, DG_ENOTFOUND for a file that is gone, or
 * render_dataset's errors. */
int web_image_render(const struct web_ctx *ctx, const char *device, const char *file,
                     const struct render_params *p, struct buf *out);

/* Answer the request with the image rendered (render_dataset): 200 with
 * image/jpeg or image/png. Returns 0, or an error for web_status_of
 * (DG_ENOTFOUND for a frame it does not have, DG_EUNSUPPORTED for an
 * object we cannot render, DG_EPARSE for a bad window, ...). */
int web_image_respond(struct web_request *r, const struct web_image *im,
                      const struct render_params *p);

/* A request refused before any work is done: the HTTP status and the
 * reason the handler answers with (web_respond_error). */
struct web_refusal {
    unsigned status;
    char reason[160];
};

/* Fill *no; returns -1, for `return web_image_refuse(...)`. */
int web_image_refuse(struct web_refusal *no, unsigned status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* What a client asks for, in an Accept header or a contentType list. */
enum web_image_type {
    WEB_IMAGE_NONE,
    WEB_IMAGE_DICOM,
    WEB_IMAGE_JPEG,
    WEB_IMAGE_PNG,
};

/* The first media range of an Accept header or a contentType list
 * (accept.h: ranges with q=0 passed over, parameters ignored) that is
 * application/dicom, image/png or image/jpeg (the wildcards of image and
 * of any type mean JPEG); WEB_IMAGE_NONE when none is. Quality values are
 * not otherwise weighed: a viewer names what it wants first. */
enum web_image_type web_image_media_type(const char *list);

/* A finite decimal number, the whole of s: 0, else DG_EPARSE. */
int web_image_parse_double(const char *s, double *out);

#endif
