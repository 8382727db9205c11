/* JPEG 2000 and HTJ2K through OpenJPEG (j2k.h). Decoding reads a J2K
 * codestream, or a JP2 file around one (some writers put the boxes in),
 * from memory through a stream whose callbacks never leave the buffer; the
 * header is checked against the image's attributes before OpenJPEG
 * allocates what it declares. Encoding writes a bare J2K codestream (PS3.5
 * A.4.4): reversible 5/3 wavelet and RCT for lossless, irreversible 9/7 and
 * ICT at a compression ratio for lossy. OpenJPEG's messages are dropped:
 * the codecs do not log (codec.h), the error code says what went wrong. */
#include "codec/j2k.h"

#include <errno.h>
#include <string.h>

#include <openjpeg.h>

#include "codec/sample.h"
#include "util/error.h"

/* A compressed frame being read: the bytes, where the reader is, and
 * whether OpenJPEG asked for more than there was (a truncated stream). */
struct source {
    const uint8_t *p;
    size_t len, pos;
    int ran_out;
};

static OPJ_SIZE_T source_read(void *dst, OPJ_SIZE_T n, void *arg)
{
    struct source *s = arg;
    size_t left = s->len - s->pos;
    if (n > left) {
        s->ran_out = 1;
        n = left;
    }
    if (n == 0)
        return (OPJ_SIZE_T)-1;
    memcpy(dst, s->p + s->pos, n);
    s->pos += n;
    return n;
}

static OPJ_OFF_T source_skip(OPJ_OFF_T n, void *arg)
{
    struct source *s = arg;
    if (n < 0) {
        if ((uint64_t)-n > s->pos)
            return -1;
        s->pos -= (size_t)-n;
        return n;
    }
    if ((uint64_t)n > s->len - s->pos) {
        s->ran_out = 1;
        return -1;
    }
    s->pos += (size_t)n;
    return n;
}

static OPJ_BOOL source_seek(OPJ_OFF_T to, void *arg)
{
    struct source *s = arg;
    if (to < 0 || (uint64_t)to > s->len) {
        s->ran_out = 1;
        return OPJ_FALSE;
    }
    s->pos = (size_t)to;
    return OPJ_TRUE;
}

/* A compressed frame being written: appended to the caller's buffer from
 * `start` on; a seek back (OpenJPEG rewrites a marker it has sized) lands
 * inside what was written. */
struct sink {
    struct buf *out;
    size_t start, pos;
    int err;
};

static OPJ_SIZE_T sink_write(void *src, OPJ_SIZE_T n, void *arg)
{
    struct sink *s = arg;
    size_t end = s->out->len - s->start;
    size_t over = s->pos + n > end ? s->pos + n - end : 0;
    if (over) {
        int rc = buf_reserve(s->out, over);
        if (rc) {
            s->err = rc;
            return (OPJ_SIZE_T)-1;
        }
        s->out->len += over;
    }
    memcpy(s->out->data + s->start + s->pos, src, n);
    s->pos += n;
    return n;
}

static OPJ_OFF_T sink_skip(OPJ_OFF_T n, void *arg)
{
    struct sink *s = arg;
    if (n < 0 || (uint64_t)n > s->out->len - s->start - s->pos)
        return -1;
    s->pos += (size_t)n;
    return n;
}

static OPJ_BOOL sink_seek(OPJ_OFF_T to, void *arg)
{
    struct sink *s = arg;
    if (to < 0 || (uint64_t)to > s->out->len - s->start)
        return OPJ_FALSE;
    s->pos = (size_t)to;
    return OPJ_TRUE;
}

static void quiet(const char *msg, void *arg)
{
    (void)msg;
    (void)arg;
}

static void silence(opj_codec_t *codec)
{
    opj_set_info_handler(codec, quiet, NULL);
    opj_set_warning_handler(codec, quiet, NULL);
    opj_set_error_handler(codec, quiet, NULL);
}

static const uint8_t jp2_signature[12] = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, 0x87, 10};

/* 0 when the header OpenJPEG read describes the stored image: the same
 * size, components at full resolution, no more bits than Bits Stored. */
static int header_fits(const opj_image_t *im, const struct codec_image *stored)
{
    if (im->x1 <= im->x0 || im->y1 <= im->y0 || im->x1 - im->x0 != stored->columns ||
        im->y1 - im->y0 != stored->rows || im->numcomps != stored->samples_per_pixel)
        return DG_EMISMATCH;
    for (unsigned c = 0; c < im->numcomps; c++) {
        const opj_image_comp_t *comp = &im->comps[c];
        if (comp->dx != 1 || comp->dy != 1)
            return DG_EUNSUPPORTED;
        if (comp->prec == 0 || comp->prec > stored->bits_stored)
            return DG_EMISMATCH;
    }
    return 0;
}

/* 1 when the codestream's components went through a multiple component
 * transform, which OpenJPEG has undone: the samples are RGB. */
static int used_mct(opj_codec_t *codec)
{
    opj_codestream_info_v2_t *info = opj_get_cstr_info(codec);
    if (!info)
        return 0;
    int mct = info->m_default_tile_info.mct != 0;
    opj_destroy_cstr_info(&info);
    return mct;
}

static int j2k_decode(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                      struct codec_image *native, uint8_t *out, size_t outlen)
{
    const unsigned bytes = codec_sample_width(stored);
    if (bytes == 0)
        return DG_EPARSE;
    if (inlen == 0)
        return DG_ETRUNC;
    const size_t pixels = (size_t)stored->rows * stored->columns;
    if (pixels > SIZE_MAX / stored->samples_per_pixel / bytes)
        return DG_ETOOBIG;
    if (outlen < pixels * stored->samples_per_pixel * bytes)
        return DG_ETOOBIG;

    int jp2 = inlen >= sizeof jp2_signature && memcmp(in, jp2_signature, sizeof jp2_signature) == 0;
    struct source src = {.p = in, .len = inlen};
    opj_codec_t *codec = opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K);
    opj_stream_t *stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
    opj_image_t *im = NULL;
    int rc = 0;
    if (!codec || !stream) {
        rc = -ENOMEM;
        goto done;
    }
    silence(codec);
    opj_stream_set_read_function(stream, source_read);
    opj_stream_set_skip_function(stream, source_skip);
    opj_stream_set_seek_function(stream, source_seek);
    opj_stream_set_user_data(stream, &src, NULL);
    opj_stream_set_user_data_length(stream, inlen);

    opj_dparameters_t params;
    opj_set_default_decoder_parameters(&params);
    if (!opj_setup_decoder(codec, &params) || !opj_decoder_set_strict_mode(codec, OPJ_TRUE)) {
        rc = -ENOMEM;
        goto done;
    }
    if (!opj_read_header(stream, codec, &im)) {
        rc = src.ran_out ? DG_ETRUNC : DG_EPARSE;
        goto done;
    }
    rc = header_fits(im, stored);
    if (rc)
        goto done;
    if (!opj_decode(codec, stream, im) || !opj_end_decompress(codec, stream)) {
        rc = src.ran_out ? DG_ETRUNC : DG_EPARSE;
        goto done;
    }
    for (unsigned c = 0; c < im->numcomps; c++) {
        if (!im->comps[c].data || im->comps[c].w != stored->columns ||
            im->comps[c].h != stored->rows) {
            rc = DG_EPARSE;
            goto done;
        }
    }
    *native = *stored;
    native->planar_configuration = 0;
    if (stored->samples_per_pixel == 3 && used_mct(codec))
        strcpy(native->photometric, "RGB");
    for (size_t i = 0; i < pixels; i++)
        for (unsigned c = 0; c < im->numcomps; c++)
            codec_sample_put(native, out, i * im->numcomps + c, im->comps[c].data[i]);
done:
    if (im)
        opj_image_destroy(im);
    if (stream)
        opj_stream_destroy(stream);
    if (codec)
        opj_destroy_codec(codec);
    return rc;
}

double codec_j2k_ratio(int quality)
{
    if (quality <= 0)
        return 10.0;
    if (quality > 100)
        quality = 100;
    return 20.0 - 19.0 * (quality - 1) / 99.0;
}

/* As many resolution levels as OpenJPEG's default (6) where the image is
 * large enough: each level halves the smaller side, which must stay >= 1. */
static int resolutions(const struct codec_image *img)
{
    uint32_t side = img->rows < img->columns ? img->rows : img->columns;
    int levels = 1;
    while (levels < 6 && side >> levels != 0)
        levels++;
    return levels;
}

static int j2k_encode(const struct codec_image *native, const uint8_t *in, size_t inlen, int lossy,
                      const struct codec_options *opt, struct codec_image *coded, struct buf *out)
{
    const unsigned bytes = codec_sample_width(native);
    if (bytes == 0 || strcmp(native->photometric, "YBR_FULL_422") == 0)
        return DG_EUNSUPPORTED;
    const unsigned spp = native->samples_per_pixel;
    const size_t pixels = (size_t)native->rows * native->columns;
    if (pixels > SIZE_MAX / spp / bytes)
        return DG_ETOOBIG;
    if (inlen != pixels * spp * bytes)
        return -EINVAL;

    opj_image_cmptparm_t cmpt[3];
    memset(cmpt, 0, sizeof cmpt);
    for (unsigned c = 0; c < spp; c++) {
        cmpt[c].dx = 1;
        cmpt[c].dy = 1;
        cmpt[c].w = native->columns;
        cmpt[c].h = native->rows;
        cmpt[c].prec = native->bits_stored;
        cmpt[c].sgnd = native->pixel_representation == 1;
    }
    const int rgb = spp == 3 && strcmp(native->photometric, "RGB") == 0;
    opj_image_t *im = opj_image_create(spp, cmpt, spp == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY);
    opj_codec_t *codec = opj_create_compress(OPJ_CODEC_J2K);
    opj_stream_t *stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE);
    const size_t start = out->len;
    struct sink dst = {.out = out, .start = start};
    int rc = 0;
    if (!im || !codec || !stream) {
        rc = -ENOMEM;
        goto done;
    }
    silence(codec);
    im->x0 = 0;
    im->y0 = 0;
    im->x1 = native->columns;
    im->y1 = native->rows;
    for (size_t i = 0; i < pixels; i++)
        for (unsigned c = 0; c < spp; c++)
            im->comps[c].data[i] =
                codec_sample_get(native, in, codec_sample_index(native, pixels, i, c));

    opj_cparameters_t params;
    opj_set_default_encoder_parameters(&params);
    params.tcp_numlayers = 1;
    params.cp_disto_alloc = 1;
    params.tcp_rates[0] = lossy ? (float)codec_j2k_ratio(opt ? opt->quality : 0) : 0.0f;
    params.irreversible = lossy;
    params.tcp_mct = rgb ? 1 : 0;
    params.numresolution = resolutions(native);
    if (!opj_setup_encoder(codec, &params, im)) {
        rc = DG_EUNSUPPORTED;
        goto done;
    }
    opj_stream_set_write_function(stream, sink_write);
    opj_stream_set_skip_function(stream, sink_skip);
    opj_stream_set_seek_function(stream, sink_seek);
    opj_stream_set_user_data(stream, &dst, NULL);
    if (!opj_start_compress(codec, im, stream) || !opj_encode(codec, stream) ||
        !opj_end_compress(codec, stream)) {
        rc = dst.err ? dst.err : -ENOMEM;
        goto done;
    }
    *coded = *native;
    coded->planar_configuration = 0; /* PS3.5 8.2.4: the codestream says it */
    if (rgb)
        strcpy(coded->photometric, lossy ? "YBR_ICT" : "YBR_RCT");
done:
    if (rc)
        out->len = start;
    if (stream)
        opj_stream_destroy(stream);
    if (codec)
        opj_destroy_codec(codec);
    if (im)
        opj_image_destroy(im);
    return rc;
}

static int j2k_encode_lossless(const struct codec_image *native, const uint8_t *in, size_t inlen,
                               const struct codec_options *opt, struct codec_image *coded,
                               struct buf *out)
{
    return j2k_encode(native, in, inlen, 0, opt, coded, out);
}

static int j2k_encode_lossy(const struct codec_image *native, const uint8_t *in, size_t inlen,
                            const struct codec_options *opt, struct codec_image *coded,
                            struct buf *out)
{
    return j2k_encode(native, in, inlen, 1, opt, coded, out);
}

const struct codec codec_j2k_lossless = {
    .ts_uid = "1.2.840.10008.1.2.4.90",
    .name = "JPEG 2000 lossless",
    .lossy = 0,
    .decode = j2k_decode,
    .encode = j2k_encode_lossless,
};

const struct codec codec_j2k_lossy = {
    .ts_uid = "1.2.840.10008.1.2.4.91",
    .name = "JPEG 2000",
    .lossy = 1,
    .decode = j2k_decode,
    .encode = j2k_encode_lossy,
};

const struct codec codec_htj2k_lossless = {
    .ts_uid = "1.2.840.10008.1.2.4.201",
    .name = "HTJ2K lossless",
    .lossy = 0,
    .decode = j2k_decode,
    .encode = NULL,
};

const struct codec codec_htj2k_lossless_rpcl = {
    .ts_uid = "1.2.840.10008.1.2.4.202",
    .name = "HTJ2K lossless RPCL",
    .lossy = 0,
    .decode = j2k_decode,
    .encode = NULL,
};

const struct codec codec_htj2k_lossy = {
    .ts_uid = "1.2.840.10008.1.2.4.203",
    .name = "HTJ2K",
    .lossy = 1,
    .decode = j2k_decode,
    .encode = NULL,
};
