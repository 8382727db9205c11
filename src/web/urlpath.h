/* A request URL's path split into percent-decoded segments, and the
 * percent-decoding of query arguments: what the router matches on. Pure
 * (no libmicrohttpd), fuzzed by fuzz_request. */
#ifndef DG_WEB_URLPATH_H
#define DG_WEB_URLPATH_H

#include <stddef.h>

/* The most segments a path may have. */
#define URL_MAX_SEGMENTS 64

struct url_path {
    char *path; /* decoded segments joined by '/'; "/" when none */
    char *segs; /* the decoded segments, each NUL-terminated */
    const char *seg[URL_MAX_SEGMENTS];
    size_t nseg;
};

/* Percent-decode s[0..n) into out (room for n + 1); DG_EPARSE for a broken
 * escape or an encoded NUL. No '+' rule: libmicrohttpd has made '+' a space
 * in query arguments already, and in a path it stays '+'. */
int url_decode(const char *s, size_t n, char *out);

/* Split the raw path url (starting with '/') into u, each segment decoded
 * on its own, so that "%2F" never makes a new segment. DG_EPARSE when a
 * segment does not decode, holds a '/', is "." or "..", or there are more
 * than URL_MAX_SEGMENTS; -ENOMEM. u starts zeroed; url_path_free it
 * whatever the result. */
int url_split(const char *url, struct url_path *u);

void url_path_free(struct url_path *u);

#endif
