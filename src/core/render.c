/* Rendering one frame into an 8-bit image; see render.h. Grey values go
 * through a table of 2^BitsStored entries (at most 65536), built once per
 * frame from the Modality LUT and the window, so a pixel costs a lookup. */
#include "core/render.h"
#include "codec/codec.h"
#include "core/render_encode.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "util/error.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TAG_WINDOW_CENTER DICT_TAG(0x0028, 0x1050)
#define TAG_WINDOW_WIDTH DICT_TAG(0x0028, 0x1051)
#define TAG_RESCALE_INTERCEPT DICT_TAG(0x0028, 0x1052)
#define TAG_RESCALE_SLOPE DICT_TAG(0x0028, 0x1053)
#define TAG_VOI_LUT_FUNCTION DICT_TAG(0x0028, 0x1056)
#define TAG_PALETTE_DESCRIPTOR(c) DICT_TAG(0x0028, 0x1101 + (c))
#define TAG_PALETTE_DATA(c) DICT_TAG(0x0028, 0x1201 + (c))
#define TAG_SEGMENTED_PALETTE(c) DICT_TAG(0x0028, 0x1221 + (c))

struct window {
    double center, width;
    enum render_voi voi;
};

/* A window's output for x, 0..255 (PS3.3 C.11.2.1.2.1 LINEAR, C.11.2.1.3.1
 * SIGMOID, C.11.2.1.3.2 LINEAR_EXACT, with ymin 0 and ymax 255). */
static double window_apply(const struct window *w, double x)
{
    double c = w->center, wd = w->width;
    switch (w->voi) {
    case RENDER_VOI_LINEAR_EXACT:
        if (x <= c - wd / 2)
            return 0;
        if (x > c + wd / 2)
            return 255;
        return ((x - c) / wd + 0.5) * 255;
    case RENDER_VOI_SIGMOID:
        return 255 / (1 + exp(-4 * (x - c) / wd));
    case RENDER_VOI_LINEAR:
        break;
    }
    /* LINEAR with width 1 never reaches the division: every x is at or
     * below c - 0.5 or above it. */
    if (x <= c - 0.5 - (wd - 1) / 2)
        return 0;
    if (x > c - 0.5 + (wd - 1) / 2)
        return 255;
    return ((x - (c - 0.5)) / (wd - 1) + 0.5) * 255;
}

static int window_valid(const struct window *w)
{
    if (!isfinite(w->center) || !isfinite(w->width))
        return 0;
    return w->voi == RENDER_VOI_LINEAR ? w->width >= 1 : w->width > 0;
}

/* The image's own window: the first WindowCenter and WindowWidth, with its
 * VOILUTFunction (LINEAR when absent). DG_ENOTFOUND when it has none that
 * can be used. */
static int image_window(const struct ds *ds, struct window *w)
{
    char fn[32];
    if (ds_get_double(ds, TAG_WINDOW_CENTER, 0, &w->center) != 0 ||
        ds_get_double(ds, TAG_WINDOW_WIDTH, 0, &w->width) != 0)
        return DG_ENOTFOUND;
    w->voi = RENDER_VOI_LINEAR;
    if (ds_get_string(ds, TAG_VOI_LUT_FUNCTION, fn, sizeof fn) == 0) {
        if (strcmp(fn, "LINEAR_EXACT") == 0)
            w->voi = RENDER_VOI_LINEAR_EXACT;
        else if (strcmp(fn, "SIGMOID") == 0)
            w->voi = RENDER_VOI_SIGMOID;
    }
    return window_valid(w) ? 0 : DG_ENOTFOUND;
}

static double ds_double_or(const struct ds *ds, uint32_t tag, double fallback)
{
    double v;
    return ds_get_double(ds, tag, 0, &v) == 0 && isfinite(v) ? v : fallback;
}

/* MONOCHROME1 and MONOCHROME2 into 8-bit grey. Without a window from the
 * request or the image, the frame's own range is spread over 0..255. */
static int render_grey(const struct transcode_frame *f, const struct render_params *p, uint8_t *out)
{
    const struct codec_image *img = &f->image;
    size_t n = (size_t)img->rows * img->columns;
    double slope = ds_double_or(f->ds, TAG_RESCALE_SLOPE, 1);
    double intercept = ds_double_or(f->ds, TAG_RESCALE_INTERCEPT, 0);
    int32_t lo = img->pixel_representation ? -(int32_t)(1u << (img->bits_stored - 1)) : 0;
    size_t levels = (size_t)1 << img->bits_stored;
    struct window w = {p->center, p->width, p->voi};

    if (p->has_window) {
        if (!window_valid(&w))
            return DG_EPARSE;
    } else if (image_window(f->ds, &w) != 0) {
        int32_t min = INT32_MAX, max = INT32_MIN;
        for (size_t i = 0; i < n; i++) {
            int32_t v = codec_sample_get(img, f->pixels, i);
            min = v < min ? v : min;
            max = v > max ? v : max;
        }
        double a = min * slope + intercept, b = max * slope + intercept;
        w.center = (a + b) / 2;
        w.width = fabs(b - a) > 0 ? fabs(b - a) : 1;
        w.voi = RENDER_VOI_LINEAR_EXACT;
    }
    uint8_t *lut = malloc(levels);
    if (!lut)
        return -ENOMEM;
    int invert = strcmp(img->photometric, "MONOCHROME1") == 0;
    for (size_t i = 0; i < levels; i++) {
        double y = window_apply(&w, ((int32_t)i + lo) * slope + intercept);
        uint8_t v = (uint8_t)floor(y + 0.5);
        lut[i] = invert ? (uint8_t)(255 - v) : v;
    }
    for (size_t i = 0; i < n; i++)
        out[i] = lut[codec_sample_get(img, f->pixels, i) - lo];
    free(lut);
    return 0;
}

/* One of the three tables of PALETTE COLOR (PS3.3 C.7.6.3.1.5, C.7.9). */
struct palette {
    uint32_t entries;
    int32_t first; /* the stored value of entry 0 */
    unsigned bits; /* 8 or 16 per entry */
    int packed;    /* 8-bit entries one per byte, not one per 16-bit word */
    const uint8_t *data;
};

static int palette_read(const struct ds *ds, const struct codec_image *img, unsigned c,
                        struct palette *pl)
{
    uint16_t d[3];
    for (unsigned i = 0; i < 3; i++) {
        int16_t s;
        if (ds_get_u16(ds, TAG_PALETTE_DESCRIPTOR(c), i, &d[i]) == 0)
            continue;
        if (ds_get_i16(ds, TAG_PALETTE_DESCRIPTOR(c), i, &s) != 0)
            return DG_EPARSE;
        d[i] = (uint16_t)s;
    }
    pl->entries = d[0] ? d[0] : 65536;
    pl->first = img->pixel_representation ? (int16_t)d[1] : (int32_t)d[1];
    pl->bits = d[2];
    if (pl->bits != 8 && pl->bits != 16)
        return DG_EPARSE;
    const struct ds_elem *e = ds_find(ds, TAG_PALETTE_DATA(c));
    if (!e)
        return ds_find(ds, TAG_SEGMENTED_PALETTE(c)) ? DG_EUNSUPPORTED : DG_EPARSE;
    if (e->len == 2 * pl->entries)
        pl->packed = 0;
    else if (pl->bits == 8 && (e->len == pl->entries || e->len == pl->entries + 1))
        pl->packed = 1;
    else
        return DG_EPARSE;
    pl->data = e->value;
    return 0;
}

static uint8_t palette_get(const struct palette *pl, int32_t v)
{
    int64_t i = (int64_t)v - pl->first;
    if (i < 0)
        i = 0;
    if (i >= pl->entries)
        i = pl->entries - 1;
    if (pl->packed)
        return pl->data[i];
    unsigned word = pl->data[2 * i] | (unsigned)pl->data[2 * i + 1] << 8;
    return pl->bits == 8 ? (uint8_t)word : (uint8_t)(word >> 8);
}

static int render_palette(const struct transcode_frame *f, uint8_t *out)
{
    struct palette pl[3];
    for (unsigned c = 0; c < 3; c++) {
        int rc = palette_read(f->ds, &f->image, c, &pl[c]);
        if (rc != 0)
            return rc;
    }
    size_t n = (size_t)f->image.rows * f->image.columns;
    for (size_t i = 0; i < n; i++) {
        int32_t v = codec_sample_get(&f->image, f->pixels, i);
        for (unsigned c = 0; c < 3; c++)
            out[3 * i + c] = palette_get(&pl[c], v);
    }
    return 0;
}

static uint8_t clamp8(double v)
{
    return v <= 0 ? 0 : v >= 255 ? 255 : (uint8_t)floor(v + 0.5);
}

/* RGB and YBR_FULL into 8-bit RGB (YBR_FULL per PS3.3 C.7.6.3.1.2). */
static void render_colour(const struct codec_image *img, const uint8_t *pixels, int ybr,
                          uint8_t *out)
{
    size_t n = (size_t)img->rows * img->columns;
    unsigned shift = img->bits_stored > 8 ? img->bits_stored - 8u : 0;
    for (size_t i = 0; i < n; i++) {
        int32_t s[3];
        for (unsigned c = 0; c < 3; c++)
            s[c] = codec_sample_get(img, pixels, codec_sample_index(img, n, i, c)) >> shift;
        if (!ybr) {
            for (unsigned c = 0; c < 3; c++)
                out[3 * i + c] = clamp8(s[c]);
            continue;
        }
        double y = s[0], cb = s[1] - 128.0, cr = s[2] - 128.0;
        out[3 * i] = clamp8(y + 1.402 * cr);
        out[3 * i + 1] = clamp8(y - 0.344136 * cb - 0.714136 * cr);
        out[3 * i + 2] = clamp8(y + 1.772 * cb);
    }
}

int render_frame(const struct transcode_frame *f, const struct render_params *p,
                 struct render_image *out)
{
    const struct codec_image *img = &f->image;
    const char *pi = img->photometric;
    int grey = strcmp(pi, "MONOCHROME1") == 0 || strcmp(pi, "MONOCHROME2") == 0;
    int palette = strcmp(pi, "PALETTE COLOR") == 0;
    int rgb = strcmp(pi, "RGB") == 0, ybr = strcmp(pi, "YBR_FULL") == 0;

    memset(out, 0, sizeof *out);
    if (img->bits_allocated != 8 && img->bits_allocated != 16)
        return DG_EUNSUPPORTED;
    if ((grey || palette) ? img->samples_per_pixel != 1 : img->samples_per_pixel != 3)
        return DG_EUNSUPPORTED;
    if (!grey && !palette && !rgb && !ybr)
        return DG_EUNSUPPORTED;
    out->rows = img->rows;
    out->columns = img->columns;
    out->samples = grey ? 1 : 3;
    out->pixels = malloc((size_t)out->rows * out->columns * out->samples);
    if (!out->pixels)
        return -ENOMEM;
    int rc = 0;
    if (grey)
        rc = render_grey(f, p, out->pixels);
    else if (palette)
        rc = render_palette(f, out->pixels);
    else
        render_colour(img, f->pixels, ybr, out->pixels);
    if (rc != 0)
        render_image_free(out);
    return rc;
}

void render_fit(uint32_t rows, uint32_t columns, const struct render_params *p, uint32_t *out_rows,
                uint32_t *out_columns)
{
    double s;
    if (!p->rows && !p->columns) {
        *out_rows = rows;
        *out_columns = columns;
        return;
    }
    if (!p->rows)
        s = (double)p->columns / columns;
    else if (!p->columns)
        s = (double)p->rows / rows;
    else
        s = fmin((double)p->rows / rows, (double)p->columns / columns);
    /* Neither side beyond RENDER_MAX_SIDE, the aspect kept: a 65535 x 1
     * image asked 8192 wide is not made 8192 x 8192. */
    s = fmin(s, fmin((double)RENDER_MAX_SIDE / rows, (double)RENDER_MAX_SIDE / columns));
    double r = fmin(fmax(floor(rows * s + 0.5), 1), RENDER_MAX_SIDE);
    double c = fmin(fmax(floor(columns * s + 0.5), 1), RENDER_MAX_SIDE);
    *out_rows = (uint32_t)r;
    *out_columns = (uint32_t)c;
}

/* One line of samples (every `stride` bytes) from n_in to n_out values:
 * the area average of what an output value covers when shrinking (an
 * equal size is a copy), bilinear when growing. */
static void resample_line(const uint8_t *in, size_t n_in, size_t in_stride, uint8_t *out,
                          size_t n_out, size_t out_stride)
{
    double scale = (double)n_in / (double)n_out;
    for (size_t j = 0; j < n_out; j++) {
        double v;
        if (n_out <= n_in) {
            double x0 = j * scale, x1 = x0 + scale, sum = 0;
            for (size_t i = (size_t)x0; i < n_in && i < x1; i++)
                sum += (fmin(x1, i + 1.0) - fmax(x0, (double)i)) * in[i * in_stride];
            v = sum / scale;
        } else {
            double x = fmin(fmax((j + 0.5) * scale - 0.5, 0), (double)(n_in - 1));
            size_t i = (size_t)x;
            size_t k = i + 1 < n_in ? i + 1 : i;
            double t = x - (double)i;
            v = in[i * in_stride] * (1 - t) + in[k * in_stride] * t;
        }
        out[j * out_stride] = clamp8(v);
    }
}

int render_scale(const struct render_image *in, uint32_t rows, uint32_t columns,
                 struct render_image *out)
{
    unsigned ns = in->samples;
    /* Across first (the middle image in->rows x columns) or down first
     * (rows x in->columns), whichever middle image is smaller: it is then
     * never larger than the input or the output. */
    int across_first = (size_t)in->rows * columns <= (size_t)rows * in->columns;
    size_t mid_rows = across_first ? in->rows : rows;
    size_t mid_columns = across_first ? columns : in->columns;
    memset(out, 0, sizeof *out);
    uint8_t *mid = malloc(mid_rows * mid_columns * ns);
    out->pixels = malloc((size_t)rows * columns * ns);
    if (!mid || !out->pixels) {
        free(mid);
        render_image_free(out);
        return -ENOMEM;
    }
    if (across_first) {
        for (size_t y = 0; y < in->rows; y++)
            for (unsigned c = 0; c < ns; c++)
                resample_line(in->pixels + (y * in->columns) * ns + c, in->columns, ns,
                              mid + (y * columns) * ns + c, columns, ns);
        for (size_t x = 0; x < columns; x++)
            for (unsigned c = 0; c < ns; c++)
                resample_line(mid + x * ns + c, in->rows, (size_t)columns * ns,
                              out->pixels + x * ns + c, rows, (size_t)columns * ns);
    } else {
        for (size_t x = 0; x < in->columns; x++)
            for (unsigned c = 0; c < ns; c++)
                resample_line(in->pixels + x * ns + c, in->rows, (size_t)in->columns * ns,
                              mid + x * ns + c, rows, (size_t)in->columns * ns);
        for (size_t y = 0; y < rows; y++)
            for (unsigned c = 0; c < ns; c++)
                resample_line(mid + (y * in->columns) * ns + c, in->columns, ns,
                              out->pixels + (y * columns) * ns + c, columns, ns);
    }
    free(mid);
    out->rows = rows;
    out->columns = columns;
    out->samples = ns;
    return 0;
}

void render_image_free(struct render_image *im)
{
    free(im->pixels);
    memset(im, 0, sizeof *im);
}

int render_dataset(const char *ts, transcode_read_fn rd, void *rarg, const struct render_params *p,
                   struct buf *out)
{
    struct transcode_frame f;
    struct render_image full = {0}, fitted = {0};
    int rc = transcode_read_frame(ts, rd, rarg, p->frame, &f);
    if (rc == 0)
        rc = render_frame(&f, p, &full);
    transcode_frame_free(&f); /* the native frame goes before the scaled one comes */
    if (rc != 0)
        return rc;
    uint32_t rows, columns;
    render_fit(full.rows, full.columns, p, &rows, &columns);
    const struct render_image *shown = &full;
    if (rows != full.rows || columns != full.columns) {
        rc = render_scale(&full, rows, columns, &fitted);
        shown = &fitted;
    }
    if (rc == 0)
        rc = render_encode(shown, p->format, p->quality, out);
    render_image_free(&full);
    render_image_free(&fitted);
    return rc;
}
