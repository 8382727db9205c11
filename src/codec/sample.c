/* Native samples one at a time (sample.h). */
#include "codec/sample.h"

unsigned codec_sample_width(const struct codec_image *img)
{
    if (img->rows == 0 || img->rows > 65535 || img->columns == 0 || img->columns > 65535)
        return 0;
    if (img->samples_per_pixel != 1 && img->samples_per_pixel != 3)
        return 0;
    if (img->bits_allocated != 8 && img->bits_allocated != 16)
        return 0;
    if (img->bits_stored == 0 || img->bits_stored > img->bits_allocated)
        return 0;
    return img->bits_allocated / 8u;
}

int32_t codec_sample_get(const struct codec_image *img, const uint8_t *frame, size_t k)
{
    uint32_t raw;
    if (img->bits_allocated == 8)
        raw = frame[k];
    else
        raw = (uint32_t)frame[2 * k] | (uint32_t)frame[2 * k + 1] << 8;
    unsigned bits = img->bits_stored;
    uint32_t mask = (1u << bits) - 1;
    raw &= mask;
    if (img->pixel_representation == 1 && (raw >> (bits - 1)) != 0)
        return (int32_t)raw - (int32_t)(mask + 1);
    return (int32_t)raw;
}

void codec_sample_put(const struct codec_image *img, uint8_t *frame, size_t k, int32_t v)
{
    unsigned bits = img->bits_stored;
    int32_t lo = 0;
    int32_t hi = (int32_t)((1u << bits) - 1);
    if (img->pixel_representation == 1) {
        lo = -(int32_t)(1u << (bits - 1));
        hi = (int32_t)(1u << (bits - 1)) - 1;
    }
    if (v < lo)
        v = lo;
    if (v > hi)
        v = hi;
    /* Two's complement over bits_allocated: the conversion to unsigned is
     * modulo 2^32, and the low bytes are the sample. */
    uint32_t u = (uint32_t)v;
    if (img->bits_allocated == 8) {
        frame[k] = (uint8_t)u;
    } else {
        frame[2 * k] = (uint8_t)u;
        frame[2 * k + 1] = (uint8_t)(u >> 8);
    }
}

size_t codec_sample_index(const struct codec_image *img, size_t pixels, size_t i, unsigned s)
{
    if (img->planar_configuration == 1)
        return (size_t)s * pixels + i;
    return i * img->samples_per_pixel + s;
}
