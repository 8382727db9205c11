/* dgate -k, -i, -r and --init-if-absent. Regen walks every MAG device in
 * directory order (archive_walk_device), reads each candidate file's header
 * (never its pixel data) and indexes it; files are committed in batches,
 * because one commit per file would make a 10 000-file regen wait on 10 000
 * disk flushes. */
#include "db/jobs.h"

#include "archive/archive.h"
#include "archive/reader.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/part10.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define BATCH 500          /* files per transaction during regen */
#define TTY_PROGRESS_S 0.2 /* the progress line on a terminal, rewritten */
#define LOG_PROGRESS_S 5.0 /* a progress line in the log otherwise */

struct schema *db_job_schema(const struct config *cfg)
{
    struct schema *s = NULL;
    char err[1024];

    if (schema_load(cfg->kfactor_file, cfg->truncate_field_names, &s, err, sizeof err) != 0) {
        fprintf(stderr, "***Could not load kfactor file: %s\n%s\n", cfg->kfactor_file, err);
        return NULL;
    }
    return s;
}

struct db *db_job_open(const struct config *cfg)
{
    struct db *db = NULL;
    char err[1024];

    if (db_open(cfg, &db, err, sizeof err) != 0) {
        fprintf(stderr, "***Error connecting to the database: %s\n", err);
        return NULL;
    }
    return db;
}

int db_job_list_sql(const struct config *cfg)
{
    struct schema *s = db_job_schema(cfg);

    if (!s)
        return 1;
    schema_dump(s, stdout);
    schema_free(s);
    return 0;
}

int db_job_init(const struct config *cfg, int mode)
{
    struct schema *s = db_job_schema(cfg);
    struct db *db = s ? db_job_open(cfg) : NULL;
    int rc = 1;

    if (db) {
        printf("Initializing Tables\n");
        fflush(stdout);
        rc = tables_init(db, s, (enum tables_mode)mode, stderr) ? 1 : 0;
    }
    db_close(db);
    schema_free(s);
    return rc;
}

int db_job_init_if_absent(const struct config *cfg)
{
    struct schema *s = db_job_schema(cfg);
    struct db *db = s ? db_job_open(cfg) : NULL;
    int rc = 1, created = 0;

    if (db) {
        rc = tables_create_missing(db, s, stdout, &created) ? 1 : 0;
        if (rc == 0)
            printf("%d table(s) created, existing tables kept\n", created);
    }
    db_close(db);
    schema_free(s);
    return rc;
}

#define REGEN_IF_ABSENT (-1) /* the mode of db_job_regen for --regen-if-absent */

/* Step 1 of -r: drop and create the tables. For --regen-if-absent
 * (REGEN_IF_ABSENT) a new index, none of whose tables exists, is created and
 * then filled as by -r; an existing one only gets the tables it lacks and is
 * not walked (*walk = 0), so that running this at every package install or
 * upgrade never loses a row. */
static int regen_tables(struct db *db, const struct schema *s, int mode, int *walk)
{
    int created = 0, rc;

    *walk = 1;
    if (mode != REGEN_IF_ABSENT)
        return tables_init(db, s, (enum tables_mode)mode, stderr);
    rc = tables_any_exist(db, s);
    if (rc < 0) {
        fprintf(stderr, "***Error reading the database: %s\n", db_error(db));
        return rc;
    }
    *walk = rc == 0;
    rc = tables_create_missing(db, s, stdout, &created);
    if (rc == 0 && !*walk)
        printf("The index exists: %d table(s) created, nothing re-indexed\n", created);
    return rc;
}

int db_job_regen_if_absent(const struct config *cfg)
{
    return db_job_regen(cfg, REGEN_IF_ABSENT);
}

/* ---- regen ---- */

struct regen {
    const struct config *cfg;
    struct archive *ar;
    struct db *db;
    struct index *ix;
    const char *device; /* "MAG1" */
    size_t mag_len;     /* of the device's directory, at the start of each path */
    /* The files of the open transaction, printed once it commits. */
    char *batch[BATCH];
    size_t nbatch;
    unsigned long total; /* the candidates counted before indexing */
    unsigned long done, failed;
    int tty;
    struct timespec start, last_progress;
};

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* "1:05" or "2:01:05" for a number of seconds. */
static void duration_text(double s, char *out, size_t outlen)
{
    unsigned long t = s < 0 ? 0 : (unsigned long)(s + 0.5);

    if (t >= 3600)
        snprintf(out, outlen, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(out, outlen, "%lu:%02lu", t / 60, t % 60);
}

/* How far regen is: on a terminal a line rewritten five times a second,
 * else (a file, a pipe, a journal) a line every few seconds on the console
 * and in the UserLog. Files done, files/s, the time left at that rate,
 * failures. */
static void progress(struct regen *r, int force)
{
    double since = seconds_since(&r->last_progress), t, rate;
    unsigned long left = r->total > r->done ? r->total - r->done : 0;
    char eta[32];

    if (!force && since < (r->tty ? TTY_PROGRESS_S : LOG_PROGRESS_S))
        return;
    clock_gettime(CLOCK_MONOTONIC, &r->last_progress);
    t = seconds_since(&r->start);
    rate = t > 0 ? (double)r->done / t : 0.0;
    if (rate > 0)
        duration_text((double)left / rate, eta, sizeof eta);
    else
        snprintf(eta, sizeof eta, "?");
    if (r->tty) {
        printf("\r\033[K%lu of %lu files, %.0f files/s, %s left, %lu failed", r->done, r->total,
               rate, eta, r->failed);
        fflush(stdout);
    } else {
        log_user("regen: %lu of %lu files, %.0f files/s, %s left, %lu failed", r->done, r->total,
                 rate, eta, r->failed);
    }
}

/* Rub out the progress line before a line of Conquest's is printed. */
static void clear_progress(const struct regen *r)
{
    if (r->tty)
        printf("\r\033[K");
}

/* A file's line, Conquest's; on a terminal the progress line is drawn again
 * below it, so that it stays in sight while the lines scroll. */
static void report(struct regen *r, const char *path, int ok, const char *why)
{
    clear_progress(r);
    if (ok)
        printf("[Regen] %s -SUCCESS\n", path);
    else
        printf("***[Regen] %s -FAILED: %s\n", path, why);
    r->done++;
    if (!ok)
        r->failed++;
    progress(r, r->tty);
}

/* Conquest's rule: .dcm, .img, .v2, or no '.' in the last 4 characters. */
static int is_candidate(const char *name)
{
    size_t n = strlen(name);
    const char *dot = strrchr(name, '.');

    if (name[0] == '.')
        return 0; /* hidden and temporary files */
    if (!dot)
        return 1;
    if (strcasecmp(dot, ".dcm") == 0 || strcasecmp(dot, ".img") == 0 || strcasecmp(dot, ".v2") == 0)
        return 1;
    return (size_t)(dot - name) + 4 < n;
}

/* The SQLite database and its companions live under MAG0 by default. */
static int is_database_file(const struct config *cfg, const char *path)
{
    char db[PATH_MAX];
    size_t n;

    if (!cfg->sql_server[0] || config_resolve_path(cfg, cfg->sql_server, db, sizeof db) != 0)
        return 0;
    n = strlen(db);
    if (strncmp(path, db, n) != 0)
        return 0;
    return path[n] == '\0' || strcmp(path + n, "-wal") == 0 || strcmp(path + n, "-shm") == 0 ||
           strcmp(path + n, "-journal") == 0;
}

/* Index the file open as fd, ObjectFile relpath on the current device. */
static int load_and_index(struct regen *r, int fd, const char *relpath, int own_transaction)
{
    /* The nesting limit C-STORE applies: a file the server took in must be
     * readable here too, or the index could not be rebuilt from the files. */
    struct enc_opts opts = {r->cfg->max_nesting_depth, 0, 0, 0, 0};
    struct p10_file f;
    struct index_file where;
    int rc;

    memset(&f, 0, sizeof f);
    rc = fd < 0 ? fd : p10_read_header_fd(fd, &opts, &f);
    if (rc)
        return DG_EPARSE;
    where.device = r->device;
    where.object_file = relpath;
    rc = own_transaction ? index_object(r->ix, f.ds, &where)
                         : index_object_in_transaction(r->ix, f.ds, &where);
    p10_close(&f);
    return rc == DG_EPARSE ? DG_ECONFLICT : rc; /* "Error SQL Add", not "Error on Load" */
}

/* load_and_index for a file of the batch, opened again by the reader. */
static int reload_and_index(struct regen *r, const char *path)
{
    struct mag_reader *rd = NULL;
    const char *relpath = path + r->mag_len;
    int rc = archive_reader_open(r->ar, r->device, relpath, &rd);

    rc = load_and_index(r, rc == 0 ? mag_reader_fd(rd) : rc, relpath, 1);
    mag_reader_close(rd);
    return rc;
}

static const char *failure_text(int rc)
{
    return rc == DG_EPARSE ? "Error on Load" : "Error SQL Add";
}

static void clear_batch(struct regen *r)
{
    for (size_t i = 0; i < r->nbatch; i++)
        free(r->batch[i]);
    r->nbatch = 0;
}

/* Commit the open transaction and print its files; when the database
 * failed, roll back and index them again one by one. */
static void flush_batch(struct regen *r, int failed_rc)
{
    int rc = failed_rc;

    if (rc == 0 && r->nbatch)
        rc = db_commit(r->db);
    else if (rc)
        db_rollback(r->db);
    index_forget(r->ix);
    if (rc == 0) {
        for (size_t i = 0; i < r->nbatch; i++)
            report(r, r->batch[i], 1, NULL);
    } else {
        log_warn("regen: batch of %zu files failed (%s); indexing them one by one", r->nbatch,
                 db_error(r->db));
        for (size_t i = 0; i < r->nbatch; i++) {
            int one = reload_and_index(r, r->batch[i]);
            report(r, r->batch[i], one == 0, failure_text(one));
        }
    }
    clear_batch(r);
}

static void regen_file(struct regen *r, const struct archive_entry *e)
{
    const char *path = e->path;
    int fd, rc;

    if (r->nbatch == 0 && db_begin(r->db) != 0) {
        report(r, path, 0, failure_text(DG_EDB));
        return;
    }
    fd = archive_entry_open(e);
    rc = load_and_index(r, fd, e->relpath, 0);
    if (fd >= 0)
        close(fd);
    if (rc == DG_EPARSE || rc == DG_ECONFLICT) {
        /* Nothing of this file was written; the batch goes on. */
        report(r, path, 0, failure_text(rc));
        if (r->nbatch == 0) {
            db_rollback(r->db);
            index_forget(r->ix);
        }
        return;
    }
    r->batch[r->nbatch] = strdup(path);
    if (!r->batch[r->nbatch]) {
        flush_batch(r, -ENOMEM);
        return;
    }
    r->nbatch++;
    if (rc)
        flush_batch(r, rc);
    else if (r->nbatch == BATCH)
        flush_batch(r, 0);
}

/* The walker's callback: every regular file of the device (not .incoming,
 * dbase/, hidden names or links); Conquest's rule picks the candidates. */
static int regen_entry(void *ctx, const struct archive_entry *e)
{
    struct regen *r = ctx;

    if (is_candidate(e->name) && !is_database_file(r->cfg, e->path))
        regen_file(r, e);
    return 0;
}

/* The same walk, counting the candidates for the time left: it reads
 * directories only, and leaves them in the cache for the walk that indexes. */
static int count_entry(void *ctx, const struct archive_entry *e)
{
    struct regen *r = ctx;

    if (is_candidate(e->name) && !is_database_file(r->cfg, e->path))
        r->total++;
    return 0;
}

/* Step 2 of -r, and the regen jobs that keep the tables: index every
 * candidate file of every device (only < 0), of device `only`, or of its
 * directory dir (relative to it). Returns 0, or 1 after saying why. */
static int regen_walk(struct regen *r, const struct config *cfg, const struct schema *s,
                      struct db *db, int only, const char *dir)
{
    int rc = 0;

    /* Read-only: regen never writes into the devices it indexes, and a
     * device that cannot be opened is reported and the others indexed. */
    if (archive_open(cfg, ARCHIVE_READ_ONLY, &r->ar) != 0 || index_open(cfg, s, db, &r->ix) != 0) {
        fprintf(stderr, "***out of memory\n");
        return 1;
    }
    db_set_bulk(db, 1);
    r->cfg = cfg;
    r->db = db;
    r->tty = isatty(STDOUT_FILENO);
    for (int i = 0; i < archive_count(r->ar); i++)
        if (only < 0 || i == only)
            archive_walk_device(r->ar, i, dir, count_entry, r);
    clock_gettime(CLOCK_MONOTONIC, &r->start);
    r->last_progress = r->start;
    for (int i = 0; i < archive_count(r->ar) && rc == 0; i++) {
        if (only >= 0 && i != only)
            continue;
        clear_progress(r);
        printf("Regen Device 'MAG%d'\n", i);
        r->device = archive_name(r->ar, archive_device(r->ar, i));
        r->mag_len = strlen(cfg->mag[i]);
        if (r->device != NULL)
            rc = archive_walk_device(r->ar, i, dir, regen_entry, r);
        flush_batch(r, 0);
        if (rc != 0)
            fprintf(stderr, "***[Regen] cannot read directory %s of MAG%d: %s\n", dir, i,
                    dg_strerror(rc));
        else if (r->device == NULL && only >= 0) {
            fprintf(stderr, "***[Regen] MAG%d cannot be opened\n", i);
            rc = 1;
        }
    }
    db_set_bulk(db, 0);
    if (r->tty) {
        progress(r, 1);
        printf("\n");
    }
    double t = seconds_since(&r->start);
    log_user("regen: %lu files in %.1f s (%.0f files/s), %lu failed", r->done, t,
             t > 0 ? (double)r->done / t : 0.0, r->failed);
    if (rc != 0)
        return 1;
    printf("Regeneration Complete\n");
    return 0;
}

int db_job_regen(const struct config *cfg, int mode)
{
    struct schema *s = db_job_schema(cfg);
    struct db *db = NULL;
    struct regen r;
    int rc = 1, walk;

    memset(&r, 0, sizeof r);
    if (!s)
        return 1;
    printf("Regen Database\n");
    fputs(mode == REGEN_IF_ABSENT ? "Step 1: Create the SQL Tables that are missing\n"
                                  : "Step 1: Re-intialize SQL Tables\n",
          stdout);
    fflush(stdout);
    db = db_job_open(cfg);
    if (!db || regen_tables(db, s, mode, &walk) != 0)
        goto done;
    if (!walk) {
        rc = 0;
        goto done;
    }
    printf("Step 2: Load / Add DICOM Object files\n");
    rc = regen_walk(&r, cfg, s, db, -1, NULL);
done:
    index_close(r.ix);
    archive_close(r.ar);
    db_close(db);
    schema_free(s);
    return rc;
}

/* The regens that keep the tables make the missing ones (a new index) and
 * drop none. Returns 0, or 1 after saying why. */
static int keep_tables(struct db *db, const struct schema *s)
{
    int created;

    if (tables_create_missing(db, s, NULL, &created) == 0)
        return 0;
    fprintf(stderr, "***Error creating the missing tables: %s\n", db_error(db));
    return 1;
}

/* The number of the device named `name` ("MAG1", any case), or -1. */
static int device_number(const struct config *cfg, const char *name, size_t n)
{
    char want[32];

    for (int i = 0; i < cfg->mag_devices; i++) {
        int len = snprintf(want, sizeof want, "MAG%d", i);
        if ((size_t)len == n && strncasecmp(name, want, n) == 0)
            return i;
    }
    return -1;
}

/* dir relative to device i: as given, or an absolute path inside the
 * device's directory without it. NULL when it lies outside. */
static const char *relative_dir(const struct config *cfg, int i, const char *dir)
{
    size_t n = strlen(cfg->mag[i]);

    if (dir[0] != '/')
        return dir;
    if (strncmp(dir, cfg->mag[i], n) == 0)
        return dir + n;
    if (n > 1 && strncmp(dir, cfg->mag[i], n - 1) == 0 && dir[n - 1] == '\0')
        return dir + n - 1; /* the device's directory without its '/' */
    return NULL;
}

int db_job_regen_part(const struct config *cfg, const char *arg, int device_first)
{
    const char *comma = arg ? strchr(arg, ',') : NULL, *dir = NULL;
    int only = -1, rc = 1;
    struct regen r;
    struct schema *s;
    struct db *db;

    if (arg && arg[0]) {
        /* "DEV[,dir]" for -ar; for -fr "DEV,dir" or a directory of MAG0. */
        size_t n = comma ? (size_t)(comma - arg) : strlen(arg);
        only = device_number(cfg, arg, n);
        if (only < 0 && device_first) {
            fprintf(stderr, "***[Regen] no MAG device named %.*s (MAG0..MAG%d)\n", (int)n, arg,
                    cfg->mag_devices - 1);
            return 1;
        }
        const char *given = only < 0 ? arg : comma ? comma + 1 : NULL;
        only = only < 0 ? 0 : only;
        dir = given ? relative_dir(cfg, only, given) : NULL;
        if (given && !dir) {
            fprintf(stderr, "***[Regen] %s is not on MAG%d (%s)\n", given, only, cfg->mag[only]);
            return 1;
        }
    }
    s = db_job_schema(cfg);
    db = s ? db_job_open(cfg) : NULL;
    memset(&r, 0, sizeof r);
    if (db && keep_tables(db, s) == 0)
        rc = regen_walk(&r, cfg, s, db, only, dir);
    index_close(r.ix);
    archive_close(r.ar);
    db_close(db);
    schema_free(s);
    return rc;
}

/* The MAG device whose directory holds path (resolved, links and all),
 * and the path relative to it into rel; -1 when none does. */
static int device_of_file(const struct config *cfg, const char *path, char *rel, size_t rellen)
{
    char real[PATH_MAX], mag[PATH_MAX];

    if (!realpath(path, real))
        return -1;
    for (int i = 0; i < cfg->mag_devices; i++) {
        size_t n;
        if (!realpath(cfg->mag[i], mag))
            continue;
        n = strlen(mag);
        if (strncmp(real, mag, n) == 0 && real[n] == '/' && strlen(real + n + 1) < rellen) {
            strcpy(rel, real + n + 1);
            return i;
        }
    }
    return -1;
}

int db_job_regen_file(const struct config *cfg, const char *path)
{
    struct schema *s = db_job_schema(cfg);
    struct db *db = s ? db_job_open(cfg) : NULL;
    char rel[PATH_MAX], name[32];
    struct mag_reader *rd = NULL;
    struct regen r;
    int rc = 1, i = db ? device_of_file(cfg, path, rel, sizeof rel) : -1;

    memset(&r, 0, sizeof r);
    if (db && i < 0)
        fprintf(stderr, "***[Regen] %s -FAILED: %s\n", path,
                access(path, F_OK) != 0 ? strerror(errno) : "not on a MAG device");
    snprintf(name, sizeof name, "MAG%d", i);
    r.cfg = cfg;
    r.device = name;
    if (i >= 0 && keep_tables(db, s) == 0 && archive_open(cfg, ARCHIVE_READ_ONLY, &r.ar) == 0 &&
        index_open(cfg, s, db, &r.ix) == 0) {
        /* Opened again through the device: no symbolic link inside it. */
        rc = archive_reader_open(r.ar, name, rel, &rd);
        rc = load_and_index(&r, rc == 0 ? mag_reader_fd(rd) : rc, rel, 1);
        mag_reader_close(rd);
        if (rc == 0)
            printf("[Regen] %s -SUCCESS\n", path);
        else
            fprintf(stderr, "***[Regen] %s -FAILED: %s\n", path, failure_text(rc));
        rc = rc != 0;
    }
    index_close(r.ix);
    archive_close(r.ar);
    db_close(db);
    schema_free(s);
    return rc;
}
