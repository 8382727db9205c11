/* The codec benchmark's own side: every frame of a native Part-10 file
 * encoded with one transfer syntax's codec and decoded again, `rounds`
 * times, as the transcoder calls the codecs (one frame at a time). Prints
 * "encode_MBps decode_MBps compressed_bytes", MB of native pixels per
 * second. Used by bench/codec_jpeg.sh; not installed. */
#include "codec/codec.h"
#include "dicom/part10.h"
#include "util/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define T(g, e) DICT_TAG(0x##g, 0x##e)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int attributes(const struct ds *ds, struct codec_image *img)
{
    uint16_t v[7];
    static const uint32_t tags[7] = {T(0028, 0010), T(0028, 0011), T(0028, 0002), T(0028, 0100),
                                     T(0028, 0101), T(0028, 0102), T(0028, 0103)};
    long frames = 1;

    for (int i = 0; i < 7; i++)
        if (ds_get_u16(ds, tags[i], 0, &v[i]) != 0)
            return DG_EPARSE;
    memset(img, 0, sizeof *img);
    img->rows = v[0];
    img->columns = v[1];
    img->samples_per_pixel = v[2];
    img->bits_allocated = v[3];
    img->bits_stored = v[4];
    img->high_bit = v[5];
    img->pixel_representation = v[6];
    if (ds_get_long(ds, T(0028, 0008), 0, &frames) != 0 || frames < 1)
        frames = 1;
    img->frames = (uint32_t)frames;
    if (ds_get_u16(ds, T(0028, 0006), 0, &v[0]) == 0)
        img->planar_configuration = v[0];
    return ds_get_string(ds, T(0028, 0004), img->photometric, sizeof img->photometric);
}

int main(int argc, char **argv)
{
    struct p10_file f;
    struct codec_image img, coded, native;
    const struct codec *c;
    const struct ds_elem *px;
    struct buf *streams;
    uint8_t *out;
    size_t frame, total = 0;
    double t0, enc = 0, dec = 0;
    int rounds;

    if (argc != 4) {
        fprintf(stderr, "usage: codec_speed TRANSFER-SYNTAX-UID NATIVE.dcm ROUNDS\n");
        return 2;
    }
    rounds = atoi(argv[3]);
    c = codec_find(argv[1]);
    if (!c || rounds < 1 || p10_read_file(argv[2], NULL, &f) != 0 || attributes(f.ds, &img) != 0)
        return 1;
    px = ds_find(f.ds, T(7FE0, 0010));
    frame = codec_frame_size(&img);
    if (!px || frame == 0 || px->len / frame < img.frames)
        return 1;
    streams = calloc(img.frames, sizeof *streams);
    out = malloc(frame);
    if (!streams || !out)
        return 1;
    for (int r = 0; r < rounds; r++) {
        total = 0;
        for (uint32_t i = 0; i < img.frames; i++) {
            buf_free(&streams[i]);
            buf_init(&streams[i], 4 * frame + 65536);
            t0 = now();
            if (c->encode(&img, px->value + i * frame, frame, NULL, &coded, &streams[i]) != 0)
                return 1;
            enc += now() - t0;
            total += streams[i].len;
            t0 = now();
            if (c->decode(&coded, streams[i].data, streams[i].len, &native, out, frame) != 0)
                return 1;
            dec += now() - t0;
        }
    }
    double mb = (double)frame * img.frames * rounds / 1e6;
    printf("%.1f %.1f %zu\n", mb / enc, mb / dec, total);
    for (uint32_t i = 0; i < img.frames; i++)
        buf_free(&streams[i]);
    free(streams);
    free(out);
    p10_close(&f);
    return 0;
}
