/* C-FIND matching of one key; see match.h. The rules (PS3.4 C.2.2.2, and
 * where we chose):
 * - single value: exact, after padding is removed from both sides (trailing
 *   spaces always, leading spaces for the VRs whose leading spaces are
 *   padding, trailing '^' of person names);
 * - person names and DT_ISTR columns ignore case (ASCII and the letters of
 *   the single-byte character sets: Latin-1, Latin Extended-A, Greek,
 *   Cyrillic); everything else is case-sensitive, on every backend;
 * - '*' is any run of characters, '?' one character (a character, not a
 *   byte); %, _ and our LIKE escape are ordinary characters;
 * - DA/TM/DT: "a-b", "a-", "-b" are inclusive ranges compared as text, an
 *   upper bound covering everything it is a prefix of ("-1200" takes
 *   12:00:59);
 * - lists ('\') for UIDs and multi-valued keys: any value may match;
 *   multi-valued columns (DT_MSTR) match when any stored value does;
 * - zero length and '*' match everything, empty and NULL values included.
 * The SQL conditions only preselect: every row is tested here. */
#include "core/match.h"

#include "util/buf.h"
#include "util/error.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PAD_VARIANTS 64     /* leading-space variants of one exact value */
#define MAX_SQL_PARAMS 4096     /* beyond this the SQL does not preselect */
#define SQL_TEXT_MAX (8u << 20) /* patterns and variants of one key */

enum term_kind { T_EXACT, T_WILD, T_RANGE };

struct term {
    enum term_kind kind;
    const char *a; /* the value, or the lower bound */
    size_t alen;
    const char *b; /* the upper bound */
    size_t blen;
    unsigned has_lo : 1, has_hi : 1;
};

struct qr_match {
    struct qr_rules r;
    int universal;
    char *text; /* the value, its terms point into it */
    size_t len;
    struct term *terms;
    size_t nterms;
    /* The SQL conditions, made at the first qr_match_conds. */
    int built;
    struct db_cond *conds;
    size_t nconds;
    struct db_value *vals;
    struct buf sql; /* pattern and variant bytes the values point into */
};

/* ---- characters ---- */

/* The next code point of UTF-8 text, advancing *pp; a byte that does not
 * start a valid sequence stands for itself (as 0x110000 + byte), so that
 * text that is not UTF-8 still compares byte for byte. */
static uint32_t next_cp(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    uint32_t c = p[0];
    size_t n;

    if (c < 0x80) {
        *pp = p + 1;
        return c;
    }
    n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || (size_t)(end - p) < n)
        goto bad;
    uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            goto bad;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    *pp = p + n;
    return cp;
bad:
    *pp = p + 1;
    return 0x110000 + c;
}

/* Simple upper-case folding of the letters the single-byte DICOM character
 * sets hold (and their UTF-8 forms): one code point to one code point. */
static uint32_t fold_cp(uint32_t c)
{
    if (c >= 'a' && c <= 'z')
        return c - 0x20;
    if (c < 0x80)
        return c;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 0x20;
    if (c == 0xFF)
        return 0x178;
    if (c >= 0x100 && c <= 0x17F) {
        if ((c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return c & ~1u; /* upper case even, lower case odd */
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1u) ? c : c - 1; /* upper case odd */
        return c;
    }
    if (c >= 0x3B1 && c <= 0x3CB)
        return c == 0x3C2 ? 0x3A3 : c - 0x20; /* Greek; final sigma */
    if (c == 0x3AC)
        return 0x386;
    if (c >= 0x3AD && c <= 0x3AF)
        return c - 0x25;
    if (c == 0x3CC)
        return 0x38C;
    if (c == 0x3CD || c == 0x3CE)
        return c - 0x3F;
    if (c >= 0x430 && c <= 0x44F)
        return c - 0x20; /* Cyrillic */
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    return c;
}

static uint32_t cp_of(const unsigned char **pp, const unsigned char *end, int fold)
{
    uint32_t c = next_cp(pp, end);
    return fold ? fold_cp(c) : c;
}

int qr_fold_equal(const char *a, size_t alen, const char *b, size_t blen)
{
    const unsigned char *p = (const unsigned char *)a, *pe = p + alen;
    const unsigned char *q = (const unsigned char *)b, *qe = q + blen;

    while (p < pe && q < qe)
        if (cp_of(&p, pe, 1) != cp_of(&q, qe, 1))
            return 0;
    return p == pe && q == qe;
}

/* '*' and '?' over code points; iterative, backtracking to the last '*'
 * only (O(pattern x text) at worst, both bounded). */
static int glob(const char *pat, size_t plen, const char *str, size_t slen, int fold)
{
    const unsigned char *p = (const unsigned char *)pat, *pe = p + plen;
    const unsigned char *s = (const unsigned char *)str, *se = s + slen;
    const unsigned char *star_p = NULL, *star_s = NULL;

    while (s < se) {
        if (p < pe) {
            const unsigned char *p2 = p, *s2 = s;
            uint32_t pc = next_cp(&p2, pe);
            if (pc == '*') {
                star_p = p2;
                star_s = s;
                p = p2;
                continue;
            }
            uint32_t sc = cp_of(&s2, se, fold);
            if (pc == '?' || (fold ? fold_cp(pc) : pc) == sc) {
                p = p2;
                s = s2;
                continue;
            }
        }
        if (!star_p)
            return 0;
        next_cp(&star_s, se); /* the last '*' takes one more character */
        s = star_s;
        p = star_p;
    }
    while (p < pe && *p == '*')
        p++;
    return p == pe;
}

/* Byte order; a shorter string before its extensions. */
static int lexcmp(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c)
        return c;
    return alen < blen ? -1 : alen > blen;
}

/* ---- parsing ---- */

/* Remove the padding the rules call insignificant from [*p, *p + *len). */
static void trim(const struct qr_rules *r, const char **p, size_t *len)
{
    while (*len > 0 && ((*p)[*len - 1] == ' ' || (r->pn && (*p)[*len - 1] == '^')))
        (*len)--;
    if (r->trim_lead)
        while (*len > 0 && **p == ' ') {
            (*p)++;
            (*len)--;
        }
}

static int only_stars(const char *p, size_t len)
{
    if (len == 0)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (p[i] != '*')
            return 0;
    return 1;
}

/* Classify one term; 1 when it makes the whole key universal. */
static int parse_term(const struct qr_rules *r, const char *p, size_t len, struct term *t)
{
    const char *dash = r->dates ? memchr(p, '-', len) : NULL;

    memset(t, 0, sizeof *t);
    /* Spaces around a lone '*' never make it more than universal. */
    const char *q = p;
    size_t qlen = len;
    while (qlen > 0 && *q == ' ') {
        q++;
        qlen--;
    }
    if (only_stars(q, qlen))
        return 1;
    if (dash && !memchr(dash + 1, '-', len - (size_t)(dash - p) - 1)) {
        struct qr_rules plain = {0};
        plain.trim_lead = 1;
        t->kind = T_RANGE;
        t->a = p;
        t->alen = (size_t)(dash - p);
        t->b = dash + 1;
        t->blen = len - t->alen - 1;
        trim(&plain, &t->a, &t->alen);
        trim(&plain, &t->b, &t->blen);
        t->has_lo = t->alen > 0;
        t->has_hi = t->blen > 0;
        return !t->has_lo && !t->has_hi; /* "-" */
    }
    t->kind = memchr(p, '*', len) || memchr(p, '?', len) ? T_WILD : T_EXACT;
    t->a = p;
    t->alen = len;
    return 0;
}

int qr_match_parse(const char *value, size_t len, const struct qr_rules *rules,
                   struct qr_match **out)
{
    struct qr_match *m;
    size_t cap = 1;
    const char *nul = memchr(value, '\0', len);

    *out = NULL;
    /* A NUL ends a value (UI padding; PostgreSQL cannot take one). */
    if (nul)
        len = (size_t)(nul - value);
    while (len > 0 && value[len - 1] == ' ')
        len--;
    if (rules->list)
        for (size_t i = 0; i < len; i++)
            cap += value[i] == '\\';
    if (cap > QR_MATCH_MAX_TERMS)
        return DG_ETOOBIG;
    m = calloc(1, sizeof *m);
    if (!m)
        return -ENOMEM;
    m->r = *rules;
    buf_init(&m->sql, SQL_TEXT_MAX);
    m->text = malloc(len + 1);
    m->terms = calloc(cap, sizeof *m->terms);
    if (!m->text || !m->terms) {
        qr_match_free(m);
        return -ENOMEM;
    }
    if (len)
        memcpy(m->text, value, len);
    m->text[len] = '\0';
    m->len = len;
    /* Leading spaces of a query value are never meant: a UID list written
     * "1.2.3\ 1.2.4" means 1.2.4. */
    struct qr_rules query_rules = *rules;
    query_rules.trim_lead = 1;
    for (const char *p = m->text, *end = m->text + len; p <= end;) {
        const char *sep = rules->list ? memchr(p, '\\', (size_t)(end - p)) : NULL;
        const char *stop = sep ? sep : end;
        const char *tp = p;
        size_t tlen = (size_t)(stop - p);
        trim(&query_rules, &tp, &tlen);
        if (tlen > 0) {
            if (parse_term(rules, tp, tlen, &m->terms[m->nterms])) {
                m->universal = 1;
                break;
            }
            m->nterms++;
        }
        p = stop + 1;
    }
    /* Nothing but padding (zero length, spaces, "^^"): universal. */
    if (m->nterms == 0)
        m->universal = 1;
    *out = m;
    return 0;
}

void qr_match_free(struct qr_match *m)
{
    if (!m)
        return;
    free(m->text);
    free(m->terms);
    free(m->conds);
    free(m->vals);
    buf_free(&m->sql);
    free(m);
}

size_t qr_match_terms(const struct qr_match *m)
{
    return m->nterms;
}

int qr_match_universal(const struct qr_match *m)
{
    return m->universal;
}

/* ---- testing ---- */

static int term_matches(const struct qr_match *m, const struct term *t, const char *s, size_t slen)
{
    switch (t->kind) {
    case T_EXACT:
        if (m->r.fold)
            return qr_fold_equal(t->a, t->alen, s, slen);
        return t->alen == slen && memcmp(t->a, s, slen) == 0;
    case T_WILD:
        return glob(t->a, t->alen, s, slen, m->r.fold);
    case T_RANGE:
        if (t->has_lo && lexcmp(s, slen, t->a, t->alen) < 0)
            return 0;
        if (t->has_hi && lexcmp(s, slen < t->blen ? slen : t->blen, t->b, t->blen) > 0)
            return 0;
        return 1;
    }
    return 0;
}

static int value_matches(const struct qr_match *m, const char *s, size_t slen)
{
    trim(&m->r, &s, &slen);
    for (size_t i = 0; i < m->nterms; i++)
        if (term_matches(m, &m->terms[i], s, slen))
            return 1;
    return 0;
}

int qr_match_test(const struct qr_match *m, const char *value, size_t len)
{
    if (m->universal)
        return 1;
    if (!value)
        return 0;
    if (!m->r.multi)
        return value_matches(m, value, len);
    for (const char *p = value, *end = value + len; p <= end;) {
        const char *sep = memchr(p, '\\', (size_t)(end - p));
        const char *stop = sep ? sep : end;
        if (value_matches(m, p, (size_t)(stop - p)))
            return 1;
        p = stop + 1;
    }
    return 0;
}

/* ---- SQL ---- */

/* A piece of m->sql: offsets until the buffer stops growing. */
struct piece {
    size_t off, len;
};

static int put(struct qr_match *m, const void *p, size_t n)
{
    return buf_append(&m->sql, p, n);
}

/* The LIKE pattern for a term, appended to m->sql: a superset of what
 * term_matches accepts, on every backend. Every character beyond ASCII
 * becomes '%': an index Conquest made holds text in the image's character
 * set (Latin-1 bytes, not UTF-8), which the rows' test reads as it should,
 * and UPPER differs between backends beyond ASCII. With fold the column is
 * compared as UPPER(column): ASCII letters are upper-cased, and 'I' and
 * 'i', which a Turkish-locale UPPER makes 'İ', become '%' too. '?' becomes
 * '%' (one character, but UPPER or another encoding may change its
 * length). */
static int like_pattern(struct qr_match *m, const struct term *t)
{
    const unsigned char *p = (const unsigned char *)t->a, *end = p + t->alen;
    int rc = 0, last_pct = 0;

    if (m->r.trim_lead || m->r.multi) {
        rc = put(m, "%", 1);
        last_pct = 1;
    }
    while (rc == 0 && p < end) {
        const unsigned char *start = p;
        uint32_t c = next_cp(&p, end);
        int pct = c == '*' || c == '?' || c >= 0x80 || (m->r.fold && (c == 'i' || c == 'I'));
        if (pct) {
            if (!last_pct)
                rc = put(m, "%", 1);
            last_pct = 1;
            continue;
        }
        last_pct = 0;
        if (c == '%' || c == '_' || c == DB_LIKE_ESCAPE) {
            char esc[2] = {DB_LIKE_ESCAPE, (char)c};
            rc = put(m, esc, 2);
        } else if (m->r.fold && c >= 'a' && c <= 'z') {
            char up = (char)(c - 0x20);
            rc = put(m, &up, 1);
        } else {
            rc = put(m, start, (size_t)(p - start));
        }
    }
    if (rc == 0 && (m->r.multi || m->r.pn) && !last_pct)
        rc = put(m, "%", 1);
    return rc;
}

/* The smallest string above everything that starts with b (or equals a
 * prefix of it): b with its last byte raised; 0 when that byte is not
 * plain ASCII below DEL (no such string then, or not a valid UTF-8 one). */
static int successor(struct qr_match *m, const struct term *t)
{
    unsigned char last = (unsigned char)t->b[t->blen - 1];

    if (last >= 0x7F)
        return 0;
    last++;
    return put(m, t->b, t->blen - 1) == 0 && put(m, &last, 1) == 0;
}

/* 1 when an exact term is compared with '=' (through IN): a value of
 * case-sensitive, single-valued ASCII. One beyond ASCII goes through LIKE
 * with those characters '%', which also finds the Latin-1 bytes of an index
 * Conquest made, where '=' on UTF-8 would not. */
static int exact_in_sql(const struct qr_match *m, const struct term *t)
{
    if (t->kind != T_EXACT || m->r.fold || m->r.multi)
        return 0;
    for (size_t i = 0; i < t->alen; i++)
        if ((unsigned char)t->a[i] >= 0x80)
            return 0;
    return 1;
}

/* For a single case-insensitive value whose leading spaces are padding (a
 * person's name): the ASCII text it starts with before any wildcard,
 * upper-cased, and its successor, appended to m->sql as pc[0] and pc[1]:
 * every stored value that matches has UPPER(LTRIM(value)) in [pc[0],
 * pc[1]), a range the name indexes (tables.c) answer, where the LIKE
 * pattern, which starts with '%' for the leading spaces, makes the backend
 * read every row (45 ms on 100 000 studies, bench/qr.sh). The prefix stops
 * at a wildcard and at what like_pattern makes '%' (non-ASCII, 'i' and
 * 'I'): stored values fold non-ASCII letters to non-ASCII ones only
 * (fold_cp), so a match has the prefix's own bytes there. Returns 0 when
 * there is no such prefix. */
static int prefix_range(struct qr_match *m, struct piece pc[2])
{
    const struct term *t = &m->terms[0];
    size_t n = 0, at = m->sql.len;

    if (m->nterms != 1 || !m->r.fold || !m->r.trim_lead || m->r.multi || t->kind == T_RANGE)
        return 0;
    while (n < t->alen) {
        unsigned char c = (unsigned char)t->a[n];
        if (c == '*' || c == '?' || c >= 0x7F || c == 'i' || c == 'I')
            break;
        n++;
    }
    if (n == 0)
        return 0;
    for (size_t k = 0; k < 2 * n; k++) {
        unsigned char c = (unsigned char)t->a[k % n];
        if (c >= 'a' && c <= 'z')
            c = (unsigned char)(c - 0x20);
        if (k == 2 * n - 1)
            c++; /* below 0x7F + 1: plain ASCII still */
        if (put(m, &c, 1))
            return 0;
    }
    pc[0] = (struct piece){at, n};
    pc[1] = (struct piece){at + n, n};
    return 1;
}

/* Exact values compared with '=' (through IN): how many leading-space
 * variants a term needs, or -1 when it cannot be bounded. */
static int pad_variants(const struct qr_match *m, const struct term *t)
{
    if (!m->r.trim_lead)
        return 0;
    if (m->r.column_length <= 0)
        return -1;
    if ((long)t->alen >= (long)m->r.column_length)
        return 0;
    long n = (long)m->r.column_length - (long)t->alen;
    return n > MAX_PAD_VARIANTS ? -1 : (int)n;
}

static int build_range(struct qr_match *m, struct piece *pc, enum db_op *ops, size_t *n)
{
    const struct term *t = &m->terms[0];
    size_t at = m->sql.len;

    *n = 0;
    if (t->has_lo) {
        if (put(m, t->a, t->alen))
            return -ENOMEM;
        pc[*n] = (struct piece){at, t->alen};
        ops[(*n)++] = DB_OP_GE;
        at = m->sql.len;
    }
    if (t->has_hi && successor(m, t)) {
        pc[*n] = (struct piece){at, t->blen};
        ops[(*n)++] = DB_OP_LT;
    }
    return 0;
}

/* Make m->conds; leaves nconds 0 when the SQL cannot narrow the rows down. */
static int build_conds(struct qr_match *m)
{
    struct piece *in = NULL, *like = NULL, range[2];
    size_t nin = 0, nlike = 0, maxin = 0, nrange = 0;
    int rc = 0;

    m->built = 1;
    if (m->universal || m->nterms == 0)
        return 0;
    if (m->nterms == 1 && m->terms[0].kind == T_RANGE && !m->r.multi) {
        struct piece pc[2];
        enum db_op ops[2];
        size_t n;
        rc = build_range(m, pc, ops, &n);
        if (rc || n == 0)
            return rc;
        m->conds = calloc(n, sizeof *m->conds);
        m->vals = calloc(n, sizeof *m->vals);
        if (!m->conds || !m->vals)
            return -ENOMEM;
        for (size_t i = 0; i < n; i++) {
            m->vals[i] = db_text((const char *)m->sql.data + pc[i].off, pc[i].len);
            m->conds[i] = (struct db_cond){NULL, ops[i], &m->vals[i], 1, 0, 0, 0};
        }
        m->nconds = n;
        return 0;
    }
    for (size_t i = 0; i < m->nterms; i++) {
        const struct term *t = &m->terms[i];
        if (t->kind == T_RANGE)
            return 0; /* a range in a list, or of a multi-valued column */
        if (exact_in_sql(m, t)) {
            int v = pad_variants(m, t);
            if (v < 0)
                return 0;
            maxin += (size_t)v + 1;
        }
    }
    if (maxin + m->nterms > MAX_SQL_PARAMS)
        return 0;
    in = calloc(maxin + 1, sizeof *in);
    like = calloc(m->nterms, sizeof *like);
    if (!in || !like) {
        rc = -ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < m->nterms && rc == 0; i++) {
        const struct term *t = &m->terms[i];
        size_t at = m->sql.len;
        if (exact_in_sql(m, t)) {
            int v = pad_variants(m, t);
            for (int k = 0; k <= v && rc == 0; k++) {
                at = m->sql.len;
                for (int j = 0; j < k && rc == 0; j++)
                    rc = put(m, " ", 1);
                if (rc == 0)
                    rc = put(m, t->a, t->alen);
                in[nin++] = (struct piece){at, m->sql.len - at};
            }
        } else {
            rc = like_pattern(m, t);
            like[nlike++] = (struct piece){at, m->sql.len - at};
        }
    }
    if (rc) {
        /* Too much text to preselect with: the rows are tested here anyway. */
        rc = rc == DG_ETOOBIG ? 0 : rc;
        goto done;
    }
    if (prefix_range(m, range))
        nrange = 2;
    size_t ncond = (nin ? 1 : 0) + nlike + nrange;
    m->conds = calloc(ncond, sizeof *m->conds);
    m->vals = calloc(nin + nlike + nrange, sizeof *m->vals);
    if (!m->conds || !m->vals) {
        rc = -ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < nin; i++)
        m->vals[i] = db_text((const char *)m->sql.data + in[i].off, in[i].len);
    for (size_t i = 0; i < nlike; i++)
        m->vals[nin + i] = db_text((const char *)m->sql.data + like[i].off, like[i].len);
    size_t c = 0;
    if (nin)
        m->conds[c++] = (struct db_cond){NULL, DB_OP_IN, m->vals, nin, 0, 0, 0};
    for (size_t i = 0; i < nlike; i++)
        m->conds[c++] = (struct db_cond){NULL, DB_OP_LIKE, &m->vals[nin + i], 1, m->r.fold, 0, 0};
    for (size_t i = 0; i + 1 < c; i++)
        m->conds[i].or_next = 1;
    for (size_t i = 0; i < nrange; i++) { /* ANDed with the one LIKE */
        struct db_value *v = &m->vals[nin + nlike + i];
        *v = db_text((const char *)m->sql.data + range[i].off, range[i].len);
        m->conds[c++] = (struct db_cond){NULL, i ? DB_OP_LT : DB_OP_GE, v, 1, 1, 0, 1};
    }
    m->nconds = c;
done:
    free(in);
    free(like);
    return rc;
}

void qr_match_conds(struct qr_match *m, const char *column, const struct db_cond **conds, size_t *n)
{
    if (!m->built && build_conds(m) != 0) {
        free(m->conds);
        m->conds = NULL;
        m->nconds = 0;
    }
    for (size_t i = 0; i < m->nconds; i++)
        m->conds[i].column = column;
    *conds = m->conds;
    *n = m->nconds;
}

size_t qr_match_describe(const struct qr_match *m, char *out, size_t outlen)
{
    size_t n = 0;

    if (outlen == 0)
        return 0;
    for (size_t i = 0; i < m->len && n + 1 < outlen; i++) {
        unsigned char c = (unsigned char)m->text[i];
        out[n++] = c < 0x20 || c == 0x7F ? '.' : (char)c;
    }
    out[n] = '\0';
    return n;
}
