/* JPEG 2000 (ISO 15444-1) through OpenJPEG: lossless (.4.90) and lossy
 * (.4.91) both ways; the decoder also reads High-Throughput JPEG 2000
 * (ISO 15444-15, .4.201-.4.203), whose codecs and encoder, through Grok,
 * are htj2k.c. Decoding reads a J2K
 * codestream, or a JP2 file around one (some writers put the boxes in),
 * from memory through a stream whose callbacks never leave the buffer; the
 * header is checked against the image's attributes before OpenJPEG
 * allocates what it declares. Encoding writes a bare J2K codestream (PS3.5
 * A.4.4): reversible 5/3 wavelet and RCT for lossless, irreversible 9/7 and
 * ICT at a compression ratio for lossy. OpenJPEG's messages are dropped:
 * the codecs do not log (codec.h), the error code says what went wrong. */
#include "codec/codec_impl.h"

#include <errno.h>
#include <string.h>

#include <openjpeg.h>

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

static uint32_t be16(const uint8_t *p)
{
    return (uint32_t)p[0] << 8 | p[1];
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The codestream inside a JP2 file: the contents of its first top-level
 * jp2c box (ISO 15444-1 I.4), or NULL. */
static const uint8_t *jp2_codestream(const uint8_t *p, size_t len, size_t *cslen)
{
    size_t at = 0;
    while (len - at >= 8) {
        uint64_t box = be32(p + at);
        size_t head = 8;
        if (box == 1) {
            if (len - at < 16)
                return NULL;
            box = (uint64_t)be32(p + at + 8) << 32 | be32(p + at + 12);
            head = 16;
        } else if (box == 0) {
            box = len - at;
        }
        if (box < head || box > len - at)
            return NULL;
        if (memcmp(p + at + 4, "jp2c", 4) == 0) {
            *cslen = (size_t)box - head;
            return p + at + head;
        }
        at += (size_t)box;
    }
    return NULL;
}

/* Most tiles a frame may have: one per 64 x 64 pixels, and at least one.
 * OpenJPEG allocates coding parameters for every tile the header
 * declares, so 1 x 1 tiles would cost gigabytes for a small image. */
static uint64_t max_tiles(const struct codec_image *img)
{
    return 1 + (uint64_t)img->rows * img->columns / 4096;
}

/* The SIZ marker segment (ISO 15444-1 A.5.1), which must follow SOC, read
 * before OpenJPEG is given the stream: the image and tile sizes, the
 * number of components, their precision and subsampling, against the
 * stored attributes. OpenJPEG allocates what SIZ declares while it reads
 * the header. */
static int siz_check(const uint8_t *p, size_t len, const struct codec_image *stored)
{
    if (len < 4)
        return DG_ETRUNC;
    if (be16(p) != 0xff4f || be16(p + 2) != 0xff51)
        return DG_EPARSE;
    const uint8_t *siz = p + 4;
    len -= 4;
    if (len < 38)
        return DG_ETRUNC;
    const uint32_t lsiz = be16(siz), xsiz = be32(siz + 4), ysiz = be32(siz + 8);
    const uint32_t xo = be32(siz + 12), yo = be32(siz + 16);
    const uint32_t xt = be32(siz + 20), yt = be32(siz + 24);
    const uint32_t xto = be32(siz + 28), yto = be32(siz + 32), csiz = be16(siz + 36);
    if (xsiz <= xo || ysiz <= yo || xsiz - xo != stored->columns || ysiz - yo != stored->rows ||
        csiz != stored->samples_per_pixel)
        return DG_EMISMATCH;
    if (lsiz != 38 + 3 * csiz)
        return DG_EPARSE;
    if (len < lsiz)
        return DG_ETRUNC;
    if (xt == 0 || yt == 0 || xto > xo || yto > yo || (uint64_t)xt + xto <= xo ||
        (uint64_t)yt + yto <= yo)
        return DG_EPARSE;
    uint64_t tiles = ((uint64_t)xsiz - xto + xt - 1) / xt * (((uint64_t)ysiz - yto + yt - 1) / yt);
    if (tiles > max_tiles(stored))
        return DG_EUNSUPPORTED;
    for (uint32_t c = 0; c < csiz; c++) {
        const uint8_t *comp = siz + 38 + 3 * c;
        if ((comp[0] & 0x7fu) + 1u > stored->bits_allocated)
            return DG_EMISMATCH;
        if (comp[1] != 1 || comp[2] != 1)
            return DG_EUNSUPPORTED;
    }
    return 0;
}

/* 0 when the header OpenJPEG read describes the stored image: the same
 * size, components at full resolution, no more bits than Bits Allocated
 * (a precision above Bits Stored is common: the samples are clamped to
 * what Bits Stored holds). */
static int header_fits(const opj_image_t *im, const struct codec_image *stored)
{
    if (im->x1 <= im->x0 || im->y1 <= im->y0 || im->x1 - im->x0 != stored->columns ||
        im->y1 - im->y0 != stored->rows || im->numcomps != stored->samples_per_pixel)
        return DG_EMISMATCH;
    for (unsigned c = 0; c < im->numcomps; c++) {
        const opj_image_comp_t *comp = &im->comps[c];
        if (comp->dx != 1 || comp->dy != 1)
            return DG_EUNSUPPORTED;
        if (comp->prec == 0 || comp->prec > stored->bits_allocated)
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

int codec_j2k_decode(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                     struct codec_image *native, uint8_t *out, size_t outlen)
{
    const unsigned bytes = codec_wrapped_sample_bytes(stored);
    if (bytes == 0)
        return DG_EPARSE;
    if (inlen == 0)
        return DG_ETRUNC;
    const size_t pixels = (size_t)stored->rows * stored->columns;
    if (pixels > SIZE_MAX / stored->samples_per_pixel / bytes)
        return DG_ETOOBIG;
    if (outlen < pixels * stored->samples_per_pixel * bytes)
        return DG_ETOOBIG;

    const int jp2 =
        inlen >= sizeof jp2_signature && memcmp(in, jp2_signature, sizeof jp2_signature) == 0;
    const uint8_t *cs = in;
    size_t cslen = inlen;
    if (jp2) {
        cs = jp2_codestream(in, inlen, &cslen);
        if (!cs)
            return DG_EPARSE;
    }
    int rc = siz_check(cs, cslen, stored);
    if (rc)
        return rc;
    struct source src = {.p = in, .len = inlen};
    opj_codec_t *codec = opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K);
    opj_stream_t *stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
    opj_image_t *im = NULL;
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

/* The compression ratio a lossy encoding aims at for a quality 1..100
 * (0: the default, 10:1): 20:1 at quality 1 down to 1:1 at 100. */
static double ratio_for(int quality)
{
    if (quality <= 0)
        return 10.0;
    if (quality > 100)
        quality = 100;
    return 20.0 - 19.0 * (quality - 1) / 99.0;
}

int codec_j2k_resolutions(const struct codec_image *img)
{
    uint32_t side = img->rows < img->columns ? img->rows : img->columns;
    int levels = 1;
    while (levels < 6 && side >> levels != 0)
        levels++;
    return levels;
}

int codec_j2k_encodable(const struct codec_image *native, size_t inlen)
{
    const unsigned bytes = codec_wrapped_sample_bytes(native);
    if (bytes == 0 || strcmp(native->photometric, "YBR_FULL_422") == 0)
        return DG_EUNSUPPORTED;
    const size_t pixels = (size_t)native->rows * native->columns;
    if (pixels > SIZE_MAX / native->samples_per_pixel / bytes)
        return DG_ETOOBIG;
    return inlen == pixels * native->samples_per_pixel * bytes ? 0 : -EINVAL;
}

static int j2k_encode(const struct codec_image *native, const uint8_t *in, size_t inlen, int lossy,
                      const struct codec_options *opt, struct codec_image *coded, struct buf *out)
{
    int rc = codec_j2k_encodable(native, inlen);
    if (rc)
        return rc;
    const unsigned spp = native->samples_per_pixel;
    const size_t pixels = (size_t)native->rows * native->columns;

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
    params.tcp_rates[0] = lossy ? (float)ratio_for(opt ? opt->quality : 0) : 0.0f;
    params.irreversible = lossy;
    params.tcp_mct = rgb ? 1 : 0;
    params.numresolution = codec_j2k_resolutions(native);
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
    int rc = codec_lossy_allowed(native);
    return rc ? rc : j2k_encode(native, in, inlen, 1, opt, coded, out);
}

const struct codec codec_j2k_lossless = {
    .ts_uid = "1.2.840.10008.1.2.4.90",
    .name = "JPEG 2000 lossless",
    .lossy = 0,
    .decode = codec_j2k_decode,
    .encode = j2k_encode_lossless,
};

const struct codec codec_j2k_lossy = {
    .ts_uid = "1.2.840.10008.1.2.4.91",
    .name = "JPEG 2000",
    .lossy = 1,
    .decode = codec_j2k_decode,
    .encode = j2k_encode_lossy,
};
