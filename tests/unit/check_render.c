/* Unit tests for src/core/render: synthetic frames with known stored values
 * rendered to the 8-bit values the standard's formulas give (PS3.3
 * C.11.2.1.2 LINEAR, C.11.2.1.3 LINEAR_EXACT and SIGMOID, computed by hand
 * here), through the Rescale Slope/Intercept, the request's or the image's
 * window or the frame's range; MONOCHROME1, signed 12-bit, palettes, RGB
 * colour-by-plane and YBR_FULL; fitting and scaling; and whole datasets,
 * native and RLE, multi-frame, encoded as PNG and JPEG and decoded back. */
#include "codec/codec.h"
#include "core/render.h"
#include "core/render_encode.h"
#include "core/transcode.h"
#include "dicom/dataset.h"
#include "dicom/encoding.h"
#include "dicom/ts.h"
#include "util/buf.h"
#include "util/error.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h> /* after stdio.h, which it needs */
#include <png.h>

#define T(g, e) (((uint32_t)(g) << 16) | (e))

/* A frame of rows x cols, 1 sample (or 3), with the given stored values. */
static void make_frame(struct transcode_frame *f, const char *pi, uint16_t rows, uint16_t cols,
                       uint16_t samples, uint16_t bits, uint16_t stored, int signed_,
                       const int32_t *values)
{
    memset(f, 0, sizeof *f);
    f->ds = ds_new();
    ck_assert_ptr_nonnull(f->ds);
    struct codec_image *im = &f->image;
    im->rows = rows;
    im->columns = cols;
    im->frames = 1;
    im->samples_per_pixel = samples;
    im->bits_allocated = bits;
    im->bits_stored = stored;
    im->high_bit = (uint16_t)(stored - 1);
    im->pixel_representation = (uint16_t)signed_;
    snprintf(im->photometric, sizeof im->photometric, "%s", pi);
    f->size = codec_frame_size(im);
    f->pixels = calloc(1, f->size);
    size_t n = (size_t)rows * cols * samples;
    for (size_t i = 0; i < n; i++) {
        uint32_t u = (uint32_t)values[i];
        if (bits == 8) {
            f->pixels[i] = (uint8_t)u;
        } else {
            f->pixels[2 * i] = (uint8_t)u;
            f->pixels[2 * i + 1] = (uint8_t)(u >> 8);
        }
    }
}

/* Render f with p and compare every 8-bit sample with want. */
static void expect_render(const struct transcode_frame *f, const struct render_params *p,
                          const uint8_t *want, size_t len)
{
    struct render_image out;
    ck_assert_int_eq(render_frame(f, p, &out), 0);
    ck_assert_uint_eq((size_t)out.rows * out.columns * out.samples, len);
    ck_assert_mem_eq(out.pixels, want, len);
    render_image_free(&out);
}

START_TEST(test_render_linear_window_from_request_after_rescale)
{
    /* x = 2 * stored - 1000; window 100/51 LINEAR: below 74.5 black,
     * above 124.5 white, else ((x - 99.5) / 50 + 0.5) * 255. */
    const int32_t stored[] = {537, 538, 550, 562, 563, 0, 4095, 549};
    struct transcode_frame f;
    make_frame(&f, "MONOCHROME2", 2, 4, 1, 16, 12, 0, stored);
    ds_set_string(f.ds, T(0x0028, 0x1053), VR_DS, "2");
    ds_set_string(f.ds, T(0x0028, 0x1052), VR_DS, "-1000");
    ds_set_string(f.ds, T(0x0028, 0x1050), VR_DS, "3000"); /* the request's wins */
    ds_set_string(f.ds, T(0x0028, 0x1051), VR_DS, "10");
    struct render_params p = {0};
    p.has_window = 1;
    p.center = 100;
    p.width = 51;
    p.voi = RENDER_VOI_LINEAR;
    /* x: 74 -> 0, 76 -> (-23.5/50+.5)*255 = 7.65 -> 8, 100 -> 130.05 -> 130,
     * 124 -> 252.45 -> 252, 126 -> 255, -1000 -> 0, 7190 -> 255,
     * 98 -> (-1.5/50+.5)*255 = 119.85 -> 120. */
    const uint8_t want[] = {0, 8, 130, 252, 255, 0, 255, 120};
    expect_render(&f, &p, want, sizeof want);
    transcode_frame_free(&f);
}
END_TEST

START_TEST(test_render_uses_the_images_first_window_and_its_function)
{
    const int32_t stored[] = {90, 100, 110, 95};
    struct transcode_frame f;
    make_frame(&f, "MONOCHROME2", 1, 4, 1, 8, 8, 0, stored);
    ds_set_string(f.ds, T(0x0028, 0x1050), VR_DS, "100\\40");
    ds_set_string(f.ds, T(0x0028, 0x1051), VR_DS, "20\\400");
    struct render_params p = {0};
    /* LINEAR 100/20: 90 -> 0 (<= 90), 100 -> (0.5/19+.5)*255 = 134.2,
     * 110 -> 255 (> 109), 95 -> (-4.5/19+.5)*255 = 67.1. */
    const uint8_t lin[] = {0, 134, 255, 67};
    expect_render(&f, &p, lin, sizeof lin);

    ds_set_string(f.ds, T(0x0028, 0x1056), VR_CS, "LINEAR_EXACT");
    /* (x - 100) / 20 + 0.5: 90 -> 0, 100 -> 127.5 -> 128, 110 -> 255,
     * 95 -> 63.75 -> 64. */
    const uint8_t exact[] = {0, 128, 255, 64};
    expect_render(&f, &p, exact, sizeof exact);

    ds_set_string(f.ds, T(0x0028, 0x1056), VR_CS, "SIGMOID");
    /* 255 / (1 + exp(-4 (x - 100) / 20)): 90 -> 30.4, 100 -> 127.5,
     * 110 -> 224.6 -> 225, 95 -> 255 / (1 + e) = 68.6. */
    const uint8_t sig[] = {30, 128, 225, 69};
    expect_render(&f, &p, sig, sizeof sig);
    transcode_frame_free(&f);
}
END_TEST

START_TEST(test_render_spreads_the_frames_range_without_a_window)
{
    const int32_t stored[] = {10, 20, 15, 12};
    struct transcode_frame f;
    make_frame(&f, "MONOCHROME2", 2, 2, 1, 8, 8, 0, stored);
    struct render_params p = {0};
    /* 10..20 over 0..255: 15 -> 127.5 -> 128, 12 -> 51. */
    const uint8_t want[] = {0, 255, 128, 51};
    expect_render(&f, &p, want, sizeof want);

    snprintf(f.image.photometric, sizeof f.image.photometric, "MONOCHROME1");
    const uint8_t inverted[] = {255, 0, 127, 204};
    expect_render(&f, &p, inverted, sizeof inverted);
    transcode_frame_free(&f);
}
END_TEST

START_TEST(test_render_signed_12_bit_pixels)
{
    /* Stored as 16-bit words with the sign extended over the high bits,
     * as a modality writes them; -2048..2047 spread over 0..255. */
    const int32_t stored[] = {-2048, 2047, -1, 0};
    struct transcode_frame f;
    make_frame(&f, "MONOCHROME2", 1, 4, 1, 16, 12, 1, stored);
    struct render_params p = {0};
    /* (x + 0.5) / 4095 + 0.5 of 255: -1 -> 127.47 -> 127, 0 -> 127.53. */
    const uint8_t want[] = {0, 255, 127, 128};
    expect_render(&f, &p, want, sizeof want);
    /* A window over the negative values: -1024/1000 LINEAR_EXACT. */
    struct render_params w = {0};
    w.has_window = 1;
    w.center = -1024;
    w.width = 1000;
    w.voi = RENDER_VOI_LINEAR_EXACT;
    const uint8_t windowed[] = {0, 255, 255, 255};
    expect_render(&f, &w, windowed, sizeof windowed);
    transcode_frame_free(&f);
}
END_TEST

START_TEST(test_render_refuses_a_window_the_function_cannot_use)
{
    const int32_t stored[] = {1, 2};
    struct transcode_frame f;
    make_frame(&f, "MONOCHROME2", 1, 2, 1, 8, 8, 0, stored);
    struct render_params p = {0};
    struct render_image out;
    p.has_window = 1;
    p.center = 10;
    p.width = 0.5; /* LINEAR needs at least 1 */
    ck_assert_int_eq(render_frame(&f, &p, &out), DG_EPARSE);
    p.voi = RENDER_VOI_LINEAR_EXACT;
    ck_assert_int_eq(render_frame(&f, &p, &out), 0);
    render_image_free(&out);
    p.width = 0;
    ck_assert_int_eq(render_frame(&f, &p, &out), DG_EPARSE);
    transcode_frame_free(&f);
}
END_TEST

static void set_palette(struct ds *ds, unsigned c, uint16_t entries, uint16_t first, uint16_t bits,
                        const uint8_t *data, size_t len)
{
    uint8_t d[6] = {(uint8_t)entries,      (uint8_t)(entries >> 8), (uint8_t)first,
                    (uint8_t)(first >> 8), (uint8_t)bits,           0};
    ck_assert_int_eq(ds_set(ds, T(0x0028, 0x1101 + c), VR_US, d, sizeof d), 0);
    ck_assert_int_eq(ds_set(ds, T(0x0028, 0x1201 + c), VR_OW, data, len), 0);
}

START_TEST(test_render_palette_color_through_its_tables)
{
    /* 4 entries from stored value 10: red 16-bit entries (the high byte
     * shown), green 8-bit entries in 16-bit words, blue 8-bit packed. */
    const uint8_t red[] = {0x00, 0x00, 0xFF, 0x40, 0xFF, 0x80, 0xFF, 0xFF};
    const uint8_t green[] = {9, 0, 8, 0, 7, 0, 6, 0};
    const uint8_t blue[] = {1, 2, 3, 4};
    const int32_t stored[] = {10, 11, 13, 200, 0};
    struct transcode_frame f;
    make_frame(&f, "PALETTE COLOR", 1, 5, 1, 8, 8, 0, stored);
    set_palette(f.ds, 0, 4, 10, 16, red, sizeof red);
    set_palette(f.ds, 1, 4, 10, 8, green, sizeof green);
    set_palette(f.ds, 2, 4, 10, 8, blue, sizeof blue);
    struct render_params p = {0};
    struct render_image out;
    /* Values past the table take its last entry, before it its first. */
    const uint8_t want[] = {0, 9, 1, 0x40, 8, 2, 0xFF, 6, 4, 0xFF, 6, 4, 0, 9, 1};
    expect_render(&f, &p, want, sizeof want);
    /* A table shorter than its descriptor says is refused, not read past. */
    set_palette(f.ds, 2, 8, 10, 8, blue, sizeof blue);
    ck_assert_int_eq(render_frame(&f, &p, &out), DG_EPARSE);
    transcode_frame_free(&f);
}
END_TEST

START_TEST(test_render_rgb_by_plane_and_ybr_full)
{
    /* Two pixels colour-by-plane: R plane, G plane, B plane. */
    const int32_t planes[] = {255, 10, 0, 20, 0, 30};
    struct transcode_frame f;
    make_frame(&f, "RGB", 1, 2, 3, 8, 8, 0, planes);
    f.image.planar_configuration = 1;
    struct render_params p = {0};
    struct render_image out;
    const uint8_t rgb[] = {255, 0, 0, 10, 20, 30};
    expect_render(&f, &p, rgb, sizeof rgb);
    transcode_frame_free(&f);

    /* Grey 128 and a red: Y 76, Cb 85, Cr 255. */
    const int32_t ybr[] = {128, 128, 128, 76, 85, 255};
    make_frame(&f, "YBR_FULL", 1, 2, 3, 8, 8, 0, ybr);
    const uint8_t want[] = {128, 128, 128, 254, 0, 0};
    expect_render(&f, &p, want, sizeof want);
    transcode_frame_free(&f);

    make_frame(&f, "YBR_FULL_422", 1, 2, 3, 8, 8, 0, ybr);
    ck_assert_int_eq(render_frame(&f, &p, &out), DG_EUNSUPPORTED);
    transcode_frame_free(&f);
}
END_TEST

START_TEST(test_render_fit_keeps_the_aspect)
{
    struct render_params p = {0};
    uint32_t r, c;
    render_fit(256, 512, &p, &r, &c);
    ck_assert_uint_eq(r, 256);
    ck_assert_uint_eq(c, 512);
    p.rows = 128;
    p.columns = 128;
    render_fit(256, 512, &p, &r, &c);
    ck_assert_uint_eq(r, 64);
    ck_assert_uint_eq(c, 128);
    p.rows = 0;
    p.columns = 1024;
    render_fit(256, 512, &p, &r, &c);
    ck_assert_uint_eq(r, 512);
    ck_assert_uint_eq(c, 1024);
    p.rows = 1;
    p.columns = 0;
    render_fit(10, 4000, &p, &r, &c);
    ck_assert_uint_eq(r, 1);
    ck_assert_uint_eq(c, 400);
    p.rows = 1;
    render_fit(4000, 1, &p, &r, &c);
    ck_assert_uint_eq(r, 1);
    ck_assert_uint_eq(c, 1); /* never 0 */
    /* A side that would pass RENDER_MAX_SIDE shrinks the other with it. */
    p.rows = 0;
    p.columns = RENDER_MAX_SIDE;
    render_fit(65535, 1, &p, &r, &c);
    ck_assert_uint_eq(r, RENDER_MAX_SIDE);
    ck_assert_uint_eq(c, 1);
    p.rows = 100000;
    p.columns = 100000;
    render_fit(4000, 2000, &p, &r, &c);
    ck_assert_uint_eq(r, RENDER_MAX_SIDE);
    ck_assert_uint_eq(c, RENDER_MAX_SIDE / 2);
}
END_TEST

START_TEST(test_render_scale_averages_down_and_interpolates_up)
{
    uint8_t px[] = {0, 10, 100, 200, 20, 30, 50, 50};
    struct render_image in = {2, 4, 1, px}, out;
    ck_assert_int_eq(render_scale(&in, 1, 2, &out), 0);
    /* The 2 x 2 blocks: (0 + 10 + 20 + 30) / 4, (100 + 200 + 50 + 50) / 4. */
    const uint8_t down[] = {15, 100};
    ck_assert_mem_eq(out.pixels, down, sizeof down);
    render_image_free(&out);

    uint8_t line[] = {0, 100};
    struct render_image two = {1, 2, 1, line};
    ck_assert_int_eq(render_scale(&two, 1, 4, &out), 0);
    /* Centres at -0.25, 0.25, 0.75, 1.25 of the input: clamped ends. */
    const uint8_t up[] = {0, 25, 75, 100};
    ck_assert_mem_eq(out.pixels, up, sizeof up);
    render_image_free(&out);
}
END_TEST

struct mem_in {
    const uint8_t *p;
    size_t len, pos;
};

static int mem_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct mem_in *m = arg;
    size_t k = m->len - m->pos;
    if (k > cap)
        k = cap;
    memcpy(p, m->p + m->pos, k);
    m->pos += k;
    *n = k;
    return 0;
}

static int buf_write(void *arg, const uint8_t *p, size_t n)
{
    return buf_append(arg, p, n);
}

/* Three frames of 16 x 32 16-bit: frame k is a gradient along the columns,
 * stored value 100 * column + 1000 * k. */
static void gradient_dataset(const char *ts_uid, struct buf *out)
{
    enum { ROWS = 16, COLS = 32, FRAMES = 3 };
    static uint8_t px[ROWS * COLS * 2 * FRAMES];
    for (size_t k = 0; k < FRAMES; k++)
        for (size_t i = 0; i < ROWS * COLS; i++) {
            unsigned v = (unsigned)(100 * (i % COLS) + 1000 * k);
            px[2 * (k * ROWS * COLS + i)] = (uint8_t)v;
            px[2 * (k * ROWS * COLS + i) + 1] = (uint8_t)(v >> 8);
        }
    struct ds *ds = ds_new();
    ds_set_string(ds, T(0x0008, 0x0016), VR_UI, "1.2.840.10008.5.1.4.1.1.7");
    ds_set_string(ds, T(0x0008, 0x0018), VR_UI, "1.2.3.4");
    ds_set_u16(ds, T(0x0028, 0x0002), 1);
    ds_set_string(ds, T(0x0028, 0x0004), VR_CS, "MONOCHROME2");
    ds_set_string(ds, T(0x0028, 0x0008), VR_IS, "3");
    ds_set_u16(ds, T(0x0028, 0x0010), ROWS);
    ds_set_u16(ds, T(0x0028, 0x0011), COLS);
    ds_set_u16(ds, T(0x0028, 0x0100), 16);
    ds_set_u16(ds, T(0x0028, 0x0101), 16);
    ds_set_u16(ds, T(0x0028, 0x0102), 15);
    ds_set_u16(ds, T(0x0028, 0x0103), 0);
    ds_set_string(ds, T(0x0028, 0x1050), VR_DS, "2550");
    ds_set_string(ds, T(0x0028, 0x1051), VR_DS, "3000");
    ds_set_ref(ds, T(0x7FE0, 0x0010), VR_OW, px, sizeof px);
    struct buf le;
    buf_init(&le, (size_t)1 << 24);
    ck_assert_int_eq(enc_encode(ds, ts_find(TS_EXPLICIT_LE, strlen(TS_EXPLICIT_LE)), &le), 0);
    ds_free(ds);
    buf_init(out, (size_t)1 << 24);
    if (strcmp(ts_uid, TS_EXPLICIT_LE) == 0) {
        ck_assert_int_eq(buf_append(out, le.data, le.len), 0);
    } else {
        struct mem_in m = {le.data, le.len, 0};
        struct transcode_result res;
        ck_assert_int_eq(transcode_dataset(TS_EXPLICIT_LE, mem_read, &m, ts_uid, NULL, "1.2.3",
                                           buf_write, out, &res),
                         0);
    }
    buf_free(&le);
}

/* What frame 1 of the gradient gives at column c in the image's window
 * 2550/3000 LINEAR: x = 100 c + 1000. */
static int gradient_value(unsigned c)
{
    double x = 100.0 * c + 1000;
    if (x <= 2550 - 0.5 - 2999 / 2.0)
        return 0;
    if (x > 2550 - 0.5 + 2999 / 2.0)
        return 255;
    double y = ((x - 2549.5) / 2999 + 0.5) * 255;
    return (int)(y + 0.5);
}

static void check_png(const struct buf *b, uint32_t rows, uint32_t cols)
{
    png_image im;
    memset(&im, 0, sizeof im);
    im.version = PNG_IMAGE_VERSION;
    ck_assert(png_image_begin_read_from_memory(&im, b->data, b->len));
    ck_assert_uint_eq(im.width, cols);
    ck_assert_uint_eq(im.height, rows);
    ck_assert(!(im.format & PNG_FORMAT_FLAG_COLOR));
    im.format = PNG_FORMAT_GRAY;
    uint8_t *px = malloc(PNG_IMAGE_SIZE(im));
    ck_assert(png_image_finish_read(&im, NULL, px, 0, NULL));
    for (uint32_t r = 0; r < rows; r++)
        for (uint32_t c = 0; c < cols; c++)
            ck_assert_int_eq(px[r * cols + c], gradient_value(c));
    free(px);
}

START_TEST(test_render_dataset_frame_as_png_native_and_rle)
{
    const char *syntaxes[] = {TS_EXPLICIT_LE, TS_RLE, TS_EXPLICIT_BE};
    for (size_t s = 0; s < sizeof syntaxes / sizeof syntaxes[0]; s++) {
        struct buf ds, png;
        gradient_dataset(syntaxes[s], &ds);
        struct render_params p = {0};
        p.frame = 1;
        p.format = RENDER_PNG;
        buf_init(&png, (size_t)1 << 24);
        struct mem_in m = {ds.data, ds.len, 0};
        ck_assert_int_eq(render_dataset(syntaxes[s], mem_read, &m, &p, &png), 0);
        check_png(&png, 16, 32);
        buf_free(&png);

        p.frame = 3; /* 3 frames: 0, 1, 2 */
        m.pos = 0;
        buf_init(&png, (size_t)1 << 24);
        ck_assert_int_eq(render_dataset(syntaxes[s], mem_read, &m, &p, &png), DG_ENOTFOUND);
        buf_free(&png);
        buf_free(&ds);
    }
}
END_TEST

START_TEST(test_render_dataset_as_jpeg_fitted)
{
    struct buf ds, jpg;
    gradient_dataset(TS_EXPLICIT_LE, &ds);
    struct render_params p = {0};
    p.frame = 1;
    p.rows = 8; /* half size: 8 x 16 */
    p.quality = 95;
    buf_init(&jpg, (size_t)1 << 24);
    struct mem_in m = {ds.data, ds.len, 0};
    ck_assert_int_eq(render_dataset(TS_EXPLICIT_LE, mem_read, &m, &p, &jpg), 0);
    ck_assert_uint_ge(jpg.len, 4);
    ck_assert_uint_eq(jpg.data[0], 0xFF);
    ck_assert_uint_eq(jpg.data[1], 0xD8);

    struct jpeg_decompress_struct d;
    struct jpeg_error_mgr err;
    d.err = jpeg_std_error(&err);
    jpeg_create_decompress(&d);
    jpeg_mem_src(&d, jpg.data, jpg.len);
    ck_assert_int_eq(jpeg_read_header(&d, TRUE), JPEG_HEADER_OK);
    jpeg_start_decompress(&d);
    ck_assert_uint_eq(d.output_width, 16);
    ck_assert_uint_eq(d.output_height, 8);
    ck_assert_int_eq(d.output_components, 1);
    uint8_t row[16];
    while (d.output_scanline < d.output_height) {
        JSAMPROW r = row;
        jpeg_read_scanlines(&d, &r, 1);
        /* Output column c averages input columns 2c and 2c + 1. */
        for (unsigned c = 0; c < 16; c++) {
            int want = (gradient_value(2 * c) + gradient_value(2 * c + 1) + 1) / 2;
            ck_assert_int_le(abs(row[c] - want), 4);
        }
    }
    jpeg_finish_decompress(&d);
    jpeg_destroy_decompress(&d);
    buf_free(&jpg);
    buf_free(&ds);
}
END_TEST

START_TEST(test_render_dataset_fails_cleanly_when_cut_short)
{
    const char *syntaxes[] = {TS_EXPLICIT_LE, TS_RLE};
    for (size_t s = 0; s < sizeof syntaxes / sizeof syntaxes[0]; s++) {
        struct buf ds;
        gradient_dataset(syntaxes[s], &ds);
        struct render_params p = {0};
        p.frame = 1;
        /* Cut anywhere before the end of frame 1 (the last frame's bytes
         * are not read for it, so cuts there may still render). */
        for (size_t len = 0; len < ds.len * 2 / 3; len += 7) {
            struct buf out;
            buf_init(&out, (size_t)1 << 24);
            struct mem_in m = {ds.data, len, 0};
            ck_assert_msg(render_dataset(syntaxes[s], mem_read, &m, &p, &out) != 0,
                          "%s cut at %zu rendered", syntaxes[s], len);
            buf_free(&out);
        }
        buf_free(&ds);
    }
}
END_TEST

START_TEST(test_render_encode_stops_at_the_buffers_cap)
{
    uint8_t px[64 * 64];
    for (size_t i = 0; i < sizeof px; i++)
        px[i] = (uint8_t)(i * 37);
    struct render_image im = {64, 64, 1, px};
    struct buf small;
    buf_init(&small, 100);
    ck_assert_int_eq(render_encode(&im, RENDER_PNG, 0, &small), DG_ETOOBIG);
    buf_free(&small);
    buf_init(&small, 100);
    ck_assert_int_eq(render_encode(&im, RENDER_JPEG, 0, &small), DG_ETOOBIG);
    buf_free(&small);
}
END_TEST

static Suite *render_suite(void)
{
    Suite *s = suite_create("render");
    TCase *tc = tcase_create("render");
    tcase_add_test(tc, test_render_linear_window_from_request_after_rescale);
    tcase_add_test(tc, test_render_uses_the_images_first_window_and_its_function);
    tcase_add_test(tc, test_render_spreads_the_frames_range_without_a_window);
    tcase_add_test(tc, test_render_signed_12_bit_pixels);
    tcase_add_test(tc, test_render_refuses_a_window_the_function_cannot_use);
    tcase_add_test(tc, test_render_palette_color_through_its_tables);
    tcase_add_test(tc, test_render_rgb_by_plane_and_ybr_full);
    tcase_add_test(tc, test_render_fit_keeps_the_aspect);
    tcase_add_test(tc, test_render_scale_averages_down_and_interpolates_up);
    tcase_add_test(tc, test_render_dataset_frame_as_png_native_and_rle);
    tcase_add_test(tc, test_render_dataset_as_jpeg_fitted);
    tcase_add_test(tc, test_render_dataset_fails_cleanly_when_cut_short);
    tcase_add_test(tc, test_render_encode_stops_at_the_buffers_cap);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(render_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
