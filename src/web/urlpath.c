/* Percent-decoding and the splitting of a request path into segments
 * (urlpath.h): each segment decoded alone, "." and ".." refused. */
#include "web/urlpath.h"

#include "util/error.h"
#include "util/str.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int url_decode(const char *s, size_t n, char *out)
{
    size_t o = 0;

    for (size_t i = 0; i < n; i++) {
        if (s[i] != '%') {
            out[o++] = s[i];
            continue;
        }
        if (i + 2 >= n)
            return DG_EPARSE;
        int hi = str_hex_digit(s[i + 1]), lo = str_hex_digit(s[i + 2]);
        if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
            return DG_EPARSE;
        out[o++] = (char)(hi << 4 | lo);
        i += 2;
    }
    out[o] = '\0';
    return 0;
}

int url_split(const char *url, struct url_path *u)
{
    size_t len = strlen(url), used = 0;
    const char *p;

    if (url[0] != '/')
        return DG_EPARSE;
    /* Decoded segments are never longer than written: len bytes hold them
     * with their NULs, len + 2 the path with its slashes. */
    u->segs = malloc(len + 1);
    u->path = malloc(len + 2);
    if (!u->segs || !u->path)
        return -ENOMEM;
    u->path[0] = '\0';
    p = url + 1;
    /* "/" has no segment; "/a/" has "a" and "". */
    while (len > 1) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *seg = u->segs + used;

        if (u->nseg == URL_MAX_SEGMENTS || url_decode(p, n, seg) != 0 || strchr(seg, '/') ||
            strcmp(seg, ".") == 0 || strcmp(seg, "..") == 0)
            return DG_EPARSE;
        u->seg[u->nseg++] = seg;
        strcat(u->path, "/");
        strcat(u->path, seg);
        used += strlen(seg) + 1;
        if (!slash)
            break;
        p = slash + 1;
    }
    if (!u->path[0])
        strcpy(u->path, "/");
    return 0;
}

void url_path_free(struct url_path *u)
{
    free(u->segs);
    free(u->path);
    u->segs = u->path = NULL;
}
