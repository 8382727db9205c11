/* Base64 (RFC 4648, with padding, no line breaks): DICOM JSON's
 * InlineBinary and the kept metadata's text column. Not base64url. */
#ifndef DG_UTIL_BASE64_H
#define DG_UTIL_BASE64_H

#include "util/buf.h"

#include <stddef.h>
#include <stdint.h>

/* Append the encoding of len bytes to out. Returns 0, -ENOMEM or DG_ETOOBIG. */
int base64_encode(const uint8_t *p, size_t len, struct buf *out);

/* Append the bytes that text (len characters, padded) encodes to out.
 * Returns 0, -ENOMEM, DG_ETOOBIG, or DG_EPARSE for a character outside the
 * alphabet, a length that is not a multiple of 4 or misplaced padding. */
int base64_decode(const char *text, size_t len, struct buf *out);

#endif
