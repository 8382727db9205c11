/* Transcoding a dataset between transfer syntaxes as a stream (transcode.h).
 * The elements before the pixel data are decoded and encoded by the data
 * layer (enc_decode, enc_encode) in one piece, since they are small; the
 * Pixel Data is walked here, one frame at a time, so that memory is a
 * frame's worth whatever the object's size; what follows it (trailing
 * padding, rarely more) goes through the data layer again. Deflate is a
 * property of the byte stream: the source inflates and the sink deflates
 * around an Explicit VR LE dataset. */
#include "core/transcode.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/ts.h"
#include "util/buf.h"
#include "util/error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* The elements before the pixel data, and those after it, are held whole:
 * this is the largest they may be (a real header is a few KiB; an
 * overlay or an icon makes it a few MiB). */
#define TRANSCODE_HEADER_MAX ((size_t)64 << 20)
#define CHUNK 65536
/* The largest frame transcoded: what a header declares is allocated before
 * the pixels arrive, so a lying one must not be believed without bound. */
#define TRANSCODE_FRAME_MAX ((size_t)1 << 30)

#define TAG_PIXEL_DATA DICT_TAG(0x7FE0, 0x0010)
#define TAG_ITEM 0xFFFEE000u
#define TAG_SEQ_DELIM 0xFFFEE0DDu

/* The source: bytes from the reader, inflated first for a deflated syntax.
 * data[pos..len) is what has been read and not yet taken. */
struct src {
    transcode_read_fn rd;
    void *arg;
    struct buf data;
    size_t pos;
    int eof;
    int deflated;
    z_stream z;
    uint8_t *raw; /* CHUNK bytes of deflated input */
    int z_done;
};

/* The sink: bytes to the writer, deflated first for a deflated syntax. */
struct sink {
    transcode_write_fn wr;
    void *arg;
    int deflated;
    z_stream z;
    uint8_t *out; /* CHUNK bytes of deflated output */
    uint64_t written;
};

static int src_init(struct src *s, transcode_read_fn rd, void *arg, int deflated)
{
    memset(s, 0, sizeof *s);
    s->rd = rd;
    s->arg = arg;
    s->deflated = deflated;
    buf_init(&s->data, TRANSCODE_HEADER_MAX + CHUNK);
    if (!deflated)
        return 0;
    s->raw = malloc(CHUNK);
    if (!s->raw)
        return -ENOMEM;
    if (inflateInit2(&s->z, -MAX_WBITS) != Z_OK) {
        free(s->raw);
        s->raw = NULL;
        return -ENOMEM;
    }
    return 0;
}

static void src_free(struct src *s)
{
    if (s->raw) {
        inflateEnd(&s->z);
        free(s->raw);
    }
    buf_free(&s->data);
}

/* Read up to CHUNK more bytes into data (moving the unread ones to its
 * start first); sets eof at the end of the stream. */
static int src_more(struct src *s)
{
    if (s->pos > 0 && s->pos == s->data.len) {
        buf_reset(&s->data);
        s->pos = 0;
    }
    int rc = buf_reserve(&s->data, CHUNK);
    if (rc != 0)
        return rc;
    uint8_t *at = s->data.data + s->data.len;
    size_t n = 0;
    if (!s->deflated) {
        rc = s->rd(s->arg, at, CHUNK, &n);
        if (rc != 0)
            return rc;
        if (n == 0)
            s->eof = 1;
        s->data.len += n;
        return 0;
    }
    s->z.next_out = at;
    s->z.avail_out = CHUNK;
    while (s->z.avail_out == CHUNK && !s->z_done) {
        if (s->z.avail_in == 0) {
            rc = s->rd(s->arg, s->raw, CHUNK, &n);
            if (rc != 0)
                return rc;
            if (n == 0)
                return DG_ETRUNC; /* the deflate stream did not end */
            s->z.next_in = s->raw;
            s->z.avail_in = (uInt)n;
        }
        int zrc = inflate(&s->z, Z_NO_FLUSH);
        if (zrc == Z_STREAM_END)
            s->z_done = 1;
        else if (zrc != Z_OK && zrc != Z_BUF_ERROR)
            return DG_EPARSE;
    }
    n = CHUNK - s->z.avail_out;
    if (n == 0)
        s->eof = 1;
    s->data.len += n;
    return 0;
}

/* Make at least `need` unread bytes available: 0, or DG_ETRUNC when the
 * stream ends first. */
static int src_need(struct src *s, size_t need)
{
    if (s->pos > 0 && s->data.len - s->pos < need) {
        memmove(s->data.data, s->data.data + s->pos, s->data.len - s->pos);
        s->data.len -= s->pos;
        s->pos = 0;
    }
    while (s->data.len - s->pos < need) {
        if (s->eof)
            return DG_ETRUNC;
        int rc = src_more(s);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* Copy the next n bytes into p (through the buffer, a chunk at a time). */
static int src_read(struct src *s, uint8_t *p, size_t n)
{
    while (n > 0) {
        if (s->pos == s->data.len) {
            if (s->eof)
                return DG_ETRUNC;
            int rc = src_more(s);
            if (rc != 0)
                return rc;
            continue;
        }
        size_t k = s->data.len - s->pos;
        if (k > n)
            k = n;
        memcpy(p, s->data.data + s->pos, k);
        s->pos += k;
        p += k;
        n -= k;
    }
    return 0;
}

static int sink_init(struct sink *k, transcode_write_fn wr, void *arg, int deflated)
{
    memset(k, 0, sizeof *k);
    k->wr = wr;
    k->arg = arg;
    k->deflated = deflated;
    if (!deflated)
        return 0;
    k->out = malloc(CHUNK);
    if (!k->out)
        return -ENOMEM;
    if (deflateInit2(&k->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        free(k->out);
        k->out = NULL;
        return -ENOMEM;
    }
    return 0;
}

static void sink_free(struct sink *k)
{
    if (k->out) {
        deflateEnd(&k->z);
        free(k->out);
    }
}

static int sink_deflate(struct sink *k, int flush)
{
    int zrc;
    do {
        k->z.next_out = k->out;
        k->z.avail_out = CHUNK;
        zrc = deflate(&k->z, flush);
        if (zrc == Z_STREAM_ERROR)
            return DG_EPARSE;
        size_t n = CHUNK - k->z.avail_out;
        if (n > 0) {
            int rc = k->wr(k->arg, k->out, n);
            if (rc != 0)
                return rc;
            k->written += n;
        }
    } while (k->z.avail_out == 0 || (flush == Z_FINISH && zrc != Z_STREAM_END));
    return 0;
}

static int sink_write(struct sink *k, const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (!k->deflated) {
        int rc = k->wr(k->arg, p, n);
        if (rc == 0)
            k->written += n;
        return rc;
    }
    while (n > 0) {
        size_t piece = n > CHUNK ? CHUNK : n;
        k->z.next_in = (Bytef *)(uintptr_t)p;
        k->z.avail_in = (uInt)piece;
        int rc = sink_deflate(k, Z_NO_FLUSH);
        if (rc != 0)
            return rc;
        p += piece;
        n -= piece;
    }
    return 0;
}

static int sink_finish(struct sink *k)
{
    if (!k->deflated)
        return 0;
    k->z.next_in = NULL;
    k->z.avail_in = 0;
    return sink_deflate(k, Z_FINISH);
}

/* The syntax the dataset bytes are in once inflated. */
static const struct ts *base_ts(const struct ts *ts)
{
    return ts->deflated ? ts_explicit_le() : ts;
}

static uint16_t get16(const uint8_t *p, int big_endian)
{
    return big_endian ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t get32(const uint8_t *p, int big_endian)
{
    return big_endian ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                      : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static void put16(uint8_t *p, uint16_t v, int big_endian)
{
    p[big_endian ? 0 : 1] = (uint8_t)(v >> 8);
    p[big_endian ? 1 : 0] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v, int big_endian)
{
    for (int i = 0; i < 4; i++)
        p[big_endian ? 3 - i : i] = (uint8_t)(v >> (8 * i));
}

/* The Pixel Data element's header as the source wrote it. */
struct pixel_header {
    size_t size; /* bytes of the header */
    uint32_t len;
    int ow; /* VR OW (explicit), or implicit: the words of a BE stream swap */
};

/* Read the header of the element at the source's position, which
 * stop_before_pixels says is Pixel Data or another pixel element. Returns
 * its tag in *tag. */
static int read_pixel_header(struct src *s, const struct ts *ts, uint32_t *tag,
                             struct pixel_header *h)
{
    int rc = src_need(s, 8);
    if (rc != 0)
        return rc;
    const uint8_t *p = s->data.data + s->pos;
    int be = ts->big_endian;
    *tag = (uint32_t)get16(p, be) << 16 | get16(p + 2, be);
    if (*tag != TAG_PIXEL_DATA)
        return 0;
    if (!ts->explicit_vr) {
        h->size = 8;
        h->len = get32(p + 4, be);
        h->ow = 1;
        return 0;
    }
    /* Pixel Data is OB or OW (PS3.5 8.2); UN from a receiver that did not
     * know it. All three have the 32-bit length form. */
    if (!(p[4] == 'O' && (p[5] == 'B' || p[5] == 'W')) && !(p[4] == 'U' && p[5] == 'N'))
        return DG_EPARSE;
    rc = src_need(s, 12);
    if (rc != 0)
        return rc;
    p = s->data.data + s->pos;
    h->size = 12;
    h->len = get32(p + 8, be);
    h->ow = p[5] == 'W';
    return 0;
}

/* The header of a Pixel Data element of length len (DS_UNDEFINED_LENGTH for
 * encapsulated) in ts: 8 or 12 bytes into p, returning its size. */
static size_t pixel_header(const struct ts *ts, int ow, uint32_t len, uint8_t *p)
{
    int be = ts->big_endian;
    put16(p, 0x7FE0, be);
    put16(p + 2, 0x0010, be);
    if (!ts->explicit_vr) {
        put32(p + 4, len, be);
        return 8;
    }
    p[4] = 'O';
    p[5] = ow ? 'W' : 'B';
    p[6] = p[7] = 0;
    put32(p + 8, len, be);
    return 12;
}

/* An item header (always little endian: no syntax encapsulates in BE). */
static void item_header(uint32_t tag, uint32_t len, uint8_t *p)
{
    put16(p, (uint16_t)(tag >> 16), 0);
    put16(p + 2, (uint16_t)tag, 0);
    put32(p + 4, len, 0);
}

static void swap16(uint8_t *p, size_t n)
{
    for (size_t i = 0; i + 1 < n; i += 2) {
        uint8_t t = p[i];
        p[i] = p[i + 1];
        p[i + 1] = t;
    }
}

/* The attributes of the Image Pixel module, for the codecs. */
static int read_image(const struct ds *ds, struct codec_image *img)
{
    memset(img, 0, sizeof *img);
    uint16_t v;
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0010), 0, &v) != 0)
        return DG_EPARSE;
    img->rows = v;
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0011), 0, &v) != 0)
        return DG_EPARSE;
    img->columns = v;
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0002), 0, &img->samples_per_pixel) != 0 ||
        ds_get_u16(ds, DICT_TAG(0x0028, 0x0100), 0, &img->bits_allocated) != 0)
        return DG_EPARSE;
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0101), 0, &img->bits_stored) != 0)
        img->bits_stored = img->bits_allocated;
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0102), 0, &img->high_bit) != 0)
        img->high_bit = (uint16_t)(img->bits_stored - 1);
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0103), 0, &img->pixel_representation) != 0)
        img->pixel_representation = 0;
    if (ds_get_u16(ds, DICT_TAG(0x0028, 0x0006), 0, &img->planar_configuration) != 0)
        img->planar_configuration = 0;
    if (ds_get_string(ds, DICT_TAG(0x0028, 0x0004), img->photometric, sizeof img->photometric) != 0)
        return DG_EPARSE;
    long frames = 1;
    int rc = ds_get_long(ds, DICT_TAG(0x0028, 0x0008), 0, &frames);
    if (rc != 0 && rc != DG_ENOTFOUND)
        return DG_EPARSE;
    if (rc == DG_ENOTFOUND)
        frames = 1;
    if (frames < 1 || frames > INT32_MAX)
        return DG_EPARSE;
    img->frames = (uint32_t)frames;
    rc = codec_image_check(img);
    if (rc == 0 && codec_frame_size(img) == 0)
        rc = DG_EPARSE;
    return rc;
}

/* Where the frames of encapsulated pixel data begin: the offsets of the
 * Basic Offset Table, else of the Extended Offset Table (PS3.5 A.4),
 * relative to the first fragment's item header; none when both are empty
 * (then one fragment is one frame, or all fragments one frame of a
 * single-frame image). */
struct frame_index {
    uint64_t *offsets; /* frames entries, or NULL */
    uint32_t frames;
};

/* The Extended Offset Table of the header (OV, 8 bytes a frame). */
static int extended_offsets(const struct ds *ds, struct frame_index *fi)
{
    const struct ds_elem *e = ds_find(ds, DICT_TAG(0x7FE0, 0x0001));
    if (!e || e->len == 0)
        return 0;
    if (e->len != (uint64_t)fi->frames * 8)
        return DG_EMISMATCH;
    fi->offsets = malloc(e->len);
    if (!fi->offsets)
        return -ENOMEM;
    for (uint32_t k = 0; k < fi->frames; k++)
        fi->offsets[k] =
            (uint64_t)get32(e->value + 8 * k + 4, 0) << 32 | get32(e->value + 8 * k, 0);
    return 0;
}

/* Read the Basic Offset Table item (the first item after the header). */
static int basic_offsets(struct src *s, const struct ds *ds, struct frame_index *fi)
{
    int rc = src_need(s, 8);
    if (rc != 0)
        return rc;
    const uint8_t *p = s->data.data + s->pos;
    uint32_t len = get32(p + 4, 0);
    if (get32(p, 0) != (TAG_ITEM >> 16 | (TAG_ITEM & 0xFFFF) << 16) || len % 4 != 0)
        return DG_EPARSE;
    s->pos += 8;
    if (len == 0)
        return extended_offsets(ds, fi);
    if (len / 4 != fi->frames)
        return DG_EMISMATCH; /* the frame count or the table lies */
    /* The table grows as its entries arrive: a length that lies costs
     * only the bytes that came. */
    struct buf t;
    buf_init(&t, (size_t)fi->frames * sizeof *fi->offsets);
    for (uint32_t k = 0; rc == 0 && k < fi->frames; k++) {
        uint8_t b[4];
        rc = src_read(s, b, 4);
        if (rc == 0) {
            uint64_t off = get32(b, 0);
            rc = buf_append(&t, &off, sizeof off);
        }
    }
    if (rc != 0) {
        buf_free(&t);
        return rc;
    }
    fi->offsets = (uint64_t *)(void *)t.data; /* malloc'ed: aligned for any type */
    return 0;
}

/* The walk over encapsulated pixel data: where the next fragment starts,
 * relative to the first fragment, and whether the delimiter was seen. */
struct fragments {
    uint64_t at;
    int ended;
    int peeked;       /* a fragment's header was read and not its value */
    uint32_t pending; /* its length */
};

/* Read the next item header: 0 and *len, or 1 at the sequence delimiter. */
static int next_item(struct src *s, struct fragments *fr, uint32_t *len)
{
    if (fr->peeked) {
        fr->peeked = 0;
        *len = fr->pending;
        return 0;
    }
    if (fr->ended)
        return 1;
    int rc = src_need(s, 8);
    if (rc != 0)
        return rc;
    const uint8_t *p = s->data.data + s->pos;
    uint32_t tag = (uint32_t)get16(p, 0) << 16 | get16(p + 2, 0);
    *len = get32(p + 4, 0);
    s->pos += 8;
    if (tag == TAG_SEQ_DELIM) {
        fr->ended = 1;
        return 1;
    }
    if (tag != TAG_ITEM || *len == DS_UNDEFINED_LENGTH)
        return DG_EPARSE;
    return 0;
}

/* Gather frame k (of fi->frames) into out: its fragments concatenated. */
static int gather_frame(struct src *s, const struct frame_index *fi, struct fragments *fr,
                        uint32_t k, struct buf *out)
{
    buf_reset(out);
    for (int n = 0;; n++) {
        uint32_t len;
        int rc = next_item(s, fr, &len);
        if (rc < 0)
            return rc;
        if (rc == 1)
            return n > 0 ? 0 : DG_ETRUNC; /* fewer frames than NumberOfFrames */
        if (n > 0) {
            /* Does this fragment start the next frame? */
            int next =
                fi->offsets ? k + 1 < fi->frames && fr->at >= fi->offsets[k + 1] : fi->frames > 1;
            if (next) {
                fr->peeked = 1;
                fr->pending = len;
                return 0;
            }
        } else if (fi->offsets && fr->at != fi->offsets[k]) {
            return DG_EPARSE; /* an offset that is not at a fragment */
        }
        size_t at = out->len;
        rc = buf_reserve(out, len);
        if (rc != 0)
            return rc;
        rc = src_read(s, out->data + at, len);
        if (rc != 0)
            return rc;
        out->len += len;
        fr->at += 8 + (uint64_t)len;
    }
}

/* What the transcoder knows of the pixel data while it walks it. */
struct pixels {
    const struct ts *from, *to;
    const struct codec *dec, *enc; /* NULL: native on that side */
    const struct codec_options *opt;
    struct codec_image stored; /* as the header describes the source */
    struct codec_image native; /* as decoded */
    struct codec_image coded;  /* as encoded */
    size_t native_size;
    uint8_t *frame; /* one native frame */
    struct buf in;  /* one compressed frame of the source */
    struct buf out; /* one compressed frame of the target */
    struct frame_index fi;
    struct fragments fr;
    int ow; /* the source's Pixel Data was OW */
    uint64_t coded_bytes;
};

/* The next native frame into px->frame: read, swapped from big endian,
 * or gathered and decoded. */
static int next_native(struct src *s, struct pixels *px, uint32_t k)
{
    if (!px->dec) {
        int rc = src_read(s, px->frame, px->native_size);
        if (rc == 0 && px->from->big_endian && px->ow)
            swap16(px->frame, px->native_size);
        px->native = px->stored;
        return rc;
    }
    int rc = gather_frame(s, &px->fi, &px->fr, k, &px->in);
    if (rc != 0)
        return rc;
    struct codec_image native;
    rc = px->dec->decode(&px->stored, px->in.data, px->in.len, &native, px->frame, px->native_size);
    if (rc != 0)
        return rc;
    /* Every frame of an object decodes alike; the header was written
     * from the first. */
    if (k > 0 && px->native.photometric[0] &&
        (native.planar_configuration != px->native.planar_configuration ||
         strcmp(native.photometric, px->native.photometric) != 0))
        return DG_EMISMATCH;
    px->native = native;
    return 0;
}

/* Frame k through the target: encoded into px->out, or native in
 * px->frame (swapped for a big endian target). */
static int next_target(struct src *s, struct pixels *px, uint32_t k)
{
    int rc = next_native(s, px, k);
    if (rc != 0)
        return rc;
    if (!px->enc) {
        if (px->to->big_endian && px->native.bits_allocated > 8)
            swap16(px->frame, px->native_size);
        return 0;
    }
    buf_reset(&px->out);
    struct codec_image coded;
    rc = px->enc->encode(&px->native, px->frame, px->native_size, px->opt, &coded, &px->out);
    if (rc != 0)
        return rc;
    if (k > 0 && (coded.planar_configuration != px->coded.planar_configuration ||
                  strcmp(coded.photometric, px->coded.photometric) != 0))
        return DG_EMISMATCH;
    px->coded = coded;
    px->coded_bytes += px->out.len;
    return 0;
}

/* Write the current target frame: a fragment (padded to even length), or
 * the native bytes. */
static int write_frame(struct sink *k, struct pixels *px)
{
    if (!px->enc)
        return sink_write(k, px->frame, px->native_size);
    if (px->out.len % 2 != 0) {
        int rc = buf_append(&px->out, "", 1);
        if (rc != 0)
            return rc;
    }
    if (px->out.len >= DS_UNDEFINED_LENGTH)
        return DG_ETOOBIG;
    uint8_t h[8];
    item_header(TAG_ITEM, (uint32_t)px->out.len, h);
    int rc = sink_write(k, h, 8);
    return rc != 0 ? rc : sink_write(k, px->out.data, px->out.len);
}

/* PS3.3 C.7.6.1.1.5: the method of each lossy compression, in the order
 * they were applied. */
static const char *lossy_method(const char *ts_uid)
{
    static const struct {
        const char *ts, *method;
    } methods[] = {
        {"1.2.840.10008.1.2.4.50", "ISO_10918_1"}, {"1.2.840.10008.1.2.4.51", "ISO_10918_1"},
        {"1.2.840.10008.1.2.4.53", "ISO_10918_1"}, {"1.2.840.10008.1.2.4.55", "ISO_10918_1"},
        {"1.2.840.10008.1.2.4.81", "ISO_14495_1"}, {"1.2.840.10008.1.2.4.91", "ISO_15444_1"},
        {"1.2.840.10008.1.2.4.93", "ISO_15444_2"}, {"1.2.840.10008.1.2.4.203", "ISO_15444_15"},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(ts_uid, methods[i].ts) == 0)
            return methods[i].method;
    return "";
}

/* Append one value to a multi-valued string element (or set it). */
static int append_value(struct ds *ds, uint32_t tag, enum vr vr, const char *value)
{
    char old[256], joined[300];
    int rc = ds_get_string(ds, tag, old, sizeof old);
    if (rc == DG_ENOTFOUND || (rc == 0 && old[0] == '\0'))
        return ds_set_string(ds, tag, vr, value);
    if (rc != 0)
        return rc;
    snprintf(joined, sizeof joined, "%s\\%s", old, value);
    return ds_set_string(ds, tag, vr, joined);
}

/* The new image of a lossy compression (PS3.3 C.7.6.1.1.5): "If an image
 * is a compressed version of another image, Lossy Image Compression
 * (0028,2110) is set to 01, Value 1 of Image Type (0008,0008) shall be set
 * to DERIVED, and if the predecessor was a DICOM image, then the Image
 * shall receive a new SOP Instance UID." The predecessor is named in the
 * Source Image Sequence (General Reference module, C.12.4.1.2). The ratio
 * is the first frame's: the header is written before the other frames are
 * compressed, and the standard asks for an approximate one. */
static int mark_lossy(struct ds *ds, const struct pixels *px, const char *to_uid,
                      const char *uid_prefix, struct transcode_result *res)
{
    char ratio[17], old_uid[UID_MAX_LEN + 1], cls[UID_MAX_LEN + 1], type[256];
    int rc = ds_set_string(ds, DICT_TAG(0x0028, 0x2110), VR_CS, "01");
    snprintf(ratio, sizeof ratio, "%.2f",
             px->coded_bytes ? (double)px->native_size / (double)px->coded_bytes : 1.0);
    if (rc == 0)
        rc = append_value(ds, DICT_TAG(0x0028, 0x2112), VR_DS, ratio);
    if (rc == 0)
        rc = append_value(ds, DICT_TAG(0x0028, 0x2114), VR_CS, lossy_method(to_uid));
    if (rc == 0 && ds_get_string(ds, DICT_TAG(0x0008, 0x0008), type, sizeof type) == 0 && type[0]) {
        char *rest = strchr(type, '\\');
        char derived[270];
        snprintf(derived, sizeof derived, "DERIVED%s", rest ? rest : "");
        rc = ds_set_string(ds, DICT_TAG(0x0008, 0x0008), VR_CS, derived);
    }
    if (rc != 0)
        return rc;
    if (ds_get_string(ds, DICT_TAG(0x0008, 0x0018), old_uid, sizeof old_uid) != 0 ||
        ds_get_string(ds, DICT_TAG(0x0008, 0x0016), cls, sizeof cls) != 0)
        return 0; /* not a DICOM image with an identity to derive from */
    struct ds *item;
    rc = ds_add_item(ds, DICT_TAG(0x0008, 0x2112), &item);
    if (rc == 0)
        rc = ds_set_string(item, DICT_TAG(0x0008, 0x1150), VR_UI, cls);
    if (rc == 0)
        rc = ds_set_string(item, DICT_TAG(0x0008, 0x1155), VR_UI, old_uid);
    if (rc == 0)
        rc = uid_generate(uid_prefix, res->sop_instance, sizeof res->sop_instance);
    if (rc == 0)
        rc = ds_set_string(ds, DICT_TAG(0x0008, 0x0018), VR_UI, res->sop_instance);
    if (rc == 0)
        res->new_instance = 1;
    return rc;
}

/* The attributes the pixels' new form changes, before the header goes. */
static int rewrite_header(struct ds *ds, const struct pixels *px, const char *to_uid,
                          const char *uid_prefix, struct transcode_result *res)
{
    const struct codec_image *now = px->enc ? &px->coded : &px->native;
    int rc = ds_set_string(ds, DICT_TAG(0x0028, 0x0004), VR_CS, now->photometric);
    if (rc == 0 && now->samples_per_pixel > 1)
        rc = ds_set_u16(ds, DICT_TAG(0x0028, 0x0006), now->planar_configuration);
    if (rc == 0 && px->enc && px->enc->lossy) {
        res->lossy_applied = 1;
        rc = mark_lossy(ds, px, to_uid, uid_prefix, res);
    }
    return rc;
}

/* Encode ds as ts and send it. */
static int write_ds(struct sink *k, const struct ds *ds, const struct ts *ts)
{
    struct buf b;
    buf_init(&b, 2 * TRANSCODE_HEADER_MAX);
    int rc = enc_encode(ds, ts, &b);
    if (rc == 0)
        rc = sink_write(k, b.data, b.len);
    buf_free(&b);
    return rc;
}

/* The source's elements from its position to its end, re-encoded. */
static int copy_rest(struct src *s, const struct ts *from, const struct ts *to, struct sink *k)
{
    while (!s->eof) {
        if (s->data.len - s->pos > TRANSCODE_HEADER_MAX)
            return DG_ETOOBIG;
        int rc = src_more(s);
        if (rc != 0)
            return rc;
    }
    if (s->pos == s->data.len)
        return 0;
    struct ds *ds = ds_new();
    if (!ds)
        return -ENOMEM;
    int rc = enc_decode(s->data.data + s->pos, s->data.len - s->pos, from, NULL, ds, NULL);
    if (rc == 0)
        rc = write_ds(k, ds, to);
    ds_free(ds);
    s->pos = s->data.len;
    return rc;
}

/* Native Pixel Data into another uncompressed syntax: the value as it
 * comes, a chunk at a time, its words swapped between byte orders. */
static int copy_native(struct src *s, struct sink *k, const struct ts *from, const struct ts *to,
                       const struct pixel_header *h, const struct ds *ds)
{
    uint16_t bits = 16;
    ds_get_u16(ds, DICT_TAG(0x0028, 0x0100), 0, &bits);
    int ow = from->explicit_vr ? h->ow : bits > 8;
    uint8_t hdr[12];
    int rc = sink_write(k, hdr, pixel_header(to, ow, h->len, hdr));
    uint8_t *chunk = malloc(CHUNK);
    if (!chunk)
        return -ENOMEM;
    for (uint32_t left = h->len; rc == 0 && left > 0;) {
        size_t n = left > CHUNK ? CHUNK : left;
        rc = src_read(s, chunk, n);
        if (rc == 0 && ow && from->big_endian != to->big_endian)
            swap16(chunk, n);
        if (rc == 0)
            rc = sink_write(k, chunk, n);
        left -= (uint32_t)n;
    }
    free(chunk);
    return rc;
}

/* Encapsulated Pixel Data into the same syntax: the items as they are. */
static int copy_items(struct src *s, struct sink *k, const struct ts *to)
{
    uint8_t hdr[12];
    int rc = sink_write(k, hdr, pixel_header(to, 0, DS_UNDEFINED_LENGTH, hdr));
    uint8_t *chunk = malloc(CHUNK);
    if (!chunk)
        return -ENOMEM;
    struct fragments fr = {0};
    for (;;) {
        uint32_t len;
        if (rc == 0)
            rc = next_item(s, &fr, &len);
        if (rc != 0)
            break;
        item_header(TAG_ITEM, len, hdr);
        rc = sink_write(k, hdr, 8);
        while (rc == 0 && len > 0) {
            size_t n = len > CHUNK ? CHUNK : len;
            rc = src_read(s, chunk, n);
            if (rc == 0)
                rc = sink_write(k, chunk, n);
            len -= (uint32_t)n;
        }
    }
    free(chunk);
    if (rc != 1)
        return rc;
    item_header(TAG_SEQ_DELIM, 0, hdr);
    return sink_write(k, hdr, 8);
}

/* The walk over the Pixel Data set up, its element header read: the
 * image's attributes, a native frame's memory, and for encapsulated pixel
 * data its offset table. */
static int pixels_begin(struct src *s, const struct ds *ds, struct pixels *px,
                        const struct pixel_header *h)
{
    int rc = read_image(ds, &px->stored);
    if (rc != 0)
        return rc;
    px->native_size = codec_frame_size(&px->stored);
    if (px->native_size > TRANSCODE_FRAME_MAX)
        return DG_ETOOBIG;
    px->frame = malloc(px->native_size);
    if (!px->frame)
        return -ENOMEM;
    uint32_t frames = px->stored.frames;
    px->fi.frames = frames;
    if (!px->from->encapsulated) {
        if (h->len == DS_UNDEFINED_LENGTH)
            return DG_EPARSE;
        return h->len / px->native_size < frames ? DG_EMISMATCH : 0;
    }
    if (h->len != DS_UNDEFINED_LENGTH)
        return DG_EPARSE;
    /* A compressed frame bigger than twice the native one is no frame of
     * this image. */
    buf_init(&px->in, 2 * px->native_size + 65536);
    rc = basic_offsets(s, ds, &px->fi);
    if (rc != 0)
        return rc;
    if (px->fi.offsets && px->fi.offsets[0] != 0)
        return DG_EPARSE;
    for (uint32_t f = 1; px->fi.offsets && f < frames; f++)
        if (px->fi.offsets[f] <= px->fi.offsets[f - 1])
            return DG_EPARSE;
    return 0;
}

/* Pixel Data through the codecs, frame by frame. The first frame is done
 * before the header is written, since the photometric interpretation
 * written is what its decoder and encoder made. The Basic Offset Table
 * written is empty, with one fragment per frame (PS3.5 A.4 allows it and
 * readers find the frames by their fragments): the output is a stream, and
 * a filled table would need every frame's compressed size before the
 * first is sent. */
static int transcode_pixels(struct src *s, struct sink *k, struct ds *ds, struct pixels *px,
                            const struct pixel_header *h, const char *to_uid,
                            const char *uid_prefix, struct transcode_result *res)
{
    int rc = pixels_begin(s, ds, px, h);
    if (rc != 0)
        return rc;
    uint32_t frames = px->stored.frames;
    buf_init(&px->out, 2 * px->native_size + 65536);
    rc = next_target(s, px, 0);
    if (rc == 0)
        rc = rewrite_header(ds, px, to_uid, uid_prefix, res);
    ds_remove(ds, DICT_TAG(0x7FE0, 0x0001)); /* the offset tables were the source's */
    ds_remove(ds, DICT_TAG(0x7FE0, 0x0002));
    if (rc == 0)
        rc = write_ds(k, ds, base_ts(px->to));
    if (rc != 0)
        return rc;

    uint8_t hdr[12];
    uint64_t total = (uint64_t)frames * px->native_size;
    if (px->enc) {
        rc = sink_write(k, hdr, pixel_header(px->to, 0, DS_UNDEFINED_LENGTH, hdr));
        item_header(TAG_ITEM, 0, hdr);
        if (rc == 0)
            rc = sink_write(k, hdr, 8);
    } else {
        if (total + 1 >= DS_UNDEFINED_LENGTH)
            return DG_ETOOBIG;
        uint32_t len = (uint32_t)(total + (total % 2));
        rc = sink_write(k, hdr, pixel_header(px->to, px->native.bits_allocated > 8, len, hdr));
    }
    for (uint32_t f = 0; rc == 0 && f < frames; f++) {
        if (f > 0)
            rc = next_target(s, px, f);
        if (rc == 0)
            rc = write_frame(k, px);
    }
    if (rc != 0)
        return rc;
    if (px->enc) {
        item_header(TAG_SEQ_DELIM, 0, hdr);
        rc = sink_write(k, hdr, 8);
    } else if (total % 2) {
        rc = sink_write(k, (const uint8_t *)"", 1);
    }
    if (rc != 0)
        return rc;
    /* Past the frames: what is left of the source's pixel data. */
    if (px->dec) {
        uint32_t len;
        while ((rc = next_item(s, &px->fr, &len)) == 0) {
            if (len > 0)
                return DG_EMISMATCH; /* more frames than NumberOfFrames */
        }
        return rc == 1 ? 0 : rc;
    }
    /* A native value longer than its frames (the pad byte, or a frame
     * count that understates): the rest is read and dropped. */
    for (uint64_t left = h->len - total; left > 0;) {
        size_t n = left > px->native_size ? px->native_size : (size_t)left;
        rc = src_read(s, px->frame, n);
        if (rc != 0)
            return rc;
        left -= n;
    }
    return 0;
}

/* The elements before the pixel data into ds, read until they decode
 * whole, and the header of the element that follows them (*tag: Pixel
 * Data, another one, or 0 at the end of the dataset). ds's values point
 * into *header, which the caller frees after ds; the source goes on in a
 * buffer of its own. */
static int read_header(struct src *s, const struct ts *ts, struct ds *ds, struct buf *header,
                       uint32_t *tag, struct pixel_header *h)
{
    size_t used = 0;
    int rc;
    for (;;) {
        struct enc_opts eo = {0};
        eo.stop_before_pixels = 1;
        eo.partial = !s->eof;
        ds_clear(ds);
        rc = enc_decode(s->data.data, s->data.len, ts, &eo, ds, &used);
        if (rc != DG_ETRUNC || s->eof)
            break;
        rc = 0;
        if (s->data.len > TRANSCODE_HEADER_MAX)
            return DG_ETOOBIG;
        /* Twice as many bytes before the next try: a long header is
         * decoded a few times, not once per chunk. */
        size_t had = s->data.len;
        while (rc == 0 && !s->eof && s->data.len < 2 * had + CHUNK)
            rc = src_more(s);
        if (rc != 0)
            return rc;
    }
    if (rc != 0)
        return rc;
    *header = s->data;
    buf_init(&s->data, TRANSCODE_HEADER_MAX + CHUNK);
    rc = buf_append(&s->data, header->data + used, header->len - used);
    if (rc != 0)
        return rc;
    ds_remove(ds, DICT_TAG(0x7FE0, 0x0000)); /* its group length would lie */
    *tag = 0;
    if (s->data.len > 0 || !s->eof)
        rc = read_pixel_header(s, ts, tag, h);
    if (rc == DG_ETRUNC && s->data.len == 0)
        rc = 0; /* no pixel data at all */
    return rc;
}

static int compressed(const char *ts_uid, const struct ts **ts)
{
    *ts = ts_find(ts_uid, strlen(ts_uid));
    return *ts && (*ts)->encapsulated;
}

int transcode_possible(const char *from_ts, const char *to_ts)
{
    const struct ts *from, *to;
    int from_c = compressed(from_ts, &from), to_c = compressed(to_ts, &to);
    if (!from || !to)
        return 0;
    if (from_c && to_c && strcmp(from_ts, to_ts) == 0)
        return 1;
    if (from_c && !(codec_find(from_ts) && codec_find(from_ts)->decode))
        return 0;
    if (to_c && !(codec_find(to_ts) && codec_find(to_ts)->encode))
        return 0;
    return 1;
}

int transcode_dataset(const char *from_ts, transcode_read_fn rd, void *rarg, const char *to_ts,
                      const struct codec_options *opt, const char *uid_prefix,
                      transcode_write_fn wr, void *warg, struct transcode_result *res)
{
    static const struct codec_options lossless = {0, 0};
    const struct ts *from, *to;
    int from_c = compressed(from_ts, &from), to_c = compressed(to_ts, &to);
    memset(res, 0, sizeof *res);
    if (!transcode_possible(from_ts, to_ts))
        return DG_EUNSUPPORTED;
    struct src s;
    struct sink k;
    struct pixels px;
    memset(&px, 0, sizeof px);
    struct ds *ds = ds_new();
    struct buf header = {0};
    int rc = ds ? src_init(&s, rd, rarg, from->deflated) : -ENOMEM;
    if (rc != 0) {
        ds_free(ds);
        return rc;
    }
    rc = sink_init(&k, wr, warg, to->deflated);
    if (rc != 0)
        goto fail;

    uint32_t tag = 0;
    struct pixel_header h = {0};
    rc = read_header(&s, base_ts(from), ds, &header, &tag, &h);
    if (rc != 0)
        goto fail;
    if (ds_get_string(ds, DICT_TAG(0x0008, 0x0018), res->sop_instance, sizeof res->sop_instance) !=
        0)
        res->sop_instance[0] = '\0';

    if (tag != TAG_PIXEL_DATA) {
        /* No Pixel Data (or only float pixel data): nothing to transcode. */
        rc = write_ds(&k, ds, base_ts(to));
        if (rc == 0)
            rc = copy_rest(&s, base_ts(from), base_ts(to), &k);
    } else {
        s.pos += h.size;
        px.from = from;
        px.to = to;
        px.ow = h.ow;
        px.opt = opt ? opt : &lossless;
        if (from_c && to_c && strcmp(from_ts, to_ts) == 0) {
            rc = write_ds(&k, ds, base_ts(to));
            if (rc == 0)
                rc = copy_items(&s, &k, to);
        } else if (!from_c && !to_c) {
            ds_remove(ds, DICT_TAG(0x7FE0, 0x0001));
            ds_remove(ds, DICT_TAG(0x7FE0, 0x0002));
            rc = h.len == DS_UNDEFINED_LENGTH ? DG_EPARSE : write_ds(&k, ds, base_ts(to));
            if (rc == 0)
                rc = copy_native(&s, &k, base_ts(from), base_ts(to), &h, ds);
        } else {
            px.dec = from_c ? codec_find(from_ts) : NULL;
            px.enc = to_c ? codec_find(to_ts) : NULL;
            rc = transcode_pixels(&s, &k, ds, &px, &h, to_ts, uid_prefix, res);
        }
        if (rc == 0)
            rc = copy_rest(&s, base_ts(from), base_ts(to), &k);
    }
    if (rc == 0)
        rc = sink_finish(&k);
    res->bytes_written = k.written;
fail:
    free(px.frame);
    free(px.fi.offsets);
    buf_free(&px.in);
    buf_free(&px.out);
    ds_free(ds);
    buf_free(&header);
    sink_free(&k);
    src_free(&s);
    return rc;
}

int transcode_read_frame(const char *from_ts, transcode_read_fn rd, void *rarg, uint32_t index,
                         struct transcode_frame *f)
{
    const struct ts *from;
    int from_c = compressed(from_ts, &from);
    memset(f, 0, sizeof *f);
    if (!from || (from_c && !(codec_find(from_ts) && codec_find(from_ts)->decode)))
        return DG_EUNSUPPORTED;
    struct src s;
    struct pixels px;
    memset(&px, 0, sizeof px);
    f->ds = ds_new();
    int rc = f->ds ? src_init(&s, rd, rarg, from->deflated) : -ENOMEM;
    if (rc != 0)
        return rc;
    uint32_t tag = 0;
    struct pixel_header h = {0};
    rc = read_header(&s, base_ts(from), f->ds, &f->header, &tag, &h);
    if (rc == 0 && tag != TAG_PIXEL_DATA)
        rc = DG_EUNSUPPORTED;
    if (rc != 0)
        goto done;
    s.pos += h.size;
    px.from = from;
    px.ow = h.ow;
    px.dec = from_c ? codec_find(from_ts) : NULL;
    rc = pixels_begin(&s, f->ds, &px, &h);
    if (rc == 0 && index >= px.stored.frames)
        rc = DG_ENOTFOUND;
    /* The frames before it: native ones read past, compressed ones
     * gathered (their fragments found) and dropped. */
    for (uint32_t k = 0; rc == 0 && k < index; k++)
        rc = px.dec ? gather_frame(&s, &px.fi, &px.fr, k, &px.in)
                    : src_read(&s, px.frame, px.native_size);
    if (rc == 0)
        rc = next_native(&s, &px, index);
    if (rc == 0) {
        f->image = px.native;
        f->pixels = px.frame;
        f->size = px.native_size;
        px.frame = NULL;
    }
done:
    free(px.frame);
    free(px.fi.offsets);
    buf_free(&px.in);
    src_free(&s);
    return rc;
}

void transcode_frame_free(struct transcode_frame *f)
{
    ds_free(f->ds);
    buf_free(&f->header);
    free(f->pixels);
    memset(f, 0, sizeof *f);
}

/* The frames as stored: a source past the header, the walk over the pixel
 * data (native_size bytes a native frame, else the fragments by the offset
 * tables), and how far it has gone. */
struct transcode_frames {
    struct src s;
    struct pixels px;
    struct ds *ds;
    struct buf header;
    int src_ready;
    uint32_t next; /* the frame the source is at */
};

int transcode_frames_open(const char *ts_uid, transcode_read_fn rd, void *rarg,
                          struct transcode_frames **out)
{
    /* A compressed syntax we do not know is walked as fragments all the
     * same: nothing is decoded here. */
    const struct ts *ts = ts_find_or_encapsulated(ts_uid, strlen(ts_uid));
    struct transcode_frames *f;
    uint32_t tag = 0;
    struct pixel_header h = {0};
    int rc;

    *out = NULL;
    if (!ts)
        return DG_EUNSUPPORTED;
    f = calloc(1, sizeof *f);
    if (!f)
        return -ENOMEM;
    *out = f;
    f->ds = ds_new();
    if (!f->ds)
        return -ENOMEM;
    rc = src_init(&f->s, rd, rarg, ts->deflated);
    f->src_ready = 1;
    if (rc == 0)
        rc = read_header(&f->s, base_ts(ts), f->ds, &f->header, &tag, &h);
    if (rc == 0 && tag != TAG_PIXEL_DATA)
        rc = DG_ENOTFOUND;
    if (rc != 0)
        return rc;
    f->s.pos += h.size;
    f->px.from = ts;
    f->px.ow = h.ow;
    return pixels_begin(&f->s, f->ds, &f->px, &h);
}

uint32_t transcode_frames_count(const struct transcode_frames *f)
{
    return f->px.stored.frames;
}

int transcode_frames_read(struct transcode_frames *f, uint32_t k, const uint8_t **p, size_t *n)
{
    int rc = 0;

    if (k >= f->px.stored.frames)
        return DG_ENOTFOUND;
    if (k < f->next)
        return DG_EPARSE; /* the source does not go back */
    for (; rc == 0 && f->next <= k; f->next++)
        rc = f->px.from->encapsulated
                 ? gather_frame(&f->s, &f->px.fi, &f->px.fr, f->next, &f->px.in)
                 : src_read(&f->s, f->px.frame, f->px.native_size);
    if (rc != 0)
        return rc;
    *p = f->px.from->encapsulated ? f->px.in.data : f->px.frame;
    *n = f->px.from->encapsulated ? f->px.in.len : f->px.native_size;
    return 0;
}

void transcode_frames_close(struct transcode_frames *f)
{
    if (!f)
        return;
    if (f->src_ready)
        src_free(&f->s);
    free(f->px.frame);
    free(f->px.fi.offsets);
    buf_free(&f->px.in);
    ds_free(f->ds);
    buf_free(&f->header);
    free(f);
}
