/* The index database: one interface over SQLite, MySQL/MariaDB and
 * PostgreSQL, chosen at run time from dicom.ini. Every value travels as a
 * bound parameter; SQL text is built only from identifiers that come from the
 * parsed dicom.sql (checked to be [A-Za-z0-9_]) and from our own code.
 *
 * A `struct db` is one connection. It is NOT thread-safe: every worker thread
 * opens its own (DESIGN: one connection per worker thread) and closes it when
 * the thread ends. Prepared statements are cached per connection. When the
 * server goes away, the call that noticed returns DG_EDBGONE (the caller must
 * then fail the operation, e.g. answer C-STORE with a failure status), and the
 * next db_begin / statement outside a transaction reconnects. */
#ifndef DG_DB_DB_H
#define DG_DB_DB_H

#include "config/config.h"

#include <stddef.h>
#include <stdint.h>

struct db;

enum db_backend { DB_SQLITE, DB_MYSQL, DB_PGSQL };

/* A parameter or a result column. Text is not NUL-terminated (use len). */
enum db_kind { DB_NULL, DB_TEXT, DB_INT };
struct db_value {
    enum db_kind kind;
    const char *text;
    size_t len;
    long long num;
};

static inline struct db_value db_text(const char *p, size_t len)
{
    struct db_value v = {DB_TEXT, p, len, 0};
    return v;
}
static inline struct db_value db_int(long long n)
{
    struct db_value v = {DB_INT, NULL, 0, n};
    return v;
}
static inline struct db_value db_null(void)
{
    struct db_value v = {DB_NULL, NULL, 0, 0};
    return v;
}

/* Called once per result row; columns are DB_TEXT or DB_NULL and valid only
 * during the call. Return 0 to go on, anything else stops the query and is
 * returned by it. The callback must not use the same connection (rows may
 * still be arriving from the server). */
typedef int (*db_row_fn)(void *ctx, const struct db_value *cols, size_t ncols);

/* Connect as cfg says: PostGres=1 -> PostgreSQL, else MySQL=1 -> MySQL, else
 * SQLite (the default; the file is cfg->sql_server, its directory created if
 * missing). SQLHost may be "host" or "host:port" (for MySQL also a socket
 * path starting with '/'); SQLServer is the database name. Returns 0,
 * DG_EUNSUPPORTED (backend not compiled in), DG_EDBGONE (cannot connect) or
 * DG_EDB, with a message in err. */
int db_open(const struct config *cfg, struct db **out, char *err, size_t errlen);
void db_close(struct db *db);

/* The database cfg names, as db_open would choose it, in words for the
 * operator: "SQLite /path/conquest.db3", "MySQL database conquest on
 * localhost, user conquest". Connects to nothing. */
void db_describe(const struct config *cfg, char *out, size_t outlen);

enum db_backend db_backend(const struct db *db);
const char *db_backend_name(const struct db *db); /* "SQLite", "MySQL", "PostgreSQL" */
const char *db_error(const struct db *db);        /* the last error message */

/* A write transaction (SQLite: BEGIN IMMEDIATE). db_rollback is always safe
 * to call, also after DG_EDBGONE. DG_EDBBUSY from any call inside a
 * transaction (deadlock, serialization failure) means: roll back and retry. */
int db_begin(struct db *db);
int db_commit(struct db *db);
int db_rollback(struct db *db);

/* ---- Locks that hold between dgate processes ----
 * Held by the database server, so that several dgate on one index exclude
 * each other: PostgreSQL advisory locks, MySQL/MariaDB GET_LOCK (named
 * after the key and the database, since those names are server-wide). A
 * lock is named by a 64-bit key from db_lock_key. SQLite has none: there,
 * BEGIN IMMEDIATE excludes every other writer, in this process or another,
 * until the commit, and nothing holds across transactions.
 *
 * No wait lasts longer than DB_LOCK_WAIT_MS (then DG_EDBBUSY), and no lock
 * outlives its connection: a server drops the locks of a connection that
 * is lost. */
#define DB_LOCK_WAIT_MS 30000

/* The key of `text` (len bytes) in the name space `space` (a constant
 * string of ours, so that a study and a SOP instance with one UID differ). */
uint64_t db_lock_key(const char *space, const char *text, size_t len);

/* Session locks, held by this connection until db_unlock or until the
 * connection is lost, whatever its transactions do. Taken without waiting:
 * *got is 1 when taken, 0 when another connection holds it. Re-entrant:
 * taken twice by one connection, it needs two unlocks. A connection that
 * was lost and made anew (db_session changed) holds none of the locks it
 * took before, and db_unlock of them is a mistake. DG_EUNSUPPORTED on
 * SQLite. */
int db_try_lock(struct db *db, uint64_t key, int *got);
int db_unlock(struct db *db, uint64_t key);

/* Which connection this is: a number that changes whenever db reconnects
 * (after DG_EDBGONE). A session lock taken under one value is held only
 * while db_session still returns it; and since a transaction never spans a
 * reconnect, a commit that succeeds after db_session was checked inside its
 * transaction ran on the connection that holds the lock. */
unsigned long db_session(const struct db *db);

/* Transaction locks: inside db_begin .. db_commit/db_rollback, wait for
 * each key (up to DB_LOCK_WAIT_MS, then DG_EDBBUSY; a deadlock is
 * DG_EDBBUSY too) and hold it to the end of the transaction. A key this
 * transaction holds already costs nothing. Take every key before the first
 * write, in ascending order: then two transactions never wait for each
 * other in a circle. A no-op on SQLite, where the transaction excludes
 * every other writer already. */
int db_lock_in_transaction(struct db *db, const uint64_t *keys, size_t n);

/* Bulk loading (regen): trade per-commit durability for speed where the
 * backend allows (SQLite: synchronous=NORMAL). */
int db_set_bulk(struct db *db, int on);

/* A number that changes whenever another connection (or process) commits
 * to the database; call it inside a transaction, where no one else can.
 * DG_EUNSUPPORTED when the backend cannot tell (MySQL, PostgreSQL). */
int db_data_version(struct db *db, long long *version);

/* Run one statement of our own SQL with `?` placeholders. *changes (if not
 * NULL) gets the number of rows the statement changed. */
int db_exec(struct db *db, const char *sql, const struct db_value *params, size_t nparams,
            long *changes);

/* Run a SELECT of our own SQL and stream its rows to fn. */
int db_query(struct db *db, const char *sql, const struct db_value *params, size_t nparams,
             db_row_fn fn, void *ctx);

/* Statements without parameters that are not worth caching (DDL). */
int db_exec_ddl(struct db *db, const char *sql);

/* 1 if the table exists, 0 if not, negative on error. */
int db_table_exists(struct db *db, const char *table);

/* The SQL, for db's backend, that INSERTs the ncolumns values (bound in
 * that order: run it with db_exec) or, when a row with the same key
 * (columns[0]) exists, UPDATEs every other column but `insert_only` (may be
 * NULL), and only when one of them differs: an unchanged row is not
 * rewritten, so storing the tenth image of a series leaves its patient,
 * study and series rows (and their index pages) alone. Identifiers must be
 * checked names (db_is_identifier). *out is allocated (free it). Made once
 * per column list by its user: building it for every row was an eighth of
 * `dgate -r`'s time (bench/qr.sh). Returns 0, DG_EPARSE, DG_ETOOBIG or
 * -ENOMEM. */
int db_upsert_sql(const struct db *db, const char *table, const char *const *columns,
                  size_t ncolumns, const char *insert_only, char **out);

/* 1 if s is [A-Za-z0-9_]+ optionally "table.column" (one dot). */
int db_is_identifier(const char *s);

/* ---- The query API for C-FIND: one SELECT with bound parameters. ---- */

enum db_op {
    DB_OP_EQ,   /* column = value */
    DB_OP_LIKE, /* column LIKE pattern ESCAPE '!'; build patterns with db_like_escape.
                 * Case: SQLite ignores ASCII case, PostgreSQL and MySQL (our tables
                 * are utf8mb4_bin) do not; set fold_case for one rule everywhere. */
    DB_OP_GE,   /* column >= value, bytewise (PostgreSQL: COLLATE "C") */
    DB_OP_LE,   /* column <= value, bytewise */
    DB_OP_IN,   /* column IN (values...) */
    DB_OP_JOIN, /* column = other column (values[0].text names it): joins tables */
    DB_OP_GT,   /* column > value in the column's own collation, the order of ORDER BY:
                 * for keyset paging (ORDER BY key ... WHERE key > last) */
    DB_OP_LT,   /* column < value, bytewise */
};

struct db_cond {
    const char *column; /* "Col" or "Table.Col" */
    enum db_op op;
    const struct db_value *values;
    size_t nvalues; /* 1, or the list length for DB_OP_IN */
    int fold_case;  /* compare UPPER(column) with the value (DT_ISTR) */
    int or_next;    /* ORed with the next condition: a run of conditions with or_next
                     * set, and the one after it, is one parenthesised OR group */
    int ltrim;      /* with fold_case: compare UPPER(LTRIM(column)), the expression of
                     * the name indexes (tables.c), so that a range can use them */
};

struct db_select {
    const char *const *tables; /* FROM t1, t2, ... (joined by DB_OP_JOIN conditions) */
    size_t ntables;
    const char *const *columns; /* the result columns, in order */
    size_t ncolumns;
    const struct db_cond *where; /* all ANDed */
    size_t nwhere;
    const char *order_by; /* a column or NULL */
    long limit;           /* 0: none */
    long offset;
};

/* Build and run the SELECT; rows go to fn. DG_EPARSE if an identifier is not
 * a checked name or an IN list is empty. */
int db_select(struct db *db, const struct db_select *q, db_row_fn fn, void *ctx);

/* SELECT COUNT(*) with q's tables and conditions (its columns, order and
 * limit are not used) into *n. */
int db_count(struct db *db, const struct db_select *q, long long *n);

/* The escape character of DB_OP_LIKE patterns. */
#define DB_LIKE_ESCAPE '!'

/* Copy text into out so that LIKE matches it literally (!, % and _ escaped
 * with '!'; a backslash is an ordinary character). Returns the length
 * written, or DG_ETOOBIG if out is too small (it needs 2 * len + 1 bytes at
 * most). */
int db_like_escape(const char *text, size_t len, char *out, size_t outlen);

#endif
