/* Private to src/db: what a backend (db_sqlite.c, db_mysql.c, db_pgsql.c)
 * provides to db.c, and the connection struct they share. Nothing outside
 * src/db includes this. */
#ifndef DG_DB_DB_IMPL_H
#define DG_DB_DB_IMPL_H

#include "db/db.h"

#define DB_ERR_MAX 512
#define DB_STMT_CACHE 64 /* distinct statements kept prepared per connection */

struct db_stmt_entry {
    char *sql;
    void *handle;
};

struct db_ops {
    enum db_backend backend;
    const char *name;
    /* Open db->conn from db->cfg; DG_EDBGONE when the server is unreachable. */
    int (*connect)(struct db *db);
    void (*disconnect)(struct db *db);
    /* Prepare our `?` SQL; *handle is passed to run and finalize. */
    int (*prepare)(struct db *db, const char *sql, void **handle);
    void (*finalize)(struct db *db, void *handle);
    /* Bind, execute, stream rows (fn may be NULL), report changed rows. */
    int (*run)(struct db *db, void *handle, const struct db_value *params, size_t nparams,
               db_row_fn fn, void *ctx, long *changes);
    /* Run SQL without parameters or results (BEGIN, DDL). */
    int (*exec_plain)(struct db *db, const char *sql);
    /* A SELECT with one `?` (the table name) that returns a row when that
     * table exists in the connected database. */
    const char *table_exists_sql;
    /* Bulk mode (may be NULL). */
    int (*set_bulk)(struct db *db, int on);
    /* A query returning one integer that changes whenever another
     * connection commits (NULL: the backend cannot tell). */
    const char *data_version_sql;
    /* Locks between processes (NULL: none, SQLite). Each takes one
     * parameter, the lock: a name (lock_by_name: MySQL) or a bigint key;
     * lock_wait_sql a second one on MySQL, the timeout in seconds. Each
     * returns one row and column: 1/t taken or released, 0/f not, NULL an
     * error (MySQL). lock_wait_sql's lock lasts to the end of the
     * transaction when lock_ends_with_transaction; db.c releases it
     * otherwise. */
    const char *lock_try_sql;
    const char *lock_wait_sql;
    const char *unlock_sql;
    int lock_by_name;
    int lock_ends_with_transaction;
};

struct db {
    const struct db_ops *ops;
    void *conn;
    struct config cfg;
    int in_transaction;
    int broken;            /* the connection was lost; reconnect before the next use */
    unsigned long session; /* db_session: counts the connections made */
    /* The keys locked in the current transaction (db_lock_in_transaction). */
    uint64_t *tx_keys;
    size_t tx_nkeys, tx_capkeys;
    char err[DB_ERR_MAX];
    struct db_stmt_entry stmts[DB_STMT_CACHE];
    size_t nstmts;
    size_t next_evict;
};

/* Record a message for db_error(). */
void db_set_error(struct db *db, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Split SQLHost into host and port (0 when absent): "host", "host:port",
 * "/socket/path", an IPv6 address bare ("::1") or in brackets ("[::1]",
 * "[::1]:5432"). DG_ECONFIG for a bad port or bracket, or a host too long. */
int db_split_host(const char *sql_host, char *host, size_t hostlen, unsigned *port);

#ifdef HAVE_SQLITE
extern const struct db_ops db_sqlite_ops;
#endif
#ifdef HAVE_MYSQL
extern const struct db_ops db_mysql_ops;
#endif
#ifdef HAVE_PGSQL
extern const struct db_ops db_pgsql_ops;
#endif

#endif
