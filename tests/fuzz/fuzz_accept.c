/* libFuzzer target for the Accept header's parser (web/accept.c): any
 * bytes, as a header value, must be walked to its end in media ranges
 * that lie inside it, each advancing the cursor, and every question asked
 * of a range (its type, its parameters into small and large buffers) must
 * answer within the range and the buffer. */
#include "web/accept.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void ask(const struct accept_range *r)
{
    static const char *const params[] = {"type", "transfer-syntax", "q", "charset", ""};
    char small[4], large[256];

    (void)accept_media_is(r, "multipart/related");
    (void)accept_media_is(r, "*/*");
    (void)accept_media_is(r, "");
    for (size_t i = 0; i < sizeof params / sizeof *params; i++) {
        if (accept_param(r, params[i], small, sizeof small) && strlen(small) >= sizeof small)
            __builtin_trap();
        if (accept_param(r, params[i], large, sizeof large) && strlen(large) > r->len)
            __builtin_trap();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A header value is a C string: the bytes up to a NUL. */
    char *header = malloc(size + 1);
    const char *cursor, *end;
    struct accept_range r;
    size_t ranges = 0;

    if (!header)
        return 0;
    memcpy(header, data, size);
    header[size] = '\0';
    end = header + strlen(header);
    cursor = header;
    for (;;) {
        const char *before = cursor;
        if (!accept_next(&cursor, &r))
            break;
        if (cursor <= before || cursor > end || r.p < before || r.p + r.len > end || r.len == 0 ||
            memchr(r.p, ',', r.len) || ++ranges > size)
            __builtin_trap();
        ask(&r);
    }
    if (cursor != end)
        __builtin_trap();
    free(header);
    return 0;
}
