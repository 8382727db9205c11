/* The transfer syntax table. Every compressed syntax is explicit VR little
 * endian with encapsulated pixel data, so unknown DICOM UIDs map to that. */
#include <string.h>

#include "dicom/ts.h"

static const struct ts ts_table[] = {
    {TS_IMPLICIT_LE, "Implicit VR Little Endian", 0, 0, 0, 0, 0, 0},
    {TS_EXPLICIT_LE, "Explicit VR Little Endian", 1, 0, 0, 0, 0, 0},
    {TS_DEFLATED_LE, "Deflated Explicit VR Little Endian", 1, 0, 1, 0, 0, 0},
    {TS_EXPLICIT_BE, "Explicit VR Big Endian", 1, 1, 0, 0, 1, 0},
    {TS_JPEG_BASELINE, "JPEG Baseline (Process 1)", 1, 0, 0, 1, 0, 1},
    {"1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", 1, 0, 0, 1, 0, 1},
    {"1.2.840.10008.1.2.4.57", "JPEG Lossless (Process 14)", 1, 0, 0, 1, 0, 0},
    {TS_JPEG_LOSSLESS_SV1, "JPEG Lossless SV1 (Process 14, Selection Value 1)", 1, 0, 0, 1, 0, 0},
    {TS_JPEG_LS_LOSSLESS, "JPEG-LS Lossless", 1, 0, 0, 1, 0, 0},
    {"1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)", 1, 0, 0, 1, 0, 1},
    {TS_JPEG2000_LOSSLESS, "JPEG 2000 (Lossless Only)", 1, 0, 0, 1, 0, 0},
    {"1.2.840.10008.1.2.4.91", "JPEG 2000", 1, 0, 0, 1, 0, 1},
    {"1.2.840.10008.1.2.4.100", "MPEG2 Main Profile @ Main Level", 1, 0, 0, 1, 0, 1},
    {"1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", 1, 0, 0, 1, 0, 1},
    {"1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 (Lossless Only)", 1, 0, 0, 1, 0, 0},
    {"1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options (Lossless Only)", 1, 0,
     0, 1, 0, 0},
    {"1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000", 1, 0, 0, 1, 0, 1},
    {TS_RLE, "RLE Lossless", 1, 0, 0, 1, 0, 0},
};

#define TS_COUNT (sizeof ts_table / sizeof ts_table[0])

/* The unknown-but-DICOM fallback: encapsulated explicit VR little endian,
 * taken as lossy since nothing says otherwise. */
static const struct ts ts_generic_encapsulated = {"", "Unknown encapsulated syntax", 1, 0, 0, 1, 0,
                                                  1};

static size_t uid_len(const char *uid, size_t len)
{
    while (len > 0 && (uid[len - 1] == '\0' || uid[len - 1] == ' '))
        len--;
    return len;
}

const struct ts *ts_find(const char *uid, size_t len)
{
    len = uid_len(uid, len);
    for (size_t i = 0; i < TS_COUNT; i++)
        if (strlen(ts_table[i].uid) == len && memcmp(ts_table[i].uid, uid, len) == 0)
            return &ts_table[i];
    return NULL;
}

const struct ts *ts_find_or_encapsulated(const char *uid, size_t len)
{
    static const char dicom_root[] = "1.2.840.10008.";
    const struct ts *ts = ts_find(uid, len);

    if (ts)
        return ts;
    len = uid_len(uid, len);
    if (len > sizeof dicom_root - 1 && memcmp(uid, dicom_root, sizeof dicom_root - 1) == 0)
        return &ts_generic_encapsulated;
    return NULL;
}

const struct ts *ts_implicit_le(void)
{
    return &ts_table[0];
}

const struct ts *ts_explicit_le(void)
{
    return &ts_table[1];
}

const struct ts *ts_deflated_le(void)
{
    return &ts_table[2];
}

const struct ts *ts_explicit_be(void)
{
    return &ts_table[3];
}
