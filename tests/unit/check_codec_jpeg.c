/* Tests of the JPEG codecs (src/codec/jpeg*.c): lossless round trips
 * bit-exact, lossy ones within a PSNR bound, our decoded pixels equal to
 * dcmtk's dcmdjpeg and GDCM's gdcmconv on streams those tools made, and
 * hostile streams refused with the codec.h error codes. */
#include "codec/codec.h"
#include "dicom/part10.h"
#include "util/error.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define T(g, e) DICT_TAG(0x##g, 0x##e)
#define TS_BASELINE "1.2.840.10008.1.2.4.50"
#define TS_EXTENDED "1.2.840.10008.1.2.4.51"
#define TS_LOSSLESS "1.2.840.10008.1.2.4.57"
#define TS_SV1 "1.2.840.10008.1.2.4.70"

static char dir[64];

static void make_dir(void)
{
    strcpy(dir, "/tmp/check_codec_jpeg.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void remove_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static struct codec_image image(uint32_t rows, uint32_t columns, int spp, int bits_allocated,
                                int bits_stored, int is_signed)
{
    struct codec_image img = {0};
    img.rows = rows;
    img.columns = columns;
    img.frames = 1;
    img.samples_per_pixel = (uint16_t)spp;
    img.bits_allocated = (uint16_t)bits_allocated;
    img.bits_stored = (uint16_t)bits_stored;
    img.high_bit = (uint16_t)(bits_stored - 1);
    img.pixel_representation = (uint16_t)is_signed;
    strcpy(img.photometric, spp == 3 ? "RGB" : "MONOCHROME2");
    return img;
}

/* Frames of smooth gradients and a disc, with noise from a fixed
 * generator (so each frame differs), covering the whole range of bits_stored; signed values are
 * sign-extended to bits_allocated, as native DICOM stores them. */
static uint8_t *pixels(const struct codec_image *img, unsigned seed)
{
    size_t n = codec_frame_size(img) * img->frames;
    size_t samples = (size_t)img->rows * img->columns * img->samples_per_pixel * img->frames;
    uint8_t *p = malloc(n);
    uint32_t state = seed * 2654435761u + 1;
    long range = 1L << img->bits_stored;

    ck_assert_ptr_nonnull(p);
    for (size_t i = 0; i < samples; i++) {
        size_t pix = i / img->samples_per_pixel % ((size_t)img->rows * img->columns);
        long x = (long)(pix % img->columns), y = (long)(pix / img->columns);
        long k = (long)(i % img->samples_per_pixel);
        long dx = x - (long)img->columns / 2, dy = y - (long)img->rows / 2;
        long v = (x * range) / (long)img->columns / 2 + (y * range) / (long)img->rows / 4 +
                 k * range / 8;
        if (dx * dx + dy * dy < (long)(img->rows * img->columns) / 16)
            v += range / 4;
        state = state * 1103515245u + 12345u;
        v += (long)(state >> 16) % 7 - 3;
        v = ((v % range) + range) % range;
        if (img->pixel_representation && v >= range / 2)
            v -= range;
        if (img->bits_allocated == 8) {
            p[i] = (uint8_t)v;
        } else {
            p[2 * i] = (uint8_t)((unsigned long)v & 0xFF);
            p[2 * i + 1] = (uint8_t)(((unsigned long)v >> 8) & 0xFF);
        }
    }
    return p;
}

static double sample(const struct codec_image *img, const uint8_t *p, size_t i)
{
    return img->bits_allocated == 8 ? p[i] : (double)(p[2 * i] | p[2 * i + 1] << 8);
}

static double psnr(const struct codec_image *img, const uint8_t *a, const uint8_t *b)
{
    size_t samples = (size_t)img->rows * img->columns * img->samples_per_pixel;
    double peak = (double)((1L << img->bits_stored) - 1), se = 0;

    for (size_t i = 0; i < samples; i++) {
        double d = sample(img, a, i) - sample(img, b, i);
        se += d * d;
    }
    return se == 0 ? 99 : 10 * log10(peak * peak * (double)samples / se);
}

/* Encode with the syntax's codec, decode what came out, return the
 * decoded frame (and its attributes in *native). */
static uint8_t *round_trip(const char *ts, const struct codec_image *img, const uint8_t *in,
                           int quality, struct codec_image *native)
{
    const struct codec *c = codec_find(ts);
    struct codec_options opt = {quality, 0};
    struct codec_image coded;
    struct buf out;
    size_t n = codec_frame_size(img);
    uint8_t *dec = malloc(n);

    ck_assert_ptr_nonnull(c);
    ck_assert_ptr_nonnull(dec);
    buf_init(&out, 64u << 20);
    ck_assert_int_eq(c->encode(img, in, n, &opt, &coded, &out), 0);
    ck_assert_uint_gt(out.len, 0);
    ck_assert_int_eq(c->decode(&coded, out.data, out.len, native, dec, n), 0);
    buf_free(&out);
    return dec;
}

static void lossless_case(const char *ts, int spp, int ba, int bs, int is_signed, int planar)
{
    struct codec_image img = image(37, 53, spp, ba, bs, is_signed), native;
    uint8_t *in;
    uint8_t *dec;

    img.planar_configuration = (uint16_t)planar;
    in = pixels(&img, (unsigned)(bs * 10 + spp));
    dec = round_trip(ts, &img, in, 0, &native);
    ck_assert_str_eq(native.photometric, img.photometric);
    ck_assert_uint_eq(native.planar_configuration, 0);
    if (planar) {
        /* The decoded frame is colour-by-pixel: compare sample by sample. */
        size_t plane = (size_t)img.rows * img.columns;
        for (size_t i = 0; i < plane * 3; i++)
            ck_assert_uint_eq(dec[i], in[(i % 3) * plane + i / 3]);
    } else {
        ck_assert_msg(memcmp(in, dec, codec_frame_size(&img)) == 0,
                      "%s spp %d bits %d/%d signed %d not bit-exact", ts, spp, ba, bs, is_signed);
    }
    free(in);
    free(dec);
}

START_TEST(test_jpeg_lossless_round_trips_are_bit_exact)
{
    static const char *const syntaxes[] = {TS_LOSSLESS, TS_SV1};
    for (int t = 0; t < 2; t++) {
        const char *ts = syntaxes[t];
        lossless_case(ts, 1, 8, 8, 0, 0);
        lossless_case(ts, 1, 8, 8, 1, 0);
        lossless_case(ts, 1, 8, 6, 0, 0);
        lossless_case(ts, 1, 16, 12, 0, 0);
        lossless_case(ts, 1, 16, 12, 1, 0);
        lossless_case(ts, 1, 16, 16, 0, 0);
        lossless_case(ts, 1, 16, 16, 1, 0);
        lossless_case(ts, 1, 16, 2, 0, 0);
        lossless_case(ts, 3, 8, 8, 0, 0);
        lossless_case(ts, 3, 8, 8, 0, 1);
        lossless_case(ts, 3, 16, 16, 0, 0);
        lossless_case(ts, 3, 16, 12, 0, 0);
    }
}
END_TEST

static void lossy_case(const char *ts, int spp, int ba, int bs, int quality, double min_psnr)
{
    struct codec_image img = image(64, 80, spp, ba, bs, 0), native;
    uint8_t *in = pixels(&img, 7);
    uint8_t *dec = round_trip(ts, &img, in, quality, &native);
    double q = psnr(&img, in, dec);

    ck_assert_str_eq(native.photometric, img.photometric);
    ck_assert_msg(q >= min_psnr, "%s spp %d bits %d: PSNR %.1f dB < %.1f", ts, spp, bs, q,
                  min_psnr);
    free(in);
    free(dec);
}

START_TEST(test_jpeg_lossy_round_trips_keep_the_image)
{
    lossy_case(TS_BASELINE, 1, 8, 8, 0, 35);
    lossy_case(TS_BASELINE, 3, 8, 8, 0, 30);
    lossy_case(TS_BASELINE, 1, 8, 8, 100, 45);
    lossy_case(TS_EXTENDED, 1, 8, 8, 0, 35);
    lossy_case(TS_EXTENDED, 1, 16, 12, 0, 45);
    lossy_case(TS_EXTENDED, 1, 16, 10, 0, 40);
    lossy_case(TS_EXTENDED, 3, 16, 12, 0, 35);
}
END_TEST

START_TEST(test_jpeg_lossy_colour_is_coded_as_ybr_full_422)
{
    struct codec_image img = image(16, 16, 3, 8, 8, 0), coded;
    uint8_t *in = pixels(&img, 1);
    struct buf out;

    buf_init(&out, 1u << 20);
    ck_assert_int_eq(
        codec_find(TS_BASELINE)->encode(&img, in, codec_frame_size(&img), NULL, &coded, &out), 0);
    ck_assert_str_eq(coded.photometric, "YBR_FULL_422");
    buf_free(&out);
    free(in);
}
END_TEST

START_TEST(test_jpeg_refuses_images_its_syntax_cannot_carry)
{
    struct codec_image sixteen = image(8, 8, 1, 16, 16, 0), coded;
    struct codec_image signed12 = image(8, 8, 1, 16, 12, 1);
    struct codec_image one_bit = image(8, 8, 1, 8, 1, 0);
    uint8_t in[8 * 8 * 2] = {0};
    struct buf out;

    buf_init(&out, 1u << 20);
    ck_assert_int_eq(codec_find(TS_BASELINE)->encode(&sixteen, in, sizeof in, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(codec_find(TS_EXTENDED)->encode(&sixteen, in, sizeof in, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(codec_find(TS_EXTENDED)->encode(&signed12, in, sizeof in, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(codec_find(TS_SV1)->encode(&one_bit, in, 64, NULL, &coded, &out),
                     DG_EUNSUPPORTED);
    buf_free(&out);
}
END_TEST

START_TEST(test_jpeg_output_stops_at_the_buffer_cap)
{
    struct codec_image img = image(64, 64, 1, 16, 16, 0), coded;
    uint8_t *in = pixels(&img, 3);
    struct buf out;

    buf_init(&out, 1000);
    ck_assert_int_eq(
        codec_find(TS_SV1)->encode(&img, in, codec_frame_size(&img), NULL, &coded, &out),
        DG_ETOOBIG);
    buf_free(&out);
    free(in);
}
END_TEST

/* ---- against dcmtk and GDCM ---------------------------------------- */

static int have(const char *tool)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", tool);
    return system(cmd) == 0;
}

static void write_native(const char *path, const struct codec_image *img, const uint8_t *px)
{
    struct ds *ds = ds_new();

    ck_assert_ptr_nonnull(ds);
    ck_assert_int_eq(ds_set_string(ds, T(0008, 0016), VR_UI, "1.2.840.10008.5.1.4.1.1.7"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0008, 0018), VR_UI, "2.25.1234567"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0008, 0064), VR_CS, "WSD"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0010, 0010), VR_PN, "JPEG^TEST"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0020, 000D), VR_UI, "2.25.1"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0020, 000E), VR_UI, "2.25.2"), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0002), img->samples_per_pixel), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0028, 0004), VR_CS, img->photometric), 0);
    if (img->samples_per_pixel == 3)
        ck_assert_int_eq(ds_set_u16(ds, T(0028, 0006), img->planar_configuration), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0010), (uint16_t)img->rows), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0011), (uint16_t)img->columns), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0100), img->bits_allocated), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0101), img->bits_stored), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0102), img->high_bit), 0);
    ck_assert_int_eq(ds_set_u16(ds, T(0028, 0103), img->pixel_representation), 0);
    if (img->frames > 1) {
        char frames[16];
        snprintf(frames, sizeof frames, "%u", img->frames);
        ck_assert_int_eq(ds_set_string(ds, T(0028, 0008), VR_IS, frames), 0);
    }
    ck_assert_int_eq(ds_set(ds, T(7FE0, 0010), img->bits_allocated == 8 ? VR_OB : VR_OW, px,
                            codec_frame_size(img) * img->frames),
                     0);
    ck_assert_int_eq(p10_write_file(path, ds, "1.2.840.10008.1.2.1", NULL), 0);
    ds_free(ds);
}

static const char *path_in_dir(const char *name)
{
    static char paths[4][128];
    static int next;
    char *p = paths[next++ % 4];
    snprintf(p, 128, "%s/%s", dir, name);
    return p;
}

/* tool options in out: fails the test unless the tool succeeds. */
static void run(const char *tool, const char *options, const char *in, const char *out)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s %s %s %s >/dev/null 2>&1", tool, options, in, out);
    ck_assert_msg(system(cmd) == 0, "failed: %s", cmd);
}

/* Our decode of every frame (one fragment each) of a compressed file,
 * with the attributes its dataset gives; its transfer syntax and
 * photometric interpretation in ts_out and photometric_out. */
static uint8_t *our_decode(const char *path, const struct codec_image *as_written,
                           struct codec_image *native, char *ts_out, char *photometric_out)
{
    struct p10_file f;
    const struct ds_elem *e;
    struct codec_image stored = *as_written;
    char photometric[17];
    size_t n;
    uint8_t *out;
    const struct codec *c;

    ck_assert_int_eq(p10_read_file(path, NULL, &f), 0);
    strcpy(ts_out, f.ts_uid);
    c = codec_find(f.ts_uid);
    ck_assert_msg(c != NULL, "no codec for %s", f.ts_uid);
    ck_assert_int_eq(ds_get_string(f.ds, T(0028, 0004), photometric, sizeof photometric), 0);
    memcpy(stored.photometric, photometric, sizeof photometric);
    memcpy(photometric_out, photometric, sizeof photometric);
    e = ds_find(f.ds, T(7FE0, 0010));
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(ds_elem_fragment_count(e), stored.frames + 1);
    n = codec_frame_size(&stored);
    out = malloc(n * stored.frames);
    ck_assert_ptr_nonnull(out);
    for (unsigned i = 0; i < stored.frames; i++) {
        const uint8_t *frag;
        size_t len;
        ck_assert_int_eq(ds_elem_fragment(e, i + 1, &frag, &len), 0);
        ck_assert_int_eq(c->decode(&stored, frag, len, native, out + i * n, n), 0);
    }
    p10_close(&f);
    return out;
}

/* The native pixel data of a file a tool decompressed. */
static uint8_t *their_pixels(const char *path, size_t n, char *photometric)
{
    struct p10_file f;
    const struct ds_elem *e;
    uint8_t *out = malloc(n);

    ck_assert_ptr_nonnull(out);
    ck_assert_int_eq(p10_read_file(path, NULL, &f), 0);
    ck_assert_int_eq(ds_get_string(f.ds, T(0028, 0004), photometric, 17), 0);
    e = ds_find(f.ds, T(7FE0, 0010));
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_ge(e->len, n);
    memcpy(out, e->value, n);
    p10_close(&f);
    return out;
}

/* A native image compressed by `maker` (dcmcjpeg or gdcmconv) with
 * `options`, decoded by us and by dcmdjpeg (and gdcmconv when there): the
 * same samples, and the transfer syntax the maker was asked for. */
static void compare_image(const char *maker, const char *options, struct codec_image img,
                          const char *expect_ts)
{
    struct codec_image native;
    int ba = img.bits_allocated, bs = img.bits_stored;
    uint8_t *in = pixels(&img, (unsigned)bs);
    char ts[P10_UID_MAX + 1], photometric[17], coded[17];
    size_t n = codec_frame_size(&img) * img.frames;
    uint8_t *ours, *theirs;

    write_native(path_in_dir("native.dcm"), &img, in);
    run(maker, options, path_in_dir("native.dcm"), path_in_dir("jpeg.dcm"));
    ours = our_decode(path_in_dir("jpeg.dcm"), &img, &native, ts, coded);
    ck_assert_str_eq(ts, expect_ts);
    run("dcmdjpeg", "", path_in_dir("jpeg.dcm"), path_in_dir("dcmtk.dcm"));
    theirs = their_pixels(path_in_dir("dcmtk.dcm"), n, photometric);
    ck_assert_str_eq(native.photometric, photometric);
    ck_assert_msg(memcmp(ours, theirs, n) == 0, "dcmdjpeg decodes '%s' (bits %d/%d) otherwise",
                  options, ba, bs);
    free(theirs);
    /* gdcmconv --raw leaves YBR_FULL_422 samples in YCbCr (and fails to
     * write them when there are several frames): it is asked only about
     * what it decodes as dcmdjpeg and we do. */
    if (have("gdcmconv") && strncmp(coded, "YBR", 3) != 0) {
        run("gdcmconv", "--raw", path_in_dir("jpeg.dcm"), path_in_dir("gdcm.dcm"));
        theirs = their_pixels(path_in_dir("gdcm.dcm"), n, photometric);
        ck_assert_str_eq(native.photometric, photometric);
        ck_assert_msg(memcmp(ours, theirs, n) == 0, "gdcmconv decodes '%s' (bits %d/%d) otherwise",
                      options, ba, bs);
        free(theirs);
    }
    free(ours);
    free(in);
}

static void compare_with_tools(const char *maker, const char *options, int spp, int ba, int bs,
                               int is_signed, const char *expect_ts)
{
    compare_image(maker, options, image(45, 61, spp, ba, bs, is_signed), expect_ts);
}

START_TEST(test_jpeg_decodes_as_dcmtk_and_gdcm_do)
{
    char options[32];

    if (!have("dcmcjpeg") || !have("dcmdjpeg")) {
        fprintf(stderr, "dcmcjpeg/dcmdjpeg missing (Debian: dcmtk): comparison skipped\n");
        return;
    }
    make_dir();
    compare_with_tools("dcmcjpeg", "+e1", 1, 8, 8, 0, TS_SV1);
    compare_with_tools("dcmcjpeg", "+e1", 1, 16, 12, 0, TS_SV1);
    compare_with_tools("dcmcjpeg", "+e1", 1, 16, 16, 0, TS_SV1);
    compare_with_tools("dcmcjpeg", "+e1", 1, 16, 16, 1, TS_SV1);
    compare_with_tools("dcmcjpeg", "+e1", 1, 16, 12, 1, TS_SV1);
    compare_with_tools("dcmcjpeg", "+e1", 1, 16, 10, 0, TS_SV1);
    compare_with_tools("dcmcjpeg", "+e1", 3, 8, 8, 0, TS_SV1);
    for (int sv = 1; sv <= 7; sv++) {
        snprintf(options, sizeof options, "+el +sv %d", sv);
        compare_with_tools("dcmcjpeg", options, 1, 16, 12, 0, TS_LOSSLESS);
    }
    compare_with_tools("dcmcjpeg", "+el", 1, 8, 8, 0, TS_LOSSLESS);
    compare_with_tools("dcmcjpeg", "+eb", 1, 8, 8, 0, TS_BASELINE);
    compare_with_tools("dcmcjpeg", "+eb", 3, 8, 8, 0, TS_BASELINE);
    compare_with_tools("dcmcjpeg", "+eb +s4", 3, 8, 8, 0, TS_BASELINE);
    compare_with_tools("dcmcjpeg", "+ee", 1, 8, 8, 0, TS_EXTENDED);
    compare_with_tools("dcmcjpeg", "+ee", 1, 16, 12, 0, TS_EXTENDED);
    compare_with_tools("dcmcjpeg", "+ee", 3, 8, 8, 0, TS_EXTENDED);
    /* Multi-frame: a fragment per frame, each decoded on its own. */
    struct codec_image multi = image(33, 29, 1, 16, 12, 0);
    multi.frames = 3;
    compare_image("dcmcjpeg", "+e1", multi, TS_SV1);
    compare_image("dcmcjpeg", "+ee", multi, TS_EXTENDED);
    multi = image(33, 29, 3, 8, 8, 0);
    multi.frames = 4;
    compare_image("dcmcjpeg", "+eb", multi, TS_BASELINE);
    if (have("gdcmconv")) {
        compare_with_tools("gdcmconv", "-J", 1, 16, 12, 0, TS_SV1);
        compare_with_tools("gdcmconv", "-J", 1, 16, 16, 1, TS_SV1);
        compare_with_tools("gdcmconv", "-J", 3, 8, 8, 0, TS_SV1);
        compare_with_tools("gdcmconv", "-J --lossy -q 90", 1, 8, 8, 0, TS_BASELINE);
    }
    remove_dir();
}
END_TEST

/* ---- hostile streams -------------------------------------------------- */

static struct buf encoded(const char *ts, const struct codec_image *img)
{
    uint8_t *in = pixels(img, 5);
    struct codec_image coded;
    struct buf out;

    buf_init(&out, 16u << 20);
    ck_assert_int_eq(codec_find(ts)->encode(img, in, codec_frame_size(img), NULL, &coded, &out), 0);
    free(in);
    return out;
}

static int decode(const char *ts, const struct codec_image *stored, const uint8_t *p, size_t n)
{
    struct codec_image native;
    size_t size = codec_frame_size(stored);
    uint8_t *out = malloc(size);
    int rc;

    ck_assert_ptr_nonnull(out);
    rc = codec_find(ts)->decode(stored, p, n, &native, out, size);
    free(out);
    return rc;
}

START_TEST(test_jpeg_truncated_streams_fail)
{
    static const char *const syntaxes[] = {TS_BASELINE, TS_EXTENDED, TS_SV1};
    struct codec_image imgs[] = {image(40, 40, 1, 8, 8, 0), image(40, 40, 1, 16, 12, 0),
                                 image(40, 40, 1, 16, 16, 1)};

    for (int t = 0; t < 3; t++) {
        struct buf b = encoded(syntaxes[t], &imgs[t]);
        ck_assert_int_eq(decode(syntaxes[t], &imgs[t], b.data, 0), DG_ETRUNC);
        for (size_t cut = 1; cut < b.len - 2; cut += 1 + cut / 8) {
            int rc = decode(syntaxes[t], &imgs[t], b.data, cut);
            ck_assert_msg(rc == DG_ETRUNC || rc == DG_EPARSE, "%s cut at %zu of %zu: %d",
                          syntaxes[t], cut, b.len, rc);
        }
        /* Without only its EOI, every pixel is there. */
        ck_assert_int_eq(decode(syntaxes[t], &imgs[t], b.data, b.len - 2), 0);
        buf_free(&b);
    }
}
END_TEST

START_TEST(test_jpeg_streams_that_disagree_with_the_image_fail)
{
    struct codec_image img = image(40, 48, 1, 16, 12, 0), other;
    struct buf b = encoded(TS_SV1, &img);
    struct codec_image native;
    uint8_t small[16];

    other = img;
    other.rows = 41;
    ck_assert_int_eq(decode(TS_SV1, &other, b.data, b.len), DG_EMISMATCH);
    other = img;
    other.columns = 47;
    ck_assert_int_eq(decode(TS_SV1, &other, b.data, b.len), DG_EMISMATCH);
    other = image(40, 48, 3, 16, 12, 0);
    ck_assert_int_eq(decode(TS_SV1, &other, b.data, b.len), DG_EMISMATCH);
    other = image(40, 48, 1, 8, 8, 0); /* a 12-bit stream in 8-bit samples */
    ck_assert_int_eq(decode(TS_SV1, &other, b.data, b.len), DG_EMISMATCH);
    ck_assert_int_eq(codec_find(TS_SV1)->decode(&img, b.data, b.len, &native, small, sizeof small),
                     DG_ETOOBIG);
    /* A frame header that declares 65535 x 65535: refused before the
     * library sizes anything by it. */
    for (size_t i = 2; i + 9 < b.len; i++) {
        if (b.data[i] == 0xFF && b.data[i + 1] == 0xC3) {
            memset(b.data + i + 5, 0xFF, 4);
            break;
        }
    }
    ck_assert_int_eq(decode(TS_SV1, &img, b.data, b.len), DG_EMISMATCH);
    buf_free(&b);
}
END_TEST

/* 64 one-bits in the entropy data (eight stuffed 0xFF bytes): whatever
 * code was being read, one starts within them, and an all-ones code of 16
 * bits is never a Huffman code. */
START_TEST(test_jpeg_bad_huffman_codes_fail)
{
    static const char *const syntaxes[] = {TS_BASELINE, TS_EXTENDED, TS_SV1};
    struct codec_image imgs[] = {image(40, 40, 1, 8, 8, 0), image(40, 40, 1, 16, 12, 0),
                                 image(40, 40, 1, 16, 16, 0)};

    for (int t = 0; t < 3; t++) {
        struct buf b = encoded(syntaxes[t], &imgs[t]);
        size_t sos = 2, data;

        while (sos + 4 < b.len && !(b.data[sos] == 0xFF && b.data[sos + 1] == 0xDA))
            sos++;
        data = sos + 2 + ((size_t)b.data[sos + 2] << 8 | b.data[sos + 3]);
        ck_assert_uint_lt(data + 40, b.len);
        for (size_t i = 0; i < 16; i += 2) {
            b.data[data + 20 + i] = 0xFF;
            b.data[data + 21 + i] = 0x00;
        }
        ck_assert_int_eq(decode(syntaxes[t], &imgs[t], b.data, b.len), DG_EPARSE);
        buf_free(&b);
    }
}
END_TEST

/* Lossless samples are rebuilt modulo 2^16, so a stream can carry 12-bit
 * YCbCr samples beyond 4095: here every difference is 32768 (a DC table
 * whose one code, 00, means SSSS 16), in a 4 x 4 frame of three components.
 * GDCM's 12-bit build looked its YCbCr-to-RGB tables up by such samples
 * and read far outside them (a crash fuzz_codec found). */
START_TEST(test_jpeg_lossless_ycbcr_beyond_the_precision_fails)
{
    static const uint8_t stream[] = {
        0xFF, 0xD8,                                                 /* SOI */
        0xFF, 0xC3, 0x00, 0x11, 0x0C, 0x00, 0x04, 0x00, 0x04, 0x03, /* SOF3 12-bit 4x4 */
        0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00,       /* three 1x1 components */
        0xFF, 0xC4, 0x00, 0x14, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, /* DHT DC 0: one code */
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, /* of two bits, */
        0x00, 0x10,                                                 /* SSSS 16 */
        0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, /* SOS, predictor 1 */
        0x00, 0x01, 0x00, 0x00,                                     /* 48 codes: */
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xD9,
    };
    struct codec_image img = image(4, 4, 3, 16, 12, 0);

    strcpy(img.photometric, "YBR_FULL");
    ck_assert_int_eq(decode(TS_SV1, &img, stream, sizeof stream), DG_EPARSE);
    /* As RGB the samples are taken as they are: nothing is looked up. */
    strcpy(img.photometric, "RGB");
    ck_assert_int_eq(decode(TS_SV1, &img, stream, sizeof stream), 0);
}
END_TEST

/* Valid 12-bit lossless YCbCr still becomes RGB as the library converts
 * it (jdcolor.c's fixed point, clamped): grey stays grey, a strong Cr
 * pushes R up and G down. The encoder codes the samples as they are. */
START_TEST(test_jpeg_lossless_12_bit_ycbcr_becomes_rgb)
{
    static const uint16_t ycbcr[] = {1000, 2048, 2048, 1000, 2048, 3048,
                                     4000, 2048, 4095, 10,   0,    0};
    static const uint16_t rgb[] = {1000, 1000, 1000, 2402, 286, 1000, 4095, 2538, 4000, 0, 2177, 0};
    struct codec_image img = image(2, 2, 3, 16, 12, 0), coded, native;
    uint8_t in[24], out[24];
    struct buf b;

    for (size_t i = 0; i < 12; i++) {
        in[2 * i] = (uint8_t)ycbcr[i];
        in[2 * i + 1] = (uint8_t)(ycbcr[i] >> 8);
    }
    buf_init(&b, 1u << 20);
    ck_assert_int_eq(codec_find(TS_SV1)->encode(&img, in, sizeof in, NULL, &coded, &b), 0);
    strcpy(coded.photometric, "YBR_FULL");
    ck_assert_int_eq(codec_find(TS_SV1)->decode(&coded, b.data, b.len, &native, out, sizeof out),
                     0);
    ck_assert_str_eq(native.photometric, "RGB");
    for (size_t i = 0; i < 12; i++)
        ck_assert_uint_eq((unsigned)out[2 * i] | (unsigned)out[2 * i + 1] << 8, rgb[i]);
    buf_free(&b);
}
END_TEST

START_TEST(test_jpeg_junk_fails)
{
    struct codec_image img = image(32, 32, 1, 8, 8, 0);
    uint8_t junk[4096];
    uint32_t state = 42;
    struct buf b;

    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof junk; i++) {
            state = state * 1103515245u + 12345u;
            junk[i] = (uint8_t)(state >> 16);
        }
        ck_assert_int_ne(decode(TS_BASELINE, &img, junk, sizeof junk), 0);
    }
    /* A valid header followed by junk entropy data never crashes; it may
     * decode to garbage, which lossy JPEG cannot tell from pixels. */
    b = encoded(TS_BASELINE, &img);
    for (int round = 0; round < 200; round++) {
        struct buf c;
        buf_init(&c, 1u << 20);
        ck_assert_int_eq(buf_append(&c, b.data, b.len), 0);
        for (size_t i = b.len / 2; i < b.len; i++) {
            state = state * 1103515245u + 12345u;
            if ((state >> 16) % 4 == 0)
                c.data[i] = (uint8_t)(state >> 8);
        }
        (void)decode(TS_BASELINE, &img, c.data, c.len);
        buf_free(&c);
    }
    buf_free(&b);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("codec_jpeg");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_jpeg_lossless_round_trips_are_bit_exact);
    tcase_add_test(tc, test_jpeg_lossy_round_trips_keep_the_image);
    tcase_add_test(tc, test_jpeg_lossy_colour_is_coded_as_ybr_full_422);
    tcase_add_test(tc, test_jpeg_refuses_images_its_syntax_cannot_carry);
    tcase_add_test(tc, test_jpeg_output_stops_at_the_buffer_cap);
    tcase_add_test(tc, test_jpeg_decodes_as_dcmtk_and_gdcm_do);
    tcase_add_test(tc, test_jpeg_truncated_streams_fail);
    tcase_add_test(tc, test_jpeg_streams_that_disagree_with_the_image_fail);
    tcase_add_test(tc, test_jpeg_bad_huffman_codes_fail);
    tcase_add_test(tc, test_jpeg_lossless_ycbcr_beyond_the_precision_fails);
    tcase_add_test(tc, test_jpeg_lossless_12_bit_ycbcr_becomes_rgb);
    tcase_add_test(tc, test_jpeg_junk_fails);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
