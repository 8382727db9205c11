/* libFuzzer target for the dataset decoder. The first byte picks the
 * encoding and the options; the rest is the dataset. Whatever decodes must
 * re-encode, decode again to the same element count, and print. */
#include "dicom/encoding.h"
#include "dicom/dump.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch every value through the accessors, items included. */
static void walk(const struct ds *ds)
{
    for (size_t i = 0; i < ds_count(ds); i++) {
        const struct ds_elem *e = ds_at(ds, i);
        char s[80];

        (void)ds_elem_vm(e);
        (void)ds_elem_string(e, s, sizeof s);
        (void)ds_elem_string_at(e, 1, s, sizeof s);
        (void)ds_elem_fragment_count(e);
        for (uint32_t j = 0; j < e->nitems; j++)
            walk(e->items[j]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct ts *syntaxes[] = {ts_implicit_le(), ts_explicit_le(), ts_explicit_be(),
                                   ts_deflated_le()};
    static FILE *devnull;
    struct enc_opts o = {16, 1 << 22, 0, 0, 0};
    const struct ts *ts;
    struct ds *ds, *again;
    struct buf b;

    if (size < 1)
        return 0;
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    ts = syntaxes[data[0] & 3];
    o.stop_before_pixels = (data[0] >> 2) & 1;
    o.partial = (data[0] >> 3) & 1;
    ds = ds_new();
    if (!ds)
        return 0;
    if (enc_decode(data + 1, size - 1, ts, &o, ds, NULL) != 0) {
        ds_free(ds);
        return 0;
    }
    walk(ds);
    if (devnull)
        dump_ds(devnull, ds, 0);
    buf_init(&b, 1 << 24);
    if (enc_encode(ds, ts, &b) == 0 && !ts->deflated) {
        again = ds_new();
        o.stop_before_pixels = 0;
        o.partial = 0;
        if (!again || enc_decode(b.data, b.len, ts, &o, again, NULL) != 0 ||
            ds_count(again) != ds_count(ds))
            __builtin_trap();
        ds_free(again);
    }
    buf_free(&b);
    ds_free(ds);
    return 0;
}
