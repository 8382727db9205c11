/* The multipart parser: a state machine over one window of the body. Input
 * is copied into the window; whatever cannot be the start of a delimiter
 * ("CRLF--boundary") is handed out or dropped at once, and only the tail
 * that might be (fewer bytes than a delimiter) waits for the next chunk. The
 * body is parsed as if it began with CRLF, so that a first delimiter at its
 * very start (the usual case: no preamble) is found like every other. */
#include "web/multipart.h"

#include "util/error.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The window: a chunk of body plus the longest delimiter. A header line is
 * read whole in it, so it must hold MULTIPART_HEADERS_MAX too. */
#define WINDOW (64u * 1024 + 128)
/* Transport padding allowed after a delimiter (RFC 2046: linear white
 * space), before its CRLF. */
#define PADDING_MAX 256

enum state { PREAMBLE, AFTER_DELIM, HEADERS, BODY, EPILOGUE };

struct multipart {
    const struct multipart_handler *h;
    void *ctx;
    enum state state;
    int error;
    size_t parts;
    size_t padding;
    char delim[MULTIPART_BOUNDARY_MAX + 5]; /* "\r\n--" boundary */
    size_t dlen;
    /* The current part's headers: "name\0value\0" pairs, names lower-cased. */
    char headers[MULTIPART_HEADERS_MAX + 2];
    size_t hlen;
    size_t hraw; /* bytes of header lines read, CRLFs included (the cap) */
    uint8_t win[WINDOW];
    size_t len;
};

/* ---- Content-Type ---- */

static int is_tspecial(int c)
{
    return c && strchr("()<>@,;:\\\"/[]?=", c) != NULL;
}

static int is_token_char(int c)
{
    return c > 32 && c < 127 && !is_tspecial(c);
}

static const char *skip_blanks(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* Copy the token at *s (lower-cased when lower) into out; 0, DG_EPARSE
 * when there is none, DG_ETOOBIG. */
static int take_token(const char **s, char *out, size_t cap, int lower)
{
    size_t n = 0;
    const char *p = *s;

    while (is_token_char((unsigned char)*p)) {
        if (n + 1 >= cap)
            return DG_ETOOBIG;
        out[n++] = lower ? (char)tolower((unsigned char)*p) : *p;
        p++;
    }
    if (n == 0)
        return DG_EPARSE;
    out[n] = '\0';
    *s = p;
    return 0;
}

/* A parameter value: a token or a quoted-string (its backslash escapes
 * undone). */
static int take_value(const char **s, char *out, size_t cap)
{
    const char *p = *s;
    size_t n = 0;

    if (*p != '"')
        return take_token(s, out, cap, 0);
    for (p++; *p != '"'; p++) {
        if (*p == '\0' || *p == '\r' || *p == '\n')
            return DG_EPARSE;
        if (*p == '\\' && p[1] != '\0')
            p++;
        if (n + 1 >= cap)
            return DG_ETOOBIG;
        out[n++] = *p;
    }
    out[n] = '\0';
    *s = p + 1;
    return 0;
}

/* The media type "type/subtype", lower-cased; *rest points after it. */
static int take_media_type(const char *ct, char *out, size_t cap, const char **rest)
{
    const char *p = skip_blanks(ct);
    char sub[128];
    size_t n;
    int rc = take_token(&p, out, cap, 1);

    if (rc != 0)
        return rc;
    if (*p != '/')
        return DG_EPARSE;
    p++;
    rc = take_token(&p, sub, sizeof sub, 1);
    if (rc != 0)
        return rc;
    n = strlen(out);
    if (n + 1 + strlen(sub) + 1 > cap)
        return DG_ETOOBIG;
    out[n] = '/';
    strcpy(out + n + 1, sub);
    *rest = p;
    return 0;
}

int multipart_media_type(const char *content_type, char *out, size_t cap)
{
    const char *rest;
    return take_media_type(content_type, out, cap, &rest);
}

int multipart_param(const char *content_type, const char *name, char *out, size_t cap)
{
    char type[256], pname[128];
    const char *p;
    int rc = take_media_type(content_type, type, sizeof type, &p);

    while (rc == 0) {
        p = skip_blanks(p);
        if (*p == '\0')
            return DG_ENOTFOUND;
        if (*p != ';')
            return DG_EPARSE;
        p = skip_blanks(p + 1);
        if (*p == '\0')
            return DG_ENOTFOUND; /* a trailing ';' is common and harmless */
        rc = take_token(&p, pname, sizeof pname, 1);
        if (rc != 0)
            return rc == DG_ETOOBIG ? DG_EPARSE : rc;
        p = skip_blanks(p);
        if (*p != '=')
            return DG_EPARSE;
        p = skip_blanks(p + 1);
        if (strcasecmp(pname, name) == 0)
            return take_value(&p, out, cap);
        rc = take_value(&p, type, sizeof type);
        if (rc == DG_ETOOBIG)
            return DG_EPARSE;
    }
    return rc;
}

/* RFC 2046 5.1.1's bchars. */
static int is_bchar(int c)
{
    return isalnum(c) || (c && strchr("'()+_,-./:=? ", c) != NULL);
}

static int boundary_valid(const char *b)
{
    size_t n = strlen(b);

    if (n < 1 || n > MULTIPART_BOUNDARY_MAX || b[n - 1] == ' ')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_bchar((unsigned char)b[i]))
            return 0;
    return 1;
}

int multipart_boundary(const char *content_type, char *out, size_t cap)
{
    char type[256];
    char b[MULTIPART_BOUNDARY_MAX + 2];
    int rc = multipart_media_type(content_type, type, sizeof type);

    if (rc != 0)
        return DG_EPARSE;
    if (strcmp(type, "multipart/related") != 0 && strcmp(type, "multipart/form-data") != 0)
        return DG_EUNSUPPORTED;
    rc = multipart_param(content_type, "boundary", b, sizeof b);
    if (rc != 0 || !boundary_valid(b))
        return DG_EPARSE;
    if (strlen(b) + 1 > cap)
        return DG_ETOOBIG;
    strcpy(out, b);
    return 0;
}

/* ---- the body ---- */

int multipart_new(const char *boundary, const struct multipart_handler *h, void *ctx,
                  struct multipart **out)
{
    struct multipart *m;

    *out = NULL;
    if (!boundary_valid(boundary))
        return DG_EPARSE;
    m = calloc(1, sizeof *m);
    if (!m)
        return -ENOMEM;
    m->h = h;
    m->ctx = ctx;
    m->state = PREAMBLE;
    m->dlen = (size_t)snprintf(m->delim, sizeof m->delim, "\r\n--%s", boundary);
    /* The CRLF before the first delimiter, which the body need not have. */
    memcpy(m->win, "\r\n", 2);
    m->len = 2;
    *out = m;
    return 0;
}

void multipart_free(struct multipart *m)
{
    free(m);
}

size_t multipart_parts(const struct multipart *m)
{
    return m->parts;
}

const char *multipart_header(const struct multipart *m, const char *name)
{
    size_t i = 0;

    while (i < m->hlen) {
        const char *n = m->headers + i;
        const char *v = n + strlen(n) + 1;
        if (strcasecmp(n, name) == 0)
            return v;
        i = (size_t)(v + strlen(v) + 1 - m->headers);
    }
    return NULL;
}

static const uint8_t *find(const uint8_t *hay, size_t n, const void *needle, size_t k)
{
    return memmem(hay, n, needle, k);
}

/* One header line (no CRLF) into the pairs. A line starting with a blank
 * continues the previous value (obsolete folding, still sent by some). */
static int add_header(struct multipart *m, const uint8_t *line, size_t n)
{
    const uint8_t *colon;
    size_t nlen, vstart, vend;

    m->hraw += n + 2;
    if (m->hraw > MULTIPART_HEADERS_MAX)
        return DG_ETOOBIG;
    if (memchr(line, '\0', n))
        return DG_EPARSE;
    if (line[0] == ' ' || line[0] == '\t') {
        if (m->hlen == 0)
            return DG_EPARSE;
        /* Replace the value's NUL by a space and append the continuation. */
        m->headers[m->hlen - 1] = ' ';
        memcpy(m->headers + m->hlen, line, n);
        m->hlen += n;
        m->headers[m->hlen++] = '\0';
        return 0;
    }
    colon = memchr(line, ':', n);
    if (!colon || colon == line)
        return DG_EPARSE;
    nlen = (size_t)(colon - line);
    while (nlen > 0 && (line[nlen - 1] == ' ' || line[nlen - 1] == '\t'))
        nlen--;
    vstart = (size_t)(colon - line) + 1;
    while (vstart < n && (line[vstart] == ' ' || line[vstart] == '\t'))
        vstart++;
    vend = n;
    while (vend > vstart && (line[vend - 1] == ' ' || line[vend - 1] == '\t'))
        vend--;
    /* hraw bounds the line; the two NULs fit in the array's slack. */
    memcpy(m->headers + m->hlen, line, nlen);
    m->hlen += nlen;
    m->headers[m->hlen++] = '\0';
    memcpy(m->headers + m->hlen, line + vstart, vend - vstart);
    m->hlen += vend - vstart;
    m->headers[m->hlen++] = '\0';
    return 0;
}

/* Consume what can be decided from the window: returns the bytes used (the
 * rest waits for more input), or sets m->error. */
static size_t step(struct multipart *m, const uint8_t *w, size_t n)
{
    const uint8_t *hit;
    size_t keep = m->dlen - 1; /* a possible start of a delimiter */
    int rc;

    switch (m->state) {
    case PREAMBLE:
        hit = find(w, n, m->delim, m->dlen);
        if (hit) {
            m->state = AFTER_DELIM;
            m->padding = 0;
            return (size_t)(hit - w) + m->dlen;
        }
        return n > keep ? n - keep : 0;
    case AFTER_DELIM:
        if (n < 2)
            return 0;
        if (w[0] == '-' && w[1] == '-') {
            m->state = EPILOGUE;
            return 2;
        }
        if (w[0] == ' ' || w[0] == '\t') {
            if (++m->padding > PADDING_MAX)
                m->error = DG_EPARSE;
            return 1;
        }
        if (w[0] != '\r' || w[1] != '\n') {
            m->error = DG_EPARSE;
            return 0;
        }
        m->state = HEADERS;
        m->hlen = 0;
        m->hraw = 0;
        return 2;
    case HEADERS:
        hit = find(w, n, "\r\n", 2);
        if (!hit) {
            if (n > MULTIPART_HEADERS_MAX)
                m->error = DG_ETOOBIG;
            return 0;
        }
        if (hit == w) {
            m->state = BODY;
            m->parts++;
            rc = m->h->begin ? m->h->begin(m->ctx, m) : 0;
            if (rc != 0)
                m->error = rc;
            return 2;
        }
        rc = add_header(m, w, (size_t)(hit - w));
        if (rc != 0)
            m->error = rc;
        return (size_t)(hit - w) + 2;
    case BODY: {
        size_t out;
        hit = find(w, n, m->delim, m->dlen);
        out = hit ? (size_t)(hit - w) : n > keep ? n - keep : 0;
        if (out > 0 && m->h->data) {
            rc = m->h->data(m->ctx, w, out);
            if (rc != 0) {
                m->error = rc;
                return out;
            }
        }
        if (!hit)
            return out;
        m->state = AFTER_DELIM;
        m->padding = 0;
        rc = m->h->end ? m->h->end(m->ctx) : 0;
        if (rc != 0)
            m->error = rc;
        return out + m->dlen;
    }
    case EPILOGUE:
        return n;
    }
    return n;
}

int multipart_feed(struct multipart *m, const uint8_t *p, size_t n)
{
    while (m->error == 0 && n > 0) {
        size_t room = WINDOW - m->len;
        size_t take = n < room ? n : room;
        size_t used = 0, u;

        /* A full window always moves on: a delimiter is far shorter, and a
         * header line longer than the cap is an error. */
        memcpy(m->win + m->len, p, take);
        m->len += take;
        p += take;
        n -= take;
        do {
            u = step(m, m->win + used, m->len - used);
            used += u;
        } while (u > 0 && m->error == 0 && used < m->len);
        memmove(m->win, m->win + used, m->len - used);
        m->len -= used;
    }
    return m->error;
}

int multipart_finish(struct multipart *m)
{
    if (m->error != 0)
        return m->error;
    return m->state == EPILOGUE ? 0 : DG_ETRUNC;
}
