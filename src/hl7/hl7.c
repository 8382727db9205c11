/* HL7 v2 messages; see hl7.h. The file is copied once and cut into
 * segments (offsets into the copy); fields, repetitions and components are
 * found when a value is asked for, by scanning the one segment. */
#include "hl7/hl7.h"

#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct segment {
    size_t off, len; /* in the batch's copy */
};

struct hl7_msg {
    const struct hl7_batch *b;
    size_t first, nsegs; /* its segments in b->segs */
    /* The separators MSH declares; 0 for an encoding character it left out. */
    uint8_t fs, cs, rs, es, ss;
};

struct hl7_batch {
    uint8_t *data;
    struct segment *segs;
    size_t nsegs;
    struct hl7_msg *msgs;
    size_t nmsgs;
};

static void say(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int ends_segment(uint8_t c)
{
    return c == '\r' || c == '\n' || c == 0x0B || c == 0x1C;
}

static int is_name_char(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* A separator must be visible and neither a letter nor a digit. */
static int is_separator_char(uint8_t c)
{
    return c > 0x20 && c < 0x7F && !is_name_char(c) && !(c >= 'a' && c <= 'z');
}

/* Read MSH's field separator and encoding characters into m. */
static int read_msh(const uint8_t *p, size_t len, struct hl7_msg *m, char *err, size_t errlen)
{
    uint8_t enc[4] = {0, 0, 0, 0};
    size_t n = 0;

    if (len < 5 || !is_separator_char(p[3])) {
        say(err, errlen, "MSH without a field separator");
        return DG_EPARSE;
    }
    m->fs = p[3];
    for (size_t i = 4; i < len && p[i] != m->fs; i++) {
        if (n == 4 || !is_separator_char(p[i]) || memchr(enc, p[i], n) || p[i] == m->fs) {
            say(err, errlen, "MSH-2 (the encoding characters) is not 1 to 4 distinct separators");
            return DG_EPARSE;
        }
        enc[n++] = p[i];
    }
    if (n == 0) {
        say(err, errlen, "MSH-2 (the encoding characters) is empty");
        return DG_EPARSE;
    }
    m->cs = enc[0];
    m->rs = enc[1];
    m->es = enc[2];
    m->ss = enc[3];
    return 0;
}

/* Check one segment's name, bytes and field lengths. */
static int check_segment(const uint8_t *p, size_t len, uint8_t fs, char *err, size_t errlen)
{
    size_t field_start = 0;

    if (len < 3 || !is_name_char(p[0]) || !is_name_char(p[1]) || !is_name_char(p[2]) ||
        (len > 3 && p[3] != fs)) {
        say(err, errlen, "'%.*s' is not a segment (three capitals or digits, then '%c')",
            (int)(len < 8 ? len : 8), (const char *)p, fs);
        for (char *c = err; *c; c++)
            if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7F)
                *c = '?';
        return DG_EPARSE;
    }
    for (size_t i = 0; i <= len; i++) {
        if (i < len && (p[i] < 0x20 || p[i] == 0x7F) && p[i] != '\t') {
            say(err, errlen, "%.3s: binary byte 0x%02x at offset %zu of the segment",
                (const char *)p, p[i], i);
            return DG_EPARSE;
        }
        if (i == len || p[i] == fs) {
            if (i - field_start > HL7_MAX_FIELD) {
                say(err, errlen, "%.3s: a field of %zu bytes, more than %u", (const char *)p,
                    i - field_start, HL7_MAX_FIELD);
                return DG_ETOOBIG;
            }
            field_start = i + 1;
        }
    }
    return 0;
}

static int add_segment(struct hl7_batch *b, size_t *cap, size_t off, size_t len)
{
    struct segment *segs = buf_grow_array(b->segs, cap, b->nsegs, sizeof *segs, 64);

    if (!segs)
        return -ENOMEM;
    b->segs = segs;
    segs[b->nsegs++] = (struct segment){off, len};
    return 0;
}

static int add_message(struct hl7_batch *b, size_t *cap, const struct hl7_msg *m)
{
    struct hl7_msg *msgs = buf_grow_array(b->msgs, cap, b->nmsgs, sizeof *msgs, 8);

    if (!msgs)
        return -ENOMEM;
    b->msgs = msgs;
    msgs[b->nmsgs++] = *m;
    return 0;
}

int hl7_parse(const uint8_t *p, size_t len, struct hl7_batch **out, char *err, size_t errlen)
{
    struct hl7_batch *b;
    struct hl7_msg cur = {0};
    size_t segcap = 0, msgcap = 0, pos = 0;
    int rc = 0, in_message = 0;
    char why[200];

    *out = NULL;
    say(err, errlen, "%s", "");
    if (len > HL7_MAX_INPUT) {
        say(err, errlen, "%zu bytes, more than the %u an HL7 file may have", len, HL7_MAX_INPUT);
        return DG_ETOOBIG;
    }
    b = calloc(1, sizeof *b);
    if (!b)
        return -ENOMEM;
    b->data = malloc(len ? len : 1);
    if (!b->data) {
        free(b);
        return -ENOMEM;
    }
    if (len)
        memcpy(b->data, p, len);
    while (rc == 0) {
        while (pos < len && ends_segment(b->data[pos]))
            pos++;
        if (pos == len)
            break;
        size_t start = pos;
        while (pos < len && !ends_segment(b->data[pos]))
            pos++;
        const uint8_t *s = b->data + start;
        size_t n = pos - start;
        if (b->nsegs == HL7_MAX_SEGMENTS) {
            say(err, errlen, "more than %u segments", HL7_MAX_SEGMENTS);
            rc = DG_ETOOBIG;
            break;
        }
        why[0] = '\0';
        if (n >= 3 && memcmp(s, "MSH", 3) == 0) {
            if (in_message)
                rc = add_message(b, &msgcap, &cur);
            memset(&cur, 0, sizeof cur);
            cur.b = b;
            cur.first = b->nsegs;
            if (rc == 0)
                rc = read_msh(s, n, &cur, why, sizeof why);
            in_message = 1;
        } else if (!in_message) {
            snprintf(why, sizeof why, "the file does not start with an MSH segment");
            rc = DG_EPARSE;
        }
        if (rc == 0)
            rc = check_segment(s, n, cur.fs, why, sizeof why);
        if (rc == 0)
            rc = add_segment(b, &segcap, start, n);
        if (rc == 0)
            cur.nsegs++;
        if (rc && why[0])
            say(err, errlen, "message %zu, segment %zu: %s", b->nmsgs + 1, cur.nsegs + 1, why);
    }
    if (rc == 0 && in_message)
        rc = add_message(b, &msgcap, &cur);
    if (rc == 0 && b->nmsgs == 0) {
        say(err, errlen, "no HL7 message (no MSH segment)");
        rc = DG_EPARSE;
    }
    if (rc) {
        hl7_free(b);
        return rc;
    }
    /* The messages were copied while the array grew: point them home. */
    for (size_t i = 0; i < b->nmsgs; i++)
        b->msgs[i].b = b;
    *out = b;
    return 0;
}

void hl7_free(struct hl7_batch *b)
{
    if (!b)
        return;
    free(b->data);
    free(b->segs);
    free(b->msgs);
    free(b);
}

size_t hl7_message_count(const struct hl7_batch *b)
{
    return b->nmsgs;
}

const struct hl7_msg *hl7_message(const struct hl7_batch *b, size_t i)
{
    return i < b->nmsgs ? &b->msgs[i] : NULL;
}

static int is_named(const struct hl7_msg *m, size_t i, const char *seg)
{
    const struct segment *s = &m->b->segs[m->first + i];
    return s->len >= 3 && memcmp(m->b->data + s->off, seg, 3) == 0 && strlen(seg) == 3;
}

size_t hl7_segment_count(const struct hl7_msg *m, const char *seg)
{
    size_t n = 0;

    for (size_t i = 0; i < m->nsegs; i++)
        n += (size_t)is_named(m, i, seg);
    return n;
}

/* The part of [p, p+len) between the k-th and (k+1)-th sep (k from 0). */
static void nth_part(const uint8_t **p, size_t *len, uint8_t sep, size_t k)
{
    const uint8_t *s = *p, *end = *p + *len;

    for (; k > 0 && s < end; k--) {
        const uint8_t *next = sep ? memchr(s, sep, (size_t)(end - s)) : NULL;
        s = next ? next + 1 : end;
    }
    if (k > 0) {
        *len = 0;
        return;
    }
    const uint8_t *next = sep ? memchr(s, sep, (size_t)(end - s)) : NULL;
    *p = s;
    *len = (size_t)((next ? next : end) - s);
}

/* \Xhh..\ as bytes into d (room for n / 2); 0 when it is not plain hex
 * or spells a control byte. */
static size_t hex_bytes(const uint8_t *x, size_t n, uint8_t *d)
{
    if (n == 0 || n % 2)
        return 0;
    for (size_t i = 0; i < n; i += 2) {
        int hi = str_hex_digit(x[i]), lo = str_hex_digit(x[i + 1]);
        if (hi < 0 || lo < 0 || hi * 16 + lo < 0x20 || hi * 16 + lo == 0x7F)
            return 0;
        d[i / 2] = (uint8_t)(hi * 16 + lo);
    }
    return n / 2;
}

/* Copy with escape sequences decoded. */
static int unescape(const struct hl7_msg *m, const uint8_t *p, size_t len, char *out, size_t outlen,
                    size_t *outn)
{
    size_t n = 0;

    for (size_t i = 0; i < len;) {
        uint8_t one[1];
        const uint8_t *put = p + i;
        size_t putn = 1, used = 1;
        const uint8_t *close =
            m->es && p[i] == m->es ? memchr(p + i + 1, m->es, len - i - 1) : NULL;
        if (close) {
            const uint8_t *x = p + i + 1;
            size_t xn = (size_t)(close - x);
            used = xn + 2;
            putn = 0;
            if (xn == 1 &&
                (x[0] == 'F' || x[0] == 'S' || x[0] == 'T' || x[0] == 'R' || x[0] == 'E')) {
                one[0] = x[0] == 'F'   ? m->fs
                         : x[0] == 'S' ? m->cs
                         : x[0] == 'T' ? m->ss
                         : x[0] == 'R' ? m->rs
                                       : m->es;
                put = one;
                putn = one[0] ? 1 : 0;
            } else if (xn == 1 && (x[0] == 'H' || x[0] == 'N')) {
                putn = 0;
            } else if (xn > 1 && x[0] == 'X' && n + (xn - 1) / 2 <= outlen &&
                       hex_bytes(x + 1, xn - 1, (uint8_t *)out + n)) {
                n += (xn - 1) / 2;
            } else {
                put = p + i; /* not a sequence we know: as written */
                putn = used;
            }
        }
        if (n + putn > outlen)
            return DG_ETOOBIG;
        memcpy(out + n, put, putn);
        n += putn;
        i += used;
    }
    *outn = n;
    return 0;
}

int hl7_value(const struct hl7_msg *m, const char *seg, size_t occ, int field, int component,
              char *out, size_t outlen, size_t *len)
{
    const struct segment *s = NULL;
    const uint8_t *p;
    size_t n;

    *len = 0;
    for (size_t i = 0, seen = 0; i < m->nsegs && !s; i++)
        if (is_named(m, i, seg) && seen++ == occ)
            s = &m->b->segs[m->first + i];
    if (!s || field < 0 || component < 0)
        return 0;
    p = m->b->data + s->off;
    n = s->len;
    int msh = memcmp(seg, "MSH", 3) == 0;
    if (msh && field == 1) {
        p += 3; /* the field separator itself */
        n = 1;
    } else {
        nth_part(&p, &n, m->fs, (size_t)(msh && field > 1 ? field - 1 : field));
        if (msh && field == 2) {
            if (n > outlen)
                return DG_ETOOBIG;
            memcpy(out, p, n); /* the encoding characters, never unescaped */
            *len = n;
            return 0;
        }
    }
    nth_part(&p, &n, m->rs, 0);
    if (component > 0)
        nth_part(&p, &n, m->cs, (size_t)component - 1);
    return unescape(m, p, n, out, outlen, len);
}
