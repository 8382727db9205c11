/* JPEG-LS (ISO 14495-1) through CharLS: lossless (1.2.840.10008.1.2.4.80)
 * and near-lossless (.4.81), 2 to 16 bits, monochrome and three-sample
 * colour. */
#ifndef DG_CODEC_JPEGLS_H
#define DG_CODEC_JPEGLS_H

#include "codec/codec.h"

extern const struct codec codec_jpegls_lossless;
extern const struct codec codec_jpegls_near_lossless;

#endif
