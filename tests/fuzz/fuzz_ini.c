/* libFuzzer target for the dicom.ini parser: any bytes must parse or fail
 * cleanly, and every key found must be retrievable. */
#include "config/ini.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ini *ini = NULL;
    char err[256];

    if (ini_parse((const char *)data, size, &ini, err, sizeof err) != 0)
        return 0;
    size_t n = ini_key_count(ini, "sscscp");
    for (size_t i = 0; i < n; i++) {
        const char *key = ini_key_at(ini, "sscscp", i);
        if (!key || !ini_get(ini, "sscscp", key))
            __builtin_trap();
    }
    ini_free(ini);
    return 0;
}
