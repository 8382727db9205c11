/* Unit tests for src/core/transcode: datasets made here, encoded by the
 * data layer, streamed through transcode_dataset between the uncompressed
 * syntaxes and RLE, and compared with what was made: round trips of
 * 8/16-bit, signed and unsigned, monochrome and RGB, single and
 * multi-frame images; the frames of encapsulated data found through the
 * Basic and Extended Offset Tables or by fragments; frame counts and
 * offsets that lie, empty fragments; every truncation; lossy output as a
 * new instance; and memory bounded by a frame for an object of hundreds of
 * MB. */
#include "codec/codec.h"
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
#include <sys/wait.h>
#include <unistd.h>

#define T(g, e) (((uint32_t)(g) << 16) | (e))
#define TAG_PIXELS T(0x7FE0, 0x0010)

struct mem_in {
    const uint8_t *p;
    size_t len, pos;
    size_t step; /* bytes per read, to cut the input at odd places */
};

static int mem_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct mem_in *m = arg;
    size_t k = m->len - m->pos;
    if (k > cap)
        k = cap;
    if (m->step && k > m->step)
        k = m->step;
    memcpy(p, m->p + m->pos, k);
    m->pos += k;
    *n = k;
    return 0;
}

static int buf_write(void *arg, const uint8_t *p, size_t n)
{
    return buf_append(arg, p, n);
}

struct image {
    uint16_t rows, cols, samples, bits, stored, signed_, planar;
    uint32_t frames;
    const char *photometric;
};

static size_t pixel_bytes(const struct image *im)
{
    return (size_t)im->rows * im->cols * im->samples * (im->bits / 8) * im->frames;
}

/* Pixels with runs and noise, sign-extended for a signed image so that
 * every stored bit pattern is a valid sample. */
static void fill_pixels(uint8_t *p, const struct image *im, unsigned seed)
{
    size_t n = pixel_bytes(im);
    uint32_t x = seed * 7919u + 17;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        p[i] = (x >> 28) < 6 && i > 0 ? p[i - 1] : (uint8_t)(x >> 16);
    }
    if (im->bits == 16 && im->stored < 16) {
        for (size_t i = 0; i + 1 < n; i += 2) {
            uint16_t v = (uint16_t)(p[i] | p[i + 1] << 8) & (uint16_t)((1u << im->stored) - 1);
            if (im->signed_ && (v >> (im->stored - 1)))
                v |= (uint16_t)(0xFFFFu << im->stored);
            p[i] = (uint8_t)v;
            p[i + 1] = (uint8_t)(v >> 8);
        }
    }
}

/* A dataset with the Image Pixel module of im and the given pixels (NULL:
 * none), and a few elements before and after them. */
static struct ds *make_ds(const struct image *im, const uint8_t *pixels)
{
    struct ds *ds = ds_new();
    char frames[16];
    ck_assert_ptr_nonnull(ds);
    ds_set_string(ds, T(0x0008, 0x0008), VR_CS, "ORIGINAL\\PRIMARY");
    ds_set_string(ds, T(0x0008, 0x0016), VR_UI, "1.2.840.10008.5.1.4.1.1.7");
    ds_set_string(ds, T(0x0008, 0x0018), VR_UI, "1.2.3.4.5.6");
    ds_set_string(ds, T(0x0010, 0x0010), VR_PN, "TEST^TRANSCODE");
    struct ds *item;
    ck_assert_int_eq(ds_add_item(ds, T(0x0008, 0x1140), &item), 0);
    ds_set_string(item, T(0x0008, 0x1155), VR_UI, "1.2.3.9");
    ds_set_u16(ds, T(0x0028, 0x0002), im->samples);
    ds_set_string(ds, T(0x0028, 0x0004), VR_CS, im->photometric);
    if (im->samples > 1)
        ds_set_u16(ds, T(0x0028, 0x0006), im->planar);
    if (im->frames > 1) {
        snprintf(frames, sizeof frames, "%u", im->frames);
        ds_set_string(ds, T(0x0028, 0x0008), VR_IS, frames);
    }
    ds_set_u16(ds, T(0x0028, 0x0010), im->rows);
    ds_set_u16(ds, T(0x0028, 0x0011), im->cols);
    ds_set_u16(ds, T(0x0028, 0x0100), im->bits);
    ds_set_u16(ds, T(0x0028, 0x0101), im->stored);
    ds_set_u16(ds, T(0x0028, 0x0102), (uint16_t)(im->stored - 1));
    ds_set_u16(ds, T(0x0028, 0x0103), im->signed_);
    if (pixels)
        ds_set_ref(ds, TAG_PIXELS, im->bits > 8 ? VR_OW : VR_OB, pixels, pixel_bytes(im));
    ds_set(ds, T(0xFFFC, 0xFFFC), VR_OB, "\0\0\0\0", 4);
    return ds;
}

static void encode(const struct ds *ds, const char *ts_uid, struct buf *out)
{
    buf_init(out, (size_t)1 << 30);
    ck_assert_int_eq(enc_encode(ds, ts_find(ts_uid, strlen(ts_uid)), out), 0);
}

/* Transcode in[0..len) from one syntax to another into out. */
static int run(const char *from, const uint8_t *in, size_t len, size_t step, const char *to,
               struct buf *out, struct transcode_result *res)
{
    struct mem_in m = {in, len, 0, step};
    buf_init(out, (size_t)1 << 30);
    return transcode_dataset(from, mem_read, &m, to, NULL, "1.2.826.0.1.3680043.9.7433", buf_write,
                             out, res);
}

/* A chain of syntaxes from Explicit LE back to Explicit LE gives the bytes
 * it started from. */
static void round_trip(const struct image *im, const char *const *chain, size_t n, unsigned seed)
{
    uint8_t *px = malloc(pixel_bytes(im));
    fill_pixels(px, im, seed);
    struct ds *ds = make_ds(im, px);
    struct buf start, cur;
    encode(ds, TS_EXPLICIT_LE, &start);
    encode(ds, TS_EXPLICIT_LE, &cur);
    const char *at = TS_EXPLICIT_LE;
    for (size_t i = 0; i < n; i++) {
        struct buf next;
        struct transcode_result res;
        int rc = run(at, cur.data, cur.len, 1000 + i * 77, chain[i], &next, &res);
        ck_assert_msg(rc == 0, "%s -> %s: %d (%ux%u x%u %u-bit, %u frames)", at, chain[i], rc,
                      im->rows, im->cols, im->samples, im->bits, im->frames);
        ck_assert_uint_eq(res.bytes_written, next.len);
        ck_assert_int_eq(res.lossy_applied, 0);
        ck_assert_int_eq(res.new_instance, 0);
        ck_assert_str_eq(res.sop_instance, "1.2.3.4.5.6");
        buf_free(&cur);
        cur = next;
        at = chain[i];
    }
    ck_assert_str_eq(at, TS_EXPLICIT_LE);
    ck_assert_uint_eq(cur.len, start.len);
    ck_assert_mem_eq(cur.data, start.data, start.len);
    buf_free(&cur);
    buf_free(&start);
    ds_free(ds);
    free(px);
}

START_TEST(test_transcode_round_trips_through_rle_and_uncompressed)
{
    static const char *const through_rle[] = {TS_RLE, TS_EXPLICIT_LE};
    static const char *const all[] = {TS_EXPLICIT_BE, TS_RLE,         TS_DEFLATED_LE, TS_RLE,
                                      TS_IMPLICIT_LE, TS_EXPLICIT_BE, TS_EXPLICIT_LE};
    const struct image images[] = {
        {7, 9, 1, 8, 8, 0, 0, 1, "MONOCHROME2"},
        {16, 16, 1, 16, 12, 0, 0, 1, "MONOCHROME2"},
        {16, 15, 1, 16, 12, 1, 0, 3, "MONOCHROME1"},
        {5, 6, 1, 16, 16, 1, 0, 2, "MONOCHROME2"},
        {8, 8, 3, 8, 8, 0, 0, 1, "RGB"},
        {9, 7, 3, 8, 8, 0, 1, 4, "RGB"},
        {4, 4, 3, 16, 16, 0, 0, 2, "RGB"},
        {3, 5, 1, 8, 8, 0, 0, 5, "MONOCHROME2"},
    };
    for (size_t i = 0; i < sizeof images / sizeof images[0]; i++) {
        round_trip(&images[i], through_rle, 2, (unsigned)i);
        round_trip(&images[i], all, sizeof all / sizeof all[0], (unsigned)i + 100);
    }
}
END_TEST

/* RLE output: an empty Basic Offset Table and one even fragment per
 * frame, each of which decodes alone to its frame. */
START_TEST(test_transcode_writes_one_fragment_per_frame)
{
    const struct image im = {6, 5, 1, 16, 16, 0, 0, 3, "MONOCHROME2"};
    uint8_t *px = malloc(pixel_bytes(&im));
    fill_pixels(px, &im, 5);
    struct ds *ds = make_ds(&im, px);
    struct buf in, out;
    struct transcode_result res;
    encode(ds, TS_EXPLICIT_LE, &in);
    ck_assert_int_eq(run(TS_EXPLICIT_LE, in.data, in.len, 0, TS_RLE, &out, &res), 0);
    struct ds *got = ds_new();
    ck_assert_int_eq(
        enc_decode(out.data, out.len, ts_find(TS_RLE, strlen(TS_RLE)), NULL, got, NULL), 0);
    const struct ds_elem *e = ds_find(got, TAG_PIXELS);
    ck_assert_ptr_nonnull(e);
    ck_assert(e->flags & DS_F_ENCAPSULATED);
    ck_assert_uint_eq(ds_elem_fragment_count(e), 4);
    const uint8_t *p;
    size_t len;
    ck_assert_int_eq(ds_elem_fragment(e, 0, &p, &len), 0);
    ck_assert_uint_eq(len, 0);
    const struct codec *rle = codec_find(TS_RLE);
    struct codec_image img = {6, 5, 3, 1, 16, 16, 15, 0, 0, "MONOCHROME2"}, native;
    uint8_t frame[60];
    for (unsigned f = 0; f < 3; f++) {
        ck_assert_int_eq(ds_elem_fragment(e, f + 1, &p, &len), 0);
        ck_assert_uint_eq(len % 2, 0);
        ck_assert_int_eq(rle->decode(&img, p, len, &native, frame, sizeof frame), 0);
        ck_assert_mem_eq(frame, px + 60 * f, 60);
    }
    ck_assert_ptr_nonnull(ds_find(got, T(0xFFFC, 0xFFFC)));
    ds_free(got);
    buf_free(&in);
    buf_free(&out);
    ds_free(ds);
    free(px);
}
END_TEST

/* Encapsulated RLE data made by hand: frames cut into fragments, with or
 * without offset tables. */
struct frag_layout {
    int bot;      /* fill the Basic Offset Table */
    int eot;      /* add an Extended Offset Table */
    int split;    /* cut each frame into two fragments */
    int frames;   /* frames in the data */
    int declared; /* NumberOfFrames */
    int empty;    /* this frame (from 1) is one zero-length fragment */
};

static void put_item(struct buf *b, uint32_t tag, const void *p, uint32_t len)
{
    uint8_t h[8] = {(uint8_t)(tag >> 16), (uint8_t)(tag >> 24), (uint8_t)tag,
                    (uint8_t)(tag >> 8),  (uint8_t)len,         (uint8_t)(len >> 8),
                    (uint8_t)(len >> 16), (uint8_t)(len >> 24)};
    ck_assert_int_eq(buf_append(b, h, 8), 0);
    if (len)
        ck_assert_int_eq(buf_append(b, p, len), 0);
}

/* A dataset of im's header followed by RLE pixel data in layout l, its
 * frames encoded from px. */
static void make_rle(const struct image *im, const uint8_t *px, const struct frag_layout *l,
                     struct buf *out)
{
    struct image declared = *im;
    declared.frames = (uint32_t)l->declared;
    struct ds *ds = make_ds(&declared, NULL);
    ds_remove(ds, T(0xFFFC, 0xFFFC));
    const struct codec *rle = codec_find(TS_RLE);
    struct codec_image img = {
        im->rows, im->cols, 1, im->samples, im->bits, im->stored, (uint16_t)(im->stored - 1),
        0,        0,        ""};
    strcpy(img.photometric, im->photometric);
    size_t fsize = (size_t)im->rows * im->cols * im->samples * (im->bits / 8);
    struct buf frames[8], items;
    uint8_t bot[32], eot[64];
    uint32_t at = 0;
    buf_init(&items, 1 << 20);
    for (int f = 0; f < l->frames; f++) {
        struct codec_image coded;
        buf_init(&frames[f], 1 << 20);
        ck_assert_int_eq(rle->encode(&img, px + fsize * f, fsize, NULL, &coded, &frames[f]), 0);
        for (int i = 0; i < 4; i++) {
            bot[4 * f + i] = (uint8_t)(at >> (8 * i));
            eot[8 * f + i] = (uint8_t)(at >> (8 * i));
            eot[8 * f + 4 + i] = 0;
        }
        uint32_t len = f + 1 == l->empty ? 0 : (uint32_t)frames[f].len;
        uint32_t first = l->split ? (len / 2 + 1) & ~1u : len;
        put_item(&items, 0xFFFEE000u, frames[f].data, first);
        if (l->split)
            put_item(&items, 0xFFFEE000u, frames[f].data + first, len - first);
        at = (uint32_t)items.len;
        buf_free(&frames[f]);
    }
    if (l->eot)
        ds_set(ds, T(0x7FE0, 0x0001), VR_OV, eot, 8 * (size_t)l->frames);
    encode(ds, TS_EXPLICIT_LE, out);
    const uint8_t ph[12] = {0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF};
    ck_assert_int_eq(buf_append(out, ph, 12), 0);
    put_item(out, 0xFFFEE000u, bot, l->bot ? 4 * (uint32_t)l->frames : 0);
    ck_assert_int_eq(buf_append(out, items.data, items.len), 0);
    put_item(out, 0xFFFEE0DDu, NULL, 0);
    buf_free(&items);
    ds_free(ds);
}

static int decode_rle(const struct image *im, const uint8_t *px, const struct frag_layout *l)
{
    struct buf in, out;
    struct transcode_result res;
    make_rle(im, px, l, &in);
    int rc = run(TS_RLE, in.data, in.len, 333, TS_EXPLICIT_LE, &out, &res);
    if (rc == 0) {
        struct ds *got = ds_new();
        ck_assert_int_eq(enc_decode(out.data, out.len, ts_explicit_le(), NULL, got, NULL), 0);
        const struct ds_elem *e = ds_find(got, TAG_PIXELS);
        ck_assert_ptr_nonnull(e);
        size_t n = pixel_bytes(im) / im->frames * (size_t)l->declared;
        ck_assert_uint_eq(e->len, n + n % 2);
        ck_assert_mem_eq(e->value, px, n);
        ck_assert_ptr_null(ds_find(got, T(0x7FE0, 0x0001)));
        ds_free(got);
    }
    buf_free(&in);
    buf_free(&out);
    return rc;
}

START_TEST(test_transcode_finds_frames_by_offsets_or_fragments)
{
    const struct image im = {5, 7, 1, 16, 16, 0, 0, 3, "MONOCHROME2"};
    uint8_t *px = malloc(pixel_bytes(&im));
    fill_pixels(px, &im, 9);
    /* Basic Offset Table with frames of two fragments each. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){1, 0, 1, 3, 3, 0}), 0);
    /* Extended Offset Table, empty Basic one. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){0, 1, 1, 3, 3, 0}), 0);
    /* No table: one fragment per frame. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){0, 0, 0, 3, 3, 0}), 0);
    /* A single frame in two fragments without a table. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){0, 0, 1, 1, 1, 0}), 0);
    free(px);
}
END_TEST

START_TEST(test_transcode_refuses_frame_counts_and_offsets_that_lie)
{
    const struct image im = {5, 7, 1, 16, 16, 0, 0, 3, "MONOCHROME2"};
    uint8_t *px = malloc(pixel_bytes(&im));
    fill_pixels(px, &im, 9);
    /* More frames declared than there are. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){0, 0, 0, 2, 3, 0}), DG_ETRUNC);
    /* Fewer declared: the Basic Offset Table disagrees. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){1, 0, 0, 3, 2, 0}), DG_EMISMATCH);
    /* Fewer declared, no table: a fragment is left over. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){0, 0, 0, 3, 2, 0}), DG_EMISMATCH);
    /* A frame split in two without a table is two frames: the second
     * fragment alone is no RLE frame. */
    int rc = decode_rle(&im, px, &(struct frag_layout){0, 0, 1, 3, 3, 0});
    ck_assert(rc == DG_EPARSE || rc == DG_ETRUNC || rc == DG_EMISMATCH);
    /* An Extended Offset Table of the wrong size. */
    ck_assert_int_eq(decode_rle(&im, px, &(struct frag_layout){0, 1, 0, 2, 3, 0}), DG_EMISMATCH);
    /* A zero-length Item where a frame should be, the frames found by the
     * Basic Offset Table or by fragments; and a single frame of it alone. */
    for (int bot = 0; bot <= 1; bot++) {
        for (int empty = 1; empty <= 3; empty++) {
            rc = decode_rle(&im, px, &(struct frag_layout){bot, 0, 0, 3, 3, empty});
            ck_assert_msg(rc == DG_EPARSE || rc == DG_ETRUNC, "frame %d empty, table %d: %d", empty,
                          bot, rc);
        }
    }
    const struct image one = {5, 7, 1, 16, 16, 0, 0, 1, "MONOCHROME2"};
    rc = decode_rle(&one, px, &(struct frag_layout){0, 0, 0, 1, 1, 1});
    ck_assert_msg(rc == DG_EPARSE || rc == DG_ETRUNC, "a single empty frame: %d", rc);
    free(px);
}
END_TEST

/* Every prefix of an RLE object fails cleanly (ASan in CI sees the
 * accesses), and so does a native one whose pixels are too few. */
START_TEST(test_transcode_fails_cleanly_on_every_truncation)
{
    const struct image im = {4, 6, 3, 8, 8, 0, 0, 2, "RGB"};
    uint8_t *px = malloc(pixel_bytes(&im));
    fill_pixels(px, &im, 2);
    struct buf in, out;
    struct transcode_result res;
    make_rle(&im, px, &(struct frag_layout){1, 0, 1, 2, 2, 0}, &in);
    /* Cut between two elements before the pixel data, the rest is a
     * shorter dataset; cut anywhere else, an error. */
    static const uint8_t pixel_tag[] = {0xE0, 0x7F, 0x10, 0x00, 'O', 'B'};
    size_t pixels_at = 0;
    while (memcmp(in.data + pixels_at, pixel_tag, sizeof pixel_tag) != 0)
        pixels_at++;
    for (size_t len = 0; len < in.len; len++) {
        int rc = run(TS_RLE, in.data, len, 0, TS_EXPLICIT_LE, &out, &res);
        ck_assert_msg(rc == DG_ETRUNC || rc == DG_EPARSE || (rc == 0 && len <= pixels_at),
                      "length %zu of %zu gave %d", len, in.len, rc);
        buf_free(&out);
    }
    buf_free(&in);

    struct image more = im;
    more.frames = 3;
    struct ds *ds = make_ds(&more, px); /* 3 frames declared, the pixels of 2 */
    ds_set_ref(ds, TAG_PIXELS, VR_OB, px, pixel_bytes(&im));
    encode(ds, TS_EXPLICIT_LE, &in);
    ck_assert_int_eq(run(TS_EXPLICIT_LE, in.data, in.len, 0, TS_RLE, &out, &res), DG_EMISMATCH);
    buf_free(&out);
    buf_free(&in);
    ds_free(ds);
    free(px);
}
END_TEST

START_TEST(test_transcode_possible_knows_the_codecs)
{
    ck_assert_int_eq(transcode_possible(TS_RLE, TS_IMPLICIT_LE), 1);
    ck_assert_int_eq(transcode_possible(TS_DEFLATED_LE, TS_RLE), 1);
    ck_assert_int_eq(transcode_possible(TS_EXPLICIT_BE, TS_DEFLATED_LE), 1);
    ck_assert_int_eq(transcode_possible("1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.100"), 1);
    ck_assert_int_eq(transcode_possible("1.2.840.10008.1.2.4.100", TS_EXPLICIT_LE), 0);
    ck_assert_int_eq(transcode_possible("1.2.3", TS_EXPLICIT_LE), 0);
    struct buf out;
    struct transcode_result res;
    ck_assert_int_eq(
        run("1.2.840.10008.1.2.4.100", (const uint8_t *)"", 0, 0, TS_EXPLICIT_LE, &out, &res),
        DG_EUNSUPPORTED);
    buf_free(&out);
}
END_TEST

/* A dataset without pixel data, and one in the same compressed syntax on
 * both sides (the items are copied). */
START_TEST(test_transcode_passes_objects_without_pixels_and_same_syntax)
{
    const struct image im = {2, 2, 1, 8, 8, 0, 0, 1, "MONOCHROME2"};
    struct ds *ds = make_ds(&im, NULL);
    struct buf in, be, back, out;
    struct transcode_result res;
    encode(ds, TS_EXPLICIT_LE, &in);
    ck_assert_int_eq(run(TS_EXPLICIT_LE, in.data, in.len, 5, TS_EXPLICIT_BE, &be, &res), 0);
    ck_assert_int_eq(run(TS_EXPLICIT_BE, be.data, be.len, 0, TS_EXPLICIT_LE, &back, &res), 0);
    ck_assert_uint_eq(back.len, in.len);
    ck_assert_mem_eq(back.data, in.data, in.len);
    buf_free(&back);
    buf_free(&be);
    buf_free(&in);

    uint8_t px[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    const struct image three = {2, 2, 1, 8, 8, 0, 0, 3, "MONOCHROME2"};
    make_rle(&three, px, &(struct frag_layout){1, 0, 1, 3, 3, 0}, &in);
    ck_assert_int_eq(run(TS_RLE, in.data, in.len, 0, TS_RLE, &out, &res), 0);
    ck_assert_uint_eq(out.len, in.len);
    ck_assert_mem_eq(out.data, in.data, in.len);
    buf_free(&out);
    buf_free(&in);
    ds_free(ds);
}
END_TEST

/* Lossy output is a new image (PS3.3 C.7.6.1.1.5): checked for every
 * lossy syntax we encode. */
START_TEST(test_transcode_lossy_output_is_a_new_derived_instance)
{
    static const struct {
        const char *ts, *method;
    } lossy[] = {
        {TS_JPEG_BASELINE, "ISO_10918_1"},           {"1.2.840.10008.1.2.4.51", "ISO_10918_1"},
        {"1.2.840.10008.1.2.4.81", "ISO_14495_1"},   {"1.2.840.10008.1.2.4.91", "ISO_15444_1"},
        {"1.2.840.10008.1.2.4.203", "ISO_15444_15"},
    };
    const struct image im = {32, 32, 1, 8, 8, 0, 0, 2, "MONOCHROME2"};
    uint8_t *px = malloc(pixel_bytes(&im));
    fill_pixels(px, &im, 11);
    struct ds *ds = make_ds(&im, px);
    struct buf in;
    encode(ds, TS_EXPLICIT_LE, &in);
    for (size_t i = 0; i < sizeof lossy / sizeof lossy[0]; i++) {
        /* Every codec is built (configure requires its library). */
        const struct codec *c = codec_find(lossy[i].ts);
        ck_assert_msg(c && c->encode, "no encoder for %s", lossy[i].ts);
        struct codec_options opt = {90, 2};
        struct mem_in m = {in.data, in.len, 0, 0};
        struct buf out;
        struct transcode_result res;
        buf_init(&out, (size_t)1 << 30);
        ck_assert_int_eq(transcode_dataset(TS_EXPLICIT_LE, mem_read, &m, lossy[i].ts, &opt,
                                           "1.2.826.0.1.3680043.9.7433", buf_write, &out, &res),
                         0);
        ck_assert_int_eq(res.lossy_applied, 1);
        ck_assert_int_eq(res.new_instance, 1);
        ck_assert_str_ne(res.sop_instance, "1.2.3.4.5.6");
        ck_assert(strncmp(res.sop_instance, "1.2.826.0.1.3680043.9.7433.", 27) == 0);
        struct ds *got = ds_new();
        ck_assert_int_eq(enc_decode(out.data, out.len, ts_find(lossy[i].ts, strlen(lossy[i].ts)),
                                    NULL, got, NULL),
                         0);
        char v[128];
        ck_assert_int_eq(ds_get_string(got, T(0x0008, 0x0018), v, sizeof v), 0);
        ck_assert_str_eq(v, res.sop_instance);
        ck_assert_int_eq(ds_get_string(got, T(0x0028, 0x2110), v, sizeof v), 0);
        ck_assert_str_eq(v, "01");
        ck_assert_int_eq(ds_get_string(got, T(0x0028, 0x2114), v, sizeof v), 0);
        ck_assert_str_eq(v, lossy[i].method);
        double ratio = 0;
        ck_assert_int_eq(ds_get_double(got, T(0x0028, 0x2112), 0, &ratio), 0);
        ck_assert(ratio > 0);
        ck_assert_int_eq(ds_get_string(got, T(0x0008, 0x0008), v, sizeof v), 0);
        ck_assert_str_eq(v, "DERIVED\\PRIMARY");
        const struct ds_elem *src = ds_find(got, T(0x0008, 0x2112));
        ck_assert_ptr_nonnull(src);
        ck_assert_uint_eq(src->nitems, 1);
        ck_assert_int_eq(ds_get_string(src->items[0], T(0x0008, 0x1155), v, sizeof v), 0);
        ck_assert_str_eq(v, "1.2.3.4.5.6");
        ck_assert_int_eq(ds_get_string(src->items[0], T(0x0008, 0x1150), v, sizeof v), 0);
        ck_assert_str_eq(v, "1.2.840.10008.5.1.4.1.1.7");
        ds_free(got);
        buf_free(&out);
    }
    buf_free(&in);
    ds_free(ds);
    free(px);
}
END_TEST

/* A reader that makes a big object as it is read: a header, then frames
 * (native, or one RLE frame repeated), never all of it in memory. */
struct big_in {
    struct buf head;
    const uint8_t *frame; /* what each frame is, as the stream carries it */
    size_t frame_len;
    uint32_t frames;
    int encapsulated;
    size_t pos; /* in the whole stream */
};

static int big_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct big_in *b = arg;
    size_t per = b->frame_len + (b->encapsulated ? 8 : 0);
    size_t total = b->head.len + per * b->frames + (b->encapsulated ? 8 : 0);
    size_t k = 0;
    while (k < cap && b->pos < total) {
        size_t at = b->pos, piece;
        const uint8_t *src;
        uint8_t item[8] = {0xFE, 0xFF, 0x00, 0xE0};
        if (at < b->head.len) {
            src = b->head.data + at;
            piece = b->head.len - at;
        } else if (at - b->head.len < per * b->frames) {
            size_t in = (at - b->head.len) % per;
            if (b->encapsulated && in < 8) {
                uint32_t len = (uint32_t)b->frame_len;
                memcpy(item + 4, &len, 4);
                src = item + in;
                piece = 8 - in;
            } else {
                size_t off = in - (b->encapsulated ? 8 : 0);
                src = b->frame + off;
                piece = b->frame_len - off;
            }
        } else {
            static const uint8_t delim[8] = {0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0};
            size_t in = at - b->head.len - per * b->frames;
            src = delim + in;
            piece = 8 - in;
        }
        if (piece > cap - k)
            piece = cap - k;
        memcpy(p + k, src, piece);
        k += piece;
        b->pos += piece;
    }
    *n = k;
    return 0;
}

struct counter {
    uint64_t bytes;
};

static int count_write(void *arg, const uint8_t *p, size_t n)
{
    (void)p;
    ((struct counter *)arg)->bytes += n;
    return 0;
}

static long peak_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld", &kib) == 1)
            break;
    if (f)
        fclose(f);
    return kib;
}

/* 320 frames of 1 MiB (320 MiB) each way between Explicit LE and RLE, in a
 * child process whose peak resident size must stay within a few frames of
 * where it started. */
static void bounded(int encapsulated)
{
    const struct image im = {512, 1024, 1, 16, 16, 0, 0, 320, "MONOCHROME2"};
    size_t fsize = (size_t)im.rows * im.cols * 2;
    uint8_t *frame = malloc(fsize);
    struct image one = im;
    one.frames = 1;
    fill_pixels(frame, &one, 4);
    struct big_in b = {0};
    struct buf rle;
    buf_init(&rle, (size_t)1 << 24);
    b.frames = im.frames;
    b.frame = frame;
    b.frame_len = fsize;
    if (encapsulated) {
        struct codec_image img = {im.rows, im.cols, 1, 1, 16, 16, 15, 0, 0, "MONOCHROME2"}, coded;
        ck_assert_int_eq(codec_find(TS_RLE)->encode(&img, frame, fsize, NULL, &coded, &rle), 0);
        b.frame = rle.data;
        b.frame_len = rle.len;
        b.encapsulated = 1;
    }
    struct ds *ds = make_ds(&im, NULL);
    ds_remove(ds, T(0xFFFC, 0xFFFC));
    encode(ds, TS_EXPLICIT_LE, &b.head);
    ds_free(ds);
    uint32_t len = encapsulated ? 0xFFFFFFFFu : (uint32_t)(fsize * im.frames);
    uint8_t ph[12] = {0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0};
    memcpy(ph + 8, &len, 4);
    ck_assert_int_eq(buf_append(&b.head, ph, 12), 0);
    if (encapsulated)
        put_item(&b.head, 0xFFFEE000u, NULL, 0);

    long before = peak_kib();
    struct counter c = {0};
    struct transcode_result res;
    int rc =
        transcode_dataset(encapsulated ? TS_RLE : TS_EXPLICIT_LE, big_read, &b,
                          encapsulated ? TS_EXPLICIT_LE : TS_RLE, NULL, "", count_write, &c, &res);
    long after = peak_kib();
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_gt(c.bytes, encapsulated ? (uint64_t)fsize * im.frames : 1000);
    /* The frame, the compressed frame and their buffers: a few MiB. */
    long grown = after - before;
    ck_assert_msg(grown < (long)(3 * fsize / 1024) + 6 * 1024, "peak grew by %ld KiB", grown);
    buf_free(&rle);
    buf_free(&b.head);
    free(frame);
}

START_TEST(test_transcode_memory_is_bounded_by_a_frame_native_to_rle)
{
    bounded(0);
}
END_TEST

START_TEST(test_transcode_memory_is_bounded_by_a_frame_rle_to_native)
{
    bounded(1);
}
END_TEST

static Suite *transcode_suite(void)
{
    Suite *s = suite_create("transcode");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_transcode_round_trips_through_rle_and_uncompressed);
    tcase_add_test(tc, test_transcode_writes_one_fragment_per_frame);
    tcase_add_test(tc, test_transcode_finds_frames_by_offsets_or_fragments);
    tcase_add_test(tc, test_transcode_refuses_frame_counts_and_offsets_that_lie);
    tcase_add_test(tc, test_transcode_fails_cleanly_on_every_truncation);
    tcase_add_test(tc, test_transcode_possible_knows_the_codecs);
    tcase_add_test(tc, test_transcode_passes_objects_without_pixels_and_same_syntax);
    tcase_add_test(tc, test_transcode_lossy_output_is_a_new_derived_instance);
    tcase_add_test(tc, test_transcode_memory_is_bounded_by_a_frame_native_to_rle);
    tcase_add_test(tc, test_transcode_memory_is_bounded_by_a_frame_rle_to_native);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(transcode_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
