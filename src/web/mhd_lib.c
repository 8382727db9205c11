/* The table of libmicrohttpd's functions that mhd_lib_load fills (see
 * mhd_lib.h). */
#include "web/mhd_lib.h"

struct mhd_lib libmhd;

#define MHD_LIB_ENTRY(f) DYNLIB_ENTRY(libmhd, f)
static const struct dynlib_sym symbols[] = {MHD_LIB_FUNCTIONS(MHD_LIB_ENTRY)};

static struct dynlib lib = DYNLIB_INIT(MHD_SONAME, symbols);

int mhd_lib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen);
}
