/* One frame through one of our codecs, for shell tests that compare our
 * pixels and streams with other toolkits':
 *   codec_frame decode TS ROWS COLS SPP ALLOC STORED SIGNED PHOTOMETRIC PLANAR IN OUT
 *   codec_frame encode TS ROWS COLS SPP ALLOC STORED SIGNED PHOTOMETRIC PLANAR IN OUT [QUALITY
 * NEAR] decode reads a compressed frame and writes the native samples (little endian,
 * colour-by-pixel unless the codec says otherwise), encode the other way. Prints the attributes the
 * codec reported: "PHOTOMETRIC PLANAR". */
#include "codec/codec.h"
#include "util/error.h"
#include "util/file.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int spill(const char *path, const uint8_t *p, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    int rc = file_write_all(fd, p, len);
    return close(fd) == 0 ? rc : -1;
}

int main(int argc, char **argv)
{
    if (argc < 13) {
        fprintf(stderr, "usage: codec_frame decode|encode TS ROWS COLS SPP ALLOC STORED SIGNED "
                        "PHOTOMETRIC PLANAR IN OUT [QUALITY NEAR]\n");
        return 2;
    }
    const struct codec *c = codec_find(argv[2]);
    if (!c) {
        fprintf(stderr, "codec_frame: no codec for %s\n", argv[2]);
        return 2;
    }
    struct codec_image img = {.rows = (uint32_t)atol(argv[3]),
                              .columns = (uint32_t)atol(argv[4]),
                              .frames = 1,
                              .samples_per_pixel = (uint16_t)atoi(argv[5]),
                              .bits_allocated = (uint16_t)atoi(argv[6]),
                              .bits_stored = (uint16_t)atoi(argv[7]),
                              .pixel_representation = (uint16_t)atoi(argv[8]),
                              .planar_configuration = (uint16_t)atoi(argv[10])};
    img.high_bit = (uint16_t)(img.bits_stored - 1);
    snprintf(img.photometric, sizeof img.photometric, "%s", argv[9]);
    struct codec_options opt = {.quality = argc > 13 ? atoi(argv[13]) : 0,
                                .near = argc > 14 ? atoi(argv[14]) : 0};
    size_t inlen;
    char *text = NULL;
    char err[256];
    if (file_read_all(argv[11], (size_t)1 << 30, &text, &inlen, err, sizeof err) != 0) {
        fprintf(stderr, "codec_frame: %s\n", err);
        return 1;
    }
    const uint8_t *in = (const uint8_t *)text;
    struct codec_image result;
    int rc;
    if (strcmp(argv[1], "decode") == 0) {
        size_t outlen =
            (size_t)img.rows * img.columns * img.samples_per_pixel * (img.bits_allocated / 8);
        uint8_t *out = malloc(outlen);
        rc = out ? c->decode(&img, in, inlen, &result, out, outlen) : -1;
        if (rc == 0)
            rc = spill(argv[12], out, outlen);
        free(out);
    } else {
        struct buf out;
        buf_init(&out, (size_t)1 << 30);
        rc = c->encode ? c->encode(&img, in, inlen, &opt, &result, &out) : DG_EUNSUPPORTED;
        if (rc == 0)
            rc = spill(argv[12], out.data, out.len);
        buf_free(&out);
    }
    free(text);
    if (rc) {
        fprintf(stderr, "codec_frame: %s\n", rc < 0 ? dg_strerror(rc) : "failed");
        return 1;
    }
    printf("%s %u\n", result.photometric, result.planar_configuration);
    return 0;
}
