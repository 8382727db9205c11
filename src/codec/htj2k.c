/* High-Throughput JPEG 2000 (ISO 15444-15): lossless (.4.201), lossless
 * RPCL (.4.202) and lossy (.4.203). Decoded by j2k.c through OpenJPEG;
 * encoded here through Grok, whose C interface writes HT code-blocks
 * (Debian's other HTJ2K encoder, OpenJPH, has only a C++ one). The
 * codestream is a bare J2K one (PS3.5 A.4.6): reversible 5/3 wavelet and
 * RCT for lossless, irreversible 9/7 and ICT for lossy. Grok 10 has no rate
 * control for HT code-blocks, so lossy encoding uses its default
 * quantization and the quality asked for is not honoured. Grok writes the
 * codestream into an anonymous file in memory (memfd), read back into the
 * caller's buffer. */
#include "codec/codec_impl.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* grok.h declares two functions with () instead of (void). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#include <grok.h>
#pragma GCC diagnostic pop

#include "util/error.h"
#include "util/file.h"

static pthread_once_t grok_once = PTHREAD_ONCE_INIT;

static void quiet(const char *msg, void *arg)
{
    (void)msg;
    (void)arg;
}

/* Grok's thread pool and its logger are process-wide. One worker: frames
 * are encoded one at a time per association, as by every other codec, and
 * the associations are the parallelism. The codecs do not log (codec.h):
 * Grok's messages are dropped. grk_initialize's false only says that no
 * plugin was loaded, and we ask for none. */
static void grok_init(void)
{
    grk_initialize(NULL, 1);
    grk_set_msg_handlers(quiet, NULL, quiet, NULL, quiet, NULL);
}

/* Append the n bytes of the file fd to out. */
static int append_file(int fd, size_t n, struct buf *out)
{
    int rc = buf_reserve(out, n);
    if (rc)
        return rc;
    size_t got;
    rc = file_pread_full(fd, 0, out->data + out->len, n, &got);
    if (rc)
        return rc;
    if (got != n)
        return DG_ETRUNC;
    out->len += n;
    return 0;
}

static int htj2k_encode(const struct codec_image *native, const uint8_t *in, size_t inlen,
                        int lossy, int rpcl, struct codec_image *coded, struct buf *out)
{
    int rc = codec_j2k_encodable(native, inlen);
    if (rc)
        return rc;
    const unsigned spp = native->samples_per_pixel;
    const size_t pixels = (size_t)native->rows * native->columns;
    pthread_once(&grok_once, grok_init);

    grk_image_comp cmpt[3];
    memset(cmpt, 0, sizeof cmpt);
    for (unsigned c = 0; c < spp; c++) {
        cmpt[c].dx = 1;
        cmpt[c].dy = 1;
        cmpt[c].w = native->columns;
        cmpt[c].h = native->rows;
        cmpt[c].prec = (uint8_t)native->bits_stored;
        cmpt[c].sgnd = native->pixel_representation == 1;
    }
    const int rgb = spp == 3 && strcmp(native->photometric, "RGB") == 0;
    grk_image *im =
        grk_image_new((uint16_t)spp, cmpt, spp == 3 ? GRK_CLRSPC_SRGB : GRK_CLRSPC_GRAY);
    if (!im)
        return -ENOMEM;
    im->x1 = native->columns;
    im->y1 = native->rows;
    for (unsigned c = 0; c < spp; c++) {
        int32_t *row = im->comps[c].data;
        size_t i = 0;
        for (uint32_t y = 0; y < native->rows; y++, row += im->comps[c].stride)
            for (uint32_t x = 0; x < native->columns; x++, i++)
                row[x] = codec_sample_get(native, in, codec_sample_index(native, pixels, i, c));
    }

    grk_cparameters params;
    grk_compress_set_default_params(&params);
    params.cod_format = GRK_FMT_J2K;
    params.cblk_sty = GRK_CBLKSTY_HT;
    params.numlayers = 1;
    params.irreversible = lossy;
    params.mct = rgb ? 1 : 0;
    params.numresolution = (uint8_t)codec_j2k_resolutions(native);
    if (rpcl) {
        /* PS3.5 A.4.6: RPCL progression, with TLM marker segments. */
        params.prog_order = GRK_RPCL;
        params.writeTLM = true;
    }

    /* Grok 10 writes to a file or into a buffer that it frees with
     * delete[] (a buffer of ours would be freed by the wrong allocator),
     * and does not say how much it wrote into a buffer: so the codestream
     * goes to an anonymous file in memory, named through /proc, and is
     * copied from there. */
    grk_codec *codec = NULL;
    char path[32];
    const int fd = memfd_create("htj2k", MFD_CLOEXEC);
    if (fd < 0) {
        rc = -errno;
        goto done;
    }
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    grk_stream_params stream;
    memset(&stream, 0, sizeof stream);
    stream.file = path;
    codec = grk_compress_init(&stream, &params, im);
    if (!codec) {
        rc = DG_EUNSUPPORTED;
        goto done;
    }
    const bool ok = grk_compress(codec, NULL);
    grk_object_unref(codec); /* closes its stream: the file is complete */
    codec = NULL;
    struct stat st;
    if (!ok || fstat(fd, &st) != 0 || st.st_size < 2) {
        rc = DG_EUNSUPPORTED;
        goto done;
    }
    rc = append_file(fd, (size_t)st.st_size, out);
    if (rc)
        goto done;
    *coded = *native;
    coded->planar_configuration = 0; /* PS3.5 8.2.4: the codestream says it */
    if (rgb)
        strcpy(coded->photometric, lossy ? "YBR_ICT" : "YBR_RCT");
done:
    if (codec)
        grk_object_unref(codec);
    if (fd >= 0)
        close(fd);
    grk_object_unref(&im->obj);
    return rc;
}

static int htj2k_encode_lossless(const struct codec_image *native, const uint8_t *in, size_t inlen,
                                 const struct codec_options *opt, struct codec_image *coded,
                                 struct buf *out)
{
    (void)opt;
    return htj2k_encode(native, in, inlen, 0, 0, coded, out);
}

static int htj2k_encode_rpcl(const struct codec_image *native, const uint8_t *in, size_t inlen,
                             const struct codec_options *opt, struct codec_image *coded,
                             struct buf *out)
{
    (void)opt;
    return htj2k_encode(native, in, inlen, 0, 1, coded, out);
}

static int htj2k_encode_lossy(const struct codec_image *native, const uint8_t *in, size_t inlen,
                              const struct codec_options *opt, struct codec_image *coded,
                              struct buf *out)
{
    (void)opt;
    int rc = codec_lossy_allowed(native);
    return rc ? rc : htj2k_encode(native, in, inlen, 1, 0, coded, out);
}

const struct codec codec_htj2k_lossless = {
    .ts_uid = "1.2.840.10008.1.2.4.201",
    .name = "HTJ2K lossless",
    .lossy = 0,
    .decode = codec_j2k_decode,
    .encode = htj2k_encode_lossless,
};

const struct codec codec_htj2k_lossless_rpcl = {
    .ts_uid = "1.2.840.10008.1.2.4.202",
    .name = "HTJ2K lossless RPCL",
    .lossy = 0,
    .decode = codec_j2k_decode,
    .encode = htj2k_encode_rpcl,
};

const struct codec codec_htj2k_lossy = {
    .ts_uid = "1.2.840.10008.1.2.4.203",
    .name = "HTJ2K",
    .lossy = 1,
    .decode = codec_j2k_decode,
    .encode = htj2k_encode_lossy,
};
