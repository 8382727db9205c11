/* Specific Character Set (0008,0005) to and from UTF-8: the single-byte sets,
 * ISO_IR 192, GB18030/GBK and ISO 2022 code extensions (PS3.5 6.1.2.4-6.1.2.5,
 * the Defined Terms of PS3.3 Tables C.12-2 to C.12-5, examples in PS3.5
 * Annexes H to K). The escape-sequence state machine is ours; iconv only ever
 * sees runs of characters of one set, in the EUC form glibc knows. */
#include "dicom/charset.h"

#include "util/error.h"

#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum set_id {
    SET_NONE, /* no set designated: the default repertoire's fallback */
    SET_ASCII,
    SET_ROMAJI,
    SET_KATAKANA,
    SET_LATIN1,
    SET_LATIN2,
    SET_LATIN3,
    SET_LATIN4,
    SET_CYRILLIC,
    SET_ARABIC,
    SET_GREEK,
    SET_HEBREW,
    SET_LATIN5,
    SET_THAI,
    SET_LATIN9,
    SET_JISX0208,
    SET_JISX0212,
    SET_KSX1001,
    SET_GB2312,
    SET_UTF8,
    SET_GB18030,
    SET_GBK,
    SET_COUNT
};

/* How the bytes of a set appear in a value and reach iconv. */
enum set_form {
    FORM_NONE,     /* SET_NONE: GR bytes are UTF-8 if valid, else Latin-1 */
    FORM_G0,       /* ASCII and JIS X 0201 Roman: GL bytes are ASCII */
    FORM_G1,       /* ISO 8859 and TIS-620 upper halves: GR bytes to iconv */
    FORM_KATAKANA, /* JIS X 0201 katakana in GR, mapped without iconv */
    FORM_G0_2,     /* JIS X 0208 in GL: a pair with the high bits set is EUC-JP */
    FORM_G0_3,     /* JIS X 0212 in GL: EUC-JP after the single shift 0x8F */
    FORM_G1_2,     /* KS X 1001, GB2312 in GR: pairs are EUC-KR / EUC-CN */
    FORM_WHOLE,    /* UTF-8, GB18030, GBK: no code extensions */
};

struct set_info {
    const char *iconv_name; /* glibc's name; NULL when iconv is not needed */
    const char *esc;        /* the bytes after ESC that designate the set */
    uint8_t form;
};

/* Escape sequences from PS3.3 Tables C.12-3 and C.12-4. Thai is TIS-620 (as
 * ISO 8859-11 without NBSP). JIS X 0201 Roman differs from ASCII only at
 * 0x5C (yen) and 0x7E (overline); we keep ASCII there because DICOM reserves
 * 0x5C as the value delimiter in every set, and names then match those that
 * other systems wrote in ISO_IR 6. */
/* clang-format off */
static const struct set_info sets[SET_COUNT] = {
    [SET_NONE] = {NULL, NULL, FORM_NONE},
    [SET_ASCII] = {NULL, "(B", FORM_G0},
    [SET_ROMAJI] = {NULL, "(J", FORM_G0},
    [SET_KATAKANA] = {NULL, ")I", FORM_KATAKANA},
    [SET_LATIN1] = {"ISO-8859-1", "-A", FORM_G1},
    [SET_LATIN2] = {"ISO-8859-2", "-B", FORM_G1},
    [SET_LATIN3] = {"ISO-8859-3", "-C", FORM_G1},
    [SET_LATIN4] = {"ISO-8859-4", "-D", FORM_G1},
    [SET_CYRILLIC] = {"ISO-8859-5", "-L", FORM_G1},
    [SET_ARABIC] = {"ISO-8859-6", "-G", FORM_G1},
    [SET_GREEK] = {"ISO-8859-7", "-F", FORM_G1},
    [SET_HEBREW] = {"ISO-8859-8", "-H", FORM_G1},
    [SET_LATIN5] = {"ISO-8859-9", "-M", FORM_G1},
    [SET_THAI] = {"TIS-620", "-T", FORM_G1},
    [SET_LATIN9] = {"ISO-8859-15", "-b", FORM_G1},
    [SET_JISX0208] = {"EUC-JP", "$B", FORM_G0_2},
    [SET_JISX0212] = {"EUC-JP", "$(D", FORM_G0_3},
    [SET_KSX1001] = {"EUC-KR", "$)C", FORM_G1_2},
    [SET_GB2312] = {"GB2312", "$)A", FORM_G1_2},
    [SET_UTF8] = {NULL, NULL, FORM_WHOLE},
    [SET_GB18030] = {"GB18030", NULL, FORM_WHOLE},
    [SET_GBK] = {"GBK", NULL, FORM_WHOLE},
};
/* clang-format on */

/* Defined Terms, normalised: upper case without ' ', '_' and '-', and for
 * the ISO_IR / ISO 2022 IR terms only the registration number. */
struct term_info {
    const char *name;
    uint8_t numbered; /* 1: written "ISO_IR n" or "ISO 2022 IR n" */
    uint8_t g0, g1;   /* what the term designates */
};

enum { TERM_DEFAULT = 0 };

/* clang-format off */
static const struct term_info terms[] = {
    {"6", 1, SET_ASCII, SET_NONE}, /* TERM_DEFAULT */
    {"100", 1, SET_ASCII, SET_LATIN1},
    {"101", 1, SET_ASCII, SET_LATIN2},
    {"109", 1, SET_ASCII, SET_LATIN3},
    {"110", 1, SET_ASCII, SET_LATIN4},
    {"144", 1, SET_ASCII, SET_CYRILLIC},
    {"127", 1, SET_ASCII, SET_ARABIC},
    {"126", 1, SET_ASCII, SET_GREEK},
    {"138", 1, SET_ASCII, SET_HEBREW},
    {"148", 1, SET_ASCII, SET_LATIN5},
    {"166", 1, SET_ASCII, SET_THAI},
    {"203", 1, SET_ASCII, SET_LATIN9},
    {"13", 1, SET_ROMAJI, SET_KATAKANA},
    {"87", 1, SET_JISX0208, SET_NONE},
    {"159", 1, SET_JISX0212, SET_NONE},
    {"149", 1, SET_NONE, SET_KSX1001},
    {"58", 1, SET_NONE, SET_GB2312},
    {"192", 1, SET_UTF8, SET_NONE},
    {"GB18030", 0, SET_GB18030, SET_NONE},
    {"GBK", 0, SET_GBK, SET_NONE},
};
/* clang-format on */

#define NTERMS (sizeof terms / sizeof terms[0])

static const uint8_t replacement[3] = {0xEF, 0xBF, 0xBD}; /* U+FFFD */

/* ---- Specific Character Set ---- */

static int is_multibyte(uint8_t set)
{
    uint8_t form = sets[set].form;
    return form == FORM_G0_2 || form == FORM_G0_3 || form == FORM_G1_2;
}

/* Find one value (already trimmed) in terms[]; *iso2022 tells whether it
 * had the "ISO 2022" prefix. Returns the index or -1. */
static int term_lookup(const uint8_t *p, size_t len, int *iso2022)
{
    char norm[24];
    size_t n = 0;
    const char *num;

    for (size_t i = 0; i < len; i++) {
        uint8_t c = p[i];
        if (c == ' ' || c == '_' || c == '-')
            continue;
        if (n + 1 >= sizeof norm)
            return -1;
        norm[n++] = (char)(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    norm[n] = '\0';
    *iso2022 = strncmp(norm, "ISO2022IR", 9) == 0;
    if (*iso2022)
        num = norm + 9;
    else if (strncmp(norm, "ISOIR", 5) == 0)
        num = norm + 5;
    else
        num = NULL;
    for (size_t t = 0; t < NTERMS; t++) {
        if (terms[t].numbered && num && strcmp(num, terms[t].name) == 0)
            return (int)t;
        if (!terms[t].numbered && !num && strcmp(norm, terms[t].name) == 0)
            return (int)t;
    }
    return -1;
}

int cs_spec_parse(const uint8_t *scs, size_t len, struct cs_spec *spec)
{
    size_t start = 0;
    size_t value = 0;
    int extensions = 0;

    memset(spec, 0, sizeof *spec);
    spec->nterms = 1;
    spec->term[0] = TERM_DEFAULT;
    while (start <= len) {
        size_t end = start;
        while (end < len && scs[end] != '\\')
            end++;
        size_t a = start, b = end;
        while (a < b && (scs[a] == ' ' || scs[a] == '\0'))
            a++;
        while (b > a && (scs[b - 1] == ' ' || scs[b - 1] == '\0'))
            b--;
        if (value > 0)
            extensions = 1; /* more than one value: code extensions */
        /* An empty value 1 is ISO 2022 IR 6; later empty values say nothing. */
        if (a < b) {
            int iso2022;
            int t = term_lookup(scs + a, b - a, &iso2022);
            if (t < 0)
                return DG_ECHARSET;
            if (iso2022 || is_multibyte(terms[t].g0) || is_multibyte(terms[t].g1))
                extensions = 1;
            if (sets[terms[t].g0].form == FORM_WHOLE && (value > 0 || iso2022))
                return DG_ECHARSET;
            if (value == 0) {
                spec->term[0] = (uint8_t)t;
            } else {
                if (spec->nterms >= CS_MAX_TERMS)
                    return DG_ECHARSET;
                spec->term[spec->nterms++] = (uint8_t)t;
            }
        }
        value++;
        start = end + 1;
    }
    /* UTF-8 and the GB sets replace the whole repertoire (PS3.3 Table
     * C.12-5): they cannot be combined with others. */
    if (sets[terms[spec->term[0]].g0].form == FORM_WHOLE && (spec->nterms > 1 || value > 1))
        return DG_ECHARSET;
    spec->extensions = (uint8_t)extensions;
    return 0;
}

enum cs_kind cs_kind_for_vr(const char *vr)
{
    if (strcmp(vr, "PN") == 0)
        return CS_PN;
    if (strcmp(vr, "ST") == 0 || strcmp(vr, "LT") == 0 || strcmp(vr, "UT") == 0)
        return CS_TEXT;
    return CS_STRING;
}

/* The state a value starts in and returns to (PS3.5 6.1.2.5.1): the sets
 * of value 1; a multi-byte G0 set never is an initial state. */
static void initial_sets(const struct cs_spec *spec, uint8_t *g0, uint8_t *g1)
{
    const struct term_info *t = &terms[spec->term[0]];
    *g0 = sets[t->g0].form == FORM_G0 ? t->g0 : SET_ASCII;
    *g1 = t->g1;
}

/* ---- iconv handles ---- */

struct cs_conv {
    iconv_t from[SET_COUNT]; /* set -> UTF-8 */
    iconv_t to[SET_COUNT];   /* UTF-8 -> set */
};

#define NO_ICONV ((iconv_t)-1)

int cs_conv_new(struct cs_conv **out)
{
    struct cs_conv *cv = malloc(sizeof *cv);
    if (!cv)
        return -ENOMEM;
    for (int i = 0; i < SET_COUNT; i++) {
        cv->from[i] = NO_ICONV;
        cv->to[i] = NO_ICONV;
    }
    *out = cv;
    return 0;
}

void cs_conv_free(struct cs_conv *cv)
{
    if (!cv)
        return;
    for (int i = 0; i < SET_COUNT; i++) {
        if (cv->from[i] != NO_ICONV)
            iconv_close(cv->from[i]);
        if (cv->to[i] != NO_ICONV)
            iconv_close(cv->to[i]);
    }
    free(cv);
}

static int conv_get(struct cs_conv *cv, uint8_t set, int to_set, iconv_t *cd)
{
    iconv_t *slot = to_set ? &cv->to[set] : &cv->from[set];
    if (*slot == NO_ICONV) {
        const char *name = sets[set].iconv_name;
        *slot = to_set ? iconv_open(name, "UTF-8") : iconv_open("UTF-8", name);
        if (*slot == NO_ICONV)
            return DG_ECHARSET;
    }
    *cd = *slot;
    return 0;
}

static pthread_key_t thread_key;
static pthread_once_t thread_once = PTHREAD_ONCE_INIT;
static int thread_key_rc;

static void thread_conv_destroy(void *p)
{
    cs_conv_free(p);
}

static void thread_key_create(void)
{
    thread_key_rc = pthread_key_create(&thread_key, thread_conv_destroy);
}

struct cs_conv *cs_thread_conv(void)
{
    struct cs_conv *cv;

    if (pthread_once(&thread_once, thread_key_create) != 0 || thread_key_rc != 0)
        return NULL;
    cv = pthread_getspecific(thread_key);
    if (cv)
        return cv;
    if (cs_conv_new(&cv) != 0)
        return NULL;
    if (pthread_setspecific(thread_key, cv) != 0) {
        cs_conv_free(cv);
        return NULL;
    }
    return cv;
}

/* ---- UTF-8 ---- */

/* Length of the valid UTF-8 sequence at p (1 to 4) with its code point in
 * *cp, or 0: overlong forms, surrogates and values above U+10FFFF are
 * invalid (RFC 3629). */
static size_t utf8_next(const uint8_t *p, size_t n, uint32_t *cp)
{
    uint32_t c;
    size_t need;
    uint32_t min;

    if (n == 0)
        return 0;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        need = 2;
        c = p[0] & 0x1Fu;
        min = 0x80;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        need = 3;
        c = p[0] & 0x0Fu;
        min = 0x800;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        need = 4;
        c = p[0] & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < need)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return need;
}

static size_t utf8_put(uint32_t cp, uint8_t *out)
{
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    out[0] = (uint8_t)(0xE0 | (cp >> 12));
    out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
}

static int utf8_valid(const uint8_t *p, size_t n)
{
    uint32_t cp;
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_next(p + i, n - i, &cp);
        if (k == 0)
            return 0;
        i += k;
    }
    return 1;
}

/* The C0 controls that DICOM text may hold (PS3.5 6.1.3). */
static int is_text_control(uint32_t c)
{
    return c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* The other C0 controls and DEL, which DICOM strings may not hold. */
static int is_forbidden_control(uint32_t c)
{
    return (c < 0x20 || c == 0x7F) && !is_text_control(c);
}

static int is_delimiter(uint32_t c, enum cs_kind kind)
{
    if (c == '\\')
        return kind != CS_TEXT;
    if (c == '^' || c == '=')
        return kind == CS_PN;
    return 0;
}

/* ---- Decoding ---- */

struct decoder {
    struct cs_conv *cv;
    struct buf *out;
    size_t nbad;
    uint8_t runset; /* the set of the pending run */
    size_t runlen;
    uint8_t run[256]; /* characters of one set, in iconv's form */
};

static int put_bad(struct decoder *d)
{
    d->nbad++;
    return buf_append(d->out, replacement, sizeof replacement);
}

/* Bytes of the character starting at p in a run of `set` (for skipping
 * one that iconv rejects). */
static size_t unit_at(uint8_t set, const uint8_t *p, size_t n)
{
    size_t u = 1;
    switch (sets[set].form) {
    case FORM_G0_2:
    case FORM_G1_2:
        u = 2;
        break;
    case FORM_G0_3:
        u = 3;
        break;
    case FORM_WHOLE:
        u = n >= 4 && p[1] >= 0x30 && p[1] <= 0x39 ? 4 : 2;
        break;
    }
    return u < n ? u : n;
}

/* Convert what iconv can of *in, appending to out. Returns 0 at the end of
 * the input, 1 at a sequence iconv rejects (*in points at it), or an error
 * of buf_append. */
static int iconv_append(iconv_t cd, char **in, size_t *inleft, struct buf *out)
{
    while (*inleft > 0) {
        char tmp[512];
        char *o = tmp;
        size_t oleft = sizeof tmp;
        size_t r = iconv(cd, in, inleft, &o, &oleft);
        int err = errno;
        int rc = buf_append(out, tmp, (size_t)(o - tmp));

        if (rc)
            return rc;
        if (r == (size_t)-1 && err != E2BIG)
            return 1;
    }
    return 0;
}

static int convert_run_iconv(struct decoder *d)
{
    iconv_t cd;
    int rc = conv_get(d->cv, d->runset, 0, &cd);
    char *in = (char *)d->run;
    size_t inleft = d->runlen;

    if (rc)
        return rc;
    iconv(cd, NULL, NULL, NULL, NULL);
    for (;;) {
        rc = iconv_append(cd, &in, &inleft, d->out);
        if (rc != 1)
            return rc;
        size_t u = unit_at(d->runset, (const uint8_t *)in, inleft);
        in += u;
        inleft -= u;
        rc = put_bad(d);
        if (rc)
            return rc;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
}

/* GR bytes with no set designated: UTF-8 if the run is valid UTF-8, else
 * Latin-1, with the C1 controls 0x80-0x9F replaced. */
static int convert_run_fallback(struct decoder *d)
{
    if (utf8_valid(d->run, d->runlen))
        return buf_append(d->out, d->run, d->runlen);
    for (size_t i = 0; i < d->runlen; i++) {
        uint8_t u[3];
        int rc;
        if (d->run[i] < 0xA0)
            rc = put_bad(d);
        else
            rc = buf_append(d->out, u, utf8_put(d->run[i], u));
        if (rc)
            return rc;
    }
    return 0;
}

static int flush_run(struct decoder *d)
{
    int rc = 0;
    if (d->runlen == 0)
        return 0;
    if (d->runset == SET_NONE)
        rc = convert_run_fallback(d);
    else
        rc = convert_run_iconv(d);
    d->runlen = 0;
    return rc;
}

static int run_add(struct decoder *d, uint8_t set, const uint8_t *b, size_t n)
{
    int rc;
    if (d->runlen > 0 && (d->runset != set || d->runlen + n > sizeof d->run)) {
        rc = flush_run(d);
        if (rc)
            return rc;
    }
    d->runset = set;
    memcpy(d->run + d->runlen, b, n);
    d->runlen += n;
    return 0;
}

/* Output that does not go through a run: flush the pending run first so
 * the order of characters is kept. */
static int put_direct(struct decoder *d, const uint8_t *b, size_t n)
{
    int rc = flush_run(d);
    if (rc)
        return rc;
    return buf_append(d->out, b, n);
}

static int put_bad_direct(struct decoder *d)
{
    int rc = flush_run(d);
    if (rc)
        return rc;
    return put_bad(d);
}

/* Length of the escape sequence at p[0] == ESC by ISO 2022's syntax: ESC,
 * intermediate bytes 02/00-02/15, one final byte 03/00-07/14. A truncated
 * sequence ends before the byte that breaks the syntax. */
static size_t escape_len(const uint8_t *p, size_t n)
{
    size_t j = 1;
    while (j < n && p[j] >= 0x20 && p[j] <= 0x2F)
        j++;
    if (j < n && p[j] >= 0x30 && p[j] <= 0x7E)
        j++;
    return j;
}

/* The set an escape sequence (without its ESC) designates, or SET_NONE.
 * ESC $ @ (JIS C 6226-1978) is read as JIS X 0208 as real Japanese
 * systems write it. */
static uint8_t escape_set(const uint8_t *p, size_t n)
{
    if (n == 2 && p[0] == '$' && p[1] == '@')
        return SET_JISX0208;
    for (uint8_t s = 0; s < SET_COUNT; s++) {
        const char *esc = sets[s].esc;
        if (esc && strlen(esc) == n && memcmp(esc, p, n) == 0)
            return s;
    }
    return SET_NONE;
}

static int is_g0_set(uint8_t set)
{
    uint8_t form = sets[set].form;
    return form == FORM_G0 || form == FORM_G0_2 || form == FORM_G0_3;
}

static int in_range(uint8_t b, uint8_t lo, uint8_t hi)
{
    return b >= lo && b <= hi;
}

/* A GL byte while a multi-byte set is in G0: a pair of 02/01-07/14 is one
 * character. Returns the bytes used. */
static size_t decode_gl_pair(struct decoder *d, uint8_t g0, const uint8_t *p, size_t n, int *rc)
{
    uint8_t euc[3];
    if (n < 2 || !in_range(p[0], 0x21, 0x7E) || !in_range(p[1], 0x21, 0x7E)) {
        *rc = put_bad_direct(d);
        return 1;
    }
    if (sets[g0].form == FORM_G0_3) {
        euc[0] = 0x8F;
        euc[1] = p[0] | 0x80;
        euc[2] = p[1] | 0x80;
        *rc = run_add(d, g0, euc, 3);
    } else {
        euc[0] = p[0] | 0x80;
        euc[1] = p[1] | 0x80;
        *rc = run_add(d, g0, euc, 2);
    }
    return 2;
}

/* A GR byte (>= 0x80) under the set in G1. Returns the bytes used. */
static size_t decode_gr(struct decoder *d, uint8_t g1, const uint8_t *p, size_t n, int *rc)
{
    uint8_t u[3];
    switch (sets[g1].form) {
    case FORM_G1:
        /* 0x80-0x9F are C1 controls, not characters of the set. */
        *rc = p[0] < 0xA0 ? put_bad_direct(d) : run_add(d, g1, p, 1);
        return 1;
    case FORM_KATAKANA:
        if (in_range(p[0], 0xA1, 0xDF))
            *rc = put_direct(d, u, utf8_put(0xFF61u + (uint32_t)(p[0] - 0xA1), u));
        else
            *rc = put_bad_direct(d);
        return 1;
    case FORM_G1_2:
        if (n >= 2 && in_range(p[0], 0xA1, 0xFE) && in_range(p[1], 0xA1, 0xFE)) {
            *rc = run_add(d, g1, p, 2);
            return 2;
        }
        *rc = put_bad_direct(d);
        return 1;
    default: {
        /* A valid UTF-8 character goes into the run whole, so that a run
         * filled up never ends inside one (which would make the run invalid
         * UTF-8 and read it all as Latin-1). */
        uint32_t cp;
        size_t k = utf8_next(p, n, &cp);
        if (k == 0)
            k = 1;
        *rc = run_add(d, SET_NONE, p, k);
        return k;
    }
    }
}

/* Single-byte sets and ISO 2022 (PS3.5 6.1.2.5): G0 and G1 change only by
 * escape sequences (when the spec allows code extensions) and return to
 * the initial state at control characters and the delimiters of `kind`.
 * A G1 set designated in the value stays after a reset when the initial
 * state has none, so GR bytes after a missing re-designation still decode.
 * Any escape sequence we know is honoured, even for a set that (0008,0005)
 * does not list: the bytes say what they are, the header may be sloppy. */
static int decode_iso2022(struct decoder *d, const struct cs_spec *spec, enum cs_kind kind,
                          const uint8_t *p, size_t len)
{
    uint8_t init_g0, init_g1, g0, g1;
    size_t i = 0;
    int rc = 0;

    initial_sets(spec, &init_g0, &init_g1);
    g0 = init_g0;
    g1 = init_g1;
    while (i < len && rc == 0) {
        uint8_t b = p[i];
        int reset = 0;

        if (b == 0x1B) {
            size_t n = escape_len(p + i, len - i);
            uint8_t set = spec->extensions ? escape_set(p + i + 1, n - 1) : SET_NONE;
            if (set == SET_NONE)
                rc = put_bad_direct(d);
            else if (is_g0_set(set))
                g0 = set;
            else
                g1 = set;
            i += n;
        } else if (b < 0x20 || b == 0x7F) {
            rc = is_text_control(b) ? put_direct(d, &b, 1) : put_bad_direct(d);
            reset = 1;
            i++;
        } else if (b < 0x80) {
            if (sets[g0].form != FORM_G0 && b != ' ') {
                i += decode_gl_pair(d, g0, p + i, len - i, &rc);
            } else {
                rc = put_direct(d, &b, 1);
                reset = is_delimiter(b, kind);
                i++;
            }
        } else {
            i += decode_gr(d, g1, p + i, len - i, &rc);
        }
        if (reset) {
            g0 = init_g0;
            if (init_g1 != SET_NONE)
                g1 = init_g1;
        }
    }
    if (rc)
        return rc;
    return flush_run(d);
}

static int decode_utf8(struct decoder *d, const uint8_t *p, size_t len)
{
    size_t i = 0;
    int rc = 0;
    while (i < len && rc == 0) {
        uint32_t cp;
        size_t k = utf8_next(p + i, len - i, &cp);
        if (k == 0 || is_forbidden_control(cp)) {
            rc = put_bad(d);
            i++;
        } else {
            rc = buf_append(d->out, p + i, k);
            i += k;
        }
    }
    return rc;
}

/* GB18030 and GBK (PS3.5 Annex K): a lead byte 0x81-0xFE starts a two-byte
 * character (trail 0x40-0x7E, 0x80-0xFE, which may be '\' or '^') or, in
 * GB18030, a four-byte one (digit, lead, digit). Parsing the structure
 * ourselves keeps such trail bytes from being read as delimiters. */
static int decode_gb(struct decoder *d, uint8_t set, const uint8_t *p, size_t len)
{
    size_t i = 0;
    int rc = 0;
    while (i < len && rc == 0) {
        uint8_t b = p[i];
        size_t n = len - i;
        if (b < 0x80) {
            rc = is_forbidden_control(b) ? put_bad_direct(d) : put_direct(d, &b, 1);
            i++;
        } else if (set == SET_GB18030 && n >= 4 && in_range(b, 0x81, 0xFE) &&
                   in_range(p[i + 1], 0x30, 0x39) && in_range(p[i + 2], 0x81, 0xFE) &&
                   in_range(p[i + 3], 0x30, 0x39)) {
            rc = run_add(d, set, p + i, 4);
            i += 4;
        } else if (n >= 2 && in_range(b, 0x81, 0xFE) &&
                   (in_range(p[i + 1], 0x40, 0x7E) || in_range(p[i + 1], 0x80, 0xFE))) {
            rc = run_add(d, set, p + i, 2);
            i += 2;
        } else {
            rc = put_bad_direct(d);
            i++;
        }
    }
    if (rc)
        return rc;
    return flush_run(d);
}

int cs_to_utf8(struct cs_conv *cv, const struct cs_spec *spec, enum cs_kind kind, const uint8_t *p,
               size_t len, struct buf *out, size_t *nbad)
{
    struct decoder d;
    uint8_t whole = terms[spec->term[0]].g0;
    int rc;

    d.cv = cv;
    d.out = out;
    d.nbad = 0;
    d.runset = SET_NONE;
    d.runlen = 0;
    if (whole == SET_UTF8)
        rc = decode_utf8(&d, p, len);
    else if (whole == SET_GB18030 || whole == SET_GBK)
        rc = decode_gb(&d, whole, p, len);
    else
        rc = decode_iso2022(&d, spec, kind, p, len);
    if (nbad)
        *nbad += d.nbad;
    return rc;
}

/* ---- Encoding ---- */

/* The bytes of code point cp (UTF-8 in u8) in `set`, as they appear in a
 * value (GL bytes for the G0 multi-byte sets). Returns the count, or 0 when
 * the set lacks the character; *rc is set when iconv itself fails. */
static size_t encode_char(struct cs_conv *cv, uint8_t set, uint32_t cp, const uint8_t *u8,
                          size_t u8len, uint8_t *bytes, int *rc)
{
    uint8_t tmp[8];
    char *in = (char *)u8;
    size_t inleft = u8len;
    char *o = (char *)tmp;
    size_t oleft = sizeof tmp;
    size_t n;
    iconv_t cd;
    uint8_t form = sets[set].form;

    if (form == FORM_KATAKANA) {
        bytes[0] = (uint8_t)(0xA1 + (cp - 0xFF61));
        return cp >= 0xFF61 && cp <= 0xFF9F;
    }
    if (form != FORM_G1 && form != FORM_G0_2 && form != FORM_G0_3 && form != FORM_G1_2)
        return 0;
    *rc = conv_get(cv, set, 1, &cd);
    if (*rc)
        return 0;
    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1)
        return 0;
    n = (size_t)((uint8_t *)o - tmp);
    switch (form) {
    case FORM_G1:
        if (n != 1 || tmp[0] < 0xA0)
            return 0;
        bytes[0] = tmp[0];
        return 1;
    case FORM_G0_2:
    case FORM_G1_2:
        if (n != 2 || !in_range(tmp[0], 0xA1, 0xFE) || !in_range(tmp[1], 0xA1, 0xFE))
            return 0;
        bytes[0] = form == FORM_G0_2 ? tmp[0] & 0x7F : tmp[0];
        bytes[1] = form == FORM_G0_2 ? tmp[1] & 0x7F : tmp[1];
        return 2;
    case FORM_G0_3:
        if (n != 3 || tmp[0] != 0x8F || !in_range(tmp[1], 0xA1, 0xFE) ||
            !in_range(tmp[2], 0xA1, 0xFE))
            return 0;
        bytes[0] = tmp[1] & 0x7F;
        bytes[1] = tmp[2] & 0x7F;
        return 2;
    }
    return 0;
}

struct encoder {
    struct cs_conv *cv;
    struct buf *out;
    int extensions;
    uint8_t g0, g1;
};

static int designate(struct encoder *e, uint8_t set)
{
    const char *esc = sets[set].esc;
    uint8_t *cur = is_g0_set(set) ? &e->g0 : &e->g1;
    int rc;

    if (*cur == set)
        return 0;
    if (!e->extensions)
        return DG_ECHARSET;
    rc = buf_append(e->out, "\x1b", 1);
    if (rc == 0)
        rc = buf_append(e->out, esc, strlen(esc));
    *cur = set;
    return rc;
}

/* Sets a non-ASCII character may use, in the order of the values of the
 * spec (value 1's G1 set first). ASCII and Roman hold no such character. */
static size_t candidate_sets(const struct cs_spec *spec, uint8_t *list)
{
    size_t n = 0;
    for (size_t t = 0; t < spec->nterms; t++) {
        uint8_t pair[2] = {terms[spec->term[t]].g0, terms[spec->term[t]].g1};
        for (size_t k = 0; k < 2; k++) {
            int seen = pair[k] == SET_NONE || sets[pair[k]].form == FORM_G0;
            for (size_t j = 0; j < n && !seen; j++)
                seen = list[j] == pair[k];
            if (!seen)
                list[n++] = pair[k];
        }
    }
    return n;
}

static int encode_iso2022(struct cs_conv *cv, const struct cs_spec *spec, enum cs_kind kind,
                          const uint8_t *p, size_t len, struct buf *out)
{
    struct encoder e = {cv, out, spec->extensions, 0, 0};
    uint8_t init_g0, init_g1;
    uint8_t cand[2 * CS_MAX_TERMS];
    size_t ncand;
    size_t i = 0;
    int rc = 0;

    initial_sets(spec, &init_g0, &init_g1);
    e.g0 = init_g0;
    e.g1 = init_g1;
    ncand = candidate_sets(spec, cand);
    while (i < len && rc == 0) {
        uint32_t cp;
        size_t k = utf8_next(p + i, len - i, &cp);
        uint8_t bytes[2];
        size_t n = 0;

        if (k == 0)
            return DG_ECHARSET;
        if (cp < 0x80) {
            int reset = is_text_control(cp) || is_delimiter(cp, kind);
            if (is_forbidden_control(cp))
                return DG_ECHARSET;
            /* Delimiters and controls are written in the initial G0 set;
             * other ASCII characters in any single-byte G0 set. */
            if (reset || sets[e.g0].form != FORM_G0)
                rc = designate(&e, init_g0);
            if (rc == 0)
                rc = buf_append(out, p + i, 1);
            if (reset)
                e.g1 = init_g1;
            i += k;
            continue;
        }
        /* Prefer the sets in use, so runs need no escape per character. */
        uint8_t tried[2] = {e.g1, sets[e.g0].form == FORM_G0 ? SET_NONE : e.g0};
        uint8_t set = SET_NONE;
        for (size_t t = 0; t < 2 + ncand && n == 0 && rc == 0; t++) {
            set = t < 2 ? tried[t] : cand[t - 2];
            if (set != SET_NONE)
                n = encode_char(cv, set, cp, p + i, k, bytes, &rc);
        }
        if (rc)
            return rc;
        if (n == 0)
            return DG_ECHARSET;
        rc = designate(&e, set);
        if (rc == 0)
            rc = buf_append(out, bytes, n);
        i += k;
    }
    if (rc == 0)
        rc = designate(&e, init_g0);
    return rc;
}

/* UTF-8, GB18030, GBK: the value is converted whole after checking that
 * it is valid UTF-8 without forbidden controls. */
static int encode_whole(struct cs_conv *cv, uint8_t set, const uint8_t *p, size_t len,
                        struct buf *out)
{
    iconv_t cd;
    char *in = (char *)p;
    size_t inleft = len;
    int rc;

    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_next(p + i, len - i, &cp);
        if (k == 0 || is_forbidden_control(cp))
            return DG_ECHARSET;
        i += k;
    }
    if (set == SET_UTF8)
        return buf_append(out, p, len);
    rc = conv_get(cv, set, 1, &cd);
    if (rc)
        return rc;
    iconv(cd, NULL, NULL, NULL, NULL);
    rc = iconv_append(cd, &in, &inleft, out);
    return rc == 1 ? DG_ECHARSET : rc;
}

int cs_from_utf8(struct cs_conv *cv, const struct cs_spec *spec, enum cs_kind kind,
                 const uint8_t *p, size_t len, struct buf *out)
{
    uint8_t whole = terms[spec->term[0]].g0;
    if (sets[whole].form == FORM_WHOLE)
        return encode_whole(cv, whole, p, len, out);
    return encode_iso2022(cv, spec, kind, p, len, out);
}
