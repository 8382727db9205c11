/* libFuzzer target for src/dicom/charset. Input: one byte for the kind, one
 * for the length n of a Specific Character Set value, n bytes of it, then the
 * text value. Decoding must never fail on the bytes (only on the spec), its
 * output must be valid UTF-8, and whatever the encoder accepts must decode
 * back to the same UTF-8. */
#include "dicom/charset.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct cs_spec utf8_spec;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct cs_conv *cv = cs_thread_conv();
    struct cs_spec spec;
    struct buf dec, enc, again;
    enum cs_kind kind;
    size_t n, nbad = 0;

    if (!cv || size < 2)
        return 0;
    kind = (enum cs_kind)(data[0] % 3);
    n = data[1];
    if (size - 2 < n)
        return 0;
    if (cs_spec_parse(data + 2, n, &spec) != 0)
        return 0;
    if (cs_spec_parse((const uint8_t *)"ISO_IR 192", 10, &utf8_spec) != 0)
        __builtin_trap();
    data += 2 + n;
    size -= 2 + n;

    buf_init(&dec, 1 << 20);
    buf_init(&enc, 1 << 20);
    buf_init(&again, 1 << 20);
    if (cs_to_utf8(cv, &spec, kind, data, size, &dec, NULL) != 0)
        __builtin_trap();
    /* Valid UTF-8 decodes as ISO_IR 192 with nothing replaced. */
    if (cs_to_utf8(cv, &utf8_spec, CS_TEXT, dec.data, dec.len, &again, &nbad) != 0 || nbad != 0 ||
        again.len != dec.len)
        __builtin_trap();
    buf_reset(&again);
    if (cs_from_utf8(cv, &spec, kind, dec.data, dec.len, &enc) == 0) {
        if (cs_to_utf8(cv, &spec, kind, enc.data, enc.len, &again, &nbad) != 0 ||
            again.len != dec.len || (dec.len && memcmp(again.data, dec.data, dec.len) != 0))
            __builtin_trap();
    }
    buf_free(&dec);
    buf_free(&enc);
    buf_free(&again);
    return 0;
}
