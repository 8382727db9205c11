/* The codec table (which codec a transfer syntax has) and the arithmetic
 * of the Image Pixel module every codec shares. */
#include "codec/codec.h"

#include <string.h>

#include "codec/jpeg.h"
#include "util/error.h"

static const struct codec *const codecs[] = {
    &codec_jpeg_baseline,
    &codec_jpeg_extended,
    &codec_jpeg_lossless,
    &codec_jpeg_lossless_sv1,
};

const struct codec *codec_find(const char *ts_uid)
{
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        if (strcmp(codecs[i]->ts_uid, ts_uid) == 0)
            return codecs[i];
    return NULL;
}

size_t codec_frame_size(const struct codec_image *img)
{
    uint64_t n = (uint64_t)img->rows * img->columns * img->samples_per_pixel;

    if (codec_image_check(img) != 0)
        return 0;
    n = img->bits_allocated == 1 ? (n + 7) / 8 : n * (img->bits_allocated / 8);
    return n > SIZE_MAX ? 0 : (size_t)n;
}

static int photometric_fits(const struct codec_image *img)
{
    static const char *const one[] = {"MONOCHROME1", "MONOCHROME2", "PALETTE COLOR"};
    static const char *const three[] = {"RGB",     "YBR_FULL",        "YBR_FULL_422",   "YBR_ICT",
                                        "YBR_RCT", "YBR_PARTIAL_420", "YBR_PARTIAL_422"};
    const char *const *names = img->samples_per_pixel == 1 ? one : three;
    size_t count =
        img->samples_per_pixel == 1 ? sizeof one / sizeof one[0] : sizeof three / sizeof three[0];

    for (size_t i = 0; i < count; i++)
        if (strcmp(img->photometric, names[i]) == 0)
            return 1;
    return 0;
}

int codec_image_check(const struct codec_image *img)
{
    int ba = img->bits_allocated;

    if (img->rows == 0 || img->columns == 0 || img->frames == 0)
        return DG_EPARSE;
    if (img->samples_per_pixel != 1 && img->samples_per_pixel != 3)
        return DG_EPARSE;
    if (ba != 1 && ba != 8 && ba != 16 && ba != 32)
        return DG_EPARSE;
    if (img->bits_stored == 0 || img->bits_stored > ba || img->high_bit != img->bits_stored - 1)
        return DG_EPARSE;
    if (img->pixel_representation > 1 || img->planar_configuration > 1)
        return DG_EPARSE;
    if (memchr(img->photometric, '\0', sizeof img->photometric) == NULL || !photometric_fits(img))
        return DG_EPARSE;
    return 0;
}
