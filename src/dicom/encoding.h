/* Decoding and encoding datasets in the four uncompressed encodings:
 * Implicit VR LE, Explicit VR LE and BE, Deflated Explicit VR LE (and the
 * encapsulated syntaxes, which are Explicit LE with pixel fragments). Every
 * read checks the remaining length first; lengths and depth are capped. */
#ifndef DG_DICOM_ENCODING_H
#define DG_DICOM_ENCODING_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/dataset.h"
#include "dicom/ts.h"
#include "util/buf.h"

#define ENC_DEFAULT_MAX_DEPTH 64
/* The deepest nesting decoded whatever max_depth asks: the decoder recurses
 * a few hundred bytes of stack per level, and an association thread has
 * 512 KiB (at about 2500 levels it overflowed). */
#define ENC_MAX_DEPTH 1000
#define ENC_DEFAULT_MAX_INFLATED ((size_t)1 << 30) /* 1 GiB */

struct enc_opts {
    int max_depth;          /* sequence nesting accepted (config max_nesting_depth); <= 0: default;
                               at most ENC_MAX_DEPTH */
    size_t max_inflated;    /* cap on an inflated deflated dataset; 0: default */
    int stop_before_pixels; /* stop at the top-level pixel data: the first
                               element from (7FE0,0008) Float Pixel Data on */
    int stop_after_group;   /* stop before the first element of a higher group
                               (e.g. 0x0002 for a meta header); 0: off */
    int partial;            /* input is only a prefix of the stream: running out
                               of bytes mid-element is DG_ETRUNC "need more" */
};

/* Decode `len` bytes encoded as `ts` into the empty dataset `ds`. Values
 * point into `p` (except swapped big endian values and inflated data, which
 * the dataset owns), so `p` must outlive `ds`. `*consumed` (may be NULL) is
 * set to the bytes used (less than len when a stop condition hit).
 * Returns 0, DG_EPARSE, DG_ETRUNC, DG_ETOOBIG, DG_EDEPTH or -ENOMEM; on error
 * `ds` holds what was read so far and must still be freed by the caller. */
int enc_decode(const uint8_t *p, size_t len, const struct ts *ts, const struct enc_opts *opts,
               struct ds *ds, size_t *consumed);

/* Append the encoding of `ds` as `ts` to `out`. Odd values are padded; group
 * length elements present in ds are written with their recomputed value;
 * sequences and items keep their defined/undefined length form. Deflated
 * syntax: the output is the raw deflate stream. Returns 0, -ENOMEM,
 * DG_ETOOBIG (out's cap), DG_EUNSUPPORTED. */
int enc_encode(const struct ds *ds, const struct ts *ts, struct buf *out);

/* Add or drop a group length element (gggg,0000) for every group of ds
 * (top level), so that enc_encode writes them: 1 add, 0 drop. Group 0 is
 * what DIMSE command sets need. */
int enc_set_group_lengths(struct ds *ds, int add);

#endif
