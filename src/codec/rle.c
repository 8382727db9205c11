/* RLE Lossless (1.2.840.10008.1.2.5), PS3.5 Annex G, written here: no
 * Debian library does DICOM's flavour. A frame is a 64-byte header (the
 * number of segments and up to 15 offsets, little endian) and one segment
 * per byte plane: for each sample, its most significant byte first
 * (G.2), each segment PackBits-compressed row by row (G.3.1). Every offset
 * and run is checked before it is followed: hostile input fails with
 * DG_EPARSE or DG_ETRUNC and never reads or writes outside the frame. */
#include "codec/codec.h"
#include "codec/codec_impl.h"
#include "util/error.h"

#include <string.h>

#define RLE_HEADER 64
#define RLE_MAX_SEGMENTS 15

static uint32_t get_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Where the bytes of segment k go in a native frame: segment k is byte
 * plane k % b (0 the most significant) of sample k / b, and a native
 * sample is little endian, so that plane's byte is at (b - 1 - plane) in
 * the sample; consecutive pixels are `stride` bytes apart. */
static void plane_layout(const struct codec_image *img, unsigned k, size_t *base, size_t *stride)
{
    size_t b = codec_sample_bytes(img);
    size_t s = k / b;
    size_t lsb_index = b - 1 - k % b;
    size_t pixels = (size_t)img->rows * img->columns;
    if (img->planar_configuration == 0) {
        *base = s * b + lsb_index;
        *stride = img->samples_per_pixel * b;
    } else {
        *base = s * pixels * b + lsb_index;
        *stride = b;
    }
}

/* The checks both directions share: a byte-aligned sample and at most 15
 * planes. Returns the number of segments, or an error. */
static int segments_of(const struct codec_image *img)
{
    if (codec_image_check(img) != 0 || codec_frame_size(img) == 0)
        return DG_EPARSE;
    if (img->bits_allocated == 1)
        return DG_EUNSUPPORTED;
    unsigned n = img->samples_per_pixel * codec_sample_bytes(img);
    return n <= RLE_MAX_SEGMENTS ? (int)n : DG_EUNSUPPORTED;
}

/* PackBits-decode the segment in[0..len) into `pixels` bytes of out,
 * `stride` apart. A run that would write past the plane is DG_EPARSE, a
 * segment that ends before the plane is full DG_ETRUNC. Bytes after the
 * plane is full (the even-length pad) are ignored. */
static int unpack(const uint8_t *in, size_t len, uint8_t *out, size_t pixels, size_t stride)
{
    size_t i = 0, o = 0;
    while (o < pixels) {
        if (i >= len)
            return DG_ETRUNC;
        int h = (int8_t)in[i++];
        if (h >= 0) {
            size_t n = (size_t)h + 1;
            if (n > len - i)
                return DG_ETRUNC;
            if (n > pixels - o)
                return DG_EPARSE;
            if (stride == 1) {
                memcpy(out + o, in + i, n);
            } else {
                for (size_t j = 0; j < n; j++)
                    out[(o + j) * stride] = in[i + j];
            }
            i += n;
            o += n;
        } else if (h != -128) {
            size_t n = (size_t)(1 - h);
            if (i >= len)
                return DG_ETRUNC;
            if (n > pixels - o)
                return DG_EPARSE;
            uint8_t v = in[i++];
            if (stride == 1) {
                memset(out + o, v, n);
            } else {
                for (size_t j = 0; j < n; j++)
                    out[(o + j) * stride] = v;
            }
            o += n;
        }
    }
    return 0;
}

static int rle_decode(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                      struct codec_image *native, uint8_t *out, size_t outlen)
{
    int nseg = segments_of(stored);
    if (nseg < 0)
        return nseg;
    if (outlen < codec_frame_size(stored))
        return DG_ETOOBIG;
    if (inlen < RLE_HEADER)
        return DG_ETRUNC;
    uint32_t declared = get_le32(in);
    if (declared == 0 || declared > RLE_MAX_SEGMENTS)
        return DG_EPARSE;
    if (declared != (uint32_t)nseg)
        return DG_EMISMATCH;
    uint32_t off[RLE_MAX_SEGMENTS + 1];
    for (int k = 0; k < nseg; k++) {
        off[k] = get_le32(in + 4 + 4 * k);
        /* G.5: the first segment follows the header; each starts after the
         * one before it and inside the frame. */
        if (k == 0 ? off[k] != RLE_HEADER : off[k] <= off[k - 1])
            return DG_EPARSE;
        if (off[k] >= inlen)
            return DG_ETRUNC;
    }
    off[nseg] = (uint32_t)(inlen > UINT32_MAX ? UINT32_MAX : inlen);
    size_t pixels = (size_t)stored->rows * stored->columns;
    for (int k = 0; k < nseg; k++) {
        size_t base, stride;
        plane_layout(stored, (unsigned)k, &base, &stride);
        int rc = unpack(in + off[k], off[k + 1] - off[k], out + base, pixels, stride);
        if (rc != 0)
            return rc;
    }
    *native = *stored;
    return 0;
}

/* Append one PackBits run of the row's bytes row[0..n) (each `stride`
 * apart in the frame) to out: literal runs of up to 128 bytes, and
 * replicate runs of 3 to 128 equal bytes (two equal bytes cost as much as a
 * literal pair, so they stay in the literal). */
static int pack_row(const uint8_t *row, size_t n, size_t stride, struct buf *out)
{
    uint8_t lit[129];
    size_t nlit = 0;
    size_t i = 0;
    while (i < n) {
        uint8_t v = row[i * stride];
        size_t run = 1;
        while (i + run < n && run < 128 && row[(i + run) * stride] == v)
            run++;
        if (run >= 3) {
            if (nlit > 0) {
                lit[0] = (uint8_t)(nlit - 1);
                int rc = buf_append(out, lit, nlit + 1);
                if (rc != 0)
                    return rc;
                nlit = 0;
            }
            uint8_t rep[2] = {(uint8_t)(257 - run), v};
            int rc = buf_append(out, rep, 2);
            if (rc != 0)
                return rc;
            i += run;
            continue;
        }
        for (size_t j = 0; j < run; j++) {
            lit[1 + nlit++] = v;
            if (nlit == 128) {
                lit[0] = 127;
                int rc = buf_append(out, lit, 129);
                if (rc != 0)
                    return rc;
                nlit = 0;
            }
        }
        i += run;
    }
    if (nlit > 0) {
        lit[0] = (uint8_t)(nlit - 1);
        return buf_append(out, lit, nlit + 1);
    }
    return 0;
}

static int rle_encode(const struct codec_image *native, const uint8_t *in, size_t inlen,
                      const struct codec_options *opt, struct codec_image *coded, struct buf *out)
{
    (void)opt; /* lossless only */
    int nseg = segments_of(native);
    if (nseg < 0)
        return nseg;
    if (inlen < codec_frame_size(native))
        return DG_ETRUNC;
    size_t start = out->len;
    uint8_t header[RLE_HEADER] = {0};
    header[0] = (uint8_t)nseg;
    int rc = buf_append(out, header, sizeof header);
    if (rc != 0)
        return rc;
    size_t cols = native->columns;
    for (int k = 0; k < nseg; k++) {
        size_t at = out->len - start;
        if (at > UINT32_MAX)
            return DG_ETOOBIG;
        uint8_t *slot = out->data + start + 4 + 4 * k;
        slot[0] = (uint8_t)at;
        slot[1] = (uint8_t)(at >> 8);
        slot[2] = (uint8_t)(at >> 16);
        slot[3] = (uint8_t)(at >> 24);
        size_t base, stride;
        plane_layout(native, (unsigned)k, &base, &stride);
        for (size_t r = 0; r < native->rows; r++) {
            rc = pack_row(in + base + r * cols * stride, cols, stride, out);
            if (rc != 0)
                return rc;
        }
        /* G.5: every segment has an even length; the pad byte is never
         * decoded (the plane is full before it). */
        if ((out->len - start) % 2 != 0) {
            rc = buf_append(out, "", 1);
            if (rc != 0)
                return rc;
        }
    }
    *coded = *native;
    return 0;
}

const struct codec codec_rle = {
    .ts_uid = "1.2.840.10008.1.2.5",
    .name = "RLE Lossless",
    .lossy = 0,
    .decode = rle_decode,
    .encode = rle_encode,
};
