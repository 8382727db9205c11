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

/* Bytes per sample: bits_allocated / 8 (8, 16, 32 only). */
unsigned codec_sample_bytes(const struct codec_image *img);

/* Colour-by-plane (planar configuration 1) into colour-by-pixel (0) and
 * back, for a frame of img (3 samples); in and out are
 * codec_frame_size(img) bytes and do not overlap. Libraries that take
 * interleaved samples only (libjpeg, CharLS in its default mode) need it. */
void codec_planar_to_pixel(const struct codec_image *img, const uint8_t *in, uint8_t *out);
void codec_pixel_to_planar(const struct codec_image *img, const uint8_t *in, uint8_t *out);

/* A conversion between colour spaces a library leaves to its caller
 * (YBR_FULL <-> RGB, PS3.3 C.7.6.3.1.2) belongs here too, when a codec
 * first needs one: libjpeg-turbo, CharLS and OpenJPEG do their own. */

#endif
