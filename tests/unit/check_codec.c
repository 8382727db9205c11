/* Unit tests for src/codec: the codec table, the size and sanity of an
 * image's attributes, the sample shuffles, and RLE Lossless (PS3.5 Annex
 * G): known bytes, bit-exact round trips of 8/16/32-bit, 1 and 3 samples,
 * both planar configurations, and hostile frames that must fail with a
 * status without reading or writing outside the buffers (run under ASan in
 * CI); PALETTE COLOR in the lossless codecs only. */
#include "codec/codec.h"
#include "codec/codec_impl.h"
#include "codec/compression.h"
#include "dicom/ts.h"
#include "util/buf.h"
#include "util/error.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define TS_RLE_UID "1.2.840.10008.1.2.5"

static struct codec_image image(uint32_t rows, uint32_t cols, uint16_t samples, uint16_t bits)
{
    struct codec_image img = {0};
    img.rows = rows;
    img.columns = cols;
    img.frames = 1;
    img.samples_per_pixel = samples;
    img.bits_allocated = bits;
    img.bits_stored = bits;
    img.high_bit = (uint16_t)(bits - 1);
    strcpy(img.photometric, samples == 3 ? "RGB" : "MONOCHROME2");
    return img;
}

/* A deterministic mix of runs and noise, so that both kinds of PackBits
 * runs and their limits (128) are exercised. */
static void fill(uint8_t *p, size_t n, unsigned seed)
{
    uint32_t x = seed * 2654435761u + 1;
    size_t i = 0;
    while (i < n) {
        x = x * 1103515245u + 12345u;
        size_t run = (x >> 16) % 4 == 0 ? (x >> 8) % 300 : 1;
        uint8_t v = (uint8_t)(x >> 24);
        for (size_t j = 0; j < run && i < n; j++)
            p[i++] = v;
        if (run == 1)
            p[i - 1] = (uint8_t)(x >> 13);
    }
}

static const struct codec *rle(void)
{
    const struct codec *c = codec_find(TS_RLE_UID);
    ck_assert_ptr_nonnull(c);
    return c;
}

START_TEST(test_codec_find_knows_rle_only_for_its_uid)
{
    const struct codec *c = rle();
    ck_assert_str_eq(c->ts_uid, TS_RLE_UID);
    ck_assert_int_eq(c->lossy, 0);
    ck_assert_ptr_nonnull(c->decode);
    ck_assert_ptr_nonnull(c->encode);
    ck_assert_ptr_null(codec_find("1.2.840.10008.1.2.1"));
    ck_assert_ptr_null(codec_find("1.2.840.10008.1.2.5.1"));
    ck_assert_ptr_null(codec_find(NULL));
}
END_TEST

/* PALETTE COLOR is for the lossless syntaxes only (PS3.5 8.2): every
 * lossy encoder refuses it, every lossless one codes its indices and
 * decodes them back unchanged, still PALETTE COLOR. */
START_TEST(test_codec_palette_is_coded_losslessly_or_not_at_all)
{
    static const char *const lossy[] = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
                                        "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.91",
                                        "1.2.840.10008.1.2.4.203"};
    static const char *const lossless[] = {
        TS_RLE_UID,
        "1.2.840.10008.1.2.4.57",
        "1.2.840.10008.1.2.4.70",
        "1.2.840.10008.1.2.4.80",
        "1.2.840.10008.1.2.4.90",
        "1.2.840.10008.1.2.4.201",
        "1.2.840.10008.1.2.4.202",
    };
    struct codec_image img = image(16, 24, 1, 8), coded, native;
    strcpy(img.photometric, "PALETTE COLOR");
    const size_t n = codec_frame_size(&img);
    uint8_t *in = malloc(n), *back = malloc(n);
    fill(in, n, 5);
    const struct codec_options opt = {90, 2};
    struct buf out;
    for (size_t i = 0; i < sizeof lossy / sizeof lossy[0]; i++) {
        const struct codec *c = codec_find(lossy[i]);
        ck_assert_msg(c && c->encode && c->lossy, "%s", lossy[i]);
        buf_init(&out, 1 << 20);
        ck_assert_msg(c->encode(&img, in, n, &opt, &coded, &out) == DG_EUNSUPPORTED,
                      "%s coded a palette", lossy[i]);
        buf_free(&out);
    }
    for (size_t i = 0; i < sizeof lossless / sizeof lossless[0]; i++) {
        const struct codec *c = codec_find(lossless[i]);
        ck_assert_msg(c && c->encode && !c->lossy, "%s", lossless[i]);
        buf_init(&out, 1 << 20);
        ck_assert_msg(c->encode(&img, in, n, NULL, &coded, &out) == 0, "%s", lossless[i]);
        ck_assert_str_eq(coded.photometric, "PALETTE COLOR");
        ck_assert_int_eq(c->decode(&coded, out.data, out.len, &native, back, n), 0);
        ck_assert_str_eq(native.photometric, "PALETTE COLOR");
        ck_assert_msg(memcmp(back, in, n) == 0, "%s changed the indices", lossless[i]);
        buf_free(&out);
    }
    free(in);
    free(back);
}
END_TEST

START_TEST(test_codec_frame_size_counts_bytes_and_refuses_overflow)
{
    struct codec_image img = image(512, 256, 1, 16);
    ck_assert_uint_eq(codec_frame_size(&img), 512u * 256 * 2);
    img = image(3, 5, 3, 8);
    ck_assert_uint_eq(codec_frame_size(&img), 45);
    img = image(3, 3, 1, 1);
    ck_assert_uint_eq(codec_frame_size(&img), 2); /* 9 bits round up */
    img = image(2, 2, 1, 32);
    ck_assert_uint_eq(codec_frame_size(&img), 16);
    img = image(0xFFFFFFFFu, 0xFFFFFFFFu, 3, 32);
    ck_assert_uint_eq(codec_frame_size(&img), 0);
    img = image(10, 10, 2, 8);
    ck_assert_uint_eq(codec_frame_size(&img), 0);
    img = image(10, 10, 1, 12);
    ck_assert_uint_eq(codec_frame_size(&img), 0);
    img = image(0, 10, 1, 8);
    ck_assert_uint_eq(codec_frame_size(&img), 0);
}
END_TEST

START_TEST(test_codec_image_check_refuses_attributes_that_disagree)
{
    struct codec_image img = image(4, 4, 1, 16);
    ck_assert_int_eq(codec_image_check(&img), 0);
    img.bits_stored = 12;
    img.high_bit = 11;
    ck_assert_int_eq(codec_image_check(&img), 0);
    img.high_bit = 16;
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    img = image(4, 4, 1, 16);
    img.bits_stored = 17;
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    img = image(4, 4, 1, 8);
    strcpy(img.photometric, "RGB");
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    img = image(4, 4, 3, 8);
    strcpy(img.photometric, "YBR_FULL_422");
    ck_assert_int_eq(codec_image_check(&img), 0);
    strcpy(img.photometric, "PALETTE COLOR");
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    strcpy(img.photometric, "");
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    img = image(4, 4, 1, 8);
    img.frames = 0;
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    img = image(4, 4, 1, 8);
    img.pixel_representation = 2;
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
    img = image(4, 4, 1, 12);
    ck_assert_int_eq(codec_image_check(&img), DG_EPARSE);
}
END_TEST

START_TEST(test_codec_planar_shuffles_are_inverse)
{
    struct codec_image img = image(2, 3, 3, 16);
    uint8_t by_pixel[36], by_plane[36], back[36];
    for (int i = 0; i < 36; i++)
        by_pixel[i] = (uint8_t)i;
    codec_pixel_to_planar(&img, by_pixel, by_plane);
    /* Red of pixel 1 (bytes 6, 7) is the second sample of plane 0. */
    ck_assert_uint_eq(by_plane[2], 6);
    ck_assert_uint_eq(by_plane[3], 7);
    /* Green of pixel 0 (bytes 2, 3) starts plane 1 (6 pixels in). */
    ck_assert_uint_eq(by_plane[12], 2);
    codec_planar_to_pixel(&img, by_plane, back);
    ck_assert_mem_eq(back, by_pixel, 36);
}
END_TEST

/* One segment of a known PackBits stream: a replicate run, a literal run,
 * a no-op (-128) and the pad byte after the full plane. */
START_TEST(test_rle_decodes_known_packbits)
{
    struct codec_image img = image(1, 8, 1, 8), native;
    uint8_t in[80] = {1, 0, 0, 0, 64};
    const uint8_t seg[] = {0xFD, 7, 0x80, 0x03, 1, 2, 3, 4, 0};
    memcpy(in + 64, seg, sizeof seg);
    uint8_t out[8];
    ck_assert_int_eq(rle()->decode(&img, in, 64 + sizeof seg - 1, &native, out, sizeof out), 0);
    const uint8_t want[8] = {7, 7, 7, 7, 1, 2, 3, 4};
    ck_assert_mem_eq(out, want, 8);
    ck_assert_str_eq(native.photometric, "MONOCHROME2");
}
END_TEST

/* G.2: the most significant byte plane comes first. */
START_TEST(test_rle_16_bit_segments_are_msb_first)
{
    struct codec_image img = image(1, 2, 1, 16), coded;
    const uint8_t px[4] = {0x34, 0x12, 0x78, 0x56}; /* 0x1234, 0x5678 */
    struct buf out;
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(rle()->encode(&img, px, 4, NULL, &coded, &out), 0);
    ck_assert_uint_eq(out.data[0], 2);
    uint32_t off1 = out.data[8] | (uint32_t)out.data[9] << 8;
    ck_assert_uint_eq(out.data[4], 64);
    /* Each segment: a literal run of two bytes, padded to even length. */
    ck_assert_uint_eq(out.data[64], 1);
    ck_assert_uint_eq(out.data[65], 0x12);
    ck_assert_uint_eq(out.data[66], 0x56);
    ck_assert_uint_eq(off1, 68);
    ck_assert_uint_eq(out.data[off1 + 1], 0x34);
    ck_assert_uint_eq(out.data[off1 + 2], 0x78);
    ck_assert_uint_eq(out.len % 2, 0);
    buf_free(&out);
}
END_TEST

static void round_trip(struct codec_image img, unsigned seed)
{
    size_t n = codec_frame_size(&img);
    ck_assert_uint_gt(n, 0);
    uint8_t *in = malloc(n), *back = malloc(n);
    ck_assert_ptr_nonnull(in);
    ck_assert_ptr_nonnull(back);
    fill(in, n, seed);
    struct buf out;
    buf_init(&out, (size_t)1 << 28);
    struct codec_image coded, native;
    ck_assert_int_eq(rle()->encode(&img, in, n, NULL, &coded, &out), 0);
    ck_assert_uint_eq(out.len % 2, 0);
    ck_assert_int_eq(rle()->decode(&coded, out.data, out.len, &native, back, n), 0);
    ck_assert_mem_eq(back, in, n);
    ck_assert_uint_eq(native.planar_configuration, img.planar_configuration);
    buf_free(&out);
    free(in);
    free(back);
}

START_TEST(test_rle_round_trips_are_bit_exact)
{
    const uint16_t bits[] = {8, 16, 32};
    const uint16_t samples[] = {1, 3};
    const uint32_t sizes[][2] = {{1, 1}, {7, 13}, {64, 300}, {300, 1}, {2, 129}};
    unsigned seed = 1;
    for (size_t b = 0; b < 3; b++)
        for (size_t s = 0; s < 2; s++)
            for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++)
                for (uint16_t planar = 0; planar <= (samples[s] == 3); planar++) {
                    struct codec_image img = image(sizes[z][0], sizes[z][1], samples[s], bits[b]);
                    img.planar_configuration = planar;
                    img.pixel_representation = (uint16_t)(seed % 2);
                    round_trip(img, seed++);
                }
}
END_TEST

/* A flat image compresses to replicate runs of 128 and back. */
START_TEST(test_rle_compresses_flat_image)
{
    struct codec_image img = image(16, 1024, 1, 8), coded;
    uint8_t *in = calloc(16, 1024);
    struct buf out;
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(rle()->encode(&img, in, 16 * 1024, NULL, &coded, &out), 0);
    ck_assert_uint_eq(out.len, 64 + 16 * 8 * 2);
    buf_free(&out);
    free(in);
}
END_TEST

START_TEST(test_rle_encode_stops_at_cap)
{
    struct codec_image img = image(64, 64, 1, 8), coded;
    uint8_t *in = malloc(4096);
    fill(in, 4096, 7);
    struct buf out;
    buf_init(&out, 100);
    ck_assert_int_eq(rle()->encode(&img, in, 4096, NULL, &coded, &out), DG_ETOOBIG);
    buf_free(&out);
    img.bits_allocated = 1;
    img.bits_stored = 1;
    img.high_bit = 0;
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(rle()->encode(&img, in, 4096, NULL, &coded, &out), DG_EUNSUPPORTED);
    buf_free(&out);
    free(in);
}
END_TEST

/* A valid 8-bit frame of 4x4 with one segment of a literal run. */
static size_t hostile_base(uint8_t *f)
{
    memset(f, 0, 64);
    f[0] = 1;
    f[4] = 64;
    f[64] = 15;
    for (int i = 0; i < 16; i++)
        f[65 + i] = (uint8_t)i;
    return 82;
}

START_TEST(test_rle_refuses_hostile_frames)
{
    struct codec_image img = image(4, 4, 1, 8), native;
    uint8_t f[200], out[16];
    size_t n = hostile_base(f);
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), 0);
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 15), DG_ETOOBIG);
    ck_assert_int_eq(rle()->decode(&img, f, 63, &native, out, 16), DG_ETRUNC);
    ck_assert_int_eq(rle()->decode(&img, f, 64, &native, out, 16), DG_ETRUNC);
    ck_assert_int_eq(rle()->decode(&img, f, 80, &native, out, 16), DG_ETRUNC);
    f[0] = 0;
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_EPARSE);
    f[0] = 16;
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_EPARSE);
    f[0] = 2; /* an 8-bit single sample has one plane */
    f[8] = 70;
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_EMISMATCH);
    n = hostile_base(f);
    f[4] = 60; /* the first segment inside the header */
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_EPARSE);
    n = hostile_base(f);
    f[4] = 0xFF; /* beyond the frame */
    f[5] = 0xFF;
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_EPARSE);
    n = hostile_base(f);
    f[64] = 0x81; /* a replicate run of 128 into a plane of 16 */
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_EPARSE);
    n = hostile_base(f);
    f[64] = 127; /* a literal run of 128 from a segment of 17 bytes */
    ck_assert_int_eq(rle()->decode(&img, f, n, &native, out, 16), DG_ETRUNC);
    n = hostile_base(f);
    f[64] = 0xFF; /* replicate 2, then the plane needs bytes that are not there */
    ck_assert_int_eq(rle()->decode(&img, f, 66, &native, out, 16), DG_ETRUNC);

    /* Three samples of 8 bits: offsets out of order and beyond the frame. */
    struct codec_image rgb = image(1, 2, 3, 8);
    uint8_t g[80] = {3, 0, 0, 0, 64, 0, 0, 0, 68, 0, 0, 0, 72, 0, 0, 0};
    uint8_t px[6];
    for (int i = 0; i < 3; i++) {
        g[64 + 4 * i] = 1;
        g[65 + 4 * i] = (uint8_t)(10 * i);
        g[66 + 4 * i] = (uint8_t)(10 * i + 1);
    }
    ck_assert_int_eq(rle()->decode(&rgb, g, 76, &native, px, 6), 0);
    const uint8_t want[6] = {0, 10, 20, 1, 11, 21};
    ck_assert_mem_eq(px, want, 6);
    g[8] = 72;
    g[12] = 68;
    ck_assert_int_eq(rle()->decode(&rgb, g, 76, &native, px, 6), DG_EPARSE);
    g[8] = 68;
    g[12] = 64;
    ck_assert_int_eq(rle()->decode(&rgb, g, 76, &native, px, 6), DG_EPARSE);
    g[12] = 76;
    ck_assert_int_eq(rle()->decode(&rgb, g, 76, &native, px, 6), DG_ETRUNC);
}
END_TEST

/* Every prefix and every single-byte change of a valid frame decodes or
 * fails with a status; ASan sees any access outside the buffers, each of
 * which is allocated at its exact size. */
START_TEST(test_rle_survives_every_truncation_and_flip)
{
    struct codec_image img = image(9, 11, 3, 16), coded, native;
    size_t n = codec_frame_size(&img);
    uint8_t *px = malloc(n);
    fill(px, n, 3);
    struct buf enc;
    buf_init(&enc, 1 << 20);
    ck_assert_int_eq(rle()->encode(&img, px, n, NULL, &coded, &enc), 0);
    uint8_t *out = malloc(n);
    for (size_t len = 0; len < enc.len; len++) {
        uint8_t *cut = malloc(len ? len : 1);
        memcpy(cut, enc.data, len);
        int rc = rle()->decode(&coded, cut, len, &native, out, n);
        ck_assert_msg(rc == DG_ETRUNC || rc == DG_EPARSE, "length %zu gave %d", len, rc);
        free(cut);
    }
    uint8_t *flip = malloc(enc.len);
    for (size_t i = 0; i < enc.len; i++) {
        memcpy(flip, enc.data, enc.len);
        flip[i] ^= (uint8_t)(0x80 >> (i % 8));
        int rc = rle()->decode(&coded, flip, enc.len, &native, out, n);
        ck_assert_msg(rc == 0 || rc == DG_ETRUNC || rc == DG_EPARSE || rc == DG_EMISMATCH,
                      "flip at %zu gave %d", i, rc);
    }
    free(flip);
    free(out);
    free(px);
    buf_free(&enc);
}
END_TEST

START_TEST(test_compression_codes_map_to_syntaxes)
{
    struct compression c;
    ck_assert_int_eq(compression_parse("un", 95, &c), 0);
    ck_assert_str_eq(c.ts_uid, TS_IMPLICIT_LE);
    ck_assert_int_eq(c.only, 0);
    ck_assert_str_eq(compression_file_ts(&c, TS_RLE), TS_EXPLICIT_LE);
    ck_assert_str_eq(compression_file_ts(&c, TS_EXPLICIT_BE), TS_EXPLICIT_LE);
    ck_assert_str_eq(compression_file_ts(&c, TS_IMPLICIT_LE), TS_IMPLICIT_LE);
    ck_assert_int_eq(compression_parse(" UE ", 95, &c), 0);
    ck_assert_str_eq(c.code, "ue");
    ck_assert_str_eq(c.ts_uid, TS_EXPLICIT_LE);
    ck_assert_str_eq(c.alt_ts_uid, TS_EXPLICIT_BE);
    ck_assert_int_eq(compression_parse("ub", 95, &c), 0);
    ck_assert_str_eq(compression_file_ts(&c, TS_RLE), TS_EXPLICIT_BE);
    ck_assert_int_eq(compression_parse("as", 95, &c), 0);
    ck_assert_ptr_null(c.ts_uid);
    ck_assert_str_eq(compression_file_ts(&c, TS_RLE), TS_RLE);
    ck_assert_int_eq(compression_parse("jr!", 95, &c), 0);
    ck_assert_str_eq(c.ts_uid, TS_RLE);
    ck_assert_int_eq(c.only, 1);
    ck_assert_int_eq(c.lossy, 0);
    /* HTJ2K, ours: jh lossless, jhNN lossy at quality NN. */
    ck_assert_int_eq(compression_parse("jh", 95, &c), 0);
    ck_assert_str_eq(c.ts_uid, "1.2.840.10008.1.2.4.201");
    ck_assert_int_eq(c.lossy, 0);
    ck_assert_int_eq(c.opt.quality, 0);
    ck_assert_int_eq(compression_parse("JH80!", 95, &c), 0);
    ck_assert_str_eq(c.code, "jh");
    ck_assert_str_eq(c.ts_uid, "1.2.840.10008.1.2.4.203");
    ck_assert_int_eq(c.lossy, 1);
    ck_assert_int_eq(c.opt.quality, 80);
    ck_assert_int_eq(c.only, 1);
    ck_assert_int_eq(compression_parse("jh0", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("jhx", 95, &c), DG_EPARSE);
}
END_TEST

/* Numbers: the quality of j3-j6 (LossyQuality without one), NEAR of j7;
 * none after a lossless code. The syntax is known even when its codec is
 * not built, so that the caller can say which. */
START_TEST(test_compression_numbers_and_unsupported_codes)
{
    struct compression c;
    int rc = compression_parse("j375", 95, &c);
    ck_assert(rc == 0 || rc == DG_EUNSUPPORTED);
    ck_assert_str_eq(c.ts_uid, TS_JPEG_BASELINE);
    ck_assert_int_eq(c.opt.quality, 75);
    ck_assert_int_eq(c.lossy, 1);
    rc = compression_parse("j4", 90, &c);
    ck_assert_int_eq(c.opt.quality, 90);
    rc = compression_parse("j7", 95, &c);
    ck_assert_str_eq(c.ts_uid, "1.2.840.10008.1.2.4.81");
    ck_assert_int_eq(c.opt.near, 2);
    rc = compression_parse("j73", 95, &c);
    ck_assert_int_eq(c.opt.near, 3);
    ck_assert_int_eq(compression_parse("j2", 95, &c) == DG_EUNSUPPORTED,
                     codec_find(TS_JPEG_LOSSLESS_SV1) == NULL);
    ck_assert_str_eq(c.ts_uid, TS_JPEG_LOSSLESS_SV1);
    ck_assert_int_eq(compression_parse("j5", 95, &c), DG_EUNSUPPORTED);
    ck_assert_int_eq(compression_parse("n4", 95, &c), DG_EUNSUPPORTED);
    ck_assert_int_eq(compression_parse("k4", 95, &c), DG_EUNSUPPORTED);
    ck_assert_int_eq(compression_parse("s3", 95, &c), DG_EUNSUPPORTED);
    ck_assert_int_eq(compression_parse("j290", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j3101", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j30", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j3x", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("zz", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("u", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("", 95, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse(NULL, 95, &c), DG_EPARSE);
}
END_TEST

static Suite *codec_suite(void)
{
    Suite *s = suite_create("codec");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_codec_find_knows_rle_only_for_its_uid);
    tcase_add_test(tc, test_codec_palette_is_coded_losslessly_or_not_at_all);
    tcase_add_test(tc, test_codec_frame_size_counts_bytes_and_refuses_overflow);
    tcase_add_test(tc, test_codec_image_check_refuses_attributes_that_disagree);
    tcase_add_test(tc, test_codec_planar_shuffles_are_inverse);
    tcase_add_test(tc, test_rle_decodes_known_packbits);
    tcase_add_test(tc, test_rle_16_bit_segments_are_msb_first);
    tcase_add_test(tc, test_rle_round_trips_are_bit_exact);
    tcase_add_test(tc, test_rle_compresses_flat_image);
    tcase_add_test(tc, test_rle_encode_stops_at_cap);
    tcase_add_test(tc, test_rle_refuses_hostile_frames);
    tcase_add_test(tc, test_rle_survives_every_truncation_and_flip);
    tcase_add_test(tc, test_compression_codes_map_to_syntaxes);
    tcase_add_test(tc, test_compression_numbers_and_unsupported_codes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(codec_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
