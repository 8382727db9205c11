/* Decoding and encoding datasets. The decoder walks the input with a cursor
 * and checks the bytes left before every read; values stay in the input
 * (big endian ones are swapped into the dataset's arena, deflated input is
 * inflated there first). The encoder appends to a capped buffer and patches
 * defined lengths (sequences, items, group lengths) once their content is
 * written. Not here: the Part-10 preamble and meta header (part10.c). */
#include <errno.h>
#include <string.h>
#include <zlib.h>

#include "dicom/encoding.h"
#include "dicom/ds_internal.h"
#include "util/error.h"

#define TAG_ITEM 0xFFFEE000u
#define TAG_ITEM_DELIM 0xFFFEE00Du
#define TAG_SEQ_DELIM 0xFFFEE0DDu
/* Float Pixel Data, the first of the pixel data elements (then Double Float
 * and Pixel Data); nothing from here on is header. */
#define TAG_FIRST_PIXELS 0x7FE00008u

/* parse_elements' result when a stop condition (enc_opts) was met. */
#define PARSE_STOPPED 1

struct reader {
    const uint8_t *p;
    size_t pos;
    int explicit_vr;
    int big_endian;
    int max_depth;
    int stop_before_pixels;
    uint32_t stop_after_group; /* 0: off */
};

struct header {
    uint32_t tag;
    enum vr vr;
    uint32_t len;
    size_t size; /* bytes of the header itself */
};

static uint16_t rd16(const struct reader *r, size_t at)
{
    const uint8_t *q = r->p + at;
    return r->big_endian ? (uint16_t)(q[0] << 8 | q[1]) : (uint16_t)(q[0] | q[1] << 8);
}

static uint32_t rd32(const struct reader *r, size_t at)
{
    const uint8_t *q = r->p + at;
    if (r->big_endian)
        return (uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 | (uint32_t)q[2] << 8 | q[3];
    return (uint32_t)q[3] << 24 | (uint32_t)q[2] << 16 | (uint32_t)q[1] << 8 | q[0];
}

static uint32_t rd_tag(const struct reader *r, size_t at)
{
    return (uint32_t)rd16(r, at) << 16 | rd16(r, at + 2);
}

/* Read the element header at r->pos (not advancing); `end` bounds it. */
static int read_header(const struct reader *r, size_t end, struct header *h)
{
    size_t left = end - r->pos;
    int vr;

    /* Every header (implicit, explicit short, item) is at least 8 bytes. */
    if (left < 8)
        return DG_ETRUNC;
    h->tag = rd_tag(r, r->pos);
    h->size = 8;
    if (DICT_GROUP(h->tag) == 0xFFFE) {
        /* Items and delimiters have no VR in any syntax. */
        h->vr = VR_NA;
        h->len = rd32(r, r->pos + 4);
        return 0;
    }
    if (!r->explicit_vr) {
        h->vr = dict_vr(h->tag);
        h->len = rd32(r, r->pos + 4);
        return 0;
    }
    vr = vr_from_code(r->p + r->pos + 4);
    if (vr < 0) {
        /* A VR code newer than our table: PS3.5 7.1.2 gives every VR defined
         * after the first edition the 32-bit length form, so it reads as UN
         * (dcmtk does the same). Bytes that are not two capital letters are
         * no VR at all. */
        const uint8_t *c = r->p + r->pos + 4;
        if (c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z')
            return DG_EPARSE;
        vr = VR_UN;
    }
    h->vr = (enum vr)vr;
    if (vr_has_long_length(h->vr)) {
        if (left < 12)
            return DG_ETRUNC;
        h->len = rd32(r, r->pos + 8);
        h->size = 12;
    } else {
        h->len = rd16(r, r->pos + 6);
    }
    return 0;
}

static int parse_elements(struct reader *r, struct ds *ds, size_t end, int depth,
                          int undefined_item);

/* A sequence whose header has been read; r->pos is at its first item.
 * `end` is the end of the enclosing range, `len` the sequence's own. */
static int parse_sequence(struct reader *r, struct ds *ds, const struct header *h, size_t end,
                          int depth)
{
    int undefined = h->len == DS_UNDEFINED_LENGTH;
    size_t limit = end;
    struct ds_elem *e;

    if (depth + 1 > r->max_depth)
        return DG_EDEPTH;
    if (!undefined) {
        if (h->len > end - r->pos)
            return DG_ETRUNC;
        limit = r->pos + h->len;
    }
    /* Items go into other element arrays, so e stays valid below. */
    e = ds_put(ds, h->tag, VR_SQ);
    if (!e)
        return -ENOMEM;
    e->flags = undefined ? DS_F_UNDEFINED : 0;
    e->len = h->len;
    for (;;) {
        uint32_t tag, len;
        struct ds *item;
        int rc;

        if (!undefined && r->pos == limit)
            return 0;
        if (limit - r->pos < 8)
            return DG_ETRUNC;
        tag = rd_tag(r, r->pos);
        len = rd32(r, r->pos + 4);
        r->pos += 8;
        if (tag == TAG_SEQ_DELIM && undefined)
            return 0;
        if (tag != TAG_ITEM)
            return DG_EPARSE;
        item = ds_append_item(ds, e);
        if (!item)
            return -ENOMEM;
        if (len == DS_UNDEFINED_LENGTH) {
            rc = parse_elements(r, item, limit, depth + 1, 1);
        } else {
            if (len > limit - r->pos)
                return DG_ETRUNC;
            ds_item_set_undefined(item, 0);
            ds_item_set_length(item, len);
            rc = parse_elements(r, item, r->pos + len, depth + 1, 0);
        }
        if (rc)
            return rc < 0 ? rc : DG_EPARSE;
    }
}

/* Encapsulated pixel data: items up to the sequence delimiter, kept as one
 * byte range (offset table and fragments with their item headers). */
static int parse_encapsulated(struct reader *r, struct ds *ds, const struct header *h, size_t end)
{
    size_t start = r->pos;
    struct ds_elem *e;

    /* The value is kept as little endian items; no syntax encapsulates in BE. */
    if (r->big_endian)
        return DG_EPARSE;
    for (;;) {
        uint32_t tag, len;

        if (end - r->pos < 8)
            return DG_ETRUNC;
        tag = rd_tag(r, r->pos);
        len = rd32(r, r->pos + 4);
        if (tag == TAG_SEQ_DELIM)
            break;
        if (tag != TAG_ITEM || len == DS_UNDEFINED_LENGTH)
            return DG_EPARSE;
        if (len > end - r->pos - 8)
            return DG_ETRUNC;
        r->pos += 8 + (size_t)len;
        /* The items are kept as one value with a 32-bit length. */
        if (r->pos - start >= DS_UNDEFINED_LENGTH)
            return DG_ETOOBIG;
    }
    /* Encapsulated data is OB whatever the header said (PS3.5 A.4). */
    e = ds_put(ds, h->tag, VR_OB);
    if (!e)
        return -ENOMEM;
    e->flags = DS_F_ENCAPSULATED | DS_F_UNDEFINED;
    e->len = (uint32_t)(r->pos - start);
    e->value = e->len ? r->p + start : NULL;
    r->pos += 8;
    return 0;
}

/* A plain value of h->len bytes at r->pos. */
static int parse_value(struct reader *r, struct ds *ds, const struct header *h, size_t end)
{
    const uint8_t *v = r->p + r->pos;
    size_t unit = vr_swap_unit(h->vr);
    struct ds_elem *e;

    if (h->len > end - r->pos)
        return DG_ETRUNC;
    if (r->big_endian && unit > 1 && h->len >= unit) {
        uint8_t *swapped = ds_alloc(ds, h->len);
        if (!swapped)
            return -ENOMEM;
        memcpy(swapped, v, h->len);
        for (size_t i = 0; i + unit <= h->len; i += unit)
            for (size_t j = 0; j < unit / 2; j++) {
                uint8_t t = swapped[i + j];
                swapped[i + j] = swapped[i + unit - 1 - j];
                swapped[i + unit - 1 - j] = t;
            }
        v = swapped;
    }
    e = ds_put(ds, h->tag, h->vr);
    if (!e)
        return -ENOMEM;
    e->len = h->len;
    e->value = h->len ? v : NULL;
    r->pos += h->len;
    return 0;
}

static int parse_element(struct reader *r, struct ds *ds, const struct header *h, size_t end,
                         int depth)
{
    if (h->len == DS_UNDEFINED_LENGTH) {
        if (h->vr == VR_SQ)
            return parse_sequence(r, ds, h, end, depth);
        if (h->vr == VR_UN) {
            /* An undefined-length UN is a sequence whose content is
             * implicit VR little endian (PS3.5 6.2.2). */
            struct reader saved = *r;
            int rc;
            r->explicit_vr = 0;
            r->big_endian = 0;
            rc = parse_sequence(r, ds, h, end, depth);
            r->explicit_vr = saved.explicit_vr;
            r->big_endian = saved.big_endian;
            return rc;
        }
        if (h->vr == VR_OB || h->vr == VR_OW)
            return parse_encapsulated(r, ds, h, end);
        return DG_EPARSE;
    }
    if (h->vr == VR_SQ)
        return parse_sequence(r, ds, h, end, depth);
    return parse_value(r, ds, h, end);
}

/* Elements up to `end`, or up to the item delimiter when undefined_item. */
static int parse_elements(struct reader *r, struct ds *ds, size_t end, int depth,
                          int undefined_item)
{
    while (r->pos < end) {
        struct header h;
        int rc;

        if (depth == 0 && end - r->pos >= 4) {
            uint32_t tag = rd_tag(r, r->pos);
            if (r->stop_after_group && DICT_GROUP(tag) > r->stop_after_group)
                return PARSE_STOPPED;
            if (r->stop_before_pixels && tag >= TAG_FIRST_PIXELS)
                return PARSE_STOPPED;
        }
        rc = read_header(r, end, &h);
        if (rc)
            return rc;
        if (h.vr == VR_NA) {
            if (h.tag == TAG_ITEM_DELIM && undefined_item) {
                r->pos += h.size;
                return 0;
            }
            return DG_EPARSE;
        }
        r->pos += h.size;
        rc = parse_element(r, ds, &h, end, depth);
        if (rc)
            return rc;
    }
    return undefined_item ? DG_ETRUNC : 0;
}

/* Inflate a raw deflate stream into memory owned by ds, at most cap bytes. */
static int inflate_into(const uint8_t *p, size_t len, size_t cap, struct ds *ds,
                        const uint8_t **out, size_t *outlen)
{
    struct buf b;
    z_stream z;
    uint8_t chunk[16384];
    int zrc, rc = 0;
    uint8_t *owned;

    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return -ENOMEM;
    buf_init(&b, cap);
    z.next_in = (Bytef *)p;
    do {
        /* zlib's counters are uInt: feed the input in pieces it can count. */
        if (z.avail_in == 0) {
            size_t used = (size_t)(z.next_in - p);
            size_t piece = len - used > (1u << 30) ? (1u << 30) : len - used;
            z.avail_in = (uInt)piece;
        }
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        zrc = inflate(&z, Z_NO_FLUSH);
        if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR) {
            rc = DG_EPARSE;
            goto fail;
        }
        rc = buf_append(&b, chunk, sizeof chunk - z.avail_out);
        if (rc)
            goto fail;
        if (zrc == Z_BUF_ERROR && z.avail_in == 0 && (size_t)(z.next_in - p) == len) {
            /* Input ended before the stream did. */
            rc = DG_ETRUNC;
            goto fail;
        }
    } while (zrc != Z_STREAM_END);
    owned = b.len ? ds_alloc(ds, b.len) : NULL;
    if (b.len && !owned) {
        rc = -ENOMEM;
        goto fail;
    }
    if (b.len)
        memcpy(owned, b.data, b.len);
    *out = owned;
    *outlen = b.len;
fail:
    inflateEnd(&z);
    buf_free(&b);
    return rc;
}

int enc_decode(const uint8_t *p, size_t len, const struct ts *ts, const struct enc_opts *opts,
               struct ds *ds, size_t *consumed)
{
    static const struct enc_opts defaults = {0, 0, 0, 0, 0};
    struct reader r;
    int rc;

    if (!opts)
        opts = &defaults;
    if (consumed)
        *consumed = 0;
    memset(&r, 0, sizeof r);
    r.explicit_vr = ts->explicit_vr;
    r.big_endian = ts->big_endian;
    r.max_depth = opts->max_depth <= 0              ? ENC_DEFAULT_MAX_DEPTH
                  : opts->max_depth > ENC_MAX_DEPTH ? ENC_MAX_DEPTH
                                                    : opts->max_depth;
    r.stop_before_pixels = opts->stop_before_pixels;
    r.stop_after_group = (uint32_t)opts->stop_after_group;
    if (ts->deflated) {
        const uint8_t *inflated = NULL;
        size_t inflated_len = 0;
        size_t cap = opts->max_inflated ? opts->max_inflated : ENC_DEFAULT_MAX_INFLATED;
        rc = inflate_into(p, len, cap, ds, &inflated, &inflated_len);
        if (rc)
            return rc;
        r.p = inflated;
        rc = parse_elements(&r, ds, inflated_len, 0, 0);
        if (rc == PARSE_STOPPED)
            rc = 0;
        /* What the caller gave was used up, whatever the inflated position. */
        if (rc == 0 && consumed)
            *consumed = len;
        return rc;
    }
    r.p = p;
    rc = parse_elements(&r, ds, len, 0, 0);
    if (rc == PARSE_STOPPED)
        rc = 0;
    else if (rc == 0 && opts->partial)
        rc = DG_ETRUNC;
    if (consumed)
        *consumed = r.pos;
    return rc;
}

/* Encoding. The writer keeps the first error and ignores later writes, so
 * the code below reads as the format it produces; callers check w->rc. */
struct writer {
    struct buf *out;
    int explicit_vr;
    int big_endian;
    int rc;
};

static void put_bytes(struct writer *w, const void *p, size_t n)
{
    if (w->rc == 0 && n > 0)
        w->rc = buf_append(w->out, p, n);
}

static void store16(const struct writer *w, uint8_t *q, uint16_t v)
{
    if (w->big_endian) {
        q[0] = (uint8_t)(v >> 8);
        q[1] = (uint8_t)v;
    } else {
        q[0] = (uint8_t)v;
        q[1] = (uint8_t)(v >> 8);
    }
}

static void store32(const struct writer *w, uint8_t *q, uint32_t v)
{
    if (w->big_endian) {
        store16(w, q, (uint16_t)(v >> 16));
        store16(w, q + 2, (uint16_t)v);
    } else {
        store16(w, q, (uint16_t)v);
        store16(w, q + 2, (uint16_t)(v >> 16));
    }
}

static void put32(struct writer *w, uint32_t v)
{
    uint8_t q[4];
    store32(w, q, v);
    put_bytes(w, q, 4);
}

static void put_tag(struct writer *w, uint32_t tag)
{
    uint8_t q[4];
    store16(w, q, DICT_GROUP(tag));
    store16(w, q + 2, DICT_ELEMENT(tag));
    put_bytes(w, q, 4);
}

/* Replace the 4-byte length written at `at` with the bytes since `from`. */
static void patch_length(struct writer *w, size_t at, size_t from)
{
    size_t n;

    if (w->rc)
        return;
    n = w->out->len - from;
    if (n >= DS_UNDEFINED_LENGTH) {
        w->rc = DG_ETOOBIG;
        return;
    }
    store32(w, w->out->data + at, (uint32_t)n);
}

static void put_header(struct writer *w, uint32_t tag, enum vr vr, uint32_t len)
{
    put_tag(w, tag);
    if (!w->explicit_vr) {
        put32(w, len);
        return;
    }
    /* A value too long for a 2-byte length can only be written as UN. */
    if (!vr_has_long_length(vr) && len > 0xFFFF)
        vr = VR_UN;
    put_bytes(w, vr_name(vr), 2);
    if (vr_has_long_length(vr)) {
        put_bytes(w, "\0\0", 2);
        put32(w, len);
    } else {
        uint8_t q[2];
        store16(w, q, (uint16_t)len);
        put_bytes(w, q, 2);
    }
}

static void put_value(struct writer *w, const struct ds_elem *e)
{
    size_t unit = vr_swap_unit((enum vr)e->vr);

    if (w->big_endian && unit > 1 && e->len > 0) {
        uint8_t q[8];
        size_t i = 0;
        for (; i + unit <= e->len; i += unit) {
            for (size_t j = 0; j < unit; j++)
                q[j] = e->value[i + unit - 1 - j];
            put_bytes(w, q, unit);
        }
        put_bytes(w, e->value + i, e->len - i);
    } else {
        put_bytes(w, e->value, e->len);
    }
    if (e->len & 1) {
        uint8_t pad = vr_pad_byte((enum vr)e->vr);
        put_bytes(w, &pad, 1);
    }
}

/* Encapsulated items as kept (little endian), each odd fragment padded with
 * a zero byte: item lengths are even (PS3.5 A.4), though readers meet odd
 * ones in real files and tolerate them. */
static void put_fragments(struct writer *w, const struct ds_elem *e)
{
    size_t off = 0;

    while (w->rc == 0 && e->len - off >= 8) {
        const uint8_t *item = e->value + off;
        uint32_t flen = (uint32_t)item[4] | (uint32_t)item[5] << 8 | (uint32_t)item[6] << 16 |
                        (uint32_t)item[7] << 24;
        if (flen > e->len - off - 8)
            break;
        put_tag(w, TAG_ITEM);
        put32(w, flen + (flen & 1));
        put_bytes(w, item + 8, flen);
        if (flen & 1)
            put_bytes(w, "", 1);
        off += 8 + (size_t)flen;
    }
    if (w->rc == 0 && off != e->len)
        w->rc = DG_EPARSE;
}

static void write_elements(struct writer *w, const struct ds *ds);

static void write_sequence(struct writer *w, const struct ds_elem *e)
{
    int undefined = (e->flags & DS_F_UNDEFINED) != 0;
    size_t len_at, start;

    put_header(w, e->tag, VR_SQ, undefined ? DS_UNDEFINED_LENGTH : 0);
    len_at = w->out->len - 4;
    start = w->out->len;
    for (uint32_t i = 0; i < e->nitems; i++) {
        const struct ds *item = e->items[i];
        int item_undefined = ds_item_undefined(item);
        size_t item_len_at, item_start;

        put_tag(w, TAG_ITEM);
        put32(w, item_undefined ? DS_UNDEFINED_LENGTH : 0);
        item_len_at = w->out->len - 4;
        item_start = w->out->len;
        write_elements(w, item);
        if (item_undefined) {
            put_tag(w, TAG_ITEM_DELIM);
            put32(w, 0);
        } else {
            patch_length(w, item_len_at, item_start);
        }
    }
    if (undefined) {
        put_tag(w, TAG_SEQ_DELIM);
        put32(w, 0);
    } else {
        patch_length(w, len_at, start);
    }
}

static void write_element(struct writer *w, const struct ds_elem *e)
{
    if (e->vr == VR_SQ) {
        write_sequence(w, e);
        return;
    }
    if (e->flags & DS_F_ENCAPSULATED) {
        /* The fragments are stored little endian. */
        if (w->big_endian) {
            w->rc = w->rc ? w->rc : DG_EUNSUPPORTED;
            return;
        }
        put_header(w, e->tag, (enum vr)e->vr, DS_UNDEFINED_LENGTH);
        put_fragments(w, e);
        put_tag(w, TAG_SEQ_DELIM);
        put32(w, 0);
        return;
    }
    if (e->len >= DS_UNDEFINED_LENGTH - 1) {
        w->rc = w->rc ? w->rc : DG_ETOOBIG;
        return;
    }
    put_header(w, e->tag, (enum vr)e->vr, e->len + (e->len & 1));
    put_value(w, e);
}

static void write_elements(struct writer *w, const struct ds *ds)
{
    size_t n = ds_count(ds);
    size_t group_len_at = 0, group_start = 0;
    int in_group_length = 0;
    uint16_t group = 0;

    for (size_t i = 0; i < n && w->rc == 0; i++) {
        const struct ds_elem *e = ds_at(ds, i);

        if (in_group_length && DICT_GROUP(e->tag) != group) {
            patch_length(w, group_len_at, group_start);
            in_group_length = 0;
        }
        if (DICT_ELEMENT(e->tag) == 0 && e->vr == VR_UL && e->len == 4) {
            /* A group length is written with the length of what follows. */
            put_header(w, e->tag, VR_UL, 4);
            put32(w, 0);
            group_len_at = w->out->len - 4;
            group_start = w->out->len;
            group = DICT_GROUP(e->tag);
            in_group_length = 1;
            continue;
        }
        write_element(w, e);
    }
    if (in_group_length)
        patch_length(w, group_len_at, group_start);
}

/* The window and hash sizes deflate needs for len bytes: a window no longer
 * than the input loses nothing, and any inflater reads the stream. A small
 * dataset (an instance's kept metadata, a few KiB, made for every store
 * and by dgate -r) then sets up some 40 KiB of state instead of 256 KiB,
 * which took longer than compressing it. */
static void deflate_sizes(size_t len, int *window_bits, int *mem_level)
{
    int wb = 9;

    while (wb < MAX_WBITS && ((size_t)1 << wb) < len)
        wb++;
    *window_bits = wb;
    *mem_level = wb - 6 > 8 ? 8 : wb - 6;
}

static int deflate_into(const uint8_t *p, size_t len, struct buf *out)
{
    z_stream z;
    uint8_t chunk[16384];
    int zrc, rc = 0, window_bits, mem_level;

    memset(&z, 0, sizeof z);
    deflate_sizes(len, &window_bits, &mem_level);
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -window_bits, mem_level,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return -ENOMEM;
    z.next_in = (Bytef *)p;
    do {
        int flush;
        size_t used = (size_t)(z.next_in - p);
        size_t piece = len - used > (1u << 30) ? (1u << 30) : len - used;
        if (z.avail_in == 0)
            z.avail_in = (uInt)piece;
        flush = (size_t)(z.next_in - p) + z.avail_in == len ? Z_FINISH : Z_NO_FLUSH;
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        zrc = deflate(&z, flush);
        if (zrc == Z_STREAM_ERROR) {
            rc = DG_EPARSE;
            break;
        }
        rc = buf_append(out, chunk, sizeof chunk - z.avail_out);
        if (rc)
            break;
    } while (zrc != Z_STREAM_END);
    deflateEnd(&z);
    return rc;
}

int enc_encode(const struct ds *ds, const struct ts *ts, struct buf *out)
{
    struct writer w;

    memset(&w, 0, sizeof w);
    w.explicit_vr = ts->explicit_vr;
    w.big_endian = ts->big_endian;
    if (ts->deflated) {
        struct buf plain;
        int rc;
        buf_init(&plain, out->max);
        w.out = &plain;
        write_elements(&w, ds);
        rc = w.rc ? w.rc : deflate_into(plain.data, plain.len, out);
        buf_free(&plain);
        return rc;
    }
    w.out = out;
    write_elements(&w, ds);
    return w.rc;
}

int enc_set_group_lengths(struct ds *ds, int add)
{
    size_t i = 0;

    while (i < ds_count(ds)) {
        const struct ds_elem *e = ds_at(ds, i);
        uint16_t group = DICT_GROUP(e->tag);

        if (DICT_ELEMENT(e->tag) == 0) {
            if (!add) {
                ds_remove(ds, e->tag);
                continue;
            }
        } else if (add) {
            int rc = ds_set_u32(ds, DICT_TAG(group, 0), 0);
            if (rc)
                return rc;
        }
        while (i < ds_count(ds) && DICT_GROUP(ds_at(ds, i)->tag) == group)
            i++;
    }
    return 0;
}
