/* The JPEG codecs codec.c lists: baseline (.4.50), extended (.4.51),
 * lossless (.4.57) and lossless first-order prediction (.4.70). */
#ifndef DG_CODEC_JPEG_H
#define DG_CODEC_JPEG_H

#include "codec/codec.h"

extern const struct codec codec_jpeg_baseline;
extern const struct codec codec_jpeg_extended;
extern const struct codec codec_jpeg_lossless;
extern const struct codec codec_jpeg_lossless_sv1;

#endif
