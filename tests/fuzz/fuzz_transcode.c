/* libFuzzer target for the transcoder: the first byte picks the source and
 * target syntaxes (the uncompressed ones and every compressed one with a
 * codec), the rest is the dataset, handed over in pieces of a size the
 * second byte picks. Any input must transcode or fail with a status, never
 * read or write outside its buffers nor allocate without bound; the count
 * of bytes written must be what the writer was given. */
#include "core/transcode.h"
#include "dicom/ts.h"
#include "util/error.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const syntaxes[] = {
    TS_IMPLICIT_LE,   TS_EXPLICIT_LE,       TS_EXPLICIT_BE,      TS_DEFLATED_LE,       TS_RLE,
    TS_JPEG_BASELINE, TS_JPEG_LOSSLESS_SV1, TS_JPEG_LS_LOSSLESS, TS_JPEG2000_LOSSLESS,
};
#define NSYNTAXES (sizeof syntaxes / sizeof syntaxes[0])

struct in {
    const uint8_t *p;
    size_t len, pos, step;
};

static int fuzz_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct in *in = arg;
    size_t k = in->len - in->pos;
    if (k > cap)
        k = cap;
    if (k > in->step)
        k = in->step;
    memcpy(p, in->p + in->pos, k);
    in->pos += k;
    *n = k;
    return 0;
}

static int fuzz_write(void *arg, const uint8_t *p, size_t n)
{
    uint64_t *total = arg;
    /* Touch the bytes, so that ASan sees a write of what is not there. */
    volatile uint8_t sink = 0;
    for (size_t i = 0; i < n; i += 4096)
        sink ^= p[i];
    (void)sink;
    *total += n;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const char *from = syntaxes[(data[0] & 0x0F) % NSYNTAXES];
    const char *to = syntaxes[(data[0] >> 4) % NSYNTAXES];
    struct in in = {data + 2, size - 2, 0, (size_t)data[1] * 97 + 1};
    uint64_t total = 0;
    struct transcode_result res;
    int rc = transcode_dataset(from, fuzz_read, &in, to, NULL, "1.2.3", fuzz_write, &total, &res);
    if (rc == 0 && res.bytes_written != total)
        __builtin_trap();
    /* The same bytes through the frame reader (WADO-RS frames): every
     * frame in order, each touched. */
    struct transcode_frames *fr;
    struct in again = {data + 2, size - 2, 0, (size_t)data[1] * 97 + 1};
    rc = transcode_frames_open(from, fuzz_read, &again, &fr);
    for (uint32_t k = 0; rc == 0 && k < transcode_frames_count(fr); k++) {
        const uint8_t *p;
        size_t n;
        rc = transcode_frames_read(fr, k, &p, &n);
        if (rc == 0)
            fuzz_write(&total, p, n);
    }
    transcode_frames_close(fr);
    return 0;
}
