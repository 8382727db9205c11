/* JPEG 2000 (ISO 15444-1) and High-Throughput JPEG 2000 (ISO 15444-15)
 * through OpenJPEG: lossless (1.2.840.10008.1.2.4.90) and lossy (.4.91)
 * both ways; HTJ2K lossless (.4.201), lossless RPCL (.4.202) and lossy
 * (.4.203) decode only: Debian's one HTJ2K encoder, OpenJPH, has a C++ API
 * and no C one, and our product has no C++. */
#ifndef DG_CODEC_J2K_H
#define DG_CODEC_J2K_H

#include "codec/codec.h"

extern const struct codec codec_j2k_lossless;
extern const struct codec codec_j2k_lossy;
extern const struct codec codec_htj2k_lossless;
extern const struct codec codec_htj2k_lossless_rpcl;
extern const struct codec codec_htj2k_lossy;

/* The compression ratio a lossy encoding aims at for a quality 1..100
 * (0: the default, 10:1): 20:1 at quality 1 down to 1:1 at 100. */
double codec_j2k_ratio(int quality);

#endif
