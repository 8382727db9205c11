/* WADO-RS (PS3.18 10.4): the Accept header of a retrieve negotiated into
 * the transfer syntax the objects go out in. Exposed for the unit test;
 * the routes are in routes.h. */
#ifndef DG_WEB_WADO_H
#define DG_WEB_WADO_H

#include <stddef.h>

/* The transfer syntax an Accept header (NULL: none) asks of
 * multipart/related; type="application/dicom" parts: into ts, "" for "as
 * stored" (transfer-syntax=*), Explicit VR Little Endian when no
 * transfer-syntax is given (PS3.18 8.7.3.5.2). The first acceptable media
 * range wins (q=0 excluded); a syntax we cannot write is passed over.
 * Returns 0, or DG_EUNSUPPORTED when none is acceptable (406). */
int wado_accept_dicom(const char *accept, char *ts, size_t tslen);

/* A random multipart boundary ("dgate-" and 32 hex digits) into out (at
 * least 40 bytes). Returns 0 or -EIO. */
int wado_boundary(char *out, size_t len);

#endif
