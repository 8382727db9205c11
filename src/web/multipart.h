/* A streaming parser of MIME multipart bodies (RFC 2046): multipart/related
 * (STOW-RS, PS3.18 8.6) and multipart/form-data (a browser's upload). Bytes
 * are fed as they arrive, in chunks of any size; each part's headers are
 * handed out whole (capped), its body in chunks as it comes, so memory is
 * one buffer whatever the body's size. Pure: no I/O, no DICOM. Not the
 * meaning of a part (stow.c). */
#ifndef DG_WEB_MULTIPART_H
#define DG_WEB_MULTIPART_H

#include <stddef.h>
#include <stdint.h>

/* RFC 2046 5.1.1 says a boundary is 1 to 70 characters, but Orthanc's
 * DICOMweb plugin (1.7) sends STOW-RS with 73 (two UUIDs): taken up to 128. */
#define MULTIPART_BOUNDARY_MAX 128
/* The headers of one part, all lines together. */
#define MULTIPART_HEADERS_MAX 8192

struct multipart;

/* What the parser calls, in order, for each part: begin (its headers are
 * readable with multipart_header during the call), data zero or more times,
 * end. A non-zero return stops the parse: multipart_feed returns it. */
struct multipart_handler {
    int (*begin)(void *ctx, const struct multipart *m);
    int (*data)(void *ctx, const uint8_t *p, size_t n);
    int (*end)(void *ctx);
};

/* The media type of a Content-Type header value ("multipart/related"),
 * lower-cased, and the value of one of its parameters (unquoted, name
 * case-insensitive). Return 0; DG_ENOTFOUND when the parameter is absent;
 * DG_EPARSE for a malformed header; DG_ETOOBIG when out (cap bytes with
 * the NUL) is too small. */
int multipart_media_type(const char *content_type, char *out, size_t cap);
int multipart_param(const char *content_type, const char *name, char *out, size_t cap);

/* The boundary of a multipart Content-Type (cap at least
 * MULTIPART_BOUNDARY_MAX + 1): 0; DG_EUNSUPPORTED when the type is not
 * multipart/related or multipart/form-data; DG_EPARSE when the boundary is
 * missing or breaks RFC 2046 (length, characters, a trailing space). */
int multipart_boundary(const char *content_type, char *out, size_t cap);

/* A parser for one body. Returns 0, -ENOMEM or DG_EPARSE (bad boundary). */
int multipart_new(const char *boundary, const struct multipart_handler *h, void *ctx,
                  struct multipart **out);
void multipart_free(struct multipart *m);

/* Feed the next bytes of the body. Returns 0; DG_EPARSE (a delimiter not
 * followed by CRLF or "--", a header line without a colon); DG_ETOOBIG (a
 * part's headers beyond MULTIPART_HEADERS_MAX); or a handler's return. After
 * an error every later call returns it. */
int multipart_feed(struct multipart *m, const uint8_t *p, size_t n);

/* The body has ended: 0 when the close delimiter was seen; DG_ETRUNC when
 * it was not (the last part, if open, gets no end call); an earlier error. */
int multipart_finish(struct multipart *m);

/* The number of parts begun so far. */
size_t multipart_parts(const struct multipart *m);

/* A header of the current part by name (case-insensitive), its value with
 * surrounding blanks removed, or NULL. Valid during the begin call. */
const char *multipart_header(const struct multipart *m, const char *name);

#endif
