/* libFuzzer target for the multipart parser: the first input byte picks a
 * chunk size, the next line is the Content-Type, the rest the body. Any
 * bytes must parse or fail with one of the parser's codes; the parts' bytes
 * must come out the same whatever the chunks, and never more than went in. */
#include "util/error.h"
#include "web/multipart.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct tally {
    size_t parts, ended, bytes;
    uint32_t hash;
};

static int on_begin(void *ctx, const struct multipart *m)
{
    struct tally *t = ctx;
    const char *v = multipart_header(m, "Content-Type");
    if (v && strlen(v) > MULTIPART_HEADERS_MAX)
        __builtin_trap();
    t->parts++;
    t->hash = t->hash * 31u + 7u;
    return 0;
}

static int on_data(void *ctx, const uint8_t *p, size_t n)
{
    struct tally *t = ctx;
    if (n == 0)
        __builtin_trap();
    for (size_t i = 0; i < n; i++)
        t->hash = t->hash * 31u + p[i];
    t->bytes += n;
    return 0;
}

static int on_end(void *ctx)
{
    struct tally *t = ctx;
    t->ended++;
    t->hash = t->hash * 31u + 3u;
    return 0;
}

static const struct multipart_handler handler = {on_begin, on_data, on_end};

static int run(const char *boundary, const uint8_t *p, size_t n, size_t chunk, struct tally *t)
{
    struct multipart *m = NULL;
    int rc;

    memset(t, 0, sizeof *t);
    if (multipart_new(boundary, &handler, t, &m) != 0)
        __builtin_trap();
    rc = 0;
    for (size_t at = 0; at < n && rc == 0; at += chunk)
        rc = multipart_feed(m, p + at, n - at < chunk ? n - at : chunk);
    if (rc == 0)
        rc = multipart_finish(m);
    if (multipart_parts(m) != t->parts)
        __builtin_trap();
    multipart_free(m);
    if (rc != 0 && rc != DG_EPARSE && rc != DG_ETOOBIG && rc != DG_ETRUNC)
        __builtin_trap();
    if (t->bytes > n || t->ended > t->parts || t->parts > t->ended + 1)
        __builtin_trap();
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char ct[512], boundary[MULTIPART_BOUNDARY_MAX + 1];
    const uint8_t *nl;
    size_t chunk, ctlen;
    struct tally a, b;
    int ra, rb;

    if (size < 2)
        return 0;
    chunk = 1 + data[0] % 64;
    data++;
    size--;
    nl = memchr(data, '\n', size);
    ctlen = nl ? (size_t)(nl - data) : size;
    if (ctlen >= sizeof ct || memchr(data, '\0', ctlen))
        return 0;
    memcpy(ct, data, ctlen);
    ct[ctlen] = '\0';
    if (multipart_boundary(ct, boundary, sizeof boundary) != 0)
        return 0;
    if (strlen(boundary) < 1 || strlen(boundary) > MULTIPART_BOUNDARY_MAX)
        __builtin_trap();
    data += ctlen + (nl ? 1 : 0);
    size -= ctlen + (nl ? 1 : 0);
    ra = run(boundary, data, size, size ? size : 1, &a);
    rb = run(boundary, data, size, chunk, &b);
    if (ra != rb || a.hash != b.hash || a.bytes != b.bytes || a.parts != b.parts)
        __builtin_trap();
    return 0;
}
