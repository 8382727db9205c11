/* libFuzzer target for rendering: the first byte picks the stored syntax
 * (low nibble) and the frame (high nibble), the second the output format
 * and the box it is fitted into, the rest is the dataset. Any input must
 * render or fail with a status (a palette that lies, a window of width 0,
 * a frame that is not there), never read or write outside its buffers. */
#include "core/render.h"
#include "dicom/ts.h"
#include "util/buf.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const syntaxes[] = {
    TS_IMPLICIT_LE, TS_EXPLICIT_LE,   TS_EXPLICIT_BE,       TS_DEFLATED_LE,
    TS_RLE,         TS_JPEG_BASELINE, TS_JPEG_LOSSLESS_SV1,
};
#define NSYNTAXES (sizeof syntaxes / sizeof syntaxes[0])

struct in {
    const uint8_t *p;
    size_t len, pos;
};

static int fuzz_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct in *in = arg;
    size_t k = in->len - in->pos;
    if (k > cap)
        k = cap;
    memcpy(p, in->p + in->pos, k);
    in->pos += k;
    *n = k;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    struct render_params p = {0};
    p.frame = data[0] >> 4;
    p.format = data[1] & 1 ? RENDER_PNG : RENDER_JPEG;
    p.rows = (data[1] >> 1) & 0x1F;    /* 0: the image's own */
    p.columns = (data[1] >> 3) & 0x1F; /* overlapping bits: some square boxes */
    struct in in = {data + 2, size - 2, 0};
    struct buf out;
    buf_init(&out, (size_t)64 << 20);
    render_dataset(syntaxes[(data[0] & 0x0F) % NSYNTAXES], fuzz_read, &in, &p, &out);
    buf_free(&out);
    return 0;
}
