/* Accept header parsing: comma-separated media ranges, parameters after
 * semicolons, values possibly quoted. Nothing here knows DICOM. */
#include "web/accept.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int accept_param(const struct accept_range *r, const char *name, char *out, size_t outlen)
{
    const char *end = r->p + r->len;
    size_t nlen = strlen(name);

    for (const char *p = memchr(r->p, ';', r->len); p;
         p = memchr(p + 1, ';', (size_t)(end - p - 1))) {
        const char *k = p + 1;
        while (k < end && *k == ' ')
            k++;
        if ((size_t)(end - k) > nlen && strncasecmp(k, name, nlen) == 0 && k[nlen] == '=') {
            const char *v = k + nlen + 1, *e = v;
            while (e < end && *e != ';')
                e++;
            while (e > v && e[-1] == ' ')
                e--;
            if (e - v >= 2 && *v == '"' && e[-1] == '"') {
                v++;
                e--;
            }
            snprintf(out, outlen, "%.*s", (int)(e - v), v);
            return 1;
        }
        if (p + 1 >= end)
            break;
    }
    return 0;
}

int accept_media_is(const struct accept_range *r, const char *type)
{
    size_t n = 0;

    while (n < r->len && r->p[n] != ';' && r->p[n] != ' ')
        n++;
    return n == strlen(type) && strncasecmp(r->p, type, n) == 0;
}

int accept_next(const char **cursor, struct accept_range *r)
{
    while (**cursor) {
        const char *p = *cursor;
        size_t len = strcspn(p, ",");
        char q[16];
        *cursor = p + len + (p[len] == ',');
        while (len && *p == ' ') {
            p++;
            len--;
        }
        r->p = p;
        r->len = len;
        if (len && !(accept_param(r, "q", q, sizeof q) && strtod(q, NULL) <= 0))
            return 1;
    }
    return 0;
}

int accept_json(const char *header)
{
    static const char *const json[] = {"application/dicom+json", "application/json",
                                       "application/*", "*/*"};
    struct accept_range range;

    if (!header || !*header)
        return 1;
    while (accept_next(&header, &range))
        for (size_t i = 0; i < sizeof json / sizeof json[0]; i++)
            if (accept_media_is(&range, json[i]))
                return 1;
    return 0;
}
