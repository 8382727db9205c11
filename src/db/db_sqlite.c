/* SQLite backend: the embedded default. WAL journal so readers never block
 * the writer, a busy timeout plus our own retry on BUSY/LOCKED so that
 * concurrent writers (threads or other dgate processes) wait instead of
 * failing. The database file is SQLServer; its directory is created. */
#include "db/db_impl.h"

#include "util/error.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define BUSY_TIMEOUT_MS 10000
#define BUSY_RETRY_MS 30000 /* retrying one call stops this long after it began */
#define ROW_COLS_MAX 256
#define CHECKPOINT_PAGES "4000"

static sqlite3 *conn(struct db *db)
{
    return db->conn;
}

static int mkdir_parents(const char *path)
{
    char dir[PATH_MAX];
    size_t n = strlen(path);

    if (n >= sizeof dir)
        return -ENAMETOOLONG;
    memcpy(dir, path, n + 1);
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0755) != 0 && errno != EEXIST)
            return -errno;
        *p = '/';
    }
    return 0;
}

static int fail_with(struct db *db, int code)
{
    db_set_error(db, "%s", sqlite3_errmsg(conn(db)));
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        return DG_EDBBUSY;
    return DG_EDB;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* After BUSY or LOCKED: wait a little and say whether to try again. Each
 * BUSY may already have waited the busy timeout, so the budget is wall-clock
 * time since `start`, not the count of our own pauses. */
static int wait_again(int code, long long start)
{
    struct timespec ts = {0, 10 * 1000000L};

    if ((code & 0xff) != SQLITE_BUSY && (code & 0xff) != SQLITE_LOCKED)
        return 0;
    if (now_ms() - start >= BUSY_RETRY_MS)
        return 0;
    nanosleep(&ts, NULL);
    return 1;
}

static int sqlite_exec_plain(struct db *db, const char *sql)
{
    long long start = now_ms();
    int rc;

    for (;;) {
        rc = sqlite3_exec(conn(db), sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            return 0;
        if (!wait_again(rc, start))
            return fail_with(db, rc);
    }
}

static int sqlite_connect(struct db *db)
{
    char path[PATH_MAX];
    sqlite3 *h = NULL;
    int rc;

    if (!db->cfg.sql_server[0]) {
        db_set_error(db, "SQLServer (the SQLite database file) is not set in dicom.ini");
        return DG_ECONFIG;
    }
    /* config_load resolves SQLServer only when SQLite = 1; SQLite is also
     * the backend when no backend key is set, so resolve it here too. */
    if (config_resolve_path(&db->cfg, db->cfg.sql_server, path, sizeof path) != 0) {
        db_set_error(db, "SQLServer path too long");
        return DG_ECONFIG;
    }
    rc = mkdir_parents(path);
    if (rc) {
        db_set_error(db, "cannot create the directory of %s: %s", path, strerror(-rc));
        return DG_EDB;
    }
    rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                         NULL);
    if (rc != SQLITE_OK) {
        db_set_error(db, "cannot open %s: %s", path, h ? sqlite3_errmsg(h) : "out of memory");
        sqlite3_close(h);
        return DG_EDB;
    }
    db->conn = h;
    sqlite3_busy_timeout(h, BUSY_TIMEOUT_MS);
    /* WAL: readers (C-FIND) and the writer (C-STORE) do not block each other.
     * synchronous follows FileSync: FULL makes every commit durable before
     * C-STORE answers. */
    rc = sqlite_exec_plain(db, "PRAGMA journal_mode=WAL");
    if (rc == 0)
        rc = sqlite_exec_plain(db, db->cfg.file_sync ? "PRAGMA synchronous=FULL"
                                                     : "PRAGMA synchronous=NORMAL");
    /* A checkpoint (WAL back into the database, two fsyncs) runs inside the
     * commit that passes this many WAL pages, while every storing
     * association waits for that commit: every 4000 pages (16 MiB) instead
     * of SQLite's 1000, a quarter of the stalls. */
    if (rc == 0)
        rc = sqlite_exec_plain(db, "PRAGMA wal_autocheckpoint=" CHECKPOINT_PAGES);
    if (rc) {
        db_set_error(db, "cannot set up %s: %s", path, sqlite3_errmsg(h));
        sqlite3_close(h);
        db->conn = NULL;
        return DG_EDB;
    }
    return 0;
}

static void sqlite_disconnect(struct db *db)
{
    sqlite3_close(conn(db));
    db->conn = NULL;
}

static int sqlite_prepare(struct db *db, const char *sql, void **handle)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v3(conn(db), sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);

    if (rc != SQLITE_OK)
        return fail_with(db, rc);
    *handle = st;
    return 0;
}

static void sqlite_finalize(struct db *db, void *handle)
{
    (void)db;
    sqlite3_finalize(handle);
}

static int bind_all(struct db *db, sqlite3_stmt *st, const struct db_value *params, size_t n)
{
    if ((int)n != sqlite3_bind_parameter_count(st)) {
        db_set_error(db, "statement wants %d parameters, got %zu", sqlite3_bind_parameter_count(st),
                     n);
        return DG_EDB;
    }
    for (size_t i = 0; i < n; i++) {
        int rc, col = (int)i + 1;
        switch (params[i].kind) {
        case DB_TEXT:
            rc = sqlite3_bind_text64(st, col, params[i].text ? params[i].text : "", params[i].len,
                                     SQLITE_STATIC, SQLITE_UTF8);
            break;
        case DB_INT:
            rc = sqlite3_bind_int64(st, col, params[i].num);
            break;
        default:
            rc = sqlite3_bind_null(st, col);
            break;
        }
        if (rc != SQLITE_OK)
            return fail_with(db, rc);
    }
    return 0;
}

static int deliver_row(sqlite3_stmt *st, db_row_fn fn, void *ctx)
{
    struct db_value cols[ROW_COLS_MAX];
    int n = sqlite3_column_count(st);

    if (n > ROW_COLS_MAX)
        n = ROW_COLS_MAX;
    for (int i = 0; i < n; i++) {
        if (sqlite3_column_type(st, i) == SQLITE_NULL) {
            cols[i] = db_null();
        } else {
            const char *t = (const char *)sqlite3_column_text(st, i);
            cols[i] = db_text(t ? t : "", (size_t)sqlite3_column_bytes(st, i));
        }
    }
    return fn(ctx, cols, (size_t)n);
}

static int sqlite_run(struct db *db, void *handle, const struct db_value *params, size_t nparams,
                      db_row_fn fn, void *ctx, long *changes)
{
    sqlite3_stmt *st = handle;
    long long start = now_ms();
    int rc, rows = 0;

    sqlite3_reset(st);
    rc = bind_all(db, st, params, nparams);
    if (rc)
        goto done;
    for (;;) {
        int s = sqlite3_step(st);
        if (s == SQLITE_ROW) {
            rows++;
            if (fn) {
                rc = deliver_row(st, fn, ctx);
                if (rc)
                    goto done;
            }
            continue;
        }
        if (s == SQLITE_DONE) {
            if (changes)
                *changes = (long)sqlite3_changes(conn(db));
            rc = 0;
            goto done;
        }
        /* BUSY after the busy timeout, or LOCKED: wait and start over, but
         * only if no row was handed out yet (else the caller saw a prefix). */
        if (rows == 0 && wait_again(s, start)) {
            sqlite3_reset(st);
            continue;
        }
        rc = fail_with(db, s);
        goto done;
    }
done:
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc;
}

static int sqlite_set_bulk(struct db *db, int on)
{
    return sqlite_exec_plain(db, on || !db->cfg.file_sync ? "PRAGMA synchronous=NORMAL"
                                                          : "PRAGMA synchronous=FULL");
}

const struct db_ops db_sqlite_ops = {
    .backend = DB_SQLITE,
    .name = "SQLite",
    .connect = sqlite_connect,
    .disconnect = sqlite_disconnect,
    .prepare = sqlite_prepare,
    .finalize = sqlite_finalize,
    .run = sqlite_run,
    .exec_plain = sqlite_exec_plain,
    .table_exists_sql =
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
    .set_bulk = sqlite_set_bulk,
    .data_version_sql = "PRAGMA data_version",
};
