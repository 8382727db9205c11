/* The codec table (which transfer syntax has which codec) and what every
 * codec checks before it believes an image's attributes: the size of a
 * native frame and whether the attributes make sense at all. */
#include "codec/codec.h"
#include "codec/codec_impl.h"
#include "util/error.h"

#include <string.h>

/* THE CODEC TABLE: one line per codec, each defined in its own file and
 * declared in codec_impl.h. Keep one entry per transfer syntax. */
static const struct codec *const codecs[] = {
    &codec_rle,
    &codec_jpeg_baseline,
    &codec_jpeg_extended,
    &codec_jpeg_lossless,
    &codec_jpeg_lossless_sv1,
    &codec_jpegls_lossless,
    &codec_jpegls_near_lossless,
    &codec_j2k_lossless,
    &codec_j2k_lossy,
    &codec_htj2k_lossless,
    &codec_htj2k_lossless_rpcl,
    &codec_htj2k_lossy,
};

const struct codec *codec_find(const char *ts_uid)
{
    if (!ts_uid)
        return NULL;
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        if (strcmp(codecs[i]->ts_uid, ts_uid) == 0)
            return codecs[i];
    return NULL;
}

/* The photometric interpretations of PS3.3 C.7.6.3.1.2 and the samples
 * per pixel each has. */
static const struct {
    const char *name;
    uint16_t samples;
} photometrics[] = {
    {"MONOCHROME1", 1},
    {"MONOCHROME2", 1},
    {"PALETTE COLOR", 1},
    {"RGB", 3},
    {"YBR_FULL", 3},
    {"YBR_FULL_422", 3},
    {"YBR_PARTIAL_422", 3},
    {"YBR_PARTIAL_420", 3},
    {"YBR_ICT", 3},
    {"YBR_RCT", 3},
    {"HSV", 3},
};

int codec_image_check(const struct codec_image *img)
{
    if (img->rows == 0 || img->columns == 0 || img->frames == 0)
        return DG_EPARSE;
    if (img->samples_per_pixel != 1 && img->samples_per_pixel != 3)
        return DG_EPARSE;
    switch (img->bits_allocated) {
    case 1:
    case 8:
    case 16:
    case 32:
        break;
    default:
        return DG_EPARSE;
    }
    if (img->bits_stored == 0 || img->bits_stored > img->bits_allocated)
        return DG_EPARSE;
    /* PS3.3 C.7.6.3.1: the high bit is bits_stored - 1 for every image
     * pixel module today; a higher one (old ACR-NEMA shifts) still leaves
     * the stored bits inside the sample. */
    if (img->high_bit + 1u < img->bits_stored || img->high_bit >= img->bits_allocated)
        return DG_EPARSE;
    if (img->pixel_representation > 1 || img->planar_configuration > 1)
        return DG_EPARSE;
    for (size_t i = 0; i < sizeof photometrics / sizeof photometrics[0]; i++)
        if (strcmp(img->photometric, photometrics[i].name) == 0)
            return photometrics[i].samples == img->samples_per_pixel ? 0 : DG_EPARSE;
    return DG_EPARSE;
}

int codec_lossy_allowed(const struct codec_image *img)
{
    return strcmp(img->photometric, "PALETTE COLOR") == 0 ? DG_EUNSUPPORTED : 0;
}

size_t codec_frame_size(const struct codec_image *img)
{
    if (img->samples_per_pixel != 1 && img->samples_per_pixel != 3)
        return 0;
    if (img->bits_allocated != 1 && img->bits_allocated % 8 != 0)
        return 0;
    if (img->bits_allocated == 0 || img->bits_allocated > 32)
        return 0;
    if (img->rows == 0 || img->columns == 0)
        return 0;
    size_t pixels = (size_t)img->rows;
    if (pixels > SIZE_MAX / img->columns)
        return 0;
    pixels *= img->columns;
    if (pixels > SIZE_MAX / img->samples_per_pixel)
        return 0;
    size_t samples = pixels * img->samples_per_pixel;
    if (img->bits_allocated == 1)
        return samples / 8 + (samples % 8 != 0);
    size_t bytes = img->bits_allocated / 8u;
    if (samples > SIZE_MAX / bytes)
        return 0;
    return samples * bytes;
}

unsigned codec_sample_bytes(const struct codec_image *img)
{
    return img->bits_allocated / 8u;
}

/* One shuffle for both directions: sample s of pixel p is at
 * (p * n + s) * b colour-by-pixel and at (s * pixels + p) * b by plane. */
static void shuffle(const struct codec_image *img, const uint8_t *in, uint8_t *out, int to_pixel)
{
    size_t pixels = (size_t)img->rows * img->columns;
    size_t n = img->samples_per_pixel;
    size_t b = codec_sample_bytes(img);
    for (size_t s = 0; s < n; s++) {
        for (size_t p = 0; p < pixels; p++) {
            size_t by_pixel = (p * n + s) * b;
            size_t by_plane = (s * pixels + p) * b;
            if (to_pixel)
                memcpy(out + by_pixel, in + by_plane, b);
            else
                memcpy(out + by_plane, in + by_pixel, b);
        }
    }
}

void codec_planar_to_pixel(const struct codec_image *img, const uint8_t *in, uint8_t *out)
{
    shuffle(img, in, out, 1);
}

void codec_pixel_to_planar(const struct codec_image *img, const uint8_t *in, uint8_t *out)
{
    shuffle(img, in, out, 0);
}
