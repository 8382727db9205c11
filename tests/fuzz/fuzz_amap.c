/* libFuzzer target for the acrnema.map parser and the AE lookup. */
#include "config/amap.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct amap *map = NULL;
    struct amap_entry e;
    char err[256];

    if (amap_parse((const char *)data, size, &map, err, sizeof err) != 0)
        return 0;
    for (size_t i = 0; i < amap_count(map); i++) {
        char ae[32];
        /* Look every entry up by its own title, and by a longer one so that
         * wildcard substitution runs. */
        memcpy(ae, amap_at(map, i)->ae, sizeof amap_at(map, i)->ae);
        if (amap_lookup(map, ae, &e) != 0 && !strchr(ae, '*'))
            __builtin_trap();
        strcat(ae, "10.0.0.1");
        amap_lookup(map, ae, &e);
    }
    amap_free(map);
    return 0;
}
