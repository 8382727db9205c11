/* The table of Conquest's compression codes (reference §3.4) and their
 * parsing. The syntaxes are Conquest's; the number after j3-j6 is the JPEG
 * quality, after jl Conquest's JPEG 2000 "bitrate" 1..20, passed to the
 * codec as quality for it to interpret, after j7 the JPEG-LS NEAR, after
 * jh (ours) the HTJ2K quality. */
#include "codec/compression.h"
#include "dicom/ts.h"
#include "util/error.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum number { NO_NUMBER, QUALITY, NEAR };

static const struct {
    const char *code;
    const char *ts_uid;
    const char *alt_ts_uid;
    int lossy;
    enum number number; /* what digits after the code mean */
    int near;           /* JPEG-LS near-lossless error when no number is given */
} codes[] = {
    {"un", TS_IMPLICIT_LE, NULL, 0, NO_NUMBER, 0},
    {"ul", TS_EXPLICIT_LE, NULL, 0, NO_NUMBER, 0},
    {"ub", TS_EXPLICIT_BE, NULL, 0, NO_NUMBER, 0},
    {"ue", TS_EXPLICIT_LE, TS_EXPLICIT_BE, 0, NO_NUMBER, 0},
    {"as", NULL, NULL, 0, NO_NUMBER, 0},
    {"is", NULL, NULL, 0, NO_NUMBER, 0},
    /* j1 and j2 are both lossless JPEG; Conquest sends j2 as .4.70
     * (observed) and lists .4.57 with it. */
    {"j1", "1.2.840.10008.1.2.4.57", TS_JPEG_LOSSLESS_SV1, 0, NO_NUMBER, 0},
    {"j2", TS_JPEG_LOSSLESS_SV1, "1.2.840.10008.1.2.4.57", 0, NO_NUMBER, 0},
    {"j3", TS_JPEG_BASELINE, "1.2.840.10008.1.2.4.51", 1, QUALITY, 0},
    {"j4", "1.2.840.10008.1.2.4.51", NULL, 1, QUALITY, 0},
    {"j5", "1.2.840.10008.1.2.4.53", NULL, 1, QUALITY, 0},
    {"j6", "1.2.840.10008.1.2.4.55", NULL, 1, QUALITY, 0},
    {"js", TS_JPEG_LS_LOSSLESS, NULL, 0, NO_NUMBER, 0},
    /* Near-lossless JPEG-LS: j7NN allows an error of NN per sample (NEAR),
     * j7 alone of 2 (dcmtk's dcmcjpls default): our reading, Conquest's
     * documentation says only "near-lossless". */
    {"j7", "1.2.840.10008.1.2.4.81", NULL, 1, NEAR, 2},
    {"jk", TS_JPEG2000_LOSSLESS, NULL, 0, NO_NUMBER, 0},
    {"jl", "1.2.840.10008.1.2.4.91", NULL, 1, QUALITY, 0},
    /* Ours, not Conquest's: RLE Lossless, which Conquest 1.5.0e neither
     * accepts nor writes. */
    {"jr", TS_RLE, NULL, 0, NO_NUMBER, 0},
    /* Ours too: HTJ2K, lossless as jh, lossy as jhNN (the row after: a
     * code's row without a number is passed over when digits follow). */
    {"jh", "1.2.840.10008.1.2.4.201", NULL, 0, NO_NUMBER, 0},
    {"jh", "1.2.840.10008.1.2.4.203", NULL, 1, QUALITY, 0},
};

/* Codes of Conquest's that this dgate knows and does not do. */
static int conquest_only(const char *code)
{
    static const char *const others[] = {"n1", "n2", "n3", "n4", "n5", "nj", "uj", "k1",
                                         "k2", "k4", "k8", "ka", "kb", "kc", "j#", "n#"};
    if (code[0] == 's' && isdigit((unsigned char)code[1]))
        return 1;
    if (code[0] == 'v')
        return 1;
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        if (strcmp(code, others[i]) == 0)
            return 1;
    return 0;
}

int compression_parse(const char *text, int lossy_quality, struct compression *out)
{
    memset(out, 0, sizeof *out);
    if (!text)
        return DG_EPARSE;
    while (*text == ' ')
        text++;
    size_t len = strlen(text);
    while (len > 0 && text[len - 1] == ' ')
        len--;
    if (len > 0 && text[len - 1] == '!') {
        out->only = 1;
        len--;
    }
    if (len < 2)
        return DG_EPARSE;
    out->code[0] = (char)tolower((unsigned char)text[0]);
    out->code[1] = (char)tolower((unsigned char)text[1]);
    out->code[2] = '\0';
    const char *digits = text + 2;
    size_t ndigits = len - 2;
    if (conquest_only(out->code))
        return DG_EUNSUPPORTED;
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        if (strcmp(codes[i].code, out->code) != 0)
            continue;
        if (ndigits > 0 && codes[i].number == NO_NUMBER && i + 1 < sizeof codes / sizeof codes[0] &&
            strcmp(codes[i + 1].code, out->code) == 0)
            continue;
        out->ts_uid = codes[i].ts_uid;
        out->alt_ts_uid = codes[i].alt_ts_uid;
        out->lossy = codes[i].lossy;
        out->opt.near = codes[i].near;
        if (codes[i].number == QUALITY)
            out->opt.quality = lossy_quality;
        if (ndigits > 0) {
            if (codes[i].number == NO_NUMBER || ndigits > 3)
                return DG_EPARSE;
            int n = 0;
            for (size_t k = 0; k < ndigits; k++) {
                if (!isdigit((unsigned char)digits[k]))
                    return DG_EPARSE;
                n = n * 10 + (digits[k] - '0');
            }
            if (n < 1 || n > 100)
                return DG_EPARSE;
            if (codes[i].number == NEAR)
                out->opt.near = n;
            else
                out->opt.quality = n;
        }
        const struct ts *ts = out->ts_uid ? ts_find(out->ts_uid, strlen(out->ts_uid)) : NULL;
        if (!out->ts_uid || (ts && !ts->encapsulated))
            return 0;
        return codec_find(out->ts_uid) ? 0 : DG_EUNSUPPORTED;
    }
    return DG_EPARSE;
}

const char *compression_file_ts(const struct compression *c, const char *stored_ts)
{
    if (!c->ts_uid)
        return stored_ts;
    if (strcmp(c->code, "un") == 0) {
        if (strcmp(stored_ts, TS_IMPLICIT_LE) == 0 || strcmp(stored_ts, TS_EXPLICIT_LE) == 0)
            return stored_ts;
        return TS_EXPLICIT_LE;
    }
    return c->ts_uid;
}
