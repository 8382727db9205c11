/* The JPEG transfer syntaxes of PS3.5 A.4.1: which library a frame needs
 * and what the image's attributes must say for it. Decoding goes by the
 * stream's own start-of-frame marker, whatever the syntax's UID claims:
 * 8-bit lossy to libjpeg-turbo (jpeg_turbo.c), 12-bit lossy and lossless
 * to GDCM's build for the precision (jpeg_gdcm8.c, jpeg_gdcm12.c,
 * jpeg_gdcm16.c), as dcmtk picks among its three. The colour transform
 * follows the DICOM photometric interpretation, as dcmtk's dcmdjpeg does
 * by default (+cp): YBR_FULL and YBR_FULL_422 are converted to RGB, RGB is
 * taken as it is, whatever JFIF or Adobe markers the stream carries. */
#include "codec/codec.h"
#include "codec/codec_impl.h"
#include "codec/jpeg_ijg.h"

#include <string.h>
#include "util/error.h"

/* Lossy encoding without a quality asked for: dcmcjpeg's default. */
#define JPEG_DEFAULT_QUALITY 90

enum jpeg_kind { JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1 };

/* What a stream's start-of-frame segment declares. */
struct sof {
    int marker; /* 0xC0 .. 0xCF */
    int precision;
    uint32_t rows, columns;
    int components;
};

static int is_sof(int m)
{
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

/* Walks the marker segments from SOI to the first SOF, checking every
 * length against the bytes there are. */
static int sof_read(const uint8_t *p, size_t n, struct sof *s)
{
    size_t i = 2;

    if (n < 2)
        return DG_ETRUNC;
    if (p[0] != 0xFF || p[1] != 0xD8)
        return DG_EPARSE;
    for (;;) {
        if (i >= n)
            return DG_ETRUNC;
        if (p[i] != 0xFF)
            return DG_EPARSE;
        while (i < n && p[i] == 0xFF)
            i++;
        if (i >= n)
            return DG_ETRUNC;
        int m = p[i++];
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD7))
            continue;
        if (m == 0x00 || m == 0xD8 || m == 0xD9 || m == 0xDA)
            return DG_EPARSE; /* no frame header before the data */
        if (n - i < 2)
            return DG_ETRUNC;
        size_t len = (size_t)p[i] << 8 | p[i + 1];
        if (len < 2)
            return DG_EPARSE;
        if (n - i < len)
            return DG_ETRUNC;
        if (is_sof(m)) {
            if (len < 8)
                return DG_EPARSE;
            s->marker = m;
            s->precision = p[i + 2];
            s->rows = (uint32_t)p[i + 3] << 8 | p[i + 4];
            s->columns = (uint32_t)p[i + 5] << 8 | p[i + 6];
            s->components = p[i + 7];
            return 0;
        }
        i += len;
    }
}

static int is_ybr_full(const char *photometric)
{
    return strcmp(photometric, "YBR_FULL") == 0 || strcmp(photometric, "YBR_FULL_422") == 0;
}

typedef int ijg_decode_fn(const struct ijg_frame *, const uint8_t *, size_t, uint8_t *, size_t);

static ijg_decode_fn *pick_decoder(const struct sof *s)
{
    int sequential = s->marker >= 0xC0 && s->marker <= 0xC2; /* baseline, extended, progressive */

    if (s->marker == 0xC3 && s->precision >= 2)
        return s->precision <= 8    ? jgdcm8_decode
               : s->precision <= 12 ? jgdcm12_decode
               : s->precision <= 16 ? jgdcm16_decode
                                    : NULL;
    if (sequential && s->precision == 8)
        return jturbo_decode;
    if (sequential && s->precision == 12)
        return jgdcm12_decode;
    return NULL;
}

/* JPEG codes a signed sample as its bits_stored-bit pattern; native DICOM
 * keeps the sign in the bits above too (what dcmdjpeg writes). */
static void sign_extend(const struct codec_image *img, uint8_t *p)
{
    size_t samples = (size_t)img->rows * img->columns * img->samples_per_pixel;
    unsigned bits = img->bits_stored, sign = 1u << (bits - 1);

    if (bits >= img->bits_allocated)
        return;
    for (size_t i = 0; i < samples; i++) {
        if (img->bits_allocated == 8) {
            unsigned v = p[i] & ((1u << bits) - 1);
            p[i] = (uint8_t)((v ^ sign) - sign);
        } else {
            unsigned v = ((unsigned)p[2 * i] | (unsigned)p[2 * i + 1] << 8) & ((1u << bits) - 1);
            v = (v ^ sign) - sign;
            p[2 * i] = (uint8_t)v;
            p[2 * i + 1] = (uint8_t)(v >> 8);
        }
    }
}

static int jpeg_decode(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                       struct codec_image *native, uint8_t *out, size_t outlen)
{
    struct ijg_frame f = {0};
    struct sof s;
    ijg_decode_fn *decode;
    int rc = codec_image_check(stored);

    if (rc != 0)
        return rc;
    if (stored->bits_allocated != 8 && stored->bits_allocated != 16)
        return DG_EUNSUPPORTED;
    rc = sof_read(in, inlen, &s);
    if (rc != 0)
        return rc;
    if (s.rows != stored->rows || s.columns != stored->columns ||
        s.components != stored->samples_per_pixel || s.precision > stored->bits_allocated)
        return DG_EMISMATCH;
    decode = pick_decoder(&s);
    if (!decode)
        return DG_EUNSUPPORTED;
    if (codec_frame_size(stored) > outlen)
        return DG_ETOOBIG;
    f.rows = stored->rows;
    f.columns = stored->columns;
    f.components = s.components;
    f.precision = s.precision;
    f.bytes = stored->bits_allocated / 8;
    f.ycbcr = s.components == 3 && is_ybr_full(stored->photometric);
    rc = decode(&f, in, inlen, out, outlen);
    if (rc != 0)
        return rc;
    if (stored->pixel_representation == 1)
        sign_extend(stored, out);
    *native = *stored;
    native->planar_configuration = 0;
    if (f.ycbcr)
        strcpy(native->photometric, "RGB");
    return 0;
}

/* What a syntax can carry of an image, and how: fills f or says why not. */
static int encode_plan(enum jpeg_kind kind, const struct codec_image *img,
                       const struct codec_options *opt, struct ijg_frame *f)
{
    int colour = img->samples_per_pixel == 3;

    if (img->bits_allocated != 8 && img->bits_allocated != 16)
        return DG_EUNSUPPORTED;
    if (colour && strcmp(img->photometric, "RGB") != 0)
        return DG_EUNSUPPORTED;
    f->rows = img->rows;
    f->columns = img->columns;
    f->components = img->samples_per_pixel;
    f->bytes = img->bits_allocated / 8;
    f->planar = colour && img->planar_configuration == 1;
    if (kind == JPEG_LOSSLESS || kind == JPEG_LOSSLESS_SV1) {
        if (img->bits_stored < 2)
            return DG_EUNSUPPORTED;
        f->bits = img->bits_stored;
        f->precision = img->bits_stored <= 8 ? 8 : img->bits_stored <= 12 ? 12 : 16;
        /* First-order prediction for .4.57 too: the predictor every
         * decoder gets right (dcmtk needs a workaround for some
         * encoders' predictor 6 at 16 bits). */
        f->predictor = 1;
        return 0;
    }
    /* Lossy JPEG codes unsigned samples, and no palette's indices. */
    if (img->pixel_representation != 0 || codec_lossy_allowed(img) != 0)
        return DG_EUNSUPPORTED;
    f->bits = img->bits_stored;
    if (img->bits_stored <= 8)
        f->precision = 8;
    else if (kind == JPEG_EXTENDED && img->bits_stored <= 12)
        f->precision = 12;
    else
        return DG_EUNSUPPORTED;
    f->ycbcr = colour;
    f->quality =
        opt && opt->quality > 0 && opt->quality <= 100 ? opt->quality : JPEG_DEFAULT_QUALITY;
    return 0;
}

static int jpeg_encode(enum jpeg_kind kind, const struct codec_image *native, const uint8_t *in,
                       size_t inlen, const struct codec_options *opt, struct codec_image *coded,
                       struct buf *out)
{
    struct ijg_frame f = {0};
    int rc = codec_image_check(native);

    if (rc != 0)
        return rc;
    if (inlen < codec_frame_size(native))
        return DG_ETRUNC;
    rc = encode_plan(kind, native, opt, &f);
    if (rc != 0)
        return rc;
    if (f.predictor > 0 && f.precision == 8)
        rc = jgdcm8_encode(&f, in, out);
    else if (f.precision == 12)
        rc = jgdcm12_encode(&f, in, out);
    else if (f.precision == 16)
        rc = jgdcm16_encode(&f, in, out);
    else
        rc = jturbo_encode(&f, in, out);
    if (rc != 0)
        return rc;
    *coded = *native;
    coded->planar_configuration = 0;
    if (f.ycbcr)
        strcpy(coded->photometric, "YBR_FULL_422");
    return 0;
}

static int encode_baseline(const struct codec_image *native, const uint8_t *in, size_t inlen,
                           const struct codec_options *opt, struct codec_image *coded,
                           struct buf *out)
{
    return jpeg_encode(JPEG_BASELINE, native, in, inlen, opt, coded, out);
}

static int encode_extended(const struct codec_image *native, const uint8_t *in, size_t inlen,
                           const struct codec_options *opt, struct codec_image *coded,
                           struct buf *out)
{
    return jpeg_encode(JPEG_EXTENDED, native, in, inlen, opt, coded, out);
}

static int encode_lossless(const struct codec_image *native, const uint8_t *in, size_t inlen,
                           const struct codec_options *opt, struct codec_image *coded,
                           struct buf *out)
{
    return jpeg_encode(JPEG_LOSSLESS, native, in, inlen, opt, coded, out);
}

static int encode_lossless_sv1(const struct codec_image *native, const uint8_t *in, size_t inlen,
                               const struct codec_options *opt, struct codec_image *coded,
                               struct buf *out)
{
    return jpeg_encode(JPEG_LOSSLESS_SV1, native, in, inlen, opt, coded, out);
}

const struct codec codec_jpeg_baseline = {
    "1.2.840.10008.1.2.4.50", "JPEG baseline", 1, jpeg_decode, encode_baseline,
};

const struct codec codec_jpeg_extended = {
    "1.2.840.10008.1.2.4.51", "JPEG extended", 1, jpeg_decode, encode_extended,
};

const struct codec codec_jpeg_lossless = {
    "1.2.840.10008.1.2.4.57", "JPEG lossless", 0, jpeg_decode, encode_lossless,
};

const struct codec codec_jpeg_lossless_sv1 = {
    "1.2.840.10008.1.2.4.70", "JPEG lossless SV1", 0, jpeg_decode, encode_lossless_sv1,
};
