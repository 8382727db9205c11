/* What the codecs share and nobody else needs: the table's entries (each
 * codec file defines one) and the sample shuffles several of them use.
 * Callers of codecs include codec.h only. */
#ifndef DG_CODEC_CODEC_IMPL_H
#define DG_CODEC_CODEC_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "codec/codec.h"

/* The codecs of codec.c's table, one line each (keep the table and this
 * list in the same order). */
extern const struct codec codec_rle;
extern const struct codec codec_jpeg_baseline;        /* jpeg.c: .4.50 */
extern const struct codec codec_jpeg_extended;        /* .4.51, 8 and 12 bit */
extern const struct codec codec_jpeg_lossless;        /* .4.57 */
extern const struct codec codec_jpeg_lossless_sv1;    /* .4.70 */
extern const struct codec codec_jpegls_lossless;      /* jpegls.c, CharLS */
extern const struct codec codec_jpegls_near_lossless; /* jpegls.c */
extern const struct codec codec_j2k_lossless;         /* j2k.c, OpenJPEG */
extern const struct codec codec_j2k_lossy;            /* j2k.c */
extern const struct codec codec_htj2k_lossless;       /* htj2k.c, Grok; decoded by j2k.c */
extern const struct codec codec_htj2k_lossless_rpcl;  /* htj2k.c */
extern const struct codec codec_htj2k_lossy;          /* htj2k.c */

/* j2k.c's decoder, which reads HTJ2K codestreams too (codec.h's decode). */
int codec_j2k_decode(const struct codec_image *stored, const uint8_t *in, size_t inlen,
                     struct codec_image *native, uint8_t *out, size_t outlen);

/* Resolution levels for a JPEG 2000 encoding of img: as many as OpenJPEG's
 * default (6) where the image is large enough; each level halves the
 * smaller side, which must stay >= 1. */
int codec_j2k_resolutions(const struct codec_image *img);

/* 0 when a native frame of inlen bytes is one a JPEG 2000 encoder takes
 * (codec_wrapped_sample_bytes, not YBR_FULL_422, inlen its size); else
 * DG_EUNSUPPORTED, DG_ETOOBIG or -EINVAL, what its encode returns. */
int codec_j2k_encodable(const struct codec_image *native, size_t inlen);

/* 0 when a lossy syntax may code img; DG_EUNSUPPORTED for PALETTE COLOR,
 * which PS3.5 8.2 allows in the lossless syntaxes only: an index that
 * loses precision is another colour. Every lossy encoder asks it. */
int codec_lossy_allowed(const struct codec_image *img);

/* Bytes per sample: bits_allocated / 8 (8, 16, 32 only). */
unsigned codec_sample_bytes(const struct codec_image *img);

/* Colour-by-plane (planar configuration 1) into colour-by-pixel (0) and
 * back, for a frame of img (3 samples); in and out are
 * codec_frame_size(img) bytes and do not overlap. Libraries that take
 * interleaved samples only (libjpeg, CharLS in its default mode) need it. */
void codec_planar_to_pixel(const struct codec_image *img, const uint8_t *in, uint8_t *out);
void codec_pixel_to_planar(const struct codec_image *img, const uint8_t *in, uint8_t *out);

/* Native samples one at a time, for the codecs that wrap a library whose
 * own sample layout is not DICOM's (CharLS, OpenJPEG; sample.c), little
 * endian whatever the host.
 *
 * Bytes of one stored sample (1 or 2), or 0 when the image is not one
 * these codecs take: rows, columns 1..65535 (what both codestreams can
 * say), 1 or 3 samples, bits_allocated 8 or 16, bits_stored 1..allocated. */
unsigned codec_wrapped_sample_bytes(const struct codec_image *img);

/* Sample k of a native frame set to v, clamped to what bits_stored holds
 * with the image's signedness, in two's complement over bits_allocated. */
void codec_sample_put(const struct codec_image *img, uint8_t *frame, size_t k, int32_t v);

/* A conversion between colour spaces a library leaves to its caller
 * (YBR_FULL <-> RGB, PS3.3 C.7.6.3.1.2) belongs here too, when a codec
 * first needs one: libjpeg-turbo, CharLS and OpenJPEG do their own (the
 * display's YBR_FULL to RGB is core/render.c's). */

#endif
