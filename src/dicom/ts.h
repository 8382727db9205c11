/* Transfer syntaxes: UID -> how a dataset is encoded (implicit or explicit
 * VR, byte order, deflated, encapsulated pixel data). Shared by the Part-10
 * reader, the encoding module and the network layer's presentation contexts. */
#ifndef DG_DICOM_TS_H
#define DG_DICOM_TS_H

#include <stddef.h>

#define TS_IMPLICIT_LE "1.2.840.10008.1.2"
#define TS_EXPLICIT_LE "1.2.840.10008.1.2.1"
#define TS_DEFLATED_LE "1.2.840.10008.1.2.1.99"
#define TS_EXPLICIT_BE "1.2.840.10008.1.2.2"
#define TS_JPEG_BASELINE "1.2.840.10008.1.2.4.50"
#define TS_JPEG_LOSSLESS_SV1 "1.2.840.10008.1.2.4.70"
#define TS_JPEG_LS_LOSSLESS "1.2.840.10008.1.2.4.80"
#define TS_JPEG2000_LOSSLESS "1.2.840.10008.1.2.4.90"
#define TS_RLE "1.2.840.10008.1.2.5"

struct ts {
    const char *uid;
    const char *name;
    unsigned explicit_vr : 1;
    unsigned big_endian : 1;
    unsigned deflated : 1;
    unsigned encapsulated : 1; /* pixel data in fragments (compressed) */
    unsigned retired : 1;
    unsigned lossy : 1; /* may have lost information: no lossless-only syntax */
};

/* The transfer syntax for a UID of `len` bytes (trailing NUL and spaces are
 * ignored), or NULL when we do not know it. */
const struct ts *ts_find(const char *uid, size_t len);

/* As ts_find, but an unknown UID that looks like a DICOM one (1.2.840.10008.)
 * is taken as an encapsulated explicit VR little endian syntax, the encoding
 * of every compressed syntax; NULL only for non-DICOM UIDs. */
const struct ts *ts_find_or_encapsulated(const char *uid, size_t len);

/* The four uncompressed syntaxes (never NULL). */
const struct ts *ts_implicit_le(void);
const struct ts *ts_explicit_le(void);
const struct ts *ts_explicit_be(void);
const struct ts *ts_deflated_le(void);

#endif
