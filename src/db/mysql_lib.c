/* The table of the MySQL client's functions that mysql_lib_load fills (see
 * mysql_lib.h). */
#include "db/mysql_lib.h"

struct mysql_lib libmysql;

#define MYSQL_LIB_ENTRY(f) DYNLIB_ENTRY(libmysql, f)
static const struct dynlib_sym symbols[] = {MYSQL_LIB_FUNCTIONS(MYSQL_LIB_ENTRY)};

static struct dynlib lib = DYNLIB_INIT(MYSQL_SONAME, symbols);

int mysql_lib_load(char *err, size_t errlen)
{
    return dynlib_load(&lib, err, errlen);
}
