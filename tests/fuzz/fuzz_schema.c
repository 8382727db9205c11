/* libFuzzer target for the dicom.sql parser: any bytes must parse or fail
 * with a message, and a parsed layout must keep the promises SQL building
 * relies on (keys present, column names safe identifiers). */
#include "db/db.h"
#include "db/schema.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct schema *s = NULL;
    char err[256];

    err[0] = '\0';
    if (schema_parse((const char *)data, size, 10, "fuzz.sql", &s, err, sizeof err) != 0) {
        if (!err[0] || s)
            __builtin_trap();
        return 0;
    }
    for (int lv = 0; lv < SCHEMA_LEVELS; lv++) {
        const struct schema_table *t = &s->tables[lv];
        if (lv != SCHEMA_WORKLIST && t->ncolumns == 0)
            __builtin_trap();
        for (size_t i = 0; i < t->ncolumns; i++)
            if (schema_is_column(&t->columns[i]) && !db_is_identifier(t->columns[i].column))
                __builtin_trap();
    }
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        schema_dump(s, null);
        fclose(null);
    }
    schema_free(s);
    return 0;
}
