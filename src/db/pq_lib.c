/* The table of libpq's functions that pq_lib_load fills (see pq_lib.h). */
#include "db/pq_lib.h"

struct pq_lib libpq;

#define PQ_LIB_ENTRY(f) DYNLIB_ENTRY(libpq, f)
static const struct dynlib_sym symbols[] = {PQ_LIB_FUNCTIONS(PQ_LIB_ENTRY)};

static struct dynlib lib = DYNLIB_INIT(PGSQL_SONAME, symbols);

int pq_lib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen);
}
