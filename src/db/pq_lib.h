/* libpq, the PostgreSQL client, loaded when the index is PostgreSQL (see
 * util/dynlib.h): db_pgsql.c calls it as libpq.PQexec(...) after
 * pq_lib_load. Not linked, so that a dgate on another index does not map it
 * and the TLS and Kerberos libraries it brings. */
#ifndef DG_DB_PQ_LIB_H
#define DG_DB_PQ_LIB_H

#include <libpq-fe.h>
#include <stddef.h>

#include "util/dynlib.h"

/* Every libpq function db_pgsql.c calls. */
#define PQ_LIB_FUNCTIONS(X)                                                                        \
    X(PQclear)                                                                                     \
    X(PQcmdStatus)                                                                                 \
    X(PQcmdTuples)                                                                                 \
    X(PQconnectdbParams)                                                                           \
    X(PQerrorMessage)                                                                              \
    X(PQexec)                                                                                      \
    X(PQfinish)                                                                                    \
    X(PQftype)                                                                                     \
    X(PQgetResult)                                                                                 \
    X(PQgetisnull)                                                                                 \
    X(PQgetlength)                                                                                 \
    X(PQgetvalue)                                                                                  \
    X(PQnfields)                                                                                   \
    X(PQprepare)                                                                                   \
    X(PQresultErrorField)                                                                          \
    X(PQresultErrorMessage)                                                                        \
    X(PQresultStatus)                                                                              \
    X(PQsendQueryPrepared)                                                                         \
    X(PQsetNoticeProcessor)                                                                        \
    X(PQsetSingleRowMode)                                                                          \
    X(PQstatus)

struct pq_lib {
    PQ_LIB_FUNCTIONS(DYNLIB_MEMBER)
};

/* Set by pq_lib_load; used only after it returned 0. */
extern struct pq_lib libpq;

/* Load libpq (once; see dynlib_load): 0, or DG_EUNSUPPORTED and why in err. */
int pq_lib_load(char *err, size_t errlen);

#endif
