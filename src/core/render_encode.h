/* An 8-bit image (render.h) encoded for a browser: baseline JPEG through
 * libjpeg-turbo, PNG through libpng, into a capped buffer. Pure: no files,
 * datasets or logs. */
#ifndef DG_CORE_RENDER_ENCODE_H
#define DG_CORE_RENDER_ENCODE_H

#include "core/render.h"
#include "util/buf.h"

/* im as format (JPEG at quality 1..100, 0: 90) appended to out. Returns 0;
 * DG_ETOOBIG when out's cap is reached; DG_EPARSE when the library fails
 * (its message dropped); -ENOMEM. */
int render_encode(const struct render_image *im, enum render_format format, int quality,
                  struct buf *out);

#endif
