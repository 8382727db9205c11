/* MySQL / MariaDB backend (libmysqlclient or libmariadb): server-side
 * prepared statements with every value bound, utf8mb4 on the connection,
 * rows streamed from the server. Lost connections and deadlocks are told
 * apart from other errors so that callers can fail or retry. */
#include "db/db_impl.h"

#include "db/mysql_lib.h"
#include "util/error.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define COLUMN_BUF 1024 /* grown on demand when a value is longer */
#define ROW_COLS_MAX 256

/* my_bool in MariaDB and MySQL 5, bool in MySQL 8: take whatever is_null is. */
typedef __typeof__(*((MYSQL_BIND *)0)->is_null) mysql_flag;

struct mysql_stmt_handle {
    MYSQL_STMT *st;
    unsigned ncols;
    MYSQL_BIND *res;     /* one per result column */
    char **bufs;         /* their buffers */
    unsigned long *lens; /* actual lengths */
    mysql_flag *nulls;
};

static MYSQL *conn(struct db *db)
{
    return db->conn;
}

/* Map a client/server error number to our codes. */
static int classify(unsigned err)
{
    switch (err) {
    case 2002: /* CR_CONNECTION_ERROR */
    case 2003: /* CR_CONN_HOST_ERROR */
    case 2006: /* CR_SERVER_GONE_ERROR */
    case 2013: /* CR_SERVER_LOST */
    case 2055: /* CR_SERVER_LOST_EXTENDED */
    case 1053: /* ER_SERVER_SHUTDOWN */
    case 1927: /* ER_CONNECTION_KILLED */
    case 4031: /* ER_CLIENT_INTERACTION_TIMEOUT */
        return DG_EDBGONE;
    case 1205: /* ER_LOCK_WAIT_TIMEOUT */
    case 1213: /* ER_LOCK_DEADLOCK */
        return DG_EDBBUSY;
    default:
        return DG_EDB;
    }
}

static int conn_error(struct db *db)
{
    db_set_error(db, "%s (%u)", libmysql.mysql_error(conn(db)), libmysql.mysql_errno(conn(db)));
    return classify(libmysql.mysql_errno(conn(db)));
}

static int stmt_error(struct db *db, MYSQL_STMT *st)
{
    /* libmariadb leaves a connection lost during mysql_stmt_fetch on the
     * connection (2013) with the statement's error number 0. */
    if (libmysql.mysql_stmt_errno(st) == 0)
        return conn_error(db);
    db_set_error(db, "%s (%u)", libmysql.mysql_stmt_error(st), libmysql.mysql_stmt_errno(st));
    return classify(libmysql.mysql_stmt_errno(st));
}

static int mysql_connect_db(struct db *db)
{
    char host[256];
    unsigned port, timeout = 10;
    const char *socket_path = NULL;
    MYSQL *h;
    char why[256];

    if (mysql_lib_load(why, sizeof why) != 0) {
        db_set_error(db, "%s (the MySQL/MariaDB client library)", why);
        return DG_EUNSUPPORTED;
    }
    if (db_split_host(db->cfg.sql_host[0] ? db->cfg.sql_host : "localhost", host, sizeof host,
                      &port) != 0) {
        db_set_error(db, "SQLHost '%s' is not host or host:port", db->cfg.sql_host);
        return DG_ECONFIG;
    }
    if (host[0] == '/')
        socket_path = host;
    h = libmysql.mysql_init(NULL);
    if (!h) {
        db_set_error(db, "out of memory");
        return -ENOMEM;
    }
    libmysql.mysql_options(h, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    /* A server that stops answering must not hold a worker thread forever:
     * each read and write gives up after TCPIPTimeOut (DG_EDBGONE). */
    unsigned io_timeout = (unsigned)db->cfg.tcpip_timeout;
    libmysql.mysql_options(h, MYSQL_OPT_READ_TIMEOUT, &io_timeout);
    libmysql.mysql_options(h, MYSQL_OPT_WRITE_TIMEOUT, &io_timeout);
    libmysql.mysql_options(h, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    /* CLIENT_FOUND_ROWS: an UPDATE reports matched rows, not changed ones. */
    if (!libmysql.mysql_real_connect(h, socket_path ? NULL : host, db->cfg.username,
                                     db->cfg.password, db->cfg.sql_server, port, socket_path,
                                     CLIENT_FOUND_ROWS)) {
        db_set_error(db, "cannot connect to %s as %s, database %s: %s", db->cfg.sql_host,
                     db->cfg.username, db->cfg.sql_server, libmysql.mysql_error(h));
        unsigned e = libmysql.mysql_errno(h);
        libmysql.mysql_close(h);
        /* Wrong password or unknown database is a configuration error, not
         * a server that may come back. */
        return e >= 2000 ? DG_EDBGONE : DG_EDB;
    }
    db->conn = h;
    return 0;
}

static void mysql_disconnect_db(struct db *db)
{
    if (db->conn)
        libmysql.mysql_close(conn(db));
    db->conn = NULL;
}

static void free_handle(struct mysql_stmt_handle *h)
{
    if (!h)
        return;
    if (h->st)
        libmysql.mysql_stmt_close(h->st);
    for (unsigned i = 0; h->bufs && i < h->ncols; i++)
        free(h->bufs[i]);
    free(h->bufs);
    free(h->res);
    free(h->lens);
    free(h->nulls);
    free(h);
}

static int mysql_prepare_db(struct db *db, const char *sql, void **handle)
{
    struct mysql_stmt_handle *h = calloc(1, sizeof *h);
    MYSQL_RES *meta;
    int rc;

    if (!h)
        return -ENOMEM;
    h->st = libmysql.mysql_stmt_init(conn(db));
    if (!h->st) {
        free(h);
        return conn_error(db);
    }
    if (libmysql.mysql_stmt_prepare(h->st, sql, strlen(sql)) != 0) {
        rc = stmt_error(db, h->st);
        free_handle(h);
        return rc;
    }
    meta = libmysql.mysql_stmt_result_metadata(h->st);
    if (meta) {
        h->ncols = libmysql.mysql_num_fields(meta);
        libmysql.mysql_free_result(meta);
        if (h->ncols > ROW_COLS_MAX) {
            db_set_error(db, "more than %d result columns", ROW_COLS_MAX);
            free_handle(h);
            return DG_EDB;
        }
        h->res = calloc(h->ncols, sizeof *h->res);
        h->bufs = calloc(h->ncols, sizeof *h->bufs);
        h->lens = calloc(h->ncols, sizeof *h->lens);
        h->nulls = calloc(h->ncols, sizeof *h->nulls);
        if (!h->res || !h->bufs || !h->lens || !h->nulls) {
            free_handle(h);
            return -ENOMEM;
        }
        for (unsigned i = 0; i < h->ncols; i++) {
            h->bufs[i] = malloc(COLUMN_BUF);
            if (!h->bufs[i]) {
                free_handle(h);
                return -ENOMEM;
            }
            h->res[i].buffer_type = MYSQL_TYPE_STRING;
            h->res[i].buffer = h->bufs[i];
            h->res[i].buffer_length = COLUMN_BUF;
            h->res[i].length = &h->lens[i];
            h->res[i].is_null = &h->nulls[i];
        }
    }
    *handle = h;
    return 0;
}

static void mysql_finalize_db(struct db *db, void *handle)
{
    (void)db;
    free_handle(handle);
}

/* A value longer than its buffer: grow the buffer and fetch it again. */
static int refetch_long_columns(struct db *db, struct mysql_stmt_handle *h)
{
    for (unsigned i = 0; i < h->ncols; i++) {
        if (h->nulls[i] || h->lens[i] <= h->res[i].buffer_length)
            continue;
        char *nb = realloc(h->bufs[i], h->lens[i] + 1);
        if (!nb)
            return -ENOMEM;
        h->bufs[i] = nb;
        h->res[i].buffer = nb;
        h->res[i].buffer_length = h->lens[i] + 1;
        if (libmysql.mysql_stmt_fetch_column(h->st, &h->res[i], i, 0) != 0)
            return stmt_error(db, h->st);
    }
    /* The grown buffers must be bound for the next row too. */
    if (libmysql.mysql_stmt_bind_result(h->st, h->res) != 0)
        return stmt_error(db, h->st);
    return 0;
}

static int mysql_run_db(struct db *db, void *handle, const struct db_value *params, size_t nparams,
                        db_row_fn fn, void *ctx, long *changes)
{
    struct mysql_stmt_handle *h = handle;
    MYSQL_BIND *bind = NULL;
    unsigned long *lens = NULL;
    struct db_value cols[ROW_COLS_MAX];
    int rc = 0;

    if (nparams != libmysql.mysql_stmt_param_count(h->st)) {
        db_set_error(db, "statement wants %lu parameters, got %zu",
                     (unsigned long)libmysql.mysql_stmt_param_count(h->st), nparams);
        return DG_EDB;
    }
    if (nparams) {
        bind = calloc(nparams, sizeof *bind);
        lens = calloc(nparams, sizeof *lens);
        if (!bind || !lens) {
            rc = -ENOMEM;
            goto done;
        }
    }
    for (size_t i = 0; i < nparams; i++) {
        switch (params[i].kind) {
        case DB_TEXT:
            lens[i] = (unsigned long)params[i].len;
            bind[i].buffer_type = MYSQL_TYPE_STRING;
            bind[i].buffer = (void *)(params[i].text ? params[i].text : "");
            bind[i].buffer_length = lens[i];
            bind[i].length = &lens[i];
            break;
        case DB_INT:
            bind[i].buffer_type = MYSQL_TYPE_LONGLONG;
            bind[i].buffer = (void *)&params[i].num;
            break;
        default:
            bind[i].buffer_type = MYSQL_TYPE_NULL;
            break;
        }
    }
    if ((nparams && libmysql.mysql_stmt_bind_param(h->st, bind) != 0) ||
        libmysql.mysql_stmt_execute(h->st) != 0) {
        rc = stmt_error(db, h->st);
        goto done;
    }
    if (h->ncols) {
        if (libmysql.mysql_stmt_bind_result(h->st, h->res) != 0) {
            rc = stmt_error(db, h->st);
            goto done;
        }
        for (;;) {
            int f = libmysql.mysql_stmt_fetch(h->st);
            if (f == MYSQL_NO_DATA)
                break;
            if (f == 1) {
                rc = stmt_error(db, h->st);
                break;
            }
            if (f == MYSQL_DATA_TRUNCATED) {
                rc = refetch_long_columns(db, h);
                if (rc)
                    break;
            }
            if (!fn)
                continue;
            for (unsigned i = 0; i < h->ncols; i++)
                cols[i] = h->nulls[i] ? db_null() : db_text(h->bufs[i], h->lens[i]);
            rc = fn(ctx, cols, h->ncols);
            if (rc)
                break;
        }
        /* Discards rows not read (a callback that stopped early). */
        libmysql.mysql_stmt_free_result(h->st);
    } else if (changes) {
        *changes = (long)libmysql.mysql_stmt_affected_rows(h->st);
    }
done:
    free(bind);
    free(lens);
    return rc;
}

static int mysql_exec_plain_db(struct db *db, const char *sql)
{
    if (libmysql.mysql_query(conn(db), sql) != 0)
        return conn_error(db);
    /* A statement that returned rows (none of ours should) must be read. */
    MYSQL_RES *r = libmysql.mysql_store_result(conn(db));
    libmysql.mysql_free_result(r);
    return 0;
}

const struct db_ops db_mysql_ops = {
    .backend = DB_MYSQL,
    .name = "MySQL",
    .connect = mysql_connect_db,
    .disconnect = mysql_disconnect_db,
    .prepare = mysql_prepare_db,
    .finalize = mysql_finalize_db,
    .run = mysql_run_db,
    .exec_plain = mysql_exec_plain_db,
    .table_exists_sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = "
                        "DATABASE() AND table_name = ?",
    .set_bulk = NULL,
    .lock_try_sql = "SELECT GET_LOCK(?, 0)",
    .lock_wait_sql = "SELECT GET_LOCK(?, ?)",
    .unlock_sql = "SELECT RELEASE_LOCK(?)",
    .lock_by_name = 1,
    .lock_ends_with_transaction = 0,
};
