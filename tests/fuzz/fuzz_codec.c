/* libFuzzer target for every codec's decoder: the first byte picks a
 * compressed transfer syntax (those without a codec in this build are
 * skipped), the next eight the image's attributes (small, so that a frame
 * is at most a few hundred KiB), the rest is one compressed frame. Any
 * input must decode or fail with a status, never reading past the frame or
 * writing past the output, whose size is exactly the frame's. */
#include "codec/codec.h"
#include "util/error.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const syntaxes[] = {
    "1.2.840.10008.1.2.5",     "1.2.840.10008.1.2.4.50",  "1.2.840.10008.1.2.4.51",
    "1.2.840.10008.1.2.4.57",  "1.2.840.10008.1.2.4.70",  "1.2.840.10008.1.2.4.80",
    "1.2.840.10008.1.2.4.81",  "1.2.840.10008.1.2.4.90",  "1.2.840.10008.1.2.4.91",
    "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const photometrics[] = {"MONOCHROME2", "MONOCHROME1",  "RGB",
                                               "YBR_FULL",    "YBR_FULL_422", "YBR_RCT",
                                               "YBR_ICT",     "PALETTE COLOR"};
    static const uint16_t bits[] = {8, 16, 32, 1};
    if (size < 9)
        return 0;
    const struct codec *c = codec_find(syntaxes[data[0] % (sizeof syntaxes / sizeof syntaxes[0])]);
    if (!c || !c->decode)
        return 0;
    struct codec_image img = {0}, native;
    img.rows = (uint32_t)data[1] + 1;
    img.columns = (uint32_t)data[2] + 1;
    img.frames = 1;
    img.samples_per_pixel = data[3] & 1 ? 3 : 1;
    img.bits_allocated = bits[data[4] % 4];
    img.bits_stored = (uint16_t)(data[5] % img.bits_allocated + 1);
    img.high_bit = (uint16_t)(img.bits_stored - 1);
    img.pixel_representation = data[6] & 1;
    img.planar_configuration = (data[6] >> 1) & 1;
    strcpy(img.photometric, photometrics[data[7] % (sizeof photometrics / sizeof photometrics[0])]);
    size_t n = codec_frame_size(&img);
    if (n == 0)
        return 0;
    uint8_t *out = malloc(n);
    /* The frame in a buffer of its own size, so that a read past it is seen. */
    size_t len = size - 9;
    uint8_t *in = malloc(len ? len : 1);
    if (!out || !in) {
        free(out);
        free(in);
        return 0;
    }
    memcpy(in, data + 9, len);
    int rc = c->decode(&img, in, len, &native, out, n);
    if (rc == 0 && codec_frame_size(&native) != n)
        __builtin_trap(); /* the codec said it filled a frame of another size */
    free(in);
    free(out);
    return 0;
}
