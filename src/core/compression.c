/* Conquest's compression codes; see compression.h. The syntaxes are those of
 * Conquest's recompress() (reference/conquest-behaviour.md §3.4); the
 * qualities of the lossy codes are ours where Conquest's codecs take
 * another measure (JPEG-LS NEAR, a JPEG 2000 bit rate). */
#include "core/compression.h"
#include "dicom/ts.h"
#include "util/error.h"
#include "util/str.h"

#include <ctype.h>
#include <string.h>

struct code_row {
    const char *code;
    enum compression_kind kind;
    const char *ts;
    int lossy;
    int digits; /* a quality may follow */
};

static const struct code_row codes[] = {
    {"as", COMPRESSION_AS, NULL, 0, 0},
    {"is", COMPRESSION_AS, NULL, 0, 0},
    {"un", COMPRESSION_UN, TS_IMPLICIT_LE, 0, 0},
    {"ul", COMPRESSION_TS, TS_EXPLICIT_LE, 0, 0},
    {"ub", COMPRESSION_TS, TS_EXPLICIT_BE, 0, 0},
    {"ue", COMPRESSION_UE, TS_EXPLICIT_LE, 0, 0},
    {"j1", COMPRESSION_TS, "1.2.840.10008.1.2.4.57", 0, 0},
    {"j2", COMPRESSION_TS, TS_JPEG_LOSSLESS_SV1, 0, 0},
    {"j3", COMPRESSION_TS, TS_JPEG_BASELINE, 1, 1},
    {"j4", COMPRESSION_TS, "1.2.840.10008.1.2.4.51", 1, 1},
    {"j5", COMPRESSION_TS, "1.2.840.10008.1.2.4.53", 1, 1},
    {"j6", COMPRESSION_TS, "1.2.840.10008.1.2.4.55", 1, 1},
    {"js", COMPRESSION_TS, TS_JPEG_LS_LOSSLESS, 0, 0},
    {"j7", COMPRESSION_TS, "1.2.840.10008.1.2.4.81", 1, 1},
    {"jk", COMPRESSION_TS, TS_JPEG2000_LOSSLESS, 0, 0},
    {"jl", COMPRESSION_TS, "1.2.840.10008.1.2.4.91", 1, 1},
};

/* Conquest's codes that this dgate knows by name but does not implement. */
static int other_code(const char *c)
{
    if (strcmp(c, "nj") == 0 || strcmp(c, "uj") == 0 || strncmp(c, "j#", 2) == 0)
        return 1;
    return (c[0] == 'n' || c[0] == 'k' || c[0] == 's' || c[0] == 'v') && c[1];
}

int compression_parse(const char *text, int lossy_quality, struct compression *out)
{
    char c[sizeof out->code];
    size_t n = strlen(text);
    int quality = 0;

    memset(out, 0, sizeof *out);
    if (n && text[n - 1] == '!') {
        out->only = 1;
        n--;
    }
    if (n == 0) {
        text = "un";
        n = 2;
    }
    if (n >= sizeof c)
        return DG_EPARSE;
    for (size_t i = 0; i < n; i++)
        c[i] = (char)tolower((unsigned char)text[i]);
    c[n] = '\0';
    str_copy(out->code, c, sizeof out->code);
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const struct code_row *r = &codes[i];

        if (strncmp(c, r->code, 2) != 0)
            continue;
        for (const char *d = c + 2; *d; d++) {
            if (!r->digits || !isdigit((unsigned char)*d) || quality > 10)
                return DG_EPARSE;
            quality = quality * 10 + (*d - '0');
        }
        if (c[2] && (quality < 1 || quality > 100))
            return DG_EPARSE;
        if (!c[2])
            quality = lossy_quality >= 1 && lossy_quality <= 100 ? lossy_quality : 95;
        out->kind = r->kind;
        out->ts = r->ts;
        out->lossy = r->lossy;
        if (r->lossy && strcmp(r->code, "jl") == 0 && c[2])
            quality = quality * 5 > 100 ? 100 : quality * 5; /* Conquest's jlNN: a bit rate 1..20 */
        if (r->lossy)
            out->opt.quality = quality;
        if (r->lossy && strcmp(r->code, "j7") == 0)
            out->opt.near = (100 - quality) / 5 > 1 ? (100 - quality) / 5 : 1;
        return 0;
    }
    if (other_code(c)) {
        out->kind = COMPRESSION_OTHER;
        return 0;
    }
    return DG_EPARSE;
}

const char *compression_of_called_ae(const char *called_ae)
{
    const char *tilde = strchr(called_ae, '~');

    if (!tilde || tilde == called_ae || tilde - called_ae > 13 || !tilde[1])
        return NULL;
    return tilde + 1;
}
