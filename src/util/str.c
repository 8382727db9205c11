/* String helpers; see str.h. */
#include "util/str.h"
#include "util/error.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

char *str_trim(char *s)
{
    size_t start = 0, end = strlen(s);

    while (s[start] == ' ' || s[start] == '\t')
        start++;
    while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    memmove(s, s + start, end - start);
    s[end - start] = '\0';
    return s;
}

size_t str_copy(char *dst, const char *src, size_t n)
{
    size_t len = strlen(src);

    if (n) {
        size_t c = len < n - 1 ? len : n - 1;
        memcpy(dst, src, c);
        dst[c] = '\0';
    }
    return len;
}

int str_to_long(const char *s, long min, long max, long *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (end == s || errno)
        return DG_EPARSE;
    while (*end == ' ' || *end == '\t')
        end++;
    if (*end || v < min || v > max)
        return DG_EPARSE;
    *out = v;
    return 0;
}

size_t str_utf8_cut(const char *p, size_t len, size_t max)
{
    if (len <= max)
        return len;
    while (max > 0 && ((unsigned char)p[max] & 0xC0) == 0x80)
        max--;
    return max;
}

int str_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
