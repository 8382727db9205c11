/* PostgreSQL backend (libpq): named prepared statements, every value a text
 * parameter, rows streamed in single-row mode. Our `?` placeholders become
 * $1, $2, ... here. Lost connections and serialization failures are told
 * apart from other errors. */
#include "db/db_impl.h"

#include "db/pq_lib.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROW_COLS_MAX 256
#define BPCHAR_OID 1042 /* char(n): values come back padded with spaces */

struct pg_stmt {
    char name[24];
    int nparams;
};

struct pg_conn {
    PGconn *pg;
    unsigned next_stmt;
};

static PGconn *conn(struct db *db)
{
    return ((struct pg_conn *)db->conn)->pg;
}

static void quiet_notice(void *arg, const char *message)
{
    (void)arg;
    log_debug("PostgreSQL: %s", message);
}

/* Classify a failed result (or a failure with res == NULL). */
static int result_error(struct db *db, PGresult *res)
{
    const char *state = res ? libpq.PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? libpq.PQresultErrorMessage(res) : libpq.PQerrorMessage(conn(db));
    size_t n = strlen(msg);

    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    db_set_error(db, "%.*s%s%s", (int)n, msg, state ? " SQLSTATE " : "", state ? state : "");
    if (libpq.PQstatus(conn(db)) == CONNECTION_BAD)
        return DG_EDBGONE;
    if (state && (strncmp(state, "08", 2) == 0 || strcmp(state, "57P01") == 0 ||
                  strcmp(state, "57P02") == 0 || strcmp(state, "57P03") == 0))
        return DG_EDBGONE;
    /* Serialization failure, deadlock, lock_timeout: roll back and retry. */
    if (state &&
        (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0))
        return DG_EDBBUSY;
    return DG_EDB;
}

static int pg_connect(struct db *db)
{
    char host[256], port[16] = "";
    unsigned p;
    struct pg_conn *c;
    const char *keys[] = {"host",
                          "port",
                          "dbname",
                          "user",
                          "password",
                          "connect_timeout",
                          "client_encoding",
                          "application_name",
                          "keepalives",
                          "keepalives_idle",
                          "tcp_user_timeout",
                          "options",
                          NULL};
    const char *vals[13];
    char user_timeout[24], options[64], why[256];

    if (pq_lib_load(why, sizeof why) != 0) {
        db_set_error(db, "%s (PostgreSQL's client library; Debian: libpq5)", why);
        return DG_EUNSUPPORTED;
    }
    if (db_split_host(db->cfg.sql_host[0] ? db->cfg.sql_host : "localhost", host, sizeof host,
                      &p) != 0) {
        db_set_error(db, "SQLHost '%s' is not host or host:port", db->cfg.sql_host);
        return DG_ECONFIG;
    }
    if (p)
        snprintf(port, sizeof port, "%u", p);
    vals[0] = host;
    vals[1] = port[0] ? port : NULL;
    vals[2] = db->cfg.sql_server;
    vals[3] = db->cfg.username;
    vals[4] = db->cfg.password;
    vals[5] = "10";
    vals[6] = "UTF8";
    vals[7] = "dgate";
    /* A server that went away without closing the connection is noticed
     * within TCPIPTimeOut instead of holding a worker thread forever. */
    snprintf(user_timeout, sizeof user_timeout, "%d", db->cfg.tcpip_timeout * 1000);
    vals[8] = "1";
    vals[9] = "30";
    vals[10] = user_timeout;
    /* No lock wait (a row, an advisory lock) lasts longer than this. */
    snprintf(options, sizeof options, "-c lock_timeout=%d", DB_LOCK_WAIT_MS);
    vals[11] = options;
    vals[12] = NULL;
    /* A NULL value ends libpq's list early; give the port as "" instead. */
    if (!vals[1])
        vals[1] = "";
    c = calloc(1, sizeof *c);
    if (!c)
        return -ENOMEM;
    c->pg = libpq.PQconnectdbParams(keys, vals, 0);
    if (!c->pg || libpq.PQstatus(c->pg) != CONNECTION_OK) {
        const char *m = c->pg ? libpq.PQerrorMessage(c->pg) : "out of memory";
        size_t n = strlen(m);
        while (n && m[n - 1] == '\n')
            n--;
        db_set_error(db, "cannot connect to %s as %s, database %s: %.*s", db->cfg.sql_host,
                     db->cfg.username, db->cfg.sql_server, (int)n, m);
        libpq.PQfinish(c->pg);
        free(c);
        return DG_EDBGONE;
    }
    libpq.PQsetNoticeProcessor(c->pg, quiet_notice, NULL);
    db->conn = c;
    return 0;
}

static void pg_disconnect(struct db *db)
{
    struct pg_conn *c = db->conn;

    if (!c)
        return;
    libpq.PQfinish(c->pg);
    free(c);
    db->conn = NULL;
}

/* `?` -> `$n`, outside single-quoted literals. */
static char *number_placeholders(const char *sql, int *count)
{
    size_t n = strlen(sql);
    char *out = malloc(n * 4 + 1);
    size_t o = 0;
    int quoted = 0, k = 0;

    if (!out)
        return NULL;
    for (const char *s = sql; *s; s++) {
        if (*s == '\'')
            quoted = !quoted;
        if (*s == '?' && !quoted)
            o += (size_t)sprintf(out + o, "$%d", ++k);
        else
            out[o++] = *s;
    }
    out[o] = '\0';
    *count = k;
    return out;
}

static int pg_prepare(struct db *db, const char *sql, void **handle)
{
    struct pg_conn *c = db->conn;
    struct pg_stmt *st = calloc(1, sizeof *st);
    char *text;
    PGresult *res;
    int rc = 0;

    if (!st)
        return -ENOMEM;
    text = number_placeholders(sql, &st->nparams);
    if (!text) {
        free(st);
        return -ENOMEM;
    }
    snprintf(st->name, sizeof st->name, "dg%u", c->next_stmt++);
    res = libpq.PQprepare(c->pg, st->name, text, 0, NULL);
    if (!res || libpq.PQresultStatus(res) != PGRES_COMMAND_OK)
        rc = result_error(db, res);
    libpq.PQclear(res);
    free(text);
    if (rc) {
        free(st);
        return rc;
    }
    *handle = st;
    return 0;
}

static void pg_finalize(struct db *db, void *handle)
{
    struct pg_stmt *st = handle;
    char sql[64];

    if (db->conn && !db->broken && libpq.PQstatus(conn(db)) == CONNECTION_OK) {
        snprintf(sql, sizeof sql, "DEALLOCATE %s", st->name);
        libpq.PQclear(libpq.PQexec(conn(db), sql));
    }
    free(st);
}

static int deliver_row(PGresult *res, db_row_fn fn, void *ctx)
{
    struct db_value cols[ROW_COLS_MAX];
    int n = libpq.PQnfields(res);

    if (n > ROW_COLS_MAX)
        n = ROW_COLS_MAX;
    for (int i = 0; i < n; i++) {
        if (libpq.PQgetisnull(res, 0, i)) {
            cols[i] = db_null();
            continue;
        }
        const char *v = libpq.PQgetvalue(res, 0, i);
        size_t len = (size_t)libpq.PQgetlength(res, 0, i);
        if (libpq.PQftype(res, i) == BPCHAR_OID)
            while (len && v[len - 1] == ' ')
                len--;
        cols[i] = db_text(v, len);
    }
    return fn(ctx, cols, (size_t)n);
}

static int pg_run(struct db *db, void *handle, const struct db_value *params, size_t nparams,
                  db_row_fn fn, void *ctx, long *changes)
{
    struct pg_stmt *st = handle;
    const char **values = NULL;
    char *scratch = NULL;
    size_t need = 0, off = 0;
    PGresult *res;
    int rc = 0;

    if ((int)nparams != st->nparams) {
        db_set_error(db, "statement wants %d parameters, got %zu", st->nparams, nparams);
        return DG_EDB;
    }
    /* Text parameters must be NUL-terminated for libpq: copy them. */
    for (size_t i = 0; i < nparams; i++)
        need += params[i].kind == DB_TEXT ? params[i].len + 1 : 24;
    if (nparams) {
        values = calloc(nparams, sizeof *values);
        scratch = malloc(need);
        if (!values || !scratch) {
            rc = -ENOMEM;
            goto done;
        }
    }
    for (size_t i = 0; i < nparams; i++) {
        if (params[i].kind == DB_NULL) {
            values[i] = NULL;
            continue;
        }
        values[i] = scratch + off;
        if (params[i].kind == DB_INT) {
            off += (size_t)snprintf(scratch + off, 24, "%lld", params[i].num) + 1;
        } else {
            if (params[i].len)
                memcpy(scratch + off, params[i].text, params[i].len);
            scratch[off + params[i].len] = '\0';
            off += params[i].len + 1;
        }
    }
    if (!libpq.PQsendQueryPrepared(conn(db), st->name, (int)nparams, values, NULL, NULL, 0)) {
        rc = result_error(db, NULL);
        goto done;
    }
    libpq.PQsetSingleRowMode(conn(db));
    /* Read every result to the end, even after an error or a callback that
     * stopped, so that the connection is ready for the next statement. */
    for (res = libpq.PQgetResult(conn(db)); res != NULL; res = libpq.PQgetResult(conn(db))) {
        switch (libpq.PQresultStatus(res)) {
        case PGRES_SINGLE_TUPLE:
            if (rc == 0 && fn)
                rc = deliver_row(res, fn, ctx);
            break;
        case PGRES_TUPLES_OK:
            break;
        case PGRES_COMMAND_OK:
            if (changes)
                *changes = atol(libpq.PQcmdTuples(res));
            break;
        default:
            if (rc == 0)
                rc = result_error(db, res);
            break;
        }
        libpq.PQclear(res);
    }
    if (rc == 0 && libpq.PQstatus(conn(db)) == CONNECTION_BAD)
        rc = result_error(db, NULL);
done:
    free(values);
    free(scratch);
    return rc;
}

static int pg_exec_plain(struct db *db, const char *sql)
{
    PGresult *res = libpq.PQexec(conn(db), sql);
    int rc = 0;

    if (!res || (libpq.PQresultStatus(res) != PGRES_COMMAND_OK &&
                 libpq.PQresultStatus(res) != PGRES_TUPLES_OK))
        rc = result_error(db, res);
    /* A COMMIT of a transaction in which a statement failed "succeeds" as a
     * ROLLBACK: nothing was written, so it must not count as a commit. */
    if (rc == 0 && strcmp(sql, "COMMIT") == 0 && strcmp(libpq.PQcmdStatus(res), "ROLLBACK") == 0) {
        db_set_error(db, "COMMIT rolled back: a statement of the transaction had failed");
        rc = DG_EDB;
    }
    libpq.PQclear(res);
    return rc;
}

const struct db_ops db_pgsql_ops = {
    .backend = DB_PGSQL,
    .name = "PostgreSQL",
    .connect = pg_connect,
    .disconnect = pg_disconnect,
    .prepare = pg_prepare,
    .finalize = pg_finalize,
    .run = pg_run,
    .exec_plain = pg_exec_plain,
    /* Unquoted identifiers are folded to lower case by PostgreSQL. */
    .table_exists_sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = "
                        "current_schema() AND table_name = lower(?)",
    .set_bulk = NULL,
    .lock_try_sql = "SELECT pg_try_advisory_lock(CAST(? AS bigint))",
    /* Waits up to lock_timeout (set at connect), then 55P03. */
    .lock_wait_sql = "SELECT pg_advisory_xact_lock(CAST(? AS bigint))",
    .unlock_sql = "SELECT pg_advisory_unlock(CAST(? AS bigint))",
    .lock_by_name = 0,
    .lock_ends_with_transaction = 1,
};
