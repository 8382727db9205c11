/* Pixel codecs: one frame of one image at a time, between its native form
 * (uncompressed samples, little endian, as Explicit VR LE stores them) and
 * the compressed form of one transfer syntax. Memory is bounded by a frame:
 * whoever walks an object's frames (core/transcode.c) hands each codec one
 * frame and takes one back. Each codec is its own file, declared in
 * codec_impl.h and listed in codec.c's table: rle.c (ours, PS3.5 Annex G),
 * jpeg.c (libjpeg-turbo, gdcmjpeg8/12/16: baseline, extended, lossless),
 * jpegls.c (CharLS), j2k.c (OpenJPEG: JPEG 2000, and the decoding of
 * High-Throughput JPEG 2000), htj2k.c (HTJ2K encoded through Grok). Pure:
 * no files (htj2k.c's anonymous one in memory aside), sockets, datasets or
 * logs; every length in a compressed stream is
 * checked against the image's attributes before it is believed. Deflate is
 * not here: it encodes the whole dataset, not the pixels (dicom/encoding.c). */
#ifndef DG_CODEC_CODEC_H
#define DG_CODEC_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* What the Image Pixel module says of the pixels (PS3.3 C.7.6.3). */
struct codec_image {
    uint32_t rows, columns;
    uint32_t frames;               /* NumberOfFrames, 1 when absent */
    uint16_t samples_per_pixel;    /* 1 or 3 */
    uint16_t bits_allocated;       /* 8 or 16 (1 and 32: native only) */
    uint16_t bits_stored;          /* <= bits_allocated */
    uint16_t high_bit;             /* bits_stored - 1 */
    uint16_t pixel_representation; /* 0 unsigned, 1 two's complement */
    uint16_t planar_configuration; /* 0 colour-by-pixel, 1 colour-by-plane */
    char photometric[17];          /* MONOCHROME1, MONOCHROME2, PALETTE COLOR, RGB,
                                      YBR_FULL, YBR_FULL_422, YBR_ICT, YBR_RCT, ... */
};

/* Bytes of one native frame (rows x columns x samples x bits_allocated / 8,
 * rounded up for bits_allocated 1), or 0 when that overflows or an
 * attribute is out of range. */
size_t codec_frame_size(const struct codec_image *img);

/* 0 when the attributes describe an image a codec may be asked about
 * (rows, columns, frames > 0; samples 1 or 3; bits within range; a
 * photometric interpretation that fits the samples), else DG_EPARSE. */
int codec_image_check(const struct codec_image *img);

/* Native samples one at a time (sample.c), little endian whatever the
 * host, for the codecs that wrap a library whose own sample layout is not
 * DICOM's and for whoever reads a decoded frame's values (core/render.c).
 * Sample k (counted over the whole frame) of a native frame with
 * bits_allocated 8 or 16: its low bits_stored bits, sign-extended when
 * pixel_representation is 1. */
int32_t codec_sample_get(const struct codec_image *img, const uint8_t *frame, size_t k);

/* The index of sample `s` of pixel `i` in a frame of `pixels` pixels with
 * the image's planar configuration. */
size_t codec_sample_index(const struct codec_image *img, size_t pixels, size_t i, unsigned s);

/* How to encode; zeroed means lossless where the syntax allows it, else
 * the codec's default quality. */
struct codec_options {
    int quality; /* lossy JPEG and JPEG 2000: 1..100, 0 the codec's default */
    int near;    /* JPEG-LS near-lossless: the largest error allowed, 0 lossless */
};

struct codec {
    const char *ts_uid; /* the transfer syntax this codec reads and writes */
    const char *name;   /* for logs: "JPEG-LS lossless" */
    int lossy;          /* the syntax may lose information */

    /* Decode one compressed frame (its fragments concatenated) of an image
     * stored with the attributes `stored` into out, which holds
     * codec_frame_size(native) bytes. The codec sets *native to what it
     * produced: `stored` with the photometric interpretation and planar
     * configuration of the decoded samples (a YBR_FULL_422 JPEG decodes to
     * RGB, colour-by-pixel). Returns 0; DG_EPARSE for a corrupt stream;
     * DG_ETRUNC when it ends early; DG_EMISMATCH when the stream's
     * dimensions, samples or precision disagree with `stored`;
     * DG_EUNSUPPORTED for a valid stream this codec cannot decode;
     * DG_ETOOBIG when outlen is too small; -ENOMEM. NULL when the codec
     * only encodes. */
    int (*decode)(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                  struct codec_image *native, uint8_t *out, size_t outlen);

    /* Encode one native frame (inlen = codec_frame_size(native) bytes)
     * and append the compressed frame to out (one fragment's worth, even
     * length is the caller's job). The codec sets *coded to the attributes
     * of the compressed form (photometric YBR_FULL_422 for lossy colour
     * JPEG, YBR_RCT/YBR_ICT for colour JPEG 2000, ...). Returns 0;
     * DG_EUNSUPPORTED for an image this syntax cannot carry (16-bit in
     * baseline JPEG); DG_ETOOBIG when out's cap is reached; -ENOMEM. NULL
     * when the codec only decodes. */
    int (*encode)(const struct codec_image *native, const uint8_t *in, size_t inlen,
                  const struct codec_options *opt, struct codec_image *coded, struct buf *out);
};

/* The codec of a transfer syntax, or NULL (uncompressed syntaxes and the
 * compressed ones we have no codec for). */
const struct codec *codec_find(const char *ts_uid);

#endif
