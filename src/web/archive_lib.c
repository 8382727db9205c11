/* The table of libarchive's functions that archive_lib_load fills (see
 * archive_lib.h). */
#include "web/archive_lib.h"

struct archive_lib libarchive;

#define ARCHIVE_LIB_ENTRY(f) DYNLIB_ENTRY(libarchive, f)
static const struct dynlib_sym symbols[] = {ARCHIVE_LIB_FUNCTIONS(ARCHIVE_LIB_ENTRY)};

static struct dynlib lib = DYNLIB_INIT(LIBARCHIVE_SONAME, symbols);

int archive_lib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen);
}
