/* The MySQL/MariaDB client (libmariadb or libmysqlclient, whichever
 * configure found), loaded when the index is MySQL (see util/dynlib.h):
 * db_mysql.c calls it as libmysql.mysql_query(...) after mysql_lib_load.
 * Not linked, so that a dgate on another index does not map it and the TLS
 * libraries it brings. */
#ifndef DG_DB_MYSQL_LIB_H
#define DG_DB_MYSQL_LIB_H

#include <mysql.h>
#include <stddef.h>

#include "util/dynlib.h"

/* Every client function db_mysql.c calls. */
#define MYSQL_LIB_FUNCTIONS(X)                                                                     \
    X(mysql_close)                                                                                 \
    X(mysql_errno)                                                                                 \
    X(mysql_error)                                                                                 \
    X(mysql_free_result)                                                                           \
    X(mysql_init)                                                                                  \
    X(mysql_num_fields)                                                                            \
    X(mysql_options)                                                                               \
    X(mysql_query)                                                                                 \
    X(mysql_real_connect)                                                                          \
    X(mysql_stmt_affected_rows)                                                                    \
    X(mysql_stmt_bind_param)                                                                       \
    X(mysql_stmt_bind_result)                                                                      \
    X(mysql_stmt_close)                                                                            \
    X(mysql_stmt_errno)                                                                            \
    X(mysql_stmt_error)                                                                            \
    X(mysql_stmt_execute)                                                                          \
    X(mysql_stmt_fetch)                                                                            \
    X(mysql_stmt_fetch_column)                                                                     \
    X(mysql_stmt_free_result)                                                                      \
    X(mysql_stmt_init)                                                                             \
    X(mysql_stmt_param_count)                                                                      \
    X(mysql_stmt_prepare)                                                                          \
    X(mysql_stmt_result_metadata)                                                                  \
    X(mysql_store_result)

struct mysql_lib {
    MYSQL_LIB_FUNCTIONS(DYNLIB_MEMBER)
};

/* Set by mysql_lib_load; used only after it returned 0. */
extern struct mysql_lib libmysql;

/* Load the client (once; see dynlib_load): 0, or DG_EUNSUPPORTED and why
 * in err. */
int mysql_lib_load(char *err, size_t errlen);

#endif
