/* libFuzzer target for the HL7 v2 parser: any bytes must parse or fail with
 * a message, and every value of a parsed file must be readable within the
 * bounds it was given (fields, components, MSH's own numbering). */
#include "hl7/hl7.h"
#include "util/error.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const segs[] = {"MSH", "PID", "OBR", "ORC", "NTE"};
    static char out[HL7_MAX_FIELD + 8];
    struct hl7_batch *b = NULL;
    char err[256];

    err[0] = '\0';
    if (hl7_parse(data, size, &b, err, sizeof err) != 0) {
        if (!err[0] || b)
            __builtin_trap();
        return 0;
    }
    if (hl7_message_count(b) == 0)
        __builtin_trap();
    for (size_t i = 0; i < hl7_message_count(b); i++) {
        const struct hl7_msg *m = hl7_message(b, i);
        if (hl7_segment_count(m, "MSH") != 1)
            __builtin_trap();
        for (size_t s = 0; s < sizeof segs / sizeof segs[0]; s++) {
            for (int f = 0; f < 30; f++) {
                for (int c = 0; c < 4; c++) {
                    size_t len = (size_t)-1;
                    /* out is larger than any field: a value always fits. */
                    if (hl7_value(m, segs[s], 0, f, c, out, HL7_MAX_FIELD, &len) != 0 ||
                        len > HL7_MAX_FIELD)
                        __builtin_trap();
                    /* A small buffer: refused or filled, never overrun. */
                    int rc = hl7_value(m, segs[s], 0, f, c, out, 3, &len);
                    if (rc != 0 && rc != DG_ETOOBIG)
                        __builtin_trap();
                    if (rc == 0 && len > 3)
                        __builtin_trap();
                }
            }
        }
    }
    hl7_free(b);
    return 0;
}
