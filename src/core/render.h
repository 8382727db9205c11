/* Rendering one frame of a stored image for a viewer (WADO-RS /rendered and
 * /thumbnail, WADO-URI): the frame's stored values through the Modality LUT
 * (Rescale Slope/Intercept) and a VOI window (the request's, else the
 * image's first WindowCenter/WindowWidth, else the frame's min/max) into
 * 8-bit grey, MONOCHROME1 inverted; colour through its palette or from YBR
 * into 8-bit RGB; then scaled to a requested size, the aspect kept, and
 * encoded as JPEG or PNG (render_encode.h). Memory is a frame, its 8-bit
 * form and the encoded image. Not where the object comes from
 * (core/retrieve.c) nor HTTP (web/rendered.c). */
#ifndef DG_CORE_RENDER_H
#define DG_CORE_RENDER_H

#include <stddef.h>
#include <stdint.h>

#include "core/transcode.h"
#include "util/buf.h"

/* The largest side of a rendered image a request may ask for. */
#define RENDER_MAX_SIDE 8192u

/* The VOI LUT Function (PS3.3 C.11.2.1.2, C.11.2.1.3). */
enum render_voi {
    RENDER_VOI_LINEAR,
    RENDER_VOI_LINEAR_EXACT,
    RENDER_VOI_SIGMOID,
};

enum render_format {
    RENDER_JPEG,
    RENDER_PNG,
};

struct render_params {
    uint32_t frame;       /* 0-based */
    int has_window;       /* center, width and voi are the request's */
    double center, width; /* width >= 1 for LINEAR, > 0 for the others */
    enum render_voi voi;
    uint32_t rows, columns; /* the box the image is fitted into, aspect kept; 0: that
                               side is free; both 0: the image's own size */
    enum render_format format;
    int quality; /* JPEG 1..100; 0: 90 */
};

/* An 8-bit image, samples 1 (grey) or 3 (RGB, colour-by-pixel). */
struct render_image {
    uint32_t rows, columns;
    unsigned samples;
    uint8_t *pixels;
};

/* The frame f into 8-bit grey or RGB at its own size. Returns 0;
 * DG_EUNSUPPORTED for what we do not render (32-bit or 1-bit samples,
 * uncompressed YBR_FULL_422, segmented palettes, an unknown photometric
 * interpretation); DG_EPARSE for palette tables that contradict
 * themselves; -ENOMEM. */
int render_frame(const struct transcode_frame *f, const struct render_params *p,
                 struct render_image *out);

/* The size an image of rows x columns takes in p's box, aspect kept, at
 * least 1 x 1. */
void render_fit(uint32_t rows, uint32_t columns, const struct render_params *p, uint32_t *out_rows,
                uint32_t *out_columns);

/* in scaled to rows x columns: each side shrunk by averaging the area an
 * output pixel covers, grown by bilinear interpolation. Returns 0 or
 * -ENOMEM. */
int render_scale(const struct render_image *in, uint32_t rows, uint32_t columns,
                 struct render_image *out);

void render_image_free(struct render_image *im);

/* The whole path: frame p->frame of a dataset encoded in ts from rd
 * (transcode_read_frame), rendered, fitted and encoded in p->format,
 * appended to out. Returns 0; transcode_read_frame's errors (DG_ENOTFOUND:
 * no such frame); render_frame's; render_encode's. */
int render_dataset(const char *ts, transcode_read_fn rd, void *rarg, const struct render_params *p,
                   struct buf *out);

#endif
