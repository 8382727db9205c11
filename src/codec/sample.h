/* Native samples one at a time, for the codecs that wrap a library whose
 * own sample layout is not DICOM's (CharLS, OpenJPEG): the bits of a sample
 * above Bits Stored dropped, a signed sample sign-extended, and the way
 * back. Little endian, as Explicit VR LE stores native pixels, whatever the
 * host. */
#ifndef DG_CODEC_SAMPLE_H
#define DG_CODEC_SAMPLE_H

#include <stddef.h>
#include <stdint.h>

#include "codec/codec.h"

/* Bytes of one stored sample (1 or 2), or 0 when the image is not one
 * these codecs take: rows, columns 1..65535 (what both codestreams can
 * say), 1 or 3 samples, bits_allocated 8 or 16, bits_stored 1..allocated. */
unsigned codec_sample_width(const struct codec_image *img);

/* Sample k (counted over the whole frame) of a native frame: its low
 * bits_stored bits, sign-extended when pixel_representation is 1. */
int32_t codec_sample_get(const struct codec_image *img, const uint8_t *frame, size_t k);

/* Sample k of a native frame set to v, clamped to what bits_stored holds
 * with the image's signedness, in two's complement over bits_allocated. */
void codec_sample_put(const struct codec_image *img, uint8_t *frame, size_t k, int32_t v);

/* The index of sample `s` of pixel `i` in a frame of `pixels` pixels with
 * the image's planar configuration. */
size_t codec_sample_index(const struct codec_image *img, size_t pixels, size_t i, unsigned s);

#endif
