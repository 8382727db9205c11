/* libFuzzer target for one codec's decoder, FUZZ_CODEC (fuzz_jpegls:
 * CharLS's JPEG-LS, fuzz_j2k: OpenJPEG's JPEG 2000 and HTJ2K): the first byte
 * picks the image attributes the stream is checked against, the rest is
 * the compressed frame. Any bytes must decode or fail with an error code,
 * within the frame the attributes allow. */
#include "codec/j2k.h"
#include "codec/jpegls.h"
#include "util/error.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Rows, columns, samples, bits allocated, bits stored, signed. */
static const uint16_t shapes[][6] = {
    {16, 16, 1, 8, 8, 0}, {16, 16, 1, 16, 12, 0}, {16, 16, 1, 16, 16, 1},
    {8, 8, 3, 8, 8, 0},   {32, 24, 1, 16, 12, 1}, {1, 1, 1, 8, 2, 0},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint16_t *s = shapes[data[0] % (sizeof shapes / sizeof shapes[0])];
    struct codec_image img = {.rows = s[0],
                              .columns = s[1],
                              .frames = 1,
                              .samples_per_pixel = s[2],
                              .bits_allocated = s[3],
                              .bits_stored = s[4],
                              .high_bit = (uint16_t)(s[4] - 1),
                              .pixel_representation = s[5],
                              .photometric = "MONOCHROME2"};
    if (s[2] == 3)
        strcpy(img.photometric, "RGB");
    size_t outlen = (size_t)s[0] * s[1] * s[2] * s[3] / 8;
    uint8_t *out = malloc(outlen);
    if (!out)
        return 0;
    struct codec_image native;
    int rc = FUZZ_CODEC.decode(&img, data + 1, size - 1, &native, out, outlen);
    if (rc == 0 && (native.rows != img.rows || native.columns != img.columns))
        __builtin_trap();
    if (rc > 0)
        __builtin_trap();
    free(out);
    return 0;
}
