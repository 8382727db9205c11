/* Conquest's compression codes (acrnema.map's fourth column,
 * IncomingCompression, DroppedFileCompression, the `~xx` of a called AE):
 * what each asks for, as a transfer syntax and the codec's options. One
 * table for every place that reads a code. Not what is proposed on an
 * association (server/move.c) nor the transcoding (core/transcode.h). */
#ifndef DG_CORE_COMPRESSION_H
#define DG_CORE_COMPRESSION_H

#include "codec/codec.h"

enum compression_kind {
    COMPRESSION_AS,    /* as, is: as stored */
    COMPRESSION_UN,    /* un: uncompressed; Conquest sends Implicit VR LE */
    COMPRESSION_UE,    /* ue: Explicit VR LE or BE, whichever is taken */
    COMPRESSION_TS,    /* one transfer syntax: ul, ub, j1..j7, js, jk, jl */
    COMPRESSION_OTHER, /* a code of Conquest's this dgate does not implement
                          (NKI n1..n5, nj, uj, downsizing k1..kc, scripts s0..s9,
                          vX, j#): objects are kept or sent as stored */
};

struct compression {
    enum compression_kind kind;
    const char *ts;           /* COMPRESSION_TS: the syntax asked for */
    struct codec_options opt; /* the quality of a lossy code */
    int lossy;                /* the code asks for a lossy syntax */
    int only;                 /* a trailing '!': propose that syntax only */
    char code[8];             /* the code as written, lower case, without '!' */
};

/* Parse a code (case-insensitive: "j2", "j380", "jl10", "un!");
 * lossy_quality is LossyQuality, the quality of j3..j6 and j7
 * without digits. An empty code is `un`, as a missing column of
 * acrnema.map. Returns 0, or DG_EPARSE for text that is no code (the
 * caller says where it came from); Conquest's codes we do not implement
 * parse as COMPRESSION_OTHER. */
int compression_parse(const char *text, int lossy_quality, struct compression *out);

/* The code a called AE title carries after a '~' (Conquest's
 * "CONQUESTSRV1~j2": at most 13 characters, '~', the code), or NULL. */
const char *compression_of_called_ae(const char *called_ae);

#endif
