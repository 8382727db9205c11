/* The media ranges of an HTTP Accept header, one at a time, with their
 * parameters (type=, transfer-syntax=): what WADO-RS negotiates on. */
#ifndef DG_WEB_ACCEPT_H
#define DG_WEB_ACCEPT_H

#include <stddef.h>

struct accept_range {
    const char *p; /* "multipart/related; type=..." */
    size_t len;
};

/* The next media range after *cursor (advanced), leading spaces off;
 * ranges with q=0 are passed over. 0 at the end. */
int accept_next(const char **cursor, struct accept_range *r);

/* 1 when the range's media type (parameters ignored) is `type`. */
int accept_media_is(const struct accept_range *r, const char *type);

/* Parameter `name`'s value, unquoted, into out: 1, or 0 when absent. */
int accept_param(const struct accept_range *r, const char *name, char *out, size_t outlen);

/* 1 when an Accept header takes JSON: absent or empty, or a range (not
 * q=0) of application/dicom+json, application/json, application/<any> or
 * <any>/<any>. What QIDO-RS and WADO-RS metadata answer with. */
int accept_json(const char *header);

#endif
