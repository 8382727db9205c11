/* Base64 both ways, three bytes per four characters, checked strictly on
 * the way in (the metadata we read back is ours; InlineBinary is never read). */
#include "util/base64.h"

#include "util/error.h"

#include <stdint.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64_encode(const uint8_t *p, size_t len, struct buf *out)
{
    char q[4];
    int rc;

    if (len > (SIZE_MAX / 4 - 1) * 3)
        return DG_ETOOBIG;
    rc = buf_reserve(out, (len + 2) / 3 * 4);
    for (size_t i = 0; rc == 0 && i < len; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < len)
            v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < len)
            v |= p[i + 2];
        q[0] = alphabet[v >> 18];
        q[1] = alphabet[(v >> 12) & 63];
        q[2] = i + 1 < len ? alphabet[(v >> 6) & 63] : '=';
        q[3] = i + 2 < len ? alphabet[v & 63] : '=';
        rc = buf_append(out, q, 4);
    }
    return rc;
}

/* The 6-bit value of c, or -1. */
static int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

int base64_decode(const char *text, size_t len, struct buf *out)
{
    int rc;

    if (len % 4)
        return DG_EPARSE;
    rc = buf_reserve(out, len / 4 * 3);
    for (size_t i = 0; rc == 0 && i < len; i += 4) {
        int last = i + 4 == len;
        int pad = last && text[i + 3] == '=' ? (text[i + 2] == '=' ? 2 : 1) : 0;
        uint32_t v = 0;
        uint8_t b[3];
        for (int k = 0; k < 4; k++) {
            int s = k >= 4 - pad ? 0 : sextet(text[i + k]);
            if (s < 0)
                return DG_EPARSE;
            v = v << 6 | (uint32_t)s;
        }
        b[0] = (uint8_t)(v >> 16);
        b[1] = (uint8_t)(v >> 8);
        b[2] = (uint8_t)v;
        rc = buf_append(out, b, 3 - (size_t)pad);
    }
    return rc;
}
