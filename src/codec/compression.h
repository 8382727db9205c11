/* Conquest's compression codes, in one table: what `un`, `ul`, `j2`,
 * `j395`, `js`, `jk`, ... ask for (a transfer syntax and codec options).
 * The codes of dicom.ini's IncomingCompression, DroppedFileCompression and
 * ArchiveCompression, acrnema.map's fourth column, the `AE~xx` called-AE
 * override and `dgate -jc<code>` all mean the same (reference §3.4); `jr`
 * (RLE Lossless) and `jh`/`jhNN` (HTJ2K lossless/lossy) are ours. Pure:
 * no configuration is read here (the caller passes LossyQuality). */
#ifndef DG_CODEC_COMPRESSION_H
#define DG_CODEC_COMPRESSION_H

#include "codec/codec.h"

/* Conquest's LossyQuality default, the quality of j3-j6 without a number
 * (until dicom.ini's LossyQuality is read). */
#define COMPRESSION_LOSSY_QUALITY 95

struct compression {
    char code[3];           /* the code's two letters, lower case ("j3" for "J375!") */
    const char *ts_uid;     /* the syntax written, proposed first when sending; NULL for
                               `as`/`is` (the object stays as it is) */
    const char *alt_ts_uid; /* also proposed when sending (`ue`: Explicit BE, `j2`:
                               .4.57, `j3`: .4.51), else NULL */
    struct codec_options opt;
    int lossy; /* ts_uid may lose information */
    int only;  /* a trailing '!': propose only the compressed syntax, no
                  uncompressed fallback */
};

/* Parse a code (`j2`, `J375`, `js!`, ...; surrounding spaces ignored).
 * lossy_quality is dicom.ini's LossyQuality, the quality of a lossy code
 * without its own number. Returns 0; DG_EPARSE for text that is no code
 * of Conquest's (or a number where the code takes none, out of 1..100);
 * DG_EUNSUPPORTED for a code of Conquest's that this dgate does not do
 * (NKI `n1`-`n5`, `nj`, `uj`, downsizing `k*`, scripts `s*`, `v*`, the
 * `j#`/`n#` clipping forms) or whose codec is not built (codec_find):
 * *out is then filled as far as the code's syntax is known, so that the
 * caller can log which one. */
int compression_parse(const char *text, int lossy_quality, struct compression *out);

/* The transfer syntax an object stored as stored_ts becomes under c when
 * it is written to a file: `un` decompresses to Explicit VR LE and leaves
 * Implicit and Explicit LE as they are (Conquest's IncomingCompression un,
 * reference §5.1 and §10), `ue` writes Explicit LE, `as`/`is` keep
 * stored_ts, the others their ts_uid. */
const char *compression_file_ts(const struct compression *c, const char *stored_ts);

#endif
