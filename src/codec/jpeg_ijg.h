/* The four builds of the IJG libjpeg API that the JPEG codecs drive:
 * jpeg_turbo.c (libjpeg-turbo: 8-bit lossy), jpeg_gdcm8.c, jpeg_gdcm12.c and
 * jpeg_gdcm16.c (GDCM's IJG 6b with the lossless patch, one build per
 * sample size: lossless JPEG up to 8, 12 and 16 bits, 12-bit lossy). Their
 * encoders write only their own precision (8, 12, 16); their decoders read
 * any precision up to it. Each file compiles jpeg_ijg.inc against its own
 * jpeglib.h; GDCM's symbols are prefixed, so all four link into one
 * binary. Internal to src/codec/: jpeg.c decides which one a frame needs. */
#ifndef DG_CODEC_JPEG_IJG_H
#define DG_CODEC_JPEG_IJG_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* One frame as the library sees it. */
struct ijg_frame {
    uint32_t rows, columns;
    int components; /* 1 or 3 */
    int precision;  /* bits per sample in the JPEG stream */
    int bits;       /* encode: bits stored; the bits above are not coded */
    int bytes;      /* bytes per native sample: 1 or 2 (little endian) */
    int planar;     /* encode: the native frame is colour-by-plane */
    int ycbcr;      /* colour: the stream holds YCbCr (decode converts it to
                       RGB; encode converts RGB to YCbCr 4:2:2) */
    int predictor;  /* encode: 1..7 lossless with this predictor, 0 lossy */
    int quality;    /* encode, lossy: 1..100 */
};

/* Decode a whole stream into out (rows x columns x components samples of
 * `bytes` bytes, colour-by-pixel). Returns 0, DG_EPARSE, DG_ETRUNC,
 * DG_EMISMATCH (the stream's header disagrees with f), DG_EUNSUPPORTED,
 * DG_ETOOBIG or -ENOMEM. */
int jturbo_decode(const struct ijg_frame *f, const uint8_t *in, size_t inlen, uint8_t *out,
                  size_t outlen);
int jgdcm8_decode(const struct ijg_frame *f, const uint8_t *in, size_t inlen, uint8_t *out,
                  size_t outlen);
int jgdcm12_decode(const struct ijg_frame *f, const uint8_t *in, size_t inlen, uint8_t *out,
                   size_t outlen);
int jgdcm16_decode(const struct ijg_frame *f, const uint8_t *in, size_t inlen, uint8_t *out,
                   size_t outlen);

/* Encode one native frame (samples masked to f->bits bits) and
 * append the stream to out. Returns 0, DG_ETOOBIG, -ENOMEM or DG_EPARSE
 * when the library refuses the parameters. */
int jturbo_encode(const struct ijg_frame *f, const uint8_t *in, struct buf *out);
int jgdcm8_encode(const struct ijg_frame *f, const uint8_t *in, struct buf *out);
int jgdcm12_encode(const struct ijg_frame *f, const uint8_t *in, struct buf *out);
int jgdcm16_encode(const struct ijg_frame *f, const uint8_t *in, struct buf *out);

#endif
