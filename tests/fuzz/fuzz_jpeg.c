/* libFuzzer target for the JPEG decoders (every syntax's decode entry
 * point, codec/jpeg.c): the first 4 bytes choose the syntax and the image
 * the stream claims to be, the rest is the stream. Any bytes must decode
 * or fail with one of codec.h's codes, writing only within the frame. */
#include "codec/codec.h"
#include "util/error.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const syntaxes[] = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
                                           "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70"};
    static const char *const photometrics[] = {"MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_FULL"};
    struct codec_image img = {0}, native;
    const struct codec *c;
    size_t n;
    uint8_t *out;
    int rc;

    if (size < 4)
        return 0;
    c = codec_find(syntaxes[data[0] & 3]);
    img.rows = 1u + data[1] % 64;
    img.columns = 1u + data[2] % 64;
    img.frames = 1;
    img.samples_per_pixel = (data[0] & 4) ? 3 : 1;
    img.bits_allocated = (data[0] & 8) ? 16 : 8;
    img.bits_stored = (uint16_t)(2 + data[3] % (img.bits_allocated - 1));
    img.high_bit = (uint16_t)(img.bits_stored - 1);
    img.pixel_representation = (data[0] >> 4) & 1;
    strcpy(img.photometric,
           img.samples_per_pixel == 1 ? photometrics[0] : photometrics[1 + (data[0] >> 5) % 3]);
    n = codec_frame_size(&img);
    out = malloc(n);
    if (!out)
        return 0;
    rc = c->decode(&img, data + 4, size - 4, &native, out, n);
    if (rc != 0 && rc != DG_EPARSE && rc != DG_ETRUNC && rc != DG_EMISMATCH &&
        rc != DG_EUNSUPPORTED && rc != DG_ETOOBIG && rc != -ENOMEM)
        __builtin_trap();
    if (rc == 0 && codec_frame_size(&native) != n)
        __builtin_trap();
    free(out);
    return 0;
}
