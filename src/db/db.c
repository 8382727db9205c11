/* The backend-independent half of the database interface: choosing the
 * backend, the prepared-statement cache, reconnecting, transactions, and
 * building the few SQL shapes we need (upsert, SELECT for C-FIND) from
 * checked identifiers and `?` placeholders. */
#include "db/db_impl.h"

#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SQL_MAX (256 * 1024) /* no statement of ours comes near this */
#define DB_IDENT_MAX 160     /* "Table.Column" */

void db_set_error(struct db *db, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(db->err, sizeof db->err, fmt, ap);
    va_end(ap);
}

int db_split_host(const char *sql_host, char *host, size_t hostlen, unsigned *port)
{
    const char *name = sql_host, *end, *colon;
    long p;

    *port = 0;
    if (sql_host[0] == '[') {
        /* "[IPv6]" or "[IPv6]:port" */
        name = sql_host + 1;
        end = strchr(name, ']');
        if (!end || end == name || (end[1] != '\0' && end[1] != ':'))
            return DG_ECONFIG;
        colon = end[1] == ':' ? end + 1 : NULL;
    } else {
        colon = strrchr(sql_host, ':');
        /* A socket path, or a bare IPv6 address (more than one colon). */
        if (sql_host[0] == '/' || (colon && strchr(sql_host, ':') != colon))
            colon = NULL;
        end = colon ? colon : sql_host + strlen(sql_host);
    }
    if (colon && str_to_long(colon + 1, 1, 65535, &p) != 0)
        return DG_ECONFIG;
    if ((size_t)(end - name) >= hostlen)
        return DG_ECONFIG;
    memcpy(host, name, (size_t)(end - name));
    host[end - name] = '\0';
    if (colon)
        *port = (unsigned)p;
    return 0;
}

static const struct db_ops *choose_ops(const struct config *cfg, const char **want)
{
    if (cfg->use_pgsql) {
        *want = "PostgreSQL";
#ifdef HAVE_PGSQL
        return &db_pgsql_ops;
#else
        return NULL;
#endif
    }
    if (cfg->use_mysql) {
        *want = "MySQL";
#ifdef HAVE_MYSQL
        return &db_mysql_ops;
#else
        return NULL;
#endif
    }
    *want = "SQLite";
#ifdef HAVE_SQLITE
    return &db_sqlite_ops;
#else
    return NULL;
#endif
}

int db_open(const struct config *cfg, struct db **out, char *err, size_t errlen)
{
    const char *want;
    const struct db_ops *ops = choose_ops(cfg, &want);
    struct db *db;
    int rc;

    *out = NULL;
    if (!ops) {
        snprintf(err, errlen, "this dgate was built without %s support (see ./configure --help)",
                 want);
        return DG_EUNSUPPORTED;
    }
    db = calloc(1, sizeof *db);
    if (!db)
        return -ENOMEM;
    db->ops = ops;
    db->cfg = *cfg;
    db->session = 1;
    rc = ops->connect(db);
    if (rc) {
        snprintf(err, errlen, "%s: %s", ops->name, db->err);
        free(db);
        return rc;
    }
    *out = db;
    return 0;
}

void db_describe(const struct config *cfg, char *out, size_t outlen)
{
    const char *want;
    const char *built = choose_ops(cfg, &want) ? "" : " (not built into this dgate)";
    char path[PATH_MAX];

    if (cfg->use_pgsql || cfg->use_mysql)
        snprintf(out, outlen, "%s database %s on %s, user %s%s", want, cfg->sql_server,
                 cfg->sql_host, cfg->username, built);
    else if (!cfg->sql_server[0] || config_resolve_path(cfg, cfg->sql_server, path, sizeof path))
        snprintf(out, outlen, "%s, but SQLServer names no file%s", want, built);
    else
        snprintf(out, outlen, "%s %s%s", want, path, built);
}

static void drop_statements(struct db *db)
{
    for (size_t i = 0; i < db->nstmts; i++) {
        db->ops->finalize(db, db->stmts[i].handle);
        free(db->stmts[i].sql);
    }
    db->nstmts = 0;
    db->next_evict = 0;
}

void db_close(struct db *db)
{
    if (!db)
        return;
    drop_statements(db);
    db->ops->disconnect(db);
    free(db->tx_keys);
    free(db);
}

enum db_backend db_backend(const struct db *db)
{
    return db->ops->backend;
}

const char *db_backend_name(const struct db *db)
{
    return db->ops->name;
}

const char *db_error(const struct db *db)
{
    return db->err;
}

/* After the server went away: a fresh connection, statements prepared anew.
 * Never inside a transaction: its work is lost and the caller must know. */
static int reconnect(struct db *db)
{
    int rc;

    if (!db->broken)
        return 0;
    if (db->in_transaction)
        return DG_EDBGONE;
    drop_statements(db);
    db->ops->disconnect(db);
    rc = db->ops->connect(db);
    if (rc) {
        log_warn("%s: reconnect failed: %s", db->ops->name, db->err);
        return rc;
    }
    log_info("%s: reconnected", db->ops->name);
    db->broken = 0;
    db->session++;
    return 0;
}

static int note(struct db *db, int rc)
{
    if (rc == DG_EDBGONE)
        db->broken = 1;
    return rc;
}

static void end_transaction_locks(struct db *db);

int db_begin(struct db *db)
{
    int rc = reconnect(db);

    if (rc)
        return rc;
    rc = note(db,
              db->ops->exec_plain(db, db->ops->backend == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN"));
    if (rc == 0)
        db->in_transaction = 1;
    return rc;
}

int db_commit(struct db *db)
{
    int rc;

    if (db->broken) {
        db->in_transaction = 0;
        return DG_EDBGONE;
    }
    rc = note(db, db->ops->exec_plain(db, "COMMIT"));
    if (rc) {
        /* A failed COMMIT leaves no transaction open on any of our backends
         * except SQLite, where ROLLBACK ends it; either way start clean. */
        db->ops->exec_plain(db, "ROLLBACK");
    }
    db->in_transaction = 0;
    end_transaction_locks(db);
    return rc;
}

int db_rollback(struct db *db)
{
    int rc = 0;

    if (!db->broken)
        rc = note(db, db->ops->exec_plain(db, "ROLLBACK"));
    db->in_transaction = 0;
    end_transaction_locks(db);
    return rc;
}

/* ---- locks between processes ---- */

uint64_t db_lock_key(const char *space, const char *text, size_t len)
{
    uint64_t h = 14695981039346656037ull; /* FNV-1a, 64 bits */

    for (const char *p = space; *p; p++)
        h = (h ^ (uint8_t)*p) * 1099511628211ull;
    h = (h ^ 0) * 1099511628211ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)text[i]) * 1099511628211ull;
    return h;
}

unsigned long db_session(const struct db *db)
{
    return db->session;
}

/* The parameter that names a lock: MySQL's GET_LOCK names are server-wide,
 * so the database's name goes into them; PostgreSQL's advisory locks are
 * per database already. name must hold 32 bytes. */
static struct db_value lock_param(const struct db *db, uint64_t key, char *name)
{
    uint32_t h = 2166136261u;
    long long signed_key;

    if (!db->ops->lock_by_name) {
        memcpy(&signed_key, &key, sizeof signed_key);
        return db_int(signed_key);
    }
    for (const char *p = db->cfg.sql_server; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    int n = snprintf(name, 32, "dgate-%08x-%016llx", (unsigned)h, (unsigned long long)key);
    return db_text(name, (size_t)n);
}

/* The one result of a lock statement: 1, 0, or -1 for NULL. */
static int take_flag(void *ctx, const struct db_value *cols, size_t ncols)
{
    int *flag = ctx;

    if (ncols < 1 || cols[0].kind != DB_TEXT)
        *flag = -1;
    else
        *flag = cols[0].len > 0 && (cols[0].text[0] == '1' || cols[0].text[0] == 't');
    return 0;
}

int db_try_lock(struct db *db, uint64_t key, int *got)
{
    char name[32];
    struct db_value p;
    int flag = -1, rc;

    *got = 0;
    if (!db->ops->lock_try_sql)
        return DG_EUNSUPPORTED;
    p = lock_param(db, key, name);
    rc = db_query(db, db->ops->lock_try_sql, &p, 1, take_flag, &flag);
    if (rc)
        return rc;
    if (flag < 0) {
        db_set_error(db, "taking lock %016llx failed", (unsigned long long)key);
        return DG_EDB;
    }
    *got = flag;
    return 0;
}

int db_unlock(struct db *db, uint64_t key)
{
    char name[32];
    struct db_value p;
    int flag = -1, rc;

    if (!db->ops->unlock_sql)
        return DG_EUNSUPPORTED;
    p = lock_param(db, key, name);
    rc = db_query(db, db->ops->unlock_sql, &p, 1, take_flag, &flag);
    if (rc == 0 && flag != 1) {
        db_set_error(db, "lock %016llx was not held", (unsigned long long)key);
        rc = DG_EDB;
    }
    return rc;
}

static int holds_key(const struct db *db, uint64_t key)
{
    for (size_t i = 0; i < db->tx_nkeys; i++)
        if (db->tx_keys[i] == key)
            return 1;
    return 0;
}

int db_lock_in_transaction(struct db *db, const uint64_t *keys, size_t n)
{
    struct db_value p[2];
    char name[32];
    int rc = 0;

    if (!db->ops->lock_wait_sql)
        return 0;
    if (!db->in_transaction) {
        db_set_error(db, "a transaction lock outside a transaction");
        return DG_EDB;
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        int flag = -1;
        if (holds_key(db, keys[i]))
            continue;
        if (db->tx_nkeys == db->tx_capkeys) {
            size_t cap = db->tx_capkeys ? db->tx_capkeys * 2 : 16;
            uint64_t *grown = realloc(db->tx_keys, cap * sizeof *grown);
            if (!grown)
                return -ENOMEM;
            db->tx_keys = grown;
            db->tx_capkeys = cap;
        }
        p[0] = lock_param(db, keys[i], name);
        p[1] = db_int(DB_LOCK_WAIT_MS / 1000);
        rc = db_query(db, db->ops->lock_wait_sql, p, db->ops->lock_by_name ? 2 : 1, take_flag,
                      &flag);
        if (rc == 0 && db->ops->lock_by_name && flag != 1) {
            /* GET_LOCK: 0 after the timeout, NULL on an error. */
            db_set_error(db, "lock %016llx: %s", (unsigned long long)keys[i],
                         flag == 0 ? "still held by another connection after the timeout"
                                   : "GET_LOCK failed");
            rc = flag == 0 ? DG_EDBBUSY : DG_EDB;
        }
        if (rc == 0)
            db->tx_keys[db->tx_nkeys++] = keys[i];
    }
    return rc;
}

/* At the end of a transaction: locks that do not end with it by themselves
 * (MySQL) are released; on a lost connection they went with it. */
static void end_transaction_locks(struct db *db)
{
    char name[32];
    unsigned long session = db->session;

    if (!db->ops->lock_ends_with_transaction && !db->broken) {
        for (size_t i = 0; i < db->tx_nkeys && !db->broken && db->session == session; i++) {
            struct db_value p = lock_param(db, db->tx_keys[i], name);
            int flag = -1;
            if (db_query(db, db->ops->unlock_sql, &p, 1, take_flag, &flag) != 0)
                log_warn("%s: releasing a transaction lock failed: %s", db->ops->name, db->err);
        }
    }
    db->tx_nkeys = 0;
}

int db_set_bulk(struct db *db, int on)
{
    return db->ops->set_bulk ? db->ops->set_bulk(db, on) : 0;
}

static int take_version(void *ctx, const struct db_value *cols, size_t ncols)
{
    long long *v = ctx;

    if (ncols == 1 && cols[0].kind == DB_TEXT && cols[0].len < 32) {
        char text[32];
        memcpy(text, cols[0].text, cols[0].len);
        text[cols[0].len] = '\0';
        *v = strtoll(text, NULL, 10);
    }
    return 0;
}

int db_data_version(struct db *db, long long *version)
{
    if (!db->ops->data_version_sql)
        return DG_EUNSUPPORTED;
    *version = -1;
    int rc = db_query(db, db->ops->data_version_sql, NULL, 0, take_version, version);
    return rc ? rc : *version < 0 ? DG_EDB : 0;
}

static int statement(struct db *db, const char *sql, void **handle)
{
    struct db_stmt_entry *e;
    int rc;

    for (size_t i = 0; i < db->nstmts; i++) {
        if (strcmp(db->stmts[i].sql, sql) == 0) {
            *handle = db->stmts[i].handle;
            return 0;
        }
    }
    if (db->nstmts == DB_STMT_CACHE) {
        e = &db->stmts[db->next_evict];
        db->next_evict = (db->next_evict + 1) % DB_STMT_CACHE;
        db->ops->finalize(db, e->handle);
        free(e->sql);
    } else {
        e = &db->stmts[db->nstmts++];
    }
    e->sql = strdup(sql);
    if (!e->sql) {
        *e = db->stmts[--db->nstmts];
        return -ENOMEM;
    }
    rc = note(db, db->ops->prepare(db, sql, &e->handle));
    if (rc) {
        free(e->sql);
        /* Keep the cache dense: move the last entry into the hole. */
        *e = db->stmts[--db->nstmts];
        if (db->next_evict >= db->nstmts)
            db->next_evict = 0;
        return rc;
    }
    *handle = e->handle;
    return 0;
}

/* The caller's row callback, counting the rows it was given. */
struct counted {
    db_row_fn fn;
    void *ctx;
    unsigned long rows;
};

static int count_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct counted *c = ctx;

    c->rows++;
    return c->fn(c->ctx, cols, ncols);
}

static int run(struct db *db, const char *sql, const struct db_value *params, size_t nparams,
               db_row_fn fn, void *ctx, long *changes)
{
    struct counted c = {fn, ctx, 0};
    void *h = NULL;
    int rc;

    for (int attempt = 0;; attempt++) {
        rc = reconnect(db);
        if (rc == 0)
            rc = statement(db, sql, &h);
        if (rc == 0)
            rc = note(db, db->ops->run(db, h, params, nparams, fn ? count_row : NULL, &c, changes));
        /* Outside a transaction a lost connection costs nothing to retry once:
         * the statement either ran before the loss or not at all... except for
         * writes, where "ran, then the answer was lost" is possible; our writes
         * are upserts, so running one twice is harmless. Not once rows were
         * handed out: the caller would see them twice. */
        if (rc != DG_EDBGONE || db->in_transaction || attempt == 1 || c.rows > 0)
            return rc;
    }
}

int db_exec(struct db *db, const char *sql, const struct db_value *params, size_t nparams,
            long *changes)
{
    return run(db, sql, params, nparams, NULL, NULL, changes);
}

int db_query(struct db *db, const char *sql, const struct db_value *params, size_t nparams,
             db_row_fn fn, void *ctx)
{
    return run(db, sql, params, nparams, fn, ctx, NULL);
}

int db_exec_ddl(struct db *db, const char *sql)
{
    int rc = reconnect(db);

    if (rc)
        return rc;
    return note(db, db->ops->exec_plain(db, sql));
}

static int found_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    (void)cols;
    (void)ncols;
    *(int *)ctx = 1;
    return 0;
}

int db_table_exists(struct db *db, const char *table)
{
    struct db_value name = db_text(table, strlen(table));
    int found = 0, rc;

    if (!db_is_identifier(table))
        return DG_EPARSE;
    rc = db_query(db, db->ops->table_exists_sql, &name, 1, found_row, &found);
    return rc ? rc : found;
}

int db_is_identifier(const char *s)
{
    int dots = 0;
    const char *seg = s;

    for (;; s++) {
        if (*s == '.' || *s == '\0') {
            if (s == seg)
                return 0;
            if (*s == '\0')
                return 1;
            if (++dots > 1)
                return 0;
            seg = s + 1;
        } else if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
                     (*s >= '0' && *s <= '9') || *s == '_')) {
            return 0;
        }
    }
}

/* The SQL builders append piece after piece and look at the result once:
 * each append is skipped after a failure, so *rc holds the first error
 * (DG_ETOOBIG, -ENOMEM, or DG_EPARSE for a name that is not an identifier),
 * never a mix of two negative codes. */
static void add(struct buf *b, int *rc, const char *s)
{
    if (*rc == 0)
        *rc = buf_append(b, s, strlen(s));
}

static void add_ident(struct buf *b, int *rc, const char *s)
{
    if (*rc == 0 && !db_is_identifier(s))
        *rc = DG_EPARSE;
    add(b, rc, s);
}

/* Finish the text in b and run it. */
static int run_built(struct db *db, struct buf *b, const struct db_value *params, size_t n,
                     db_row_fn fn, void *ctx)
{
    int rc = buf_append(b, "", 1);

    if (rc == 0)
        rc = run(db, (const char *)b->data, params, n, fn, ctx, NULL);
    buf_free(b);
    return rc;
}

static int updated_on_conflict(const char *column, const char *insert_only)
{
    return !insert_only || strcmp(column, insert_only) != 0;
}

int db_upsert_sql(const struct db *db, const char *table, const char *const *columns,
                  size_t ncolumns, const char *insert_only, char **out)
{
    struct buf b;
    enum db_backend be = db->ops->backend;
    size_t nset = 0, nupdate = 0;
    int rc = 0;

    *out = NULL;
    if (ncolumns == 0)
        return DG_EPARSE;
    buf_init(&b, SQL_MAX);
    add(&b, &rc, "INSERT INTO ");
    add_ident(&b, &rc, table);
    add(&b, &rc, " (");
    for (size_t i = 0; i < ncolumns; i++) {
        add(&b, &rc, i ? ", " : "");
        add_ident(&b, &rc, columns[i]);
    }
    add(&b, &rc, ") VALUES (");
    for (size_t i = 0; i < ncolumns; i++)
        add(&b, &rc, i ? ", ?" : "?");
    for (size_t i = 1; i < ncolumns; i++)
        nupdate += (size_t)updated_on_conflict(columns[i], insert_only);
    add(&b, &rc, be == DB_MYSQL ? ") ON DUPLICATE KEY UPDATE " : ") ON CONFLICT (");
    if (be != DB_MYSQL) {
        add_ident(&b, &rc, columns[0]);
        add(&b, &rc, nupdate ? ") DO UPDATE SET " : ") DO NOTHING");
    }
    for (size_t i = 1; i < ncolumns; i++) {
        if (!updated_on_conflict(columns[i], insert_only))
            continue;
        add(&b, &rc, nset++ ? ", " : "");
        add(&b, &rc, columns[i]);
        add(&b, &rc, be == DB_MYSQL ? " = VALUES(" : " = excluded.");
        add(&b, &rc, columns[i]);
        add(&b, &rc, be == DB_MYSQL ? ")" : "");
    }
    if (nupdate == 0 && be == DB_MYSQL) {
        /* Nothing to update, and MySQL has no DO NOTHING: the key itself. */
        add(&b, &rc, columns[0]);
        add(&b, &rc, " = ");
        add(&b, &rc, columns[0]);
    } else if (nupdate && be != DB_MYSQL) {
        /* MySQL skips identical rows by itself; the others need telling. */
        const char *differs = be == DB_PGSQL ? " IS DISTINCT FROM excluded." : " IS NOT excluded.";
        size_t n = 0;
        add(&b, &rc, " WHERE ");
        for (size_t i = 1; i < ncolumns; i++) {
            if (!updated_on_conflict(columns[i], insert_only))
                continue;
            add(&b, &rc, n++ ? " OR " : "");
            add_ident(&b, &rc, table);
            add(&b, &rc, ".");
            add(&b, &rc, columns[i]);
            add(&b, &rc, differs);
            add(&b, &rc, columns[i]);
        }
    }
    if (rc == 0)
        rc = buf_append(&b, "", 1);
    if (rc) {
        buf_free(&b);
        return rc;
    }
    *out = (char *)b.data; /* the caller's now */
    return 0;
}

int db_like_escape(const char *text, size_t len, char *out, size_t outlen)
{
    size_t n = 0;

    for (size_t i = 0; i < len; i++) {
        int esc = text[i] == DB_LIKE_ESCAPE || text[i] == '%' || text[i] == '_';
        if (n + (size_t)esc + 2 > outlen)
            return DG_ETOOBIG;
        if (esc)
            out[n++] = DB_LIKE_ESCAPE;
        out[n++] = text[i];
    }
    if (n + 1 > outlen)
        return DG_ETOOBIG;
    out[n] = '\0';
    return (int)n;
}

/* One condition: its SQL and the parameters it consumes. */
static int add_cond(struct buf *b, enum db_backend be, const struct db_cond *c)
{
    int rc = 0;

    if (c->op == DB_OP_JOIN) {
        if (c->nvalues != 1 || c->values[0].kind != DB_TEXT || !c->values[0].text)
            return DG_EPARSE;
        char other[DB_IDENT_MAX];
        if (c->values[0].len >= sizeof other)
            return DG_EPARSE;
        memcpy(other, c->values[0].text, c->values[0].len);
        other[c->values[0].len] = '\0';
        add_ident(b, &rc, c->column);
        add(b, &rc, " = ");
        add_ident(b, &rc, other);
        return rc;
    }
    if (c->nvalues == 0 || (c->op != DB_OP_IN && c->nvalues != 1))
        return DG_EPARSE;
    if (c->fold_case) {
        add(b, &rc, c->ltrim ? "UPPER(LTRIM(" : "UPPER(");
        add_ident(b, &rc, c->column);
        add(b, &rc, c->ltrim ? "))" : ")");
    } else {
        add_ident(b, &rc, c->column);
    }
    /* Ranges compare bytes on every backend: SQLite's BINARY and our
     * MySQL tables' utf8mb4_bin do; PostgreSQL is told, or a database
     * made with a linguistic locale would order "1200.5" and "12005" its
     * own way. Not DB_OP_GT: keyset paging must compare as ORDER BY sorts,
     * in the collation its index was built with. */
    if (be == DB_PGSQL && (c->op == DB_OP_GE || c->op == DB_OP_LE || c->op == DB_OP_LT))
        add(b, &rc, " COLLATE \"C\"");
    switch (c->op) {
    case DB_OP_EQ:
        add(b, &rc, " = ?");
        break;
    case DB_OP_GE:
        add(b, &rc, " >= ?");
        break;
    case DB_OP_LE:
        add(b, &rc, " <= ?");
        break;
    case DB_OP_GT:
        add(b, &rc, " > ?");
        break;
    case DB_OP_LT:
        add(b, &rc, " < ?");
        break;
    case DB_OP_LIKE:
        /* Not a backslash: how a backslash in an SQL literal reads depends on
         * server settings (MySQL's NO_BACKSLASH_ESCAPES, PostgreSQL's
         * standard_conforming_strings); '!' reads the same everywhere. */
        add(b, &rc, " LIKE ? ESCAPE '!'");
        break;
    case DB_OP_IN:
        add(b, &rc, " IN (");
        for (size_t i = 0; i < c->nvalues; i++)
            add(b, &rc, i ? ", ?" : "?");
        add(b, &rc, ")");
        break;
    default:
        return DG_EPARSE;
    }
    return rc;
}

/* " FROM tables WHERE conditions" with their parameters gathered into
 * *params (allocated; the caller frees it). */
static int add_from_where(struct buf *b, enum db_backend be, const struct db_select *q,
                          struct db_value **params, size_t *nparams)
{
    size_t total = 0;
    int rc = 0, in_group = 0;

    *params = NULL;
    *nparams = 0;
    for (size_t i = 0; i < q->nwhere; i++)
        if (q->where[i].op != DB_OP_JOIN)
            total += q->where[i].nvalues;
    if (total) {
        *params = calloc(total, sizeof **params);
        if (!*params)
            return -ENOMEM;
    }
    add(b, &rc, " FROM ");
    for (size_t i = 0; i < q->ntables; i++) {
        add(b, &rc, i ? ", " : "");
        add_ident(b, &rc, q->tables[i]);
    }
    for (size_t i = 0; i < q->nwhere && rc == 0; i++) {
        const struct db_cond *c = &q->where[i];
        add(b, &rc, i == 0 ? " WHERE " : in_group ? " OR " : " AND ");
        if (c->or_next && !in_group) {
            add(b, &rc, "(");
            in_group = 1;
        }
        if (rc == 0)
            rc = add_cond(b, be, c);
        if (in_group && (!c->or_next || i + 1 == q->nwhere)) {
            add(b, &rc, ")");
            in_group = 0;
        }
        if (c->op != DB_OP_JOIN)
            for (size_t k = 0; k < c->nvalues; k++)
                (*params)[(*nparams)++] = c->values[k];
    }
    return rc;
}

int db_select(struct db *db, const struct db_select *q, db_row_fn fn, void *ctx)
{
    struct buf b;
    struct db_value *params = NULL;
    size_t nparams = 0;
    int rc = 0;
    char num[32];

    if (q->ncolumns == 0 || q->ntables == 0)
        return DG_EPARSE;
    buf_init(&b, SQL_MAX);
    add(&b, &rc, "SELECT ");
    for (size_t i = 0; i < q->ncolumns; i++) {
        add(&b, &rc, i ? ", " : "");
        add_ident(&b, &rc, q->columns[i]);
    }
    if (rc == 0)
        rc = add_from_where(&b, db->ops->backend, q, &params, &nparams);
    if (q->order_by) {
        add(&b, &rc, " ORDER BY ");
        add_ident(&b, &rc, q->order_by);
    }
    if (q->limit > 0) {
        snprintf(num, sizeof num, " LIMIT %ld", q->limit);
        add(&b, &rc, num);
        if (q->offset > 0) {
            snprintf(num, sizeof num, " OFFSET %ld", q->offset);
            add(&b, &rc, num);
        }
    }
    if (rc) {
        buf_free(&b);
        free(params);
        return rc;
    }
    rc = run_built(db, &b, params, nparams, fn, ctx);
    free(params);
    return rc;
}

static int take_count(void *ctx, const struct db_value *cols, size_t ncols)
{
    long long *n = ctx;
    char text[32];

    if (ncols == 1 && cols[0].kind == DB_TEXT && cols[0].len < sizeof text) {
        memcpy(text, cols[0].text, cols[0].len);
        text[cols[0].len] = '\0';
        *n = strtoll(text, NULL, 10);
    }
    return 0;
}

int db_count(struct db *db, const struct db_select *q, long long *n)
{
    struct buf b;
    struct db_value *params = NULL;
    size_t nparams = 0;
    int rc = 0;

    *n = -1;
    if (q->ntables == 0)
        return DG_EPARSE;
    buf_init(&b, SQL_MAX);
    add(&b, &rc, "SELECT COUNT(*)");
    if (rc == 0)
        rc = add_from_where(&b, db->ops->backend, q, &params, &nparams);
    if (rc) {
        buf_free(&b);
        free(params);
        return rc;
    }
    rc = run_built(db, &b, params, nparams, take_count, n);
    free(params);
    if (rc == 0 && *n < 0) {
        db_set_error(db, "COUNT(*) gave no number");
        rc = DG_EDB;
    }
    return rc;
}
