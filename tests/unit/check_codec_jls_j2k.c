/* Tests of src/codec/jpegls.c (CharLS), src/codec/j2k.c (OpenJPEG) and
 * src/codec/htj2k.c (HTJ2K encoded by Grok, decoded by OpenJPEG): round
 * trips bit-exact where the syntax is lossless, within NEAR or a PSNR bound
 * where it is not, the photometric interpretations each side reports, the
 * HP colour transforms of CharLS's own streams, and hostile streams that
 * must fail with an error code. Interoperability with dcmtk, GDCM and
 * OpenJPEG's tools is tests/integration/codec_jls_j2k.sh. */
#include "codec/codec_impl.h"
#include "util/error.h"

#include <charls/charls.h>
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static struct codec_image image(uint32_t rows, uint32_t cols, unsigned spp, unsigned alloc,
                                unsigned stored, unsigned sgn, unsigned planar)
{
    struct codec_image img = {.rows = rows,
                              .columns = cols,
                              .frames = 1,
                              .samples_per_pixel = (uint16_t)spp,
                              .bits_allocated = (uint16_t)alloc,
                              .bits_stored = (uint16_t)stored,
                              .high_bit = (uint16_t)(stored - 1),
                              .pixel_representation = (uint16_t)sgn,
                              .planar_configuration = (uint16_t)planar};
    strcpy(img.photometric, spp == 3 ? "RGB" : "MONOCHROME2");
    return img;
}

static size_t frame_bytes(const struct codec_image *img)
{
    return (size_t)img->rows * img->columns * img->samples_per_pixel * img->bits_allocated / 8;
}

/* A frame with smooth gradients, edges and noise that reach both ends of
 * the sample range (the most negative and the largest values included). */
static uint8_t *pattern(const struct codec_image *img)
{
    size_t n = frame_bytes(img) / (img->bits_allocated / 8);
    uint8_t *p = calloc(1, frame_bytes(img));
    ck_assert_ptr_nonnull(p);
    const int32_t span = (int32_t)((1u << img->bits_stored) - 1);
    const int32_t lo = img->pixel_representation ? -(span + 1) / 2 : 0;
    uint32_t seed = 12345;
    for (size_t k = 0; k < n; k++) {
        size_t pixel = k / img->samples_per_pixel;
        uint32_t r = (uint32_t)(pixel / img->columns), c = (uint32_t)(pixel % img->columns);
        seed = seed * 1103515245u + 12345u;
        int64_t v = (int64_t)span * (r + c + k % img->samples_per_pixel * 7) /
                    (img->rows + img->columns + 14);
        v += (int64_t)(seed >> 16) % 9 - 4;
        if (r < 2)
            v = c % 2 ? span : 0;
        if (v < 0)
            v = 0;
        if (v > span)
            v = span;
        codec_sample_put(img, p, k, (int32_t)(v + lo));
    }
    return p;
}

/* The largest difference between sample values of two frames (each read
 * with its own planar configuration). */
static int32_t max_error(const struct codec_image *a, const uint8_t *pa,
                         const struct codec_image *b, const uint8_t *pb)
{
    size_t pixels = (size_t)a->rows * a->columns;
    int32_t worst = 0;
    for (size_t i = 0; i < pixels; i++) {
        for (unsigned s = 0; s < a->samples_per_pixel; s++) {
            int32_t va = codec_sample_get(a, pa, codec_sample_index(a, pixels, i, s));
            int32_t vb = codec_sample_get(b, pb, codec_sample_index(b, pixels, i, s));
            int32_t d = abs(va - vb);
            if (d > worst)
                worst = d;
        }
    }
    return worst;
}

static double psnr(const struct codec_image *a, const uint8_t *pa, const struct codec_image *b,
                   const uint8_t *pb)
{
    size_t n = (size_t)a->rows * a->columns * a->samples_per_pixel;
    double se = 0;
    for (size_t k = 0; k < n; k++) {
        double d = codec_sample_get(a, pa, k) - codec_sample_get(b, pb, k);
        se += d * d;
    }
    double peak = (double)((1u << a->bits_stored) - 1);
    return se == 0 ? 1e9 : 10 * log10(peak * peak * (double)n / se);
}

/* Encode img's pattern with c, decode it again; returns the decoded frame
 * and its attributes, and the coded ones. */
static uint8_t *round_trip(const struct codec *c, const struct codec_image *img, const uint8_t *in,
                           const struct codec_options *opt, struct codec_image *coded,
                           struct codec_image *native)
{
    struct buf out;
    buf_init(&out, 64u << 20);
    ck_assert_int_eq(c->encode(img, in, frame_bytes(img), opt, coded, &out), 0);
    ck_assert_uint_gt(out.len, 0);
    uint8_t *back = malloc(frame_bytes(img));
    ck_assert_ptr_nonnull(back);
    ck_assert_int_eq(c->decode(coded, out.data, out.len, native, back, frame_bytes(img)), 0);
    buf_free(&out);
    return back;
}

static void lossless(const struct codec *c, struct codec_image img)
{
    uint8_t *in = pattern(&img);
    struct codec_image coded, native;
    uint8_t *back = round_trip(c, &img, in, NULL, &coded, &native);
    ck_assert_uint_eq(native.bits_stored, img.bits_stored);
    ck_assert_uint_eq(native.pixel_representation, img.pixel_representation);
    ck_assert_int_eq(max_error(&img, in, &native, back), 0);
    if (native.planar_configuration == img.planar_configuration)
        ck_assert_mem_eq(in, back, frame_bytes(&img));
    free(in);
    free(back);
}

/* Bits allocated, stored, signed: every depth the tests cover. */
static const unsigned depths[][3] = {{8, 8, 0},   {8, 8, 1},   {8, 2, 0},   {16, 12, 0},
                                     {16, 12, 1}, {16, 16, 0}, {16, 16, 1}, {16, 9, 0}};
#define NDEPTHS (sizeof depths / sizeof depths[0])

static const struct codec *const lossless_codecs[] = {
    &codec_jpegls_lossless, &codec_j2k_lossless, &codec_htj2k_lossless, &codec_htj2k_lossless_rpcl};
#define NLOSSLESS (sizeof lossless_codecs / sizeof lossless_codecs[0])

START_TEST(test_lossless_round_trip_is_bit_exact_mono)
{
    for (size_t c = 0; c < NLOSSLESS; c++)
        for (size_t d = 0; d < NDEPTHS; d++)
            lossless(lossless_codecs[c],
                     image(37, 53, 1, depths[d][0], depths[d][1], depths[d][2], 0));
}
END_TEST

/* Colour-by-pixel and colour-by-plane input. */
START_TEST(test_lossless_round_trip_is_bit_exact_colour)
{
    for (size_t c = 0; c < NLOSSLESS; c++)
        for (size_t d = 0; d < NDEPTHS; d++)
            for (unsigned planar = 0; planar < 2; planar++)
                lossless(lossless_codecs[c],
                         image(21, 19, 3, depths[d][0], depths[d][1], depths[d][2], planar));
}
END_TEST

START_TEST(test_j2k_lossless_one_pixel_image)
{
    lossless(&codec_j2k_lossless, image(1, 1, 1, 16, 12, 0, 0));
    lossless(&codec_jpegls_lossless, image(1, 1, 1, 16, 12, 0, 0));
    lossless(&codec_htj2k_lossless, image(1, 1, 1, 16, 12, 0, 0));
}
END_TEST

START_TEST(test_jpegls_near_lossless_stays_within_near)
{
    const int nears[] = {1, 3, 10};
    for (size_t i = 0; i < 3; i++) {
        struct codec_image img = image(64, 48, 1, 16, 12, 0, 0);
        uint8_t *in = pattern(&img);
        struct codec_options opt = {.near = nears[i]};
        struct codec_image coded, native;
        uint8_t *back = round_trip(&codec_jpegls_near_lossless, &img, in, &opt, &coded, &native);
        int32_t err = max_error(&img, in, &native, back);
        ck_assert_int_le(err, nears[i]);
        ck_assert_int_gt(err, 0); /* it did lose: NEAR was used */
        free(in);
        free(back);
    }
}
END_TEST

START_TEST(test_jpegls_near_lossless_refuses_near_beyond_half_the_range_and_signed)
{
    struct codec_image img = image(8, 8, 1, 8, 4, 0, 0);
    uint8_t *in = pattern(&img);
    struct codec_options opt = {.near = 8};
    struct codec_image coded;
    struct buf out;
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(
        codec_jpegls_near_lossless.encode(&img, in, frame_bytes(&img), &opt, &coded, &out),
        DG_EUNSUPPORTED);
    free(in);
    /* Signed samples: near-lossless on their bit pattern could wrap. */
    img = image(8, 8, 1, 16, 12, 1, 0);
    in = pattern(&img);
    opt.near = 2;
    ck_assert_int_eq(
        codec_jpegls_near_lossless.encode(&img, in, frame_bytes(&img), &opt, &coded, &out),
        DG_EUNSUPPORTED);
    opt.near = 0; /* lossless under the near-lossless syntax is fine */
    ck_assert_int_eq(
        codec_jpegls_near_lossless.encode(&img, in, frame_bytes(&img), &opt, &coded, &out), 0);
    buf_free(&out);
    free(in);
}
END_TEST

/* A lossy codec's RGB image (with opt) comes back as RGB, its stream
 * says YBR_ICT, within a PSNR bound and not exact; a signed 12-bit
 * monochrome one (the codec's default) within the bound too. */
static void lossy_within_psnr(const struct codec *c, const struct codec_options *opt)
{
    struct codec_image img = image(64, 64, 3, 8, 8, 0, 0);
    uint8_t *in = pattern(&img);
    struct codec_image coded, native;
    uint8_t *back = round_trip(c, &img, in, opt, &coded, &native);
    ck_assert_str_eq(coded.photometric, "YBR_ICT");
    ck_assert_str_eq(native.photometric, "RGB");
    ck_assert_double_gt(psnr(&img, in, &native, back), 30.0);
    ck_assert_int_gt(max_error(&img, in, &native, back), 0);
    free(in);
    free(back);

    struct codec_image mono = image(64, 64, 1, 16, 12, 1, 0);
    in = pattern(&mono);
    back = round_trip(c, &mono, in, NULL, &coded, &native);
    ck_assert_str_eq(coded.photometric, "MONOCHROME2");
    ck_assert_double_gt(psnr(&mono, in, &native, back), 30.0);
    free(in);
    free(back);
}

START_TEST(test_j2k_lossy_is_within_psnr_and_says_ict)
{
    struct codec_options opt = {.quality = 80};
    lossy_within_psnr(&codec_j2k_lossy, &opt);
}
END_TEST

START_TEST(test_j2k_lossy_quality_orders_the_size)
{
    struct codec_image img = image(64, 64, 1, 16, 12, 0, 0);
    uint8_t *in = pattern(&img);
    size_t sizes[2];
    const int qualities[2] = {10, 90};
    for (int i = 0; i < 2; i++) {
        struct codec_options opt = {.quality = qualities[i]};
        struct codec_image coded;
        struct buf out;
        buf_init(&out, 1 << 20);
        ck_assert_int_eq(codec_j2k_lossy.encode(&img, in, frame_bytes(&img), &opt, &coded, &out),
                         0);
        sizes[i] = out.len;
        buf_free(&out);
    }
    ck_assert_uint_lt(sizes[0], sizes[1]);
    free(in);
}
END_TEST

START_TEST(test_j2k_lossless_rgb_says_rct_and_decodes_to_rgb)
{
    struct codec_image img = image(16, 16, 3, 8, 8, 0, 0);
    uint8_t *in = pattern(&img);
    struct codec_image coded, native;
    uint8_t *back = round_trip(&codec_j2k_lossless, &img, in, NULL, &coded, &native);
    ck_assert_str_eq(coded.photometric, "YBR_RCT");
    ck_assert_uint_eq(coded.planar_configuration, 0);
    ck_assert_str_eq(native.photometric, "RGB");
    ck_assert_mem_eq(in, back, frame_bytes(&img));
    free(in);
    free(back);

    /* YBR_FULL samples are not RGB: no transform, the interpretation kept. */
    strcpy(img.photometric, "YBR_FULL");
    in = pattern(&img);
    back = round_trip(&codec_j2k_lossless, &img, in, NULL, &coded, &native);
    ck_assert_str_eq(coded.photometric, "YBR_FULL");
    ck_assert_str_eq(native.photometric, "YBR_FULL");
    ck_assert_mem_eq(in, back, frame_bytes(&img));
    free(in);
    free(back);
}
END_TEST

/* The marker segment `marker` of a codestream's main header, or NULL. */
static const uint8_t *main_header_segment(const uint8_t *p, size_t len, unsigned marker)
{
    size_t at = 2;
    while (at + 4 <= len) {
        unsigned m = (unsigned)p[at] << 8 | p[at + 1];
        if (m == marker)
            return p + at;
        if (m == 0xff90)
            return NULL;
        at += 2 + ((size_t)p[at + 2] << 8 | p[at + 3]);
    }
    return NULL;
}

/* What PS3.5 A.4.6 asks of each HTJ2K syntax, read from the codestream:
 * HT code-blocks (Rsiz bit 14, the CAP segment, COD's code-block style),
 * the progression order (RPCL and TLM for .4.202) and the wavelet. */
START_TEST(test_htj2k_encodes_ht_blocks_in_the_syntax_asked)
{
    const struct {
        const struct codec *c;
        unsigned progression, wavelet;
    } cases[] = {{&codec_htj2k_lossless, 0, 1},
                 {&codec_htj2k_lossless_rpcl, 2, 1},
                 {&codec_htj2k_lossy, 0, 0}};
    ck_assert_ptr_eq(codec_find("1.2.840.10008.1.2.4.201"), &codec_htj2k_lossless);
    ck_assert_ptr_eq(codec_find("1.2.840.10008.1.2.4.202"), &codec_htj2k_lossless_rpcl);
    ck_assert_ptr_eq(codec_find("1.2.840.10008.1.2.4.203"), &codec_htj2k_lossy);
    ck_assert_ptr_eq(codec_find("1.2.840.10008.1.2.4.80"), &codec_jpegls_lossless);
    ck_assert_ptr_eq(codec_find("1.2.840.10008.1.2.4.91"), &codec_j2k_lossy);
    struct codec_image img = image(40, 30, 1, 16, 12, 0, 0);
    uint8_t *in = pattern(&img);
    for (size_t i = 0; i < 3; i++) {
        struct codec_image coded;
        struct buf out;
        buf_init(&out, 1 << 20);
        ck_assert_int_eq(cases[i].c->encode(&img, in, frame_bytes(&img), NULL, &coded, &out), 0);
        ck_assert_uint_ge(out.len, 8);
        ck_assert_uint_eq(out.data[out.len - 2], 0xff); /* ends in EOC, nothing after */
        ck_assert_uint_eq(out.data[out.len - 1], 0xd9);
        const uint8_t *siz = main_header_segment(out.data, out.len, 0xff51);
        ck_assert_ptr_nonnull(siz);
        ck_assert_uint_ne(siz[4] & 0x40, 0);
        ck_assert_ptr_nonnull(main_header_segment(out.data, out.len, 0xff50));
        const uint8_t *cod = main_header_segment(out.data, out.len, 0xff52);
        ck_assert_ptr_nonnull(cod);
        ck_assert_uint_eq(cod[5], cases[i].progression);
        ck_assert_uint_eq(cod[12] & 0x40, 0x40);
        ck_assert_uint_eq(cod[13], cases[i].wavelet);
        /* TLM for .4.202, whose readers fetch tile-parts by it. */
        ck_assert_int_eq(main_header_segment(out.data, out.len, 0xff55) != NULL,
                         cases[i].progression == 2);
        buf_free(&out);
    }
    free(in);
}
END_TEST

START_TEST(test_htj2k_lossy_is_within_psnr_and_says_ict)
{
    lossy_within_psnr(&codec_htj2k_lossy, NULL);
}
END_TEST

/* CharLS's own colour transforms (HP1-3, in an APP8 "mrfx" segment), which
 * Conquest's CharLS may write: the decoder undoes them. */
START_TEST(test_jpegls_decodes_hp_colour_transforms)
{
    struct codec_image img = image(17, 23, 3, 8, 8, 0, 0);
    uint8_t *in = pattern(&img);
    for (int t = 1; t <= 3; t++) {
        charls_jpegls_encoder *enc = charls_jpegls_encoder_create();
        ck_assert_ptr_nonnull(enc);
        const charls_frame_info fi = {
            .width = img.columns, .height = img.rows, .bits_per_sample = 8, .component_count = 3};
        uint8_t stream[8192];
        size_t written = 0;
        ck_assert_int_eq(charls_jpegls_encoder_set_frame_info(enc, &fi), 0);
        ck_assert_int_eq(
            charls_jpegls_encoder_set_interleave_mode(enc, CHARLS_INTERLEAVE_MODE_LINE), 0);
        ck_assert_int_eq(
            charls_jpegls_encoder_set_color_transformation(enc, (charls_color_transformation)t), 0);
        ck_assert_int_eq(charls_jpegls_encoder_set_destination_buffer(enc, stream, sizeof stream),
                         0);
        ck_assert_int_eq(charls_jpegls_encoder_encode_from_buffer(enc, in, frame_bytes(&img), 0),
                         0);
        ck_assert_int_eq(charls_jpegls_encoder_get_bytes_written(enc, &written), 0);
        charls_jpegls_encoder_destroy(enc);

        uint8_t back[17 * 23 * 3];
        struct codec_image native;
        ck_assert_int_eq(
            codec_jpegls_lossless.decode(&img, stream, written, &native, back, sizeof back), 0);
        ck_assert_uint_eq(native.planar_configuration, 0);
        ck_assert_mem_eq(in, back, sizeof back);
    }
    free(in);
}
END_TEST

/* A valid stream of img, for the hostile tests to spoil. */
static struct buf valid_stream(const struct codec *c, const struct codec_image *img)
{
    uint8_t *in = pattern(img);
    struct codec_image coded;
    struct buf out;
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(c->encode(img, in, frame_bytes(img), NULL, &coded, &out), 0);
    free(in);
    return out;
}

START_TEST(test_decoders_refuse_empty_and_truncated_streams)
{
    const struct codec *c = lossless_codecs[_i];
    struct codec_image img = image(32, 32, 1, 16, 12, 0, 0);
    struct buf s = valid_stream(c, &img);
    uint8_t out[32 * 32 * 2];
    struct codec_image native;
    ck_assert_int_eq(c->decode(&img, s.data, 0, &native, out, sizeof out), DG_ETRUNC);
    /* Every cut short of the end fails, as truncated or as corrupt. */
    for (size_t cut = 1; cut < s.len - 2; cut += 7) {
        int rc = c->decode(&img, s.data, cut, &native, out, sizeof out);
        ck_assert_msg(rc == DG_ETRUNC || rc == DG_EPARSE, "cut %zu: %d", cut, rc);
    }
    buf_free(&s);
}
END_TEST

START_TEST(test_decoders_refuse_streams_that_disagree_with_the_attributes)
{
    const struct codec *c = lossless_codecs[_i];
    struct codec_image img = image(32, 32, 1, 16, 12, 0, 0);
    struct buf s = valid_stream(c, &img);
    uint8_t *out = malloc(64 * 64 * 3 * 2);
    struct codec_image native;
    struct codec_image other = img;
    other.rows = 31;
    ck_assert_int_eq(c->decode(&other, s.data, s.len, &native, out, 64 * 64 * 6), DG_EMISMATCH);
    other = img;
    other.columns = 64;
    ck_assert_int_eq(c->decode(&other, s.data, s.len, &native, out, 64 * 64 * 6), DG_EMISMATCH);
    other = image(32, 32, 3, 16, 12, 0, 0);
    ck_assert_int_eq(c->decode(&other, s.data, s.len, &native, out, 64 * 64 * 6), DG_EMISMATCH);
    other = image(32, 32, 1, 8, 8, 0, 0); /* 12-bit samples in an 8-bit image */
    ck_assert_int_eq(c->decode(&other, s.data, s.len, &native, out, 64 * 64 * 6), DG_EMISMATCH);
    /* Too small an output is refused before anything is decoded. */
    ck_assert_int_eq(c->decode(&img, s.data, s.len, &native, out, 32 * 32 * 2 - 1), DG_ETOOBIG);
    free(out);
    buf_free(&s);
}
END_TEST

/* The size in the header is patched to 65535 x 65535 (a 8 GB frame) while
 * the attributes say 32 x 32: refused from the header, nothing allocated
 * for it (the test would run out of memory or time otherwise). */
START_TEST(test_decoders_refuse_huge_declared_sizes)
{
    const struct codec *c = lossless_codecs[_i];
    struct codec_image img = image(32, 32, 1, 16, 12, 0, 0);
    struct buf s = valid_stream(c, &img);
    size_t at = 0;
    for (; at + 4 < s.len; at++) {
        /* JPEG-LS SOF55 (FF F7), J2K SIZ (FF 51) */
        if (s.data[at] == 0xff && (s.data[at + 1] == 0xf7 || s.data[at + 1] == 0x51))
            break;
    }
    ck_assert_uint_lt(at + 16, s.len);
    if (s.data[at + 1] == 0xf7) {
        /* FFF7 Lf(2) P(1) Y(2) X(2) */
        memset(s.data + at + 5, 0xff, 4);
    } else {
        /* FF51 Lsiz(2) Rsiz(2) Xsiz(4) Ysiz(4): the sizes, and the tile the same. */
        s.data[at + 6] = s.data[at + 10] = 0;
        s.data[at + 7] = s.data[at + 11] = 0;
        s.data[at + 8] = s.data[at + 12] = 0xff;
        s.data[at + 9] = s.data[at + 13] = 0xff;
        memcpy(s.data + at + 22, s.data + at + 6, 8);
    }
    uint8_t out[32 * 32 * 2];
    struct codec_image native;
    int rc = c->decode(&img, s.data, s.len, &native, out, sizeof out);
    ck_assert_msg(rc == DG_EMISMATCH || rc == DG_EPARSE, "%d", rc);
    buf_free(&s);
}
END_TEST

/* A SIZ declaring 1 x 1 tiles (1024 of them for 32 x 32) or thousands of
 * components: refused before OpenJPEG allocates parameters for each. */
START_TEST(test_j2k_refuses_tile_and_component_bombs)
{
    struct codec_image img = image(32, 32, 1, 16, 12, 0, 0);
    struct buf s = valid_stream(&codec_j2k_lossless, &img);
    ck_assert_uint_eq(s.data[2], 0xff);
    ck_assert_uint_eq(s.data[3], 0x51); /* SIZ right after SOC */
    uint8_t out[32 * 32 * 2];
    struct codec_image native;
    uint8_t *copy = malloc(s.len);
    memcpy(copy, s.data, s.len);
    /* XTsiz, YTsiz (offsets 24 and 28 from SIZ's marker) = 1 */
    memcpy(copy + 4 + 20, "\0\0\0\1\0\0\0\1", 8);
    ck_assert_int_eq(codec_j2k_lossless.decode(&img, copy, s.len, &native, out, sizeof out),
                     DG_EUNSUPPORTED);
    memcpy(copy, s.data, s.len);
    copy[4 + 36] = 0x40; /* Csiz = 16385 */
    ck_assert_int_eq(codec_j2k_lossless.decode(&img, copy, s.len, &native, out, sizeof out),
                     DG_EMISMATCH);
    memcpy(copy, s.data, s.len);
    copy[4 + 38] = 15; /* 16-bit precision in... */
    img.bits_allocated = 8;
    img.bits_stored = 8;
    ck_assert_int_eq(codec_j2k_lossless.decode(&img, copy, s.len, &native, out, sizeof out),
                     DG_EMISMATCH); /* ...an 8-bit image */
    free(copy);
    buf_free(&s);
}
END_TEST

/* Random damage anywhere in the stream: an error code or a decoded frame,
 * never a crash (run under the sanitizers in CI, and the fuzz targets). */
START_TEST(test_decoders_survive_corrupt_bytes)
{
    const struct codec *c = lossless_codecs[_i];
    struct codec_image img = image(32, 32, 3, 8, 8, 0, 0);
    struct buf s = valid_stream(c, &img);
    uint8_t *copy = malloc(s.len);
    uint8_t out[32 * 32 * 3];
    struct codec_image native;
    uint32_t seed = 7;
    for (int round = 0; round < 300; round++) {
        memcpy(copy, s.data, s.len);
        for (int k = 0; k < 3; k++) {
            seed = seed * 1103515245u + 12345u;
            copy[(seed >> 8) % s.len] ^= (uint8_t)(1u << (seed >> 28) % 8);
        }
        int rc = c->decode(&img, copy, s.len, &native, out, sizeof out);
        ck_assert_msg(rc == 0 || rc == DG_EPARSE || rc == DG_ETRUNC || rc == DG_EMISMATCH ||
                          rc == DG_EUNSUPPORTED,
                      "round %d: %d", round, rc);
    }
    free(copy);
    buf_free(&s);
}
END_TEST

START_TEST(test_encoders_refuse_what_they_cannot_carry)
{
    struct codec_image img = image(8, 8, 1, 32, 32, 0, 0);
    uint8_t in[8 * 8 * 4] = {0};
    struct codec_image coded;
    struct buf out;
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(codec_jpegls_lossless.encode(&img, in, sizeof in, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(codec_j2k_lossless.encode(&img, in, sizeof in, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(codec_htj2k_lossless.encode(&img, in, sizeof in, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    img = image(8, 8, 1, 8, 1, 0, 0); /* JPEG-LS starts at 2 bits */
    ck_assert_int_eq(codec_jpegls_lossless.encode(&img, in, 64, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    /* An output cap smaller than the stream. */
    struct buf tiny;
    buf_init(&tiny, 16);
    img = image(8, 8, 1, 8, 8, 0, 0);
    for (int i = 0; i < 64; i++)
        in[i] = (uint8_t)(i * 37);
    ck_assert_int_eq(codec_jpegls_lossless.encode(&img, in, 64, NULL, &coded, &tiny), DG_ETOOBIG);
    ck_assert_int_eq(codec_j2k_lossless.encode(&img, in, 64, NULL, &coded, &tiny), DG_ETOOBIG);
    ck_assert_int_eq(codec_htj2k_lossless.encode(&img, in, 64, NULL, &coded, &tiny), DG_ETOOBIG);
    ck_assert_uint_eq(tiny.len, 0);
    buf_free(&tiny);
    buf_free(&out);
}
END_TEST

START_TEST(test_j2k_decodes_a_jp2_file_around_the_codestream)
{
    struct codec_image img = image(16, 16, 1, 8, 8, 0, 0);
    struct buf s = valid_stream(&codec_j2k_lossless, &img);
    /* Signature, ftyp, jp2h (ihdr, colr), jp2c boxes (ISO 15444-1 I.5). */
    static const uint8_t head[] = {0,   0,   0,   12,  'j', 'P', ' ', ' ', 13,  10,  0x87, 10,  0,
                                   0,   0,   20,  'f', 't', 'y', 'p', 'j', 'p', '2', ' ',  0,   0,
                                   0,   0,   'j', 'p', '2', ' ', 0,   0,   0,   45,  'j',  'p', '2',
                                   'h', 0,   0,   0,   22,  'i', 'h', 'd', 'r', 0,   0,    0,   16,
                                   0,   0,   0,   16,  0,   1,   7,   7,   0,   0,   0,    0,   0,
                                   15,  'c', 'o', 'l', 'r', 1,   0,   0,   0,   0,   0,    17};
    struct buf jp2;
    buf_init(&jp2, 1 << 20);
    uint8_t box[8] = {0, 0, 0, 0, 'j', 'p', '2', 'c'};
    uint32_t len = (uint32_t)s.len + 8;
    box[0] = (uint8_t)(len >> 24);
    box[1] = (uint8_t)(len >> 16);
    box[2] = (uint8_t)(len >> 8);
    box[3] = (uint8_t)len;
    ck_assert_int_eq(buf_append(&jp2, head, sizeof head), 0);
    ck_assert_int_eq(buf_append(&jp2, box, sizeof box), 0);
    ck_assert_int_eq(buf_append(&jp2, s.data, s.len), 0);
    uint8_t *want = pattern(&img);
    uint8_t out[256];
    struct codec_image native;
    ck_assert_int_eq(codec_j2k_lossless.decode(&img, jp2.data, jp2.len, &native, out, sizeof out),
                     0);
    ck_assert_mem_eq(out, want, sizeof out);
    free(want);
    buf_free(&jp2);
    buf_free(&s);
}
END_TEST

static Suite *codec_suite(void)
{
    Suite *s = suite_create("codec_jls_j2k");
    TCase *tc = tcase_create("round trips");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_lossless_round_trip_is_bit_exact_mono);
    tcase_add_test(tc, test_lossless_round_trip_is_bit_exact_colour);
    tcase_add_test(tc, test_j2k_lossless_one_pixel_image);
    tcase_add_test(tc, test_jpegls_near_lossless_stays_within_near);
    tcase_add_test(tc, test_jpegls_near_lossless_refuses_near_beyond_half_the_range_and_signed);
    tcase_add_test(tc, test_j2k_lossy_is_within_psnr_and_says_ict);
    tcase_add_test(tc, test_j2k_lossy_quality_orders_the_size);
    tcase_add_test(tc, test_j2k_lossless_rgb_says_rct_and_decodes_to_rgb);
    tcase_add_test(tc, test_htj2k_encodes_ht_blocks_in_the_syntax_asked);
    tcase_add_test(tc, test_htj2k_lossy_is_within_psnr_and_says_ict);
    tcase_add_test(tc, test_jpegls_decodes_hp_colour_transforms);
    tcase_add_test(tc, test_j2k_decodes_a_jp2_file_around_the_codestream);
    suite_add_tcase(s, tc);
    TCase *hostile = tcase_create("hostile");
    tcase_set_timeout(hostile, 120);
    tcase_add_loop_test(hostile, test_decoders_refuse_empty_and_truncated_streams, 0, 2);
    tcase_add_loop_test(hostile, test_decoders_refuse_streams_that_disagree_with_the_attributes, 0,
                        2);
    tcase_add_loop_test(hostile, test_decoders_refuse_huge_declared_sizes, 0, 2);
    tcase_add_loop_test(hostile, test_decoders_survive_corrupt_bytes, 0, 2);
    tcase_add_test(hostile, test_j2k_refuses_tile_and_component_bombs);
    tcase_add_test(hostile, test_encoders_refuse_what_they_cannot_carry);
    suite_add_tcase(s, hostile);
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
