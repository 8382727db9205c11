/* JPEG-LS (ISO 14495-1) through CharLS's C API: lossless (.4.80) and
 * near-lossless (.4.81), 2 to 16 bits, monochrome and three-sample colour. Decoding takes every
 * interleave mode and the HP1-HP3 colour transforms CharLS writes (CharLS
 * undoes them); encoding writes no colour transform, as DICOM asks (PS3.5
 * 8.2.3), one scan in sample-interleaved mode for colour-by-pixel input and
 * one scan per component for colour-by-plane. Samples are the low Bits
 * Stored bits of the native ones (a signed image is coded as its two's
 * complement bit pattern, as dcmtk and GDCM do) and are sign-extended back
 * on decoding. */
#include "codec/codec_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <charls/charls.h>

#include "util/error.h"

static int host_little_endian(void)
{
    const uint16_t one = 1;
    uint8_t first;
    memcpy(&first, &one, 1);
    return first == 1;
}

static int jls_error(charls_jpegls_errc e)
{
    switch (e) {
    case CHARLS_JPEGLS_ERRC_SUCCESS:
        return 0;
    case CHARLS_JPEGLS_ERRC_NOT_ENOUGH_MEMORY:
        return -ENOMEM;
    case CHARLS_JPEGLS_ERRC_SOURCE_BUFFER_TOO_SMALL:
    case CHARLS_JPEGLS_ERRC_END_OF_IMAGE_MARKER_NOT_FOUND:
        return DG_ETRUNC;
    case CHARLS_JPEGLS_ERRC_DESTINATION_BUFFER_TOO_SMALL:
        return DG_ETOOBIG;
    case CHARLS_JPEGLS_ERRC_PARAMETER_VALUE_NOT_SUPPORTED:
    case CHARLS_JPEGLS_ERRC_BIT_DEPTH_FOR_TRANSFORM_NOT_SUPPORTED:
    case CHARLS_JPEGLS_ERRC_COLOR_TRANSFORM_NOT_SUPPORTED:
    case CHARLS_JPEGLS_ERRC_ENCODING_NOT_SUPPORTED:
    case CHARLS_JPEGLS_ERRC_JPEGLS_PRESET_EXTENDED_PARAMETER_TYPE_NOT_SUPPORTED:
        return DG_EUNSUPPORTED;
    default:
        return DG_EPARSE;
    }
}

/* The samples of a frame, or 0 when that many bytes of `bytes`-byte
 * samples do not fit a size_t. */
static size_t frame_samples(const struct codec_image *img, unsigned bytes)
{
    size_t pixels = (size_t)img->rows * img->columns;
    if (pixels > SIZE_MAX / img->samples_per_pixel / bytes)
        return 0;
    return pixels * img->samples_per_pixel;
}

/* CharLS's samples (one byte up to 8 bits, else two in host order) into
 * native ones. */
static void widen(const struct codec_image *img, const uint8_t *src, unsigned src_bytes,
                  uint8_t *out, size_t n)
{
    const unsigned bits = img->bits_stored;
    for (size_t k = 0; k < n; k++) {
        uint16_t raw;
        if (src_bytes == 1) {
            raw = src[k];
        } else {
            memcpy(&raw, src + 2 * k, 2);
        }
        /* dcmtk codes a 12-bit image as 16-bit samples (P = 16): the
         * sample is the low bits_stored bits whatever P says. */
        int32_t v = raw & ((1u << bits) - 1);
        if (img->pixel_representation == 1 && (v >> (bits - 1)) & 1)
            v -= (int32_t)(1u << bits);
        codec_sample_put(img, out, k, v);
    }
}

/* 1 when the stream ends with an EOI marker, perhaps followed by the NUL
 * that pads a fragment to even length. CharLS 2.4 spends seconds on a
 * stream that ends before its scan does (a 32 x 32 image cut anywhere took
 * up to 4 s): a truncated frame is refused before it gets there. */
static int ends_with_eoi(const uint8_t *in, size_t len)
{
    while (len > 0 && in[len - 1] == 0)
        len--;
    return len >= 2 && in[len - 2] == 0xff && in[len - 1] == 0xd9;
}

static int jls_decode(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                      struct codec_image *native, uint8_t *out, size_t outlen)
{
    const unsigned bytes = codec_wrapped_sample_bytes(stored);
    if (bytes == 0)
        return DG_EPARSE;
    if (!ends_with_eoi(in, inlen))
        return DG_ETRUNC;
    const size_t n = frame_samples(stored, bytes);
    if (n == 0)
        return DG_ETOOBIG;
    if (outlen < n * bytes)
        return DG_ETOOBIG;

    charls_jpegls_decoder *dec = charls_jpegls_decoder_create();
    if (!dec)
        return -ENOMEM;
    uint8_t *tmp = NULL;
    charls_frame_info fi;
    charls_interleave_mode mode;
    int rc = jls_error(charls_jpegls_decoder_set_source_buffer(dec, in, inlen));
    if (rc == 0)
        rc = jls_error(charls_jpegls_decoder_read_header(dec));
    if (rc == 0)
        rc = jls_error(charls_jpegls_decoder_get_frame_info(dec, &fi));
    if (rc == 0)
        rc = jls_error(charls_jpegls_decoder_get_interleave_mode(dec, &mode));
    if (rc)
        goto done;
    /* The header is checked against the attributes before CharLS is let
     * near the output: a stream may declare any size. */
    if (fi.width != stored->columns || fi.height != stored->rows ||
        fi.component_count != (int32_t)stored->samples_per_pixel || fi.bits_per_sample < 2 ||
        fi.bits_per_sample > stored->bits_allocated) {
        rc = DG_EMISMATCH;
        goto done;
    }
    const unsigned jls_bytes = fi.bits_per_sample <= 8 ? 1 : 2;
    const int direct =
        jls_bytes == bytes && host_little_endian() &&
        (stored->pixel_representation == 0 || stored->bits_stored == stored->bits_allocated);
    if (direct) {
        rc = jls_error(charls_jpegls_decoder_decode_to_buffer(dec, out, n * bytes, 0));
    } else {
        tmp = malloc(n * jls_bytes);
        if (!tmp) {
            rc = -ENOMEM;
            goto done;
        }
        rc = jls_error(charls_jpegls_decoder_decode_to_buffer(dec, tmp, n * jls_bytes, 0));
        if (rc == 0)
            widen(stored, tmp, jls_bytes, out, n);
    }
    if (rc)
        goto done;
    *native = *stored;
    native->planar_configuration =
        stored->samples_per_pixel == 3 && mode == CHARLS_INTERLEAVE_MODE_NONE ? 1 : 0;
done:
    free(tmp);
    charls_jpegls_decoder_destroy(dec);
    return rc;
}

/* The low bits_stored bits of each native sample, in CharLS's layout. */
static void narrow(const struct codec_image *img, const uint8_t *in, uint8_t *dst,
                   unsigned dst_bytes, size_t n)
{
    const uint32_t mask = (1u << img->bits_stored) - 1;
    for (size_t k = 0; k < n; k++) {
        uint32_t raw = (uint32_t)codec_sample_get(img, in, k) & mask;
        if (dst_bytes == 1) {
            dst[k] = (uint8_t)raw;
        } else {
            uint16_t v = (uint16_t)raw;
            memcpy(dst + 2 * k, &v, 2);
        }
    }
}

static int jls_encode_near(const struct codec_image *native, const uint8_t *in, size_t inlen,
                           int near, struct codec_image *coded, struct buf *out)
{
    const unsigned bytes = codec_wrapped_sample_bytes(native);
    if (bytes == 0)
        return DG_EUNSUPPORTED;
    if (native->bits_stored < 2 || strcmp(native->photometric, "YBR_FULL_422") == 0)
        return DG_EUNSUPPORTED;
    /* NEAR is at most half the sample range (ISO 14495-1 C.2.4.1.1). A
     * signed image is coded as its bit pattern, where the largest positive
     * value and the most negative are neighbours: an error of NEAR there
     * would turn +2047 into -2048. dcmtk refuses it too. */
    if (near < 0 || near > 255 || near > (int)((1u << native->bits_stored) - 1) / 2)
        return DG_EUNSUPPORTED;
    if (near > 0 && native->pixel_representation == 1)
        return DG_EUNSUPPORTED;
    const size_t n = frame_samples(native, bytes);
    if (n == 0)
        return DG_ETOOBIG;
    if (inlen != n * bytes)
        return -EINVAL;

    const unsigned jls_bytes = native->bits_stored <= 8 ? 1 : 2;
    const int direct =
        jls_bytes == bytes && host_little_endian() && native->bits_stored == native->bits_allocated;
    uint8_t *tmp = NULL;
    const uint8_t *src = in;
    if (!direct) {
        tmp = malloc(n * jls_bytes);
        if (!tmp)
            return -ENOMEM;
        narrow(native, in, tmp, jls_bytes, n);
        src = tmp;
    }
    charls_jpegls_encoder *enc = charls_jpegls_encoder_create();
    if (!enc) {
        free(tmp);
        return -ENOMEM;
    }
    const charls_frame_info fi = {.width = native->columns,
                                  .height = native->rows,
                                  .bits_per_sample = native->bits_stored,
                                  .component_count = native->samples_per_pixel};
    charls_interleave_mode mode = CHARLS_INTERLEAVE_MODE_NONE;
    if (native->samples_per_pixel == 3 && native->planar_configuration == 0)
        mode = CHARLS_INTERLEAVE_MODE_SAMPLE;
    size_t estimate = 0;
    size_t written = 0;
    int rc = jls_error(charls_jpegls_encoder_set_frame_info(enc, &fi));
    if (rc == 0)
        rc = jls_error(charls_jpegls_encoder_set_near_lossless(enc, near));
    if (rc == 0)
        rc = jls_error(charls_jpegls_encoder_set_interleave_mode(enc, mode));
    if (rc == 0)
        rc = jls_error(charls_jpegls_encoder_get_estimated_destination_size(enc, &estimate));
    if (rc)
        goto done;
    /* The estimate is generous; a frame that would fit the cap must not
     * be refused for it. */
    if (estimate > out->max - out->len)
        estimate = out->max - out->len;
    rc = buf_reserve(out, estimate);
    if (rc == 0)
        rc = jls_error(
            charls_jpegls_encoder_set_destination_buffer(enc, out->data + out->len, estimate));
    if (rc == 0)
        rc = jls_error(charls_jpegls_encoder_encode_from_buffer(enc, src, n * jls_bytes, 0));
    if (rc == 0)
        rc = jls_error(charls_jpegls_encoder_get_bytes_written(enc, &written));
    if (rc)
        goto done;
    out->len += written;
    *coded = *native;
    coded->planar_configuration = 0; /* PS3.5 8.2.3: the stream says how it is interleaved */
done:
    charls_jpegls_encoder_destroy(enc);
    free(tmp);
    return rc;
}

static int jls_encode_lossless(const struct codec_image *native, const uint8_t *in, size_t inlen,
                               const struct codec_options *opt, struct codec_image *coded,
                               struct buf *out)
{
    (void)opt;
    return jls_encode_near(native, in, inlen, 0, coded, out);
}

static int jls_encode_near_lossless(const struct codec_image *native, const uint8_t *in,
                                    size_t inlen, const struct codec_options *opt,
                                    struct codec_image *coded, struct buf *out)
{
    int rc = codec_lossy_allowed(native);
    return rc ? rc : jls_encode_near(native, in, inlen, opt ? opt->near : 0, coded, out);
}

const struct codec codec_jpegls_lossless = {
    .ts_uid = "1.2.840.10008.1.2.4.80",
    .name = "JPEG-LS lossless",
    .lossy = 0,
    .decode = jls_decode,
    .encode = jls_encode_lossless,
};

const struct codec codec_jpegls_near_lossless = {
    .ts_uid = "1.2.840.10008.1.2.4.81",
    .name = "JPEG-LS near-lossless",
    .lossy = 1,
    .decode = jls_decode,
    .encode = jls_encode_near_lossless,
};
