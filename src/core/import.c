/* Importing files; see import.h. A file is read as Part 10 (or a bare
 * dataset, as dgate -r reads one): its header says what the object is, then
 * its dataset bytes stream into the ingest core from the file, a chunk at a
 * time. Only a new PatientID needs the dataset decoded and encoded again,
 * in memory. */
#include "core/import.h"
#include "archive/archive.h"
#include "config/config.h"
#include "db/db.h"
#include "db/index.h"
#include "db/jobs.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/dict.h"
#include "dicom/part10.h"
#include "dicom/uid.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/file.h"
#include "util/log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The bytes read from a file per ingest_write. */
#define CHUNK (256u * 1024)
/* A dataset with a new PatientID is encoded in memory, up to this. */
#define PATID_MAX_BYTES ((size_t)1 << 31)
/* How deep --loadanddeletedir goes below its directory. */
#define DIR_MAX_DEPTH 64
#define PATIENT_ID_MAX 64 /* LO */

struct import {
    const struct config *cfg;
    struct ingest *g;
    struct db *db;
    struct index *ix;
    uint8_t *chunk;
};

int import_new(const struct ingest_env *env, const struct schema *schema, struct import **out,
               char *err, size_t errlen)
{
    struct import *im = calloc(1, sizeof *im);
    int rc;

    *out = NULL;
    if (!im)
        return -ENOMEM;
    im->cfg = env->cfg;
    im->chunk = malloc(CHUNK);
    rc = im->chunk ? ingest_new(env, &im->g) : -ENOMEM;
    if (rc) {
        snprintf(err, errlen, "%s", dg_strerror(rc));
        goto fail;
    }
    rc = db_open(env->cfg, &im->db, err, errlen);
    if (rc)
        goto fail;
    rc = index_open(env->cfg, schema, im->db, &im->ix);
    if (rc) {
        snprintf(err, errlen, "the index: %s", dg_strerror(rc));
        goto fail;
    }
    *out = im;
    return 0;
fail:
    import_free(im);
    return rc;
}

void import_free(struct import *im)
{
    if (!im)
        return;
    index_close(im->ix);
    db_close(im->db);
    ingest_free(im->g);
    free(im->chunk);
    free(im);
}

/* What the file says it is: the meta header's SOP class and instance, else
 * the dataset's (a bare dataset, or a meta header without them). */
static int identity(const struct p10_file *f, char cls[UID_MAX_LEN + 1], char inst[UID_MAX_LEN + 1])
{
    if (ds_get_string(f->meta, DICT_TAG(0x0002, 0x0002), cls, UID_MAX_LEN + 1) != 0 &&
        ds_get_string(f->ds, DICT_TAG(0x0008, 0x0016), cls, UID_MAX_LEN + 1) != 0)
        return DG_ENOTDICOM;
    if (ds_get_string(f->meta, DICT_TAG(0x0002, 0x0003), inst, UID_MAX_LEN + 1) != 0 &&
        ds_get_string(f->ds, DICT_TAG(0x0008, 0x0018), inst, UID_MAX_LEN + 1) != 0)
        return DG_ENOTDICOM;
    return 0;
}

/* The dataset bytes of the file, from `from` to its end, into the ingest. */
static int stream_dataset(struct import *im, int fd, uint64_t from)
{
    for (;;) {
        size_t got = 0;
        int rc = file_pread_full(fd, from, im->chunk, CHUNK, &got);

        if (rc)
            return rc;
        if (got == 0)
            return 0;
        rc = ingest_write(im->g, im->chunk, got);
        if (rc)
            return rc;
        from += got;
    }
}

/* The dataset with its PatientID replaced, encoded again into the ingest. */
static int write_with_patid(struct import *im, struct p10_file *f, const char *patid)
{
    struct buf out;
    int rc;

    buf_init(&out, PATID_MAX_BYTES);
    rc = ds_set_string(f->ds, DICT_TAG(0x0010, 0x0020), VR_LO, patid);
    if (rc == 0)
        rc = enc_encode(f->ds, f->ts, &out);
    if (rc == 0)
        rc = ingest_write(im->g, out.data, out.len);
    buf_free(&out);
    return rc;
}

int import_file(struct import *im, int dir_fd, const char *name, int nofollow, const char *patid,
                const char *who, struct ingest_result *res)
{
    struct enc_opts opts = {.max_depth = im->cfg->max_nesting_depth};
    char cls[UID_MAX_LEN + 1], inst[UID_MAX_LEN + 1];
    struct p10_file f;
    int fd, rc;

    memset(res, 0, sizeof *res);
    memset(&f, 0, sizeof f);
    /* O_NONBLOCK: a FIFO must not hold the importer until a writer comes. */
    fd = openat(dir_fd, name,
                O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (nofollow ? O_NOFOLLOW : 0));
    if (fd < 0)
        return errno == ELOOP && nofollow ? -EINVAL : -errno;
    /* Only a header when the bytes stream from the file; all of it when
     * they are encoded again. p10 refuses what is not a regular file. */
    rc = patid ? p10_read_file_fd(fd, &opts, &f) : p10_read_header_fd(fd, &opts, &f);
    if (rc == 0)
        rc = identity(&f, cls, inst);
    if (rc == 0) {
        struct ingest_object obj = {
            .sop_class = cls, .sop_instance = inst, .ts = f.ts_uid, .who = who, .imported = 1};
        rc = ingest_begin(im->g, &obj);
        if (rc == 0) {
            rc = patid ? write_with_patid(im, &f, patid) : stream_dataset(im, fd, f.dataset_offset);
            /* A read error is not the ingest's: the object is dropped. */
            if (rc && !ingest_write_error(im->g))
                ingest_abort(im->g);
            else
                rc = ingest_finish(im->g, im->ix, res);
        }
    }
    p10_close(&f);
    close(fd);
    return rc;
}

/* ---- the jobs ---- */

struct job {
    const struct config *cfg;
    struct schema *schema;
    struct archive *archive;
    struct ingest_env env;
    struct import *im;
    char path[PATH_MAX];
    const char *patid;
    unsigned imported, failed;
};

/* Split "PATH[,PATID]" into j->path and j->patid: a comma belongs to the
 * path when the whole text names a file. */
static int parse_arg(struct job *j, const char *what, const char *arg)
{
    struct stat st;
    const char *comma = strrchr(arg, ',');
    size_t n = strlen(arg);

    if (comma && stat(arg, &st) != 0) {
        n = (size_t)(comma - arg);
        j->patid = comma + 1;
    }
    if (n == 0 || n >= sizeof j->path) {
        fprintf(stderr, "dgate: %s needs a %s name\n", what,
                strcmp(what, "--addimagefile") == 0 ? "file" : "directory");
        return -1;
    }
    memcpy(j->path, arg, n);
    j->path[n] = '\0';
    if (j->patid &&
        (!j->patid[0] || strlen(j->patid) > PATIENT_ID_MAX || strchr(j->patid, '\\') != NULL)) {
        fprintf(stderr, "dgate: %s: the PatientID must be 1 to %d characters without '\\'\n", what,
                PATIENT_ID_MAX);
        return -1;
    }
    return 0;
}

/* dicom.sql, the MAG devices, the index tables, the importer. */
static int job_open(struct job *j, const struct config *cfg)
{
    char err[1024];
    struct db *db;
    int rc;

    j->cfg = cfg;
    j->schema = db_job_schema(cfg);
    if (!j->schema)
        return -1;
    db = db_job_open(cfg);
    if (!db)
        return -1;
    rc = tables_create_missing(db, j->schema, NULL, NULL);
    if (rc)
        fprintf(stderr, "dgate: cannot create the index tables: %s\n", db_error(db));
    db_close(db);
    if (rc)
        return -1;
    rc = archive_open(cfg, 0, &j->archive);
    if (rc) {
        fprintf(stderr, "dgate: cannot open the MAG devices: %s\n", dg_strerror(rc));
        return -1;
    }
    j->env.cfg = cfg;
    j->env.archive = j->archive;
    ingest_env_compression(&j->env);
    rc = import_new(&j->env, j->schema, &j->im, err, sizeof err);
    if (rc) {
        fprintf(stderr, "dgate: cannot open the index: %s\n", err);
        return -1;
    }
    return 0;
}

static void job_close(struct job *j)
{
    import_free(j->im);
    index_group_close();
    archive_close(j->archive);
    schema_free(j->schema);
}

/* Import one file of the job; a line on stdout or stderr says how it went. */
static int job_import(struct job *j, int dir_fd, const char *name, int nofollow, const char *shown)
{
    struct ingest_result res;
    int rc = import_file(j->im, dir_fd, name, nofollow, j->patid, "[import]", &res);

    if (rc) {
        fprintf(stderr, "dgate: %s: not imported: %s\n", shown,
                rc == -EINVAL ? "not a regular file" : dg_strerror(rc));
        j->failed++;
        return rc;
    }
    printf("%s: imported as %s %s%s\n", shown, res.device, res.relpath,
           res.replaced ? " (again)" : "");
    j->imported++;
    return 0;
}

int import_job_file(const struct config *cfg, const char *arg)
{
    struct job j;
    int rc = 1;

    memset(&j, 0, sizeof j);
    if (parse_arg(&j, "--addimagefile", arg) == 0 && job_open(&j, cfg) == 0)
        rc = job_import(&j, AT_FDCWD, j.path, 0, j.path) ? 1 : 0;
    job_close(&j);
    return rc;
}

/* Every regular file below directory fd (taken over and closed), whose
 * path is the first len bytes of j->path; each deleted once imported. */
static void load_dir(struct job *j, int fd, size_t len, int depth)
{
    DIR *d = fdopendir(fd);
    struct dirent *de;

    if (!d) {
        fprintf(stderr, "dgate: %s: cannot read: %s\n", j->path, strerror(errno));
        close(fd);
        j->failed++;
        return;
    }
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        struct stat st;

        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (len + 1 + n >= sizeof j->path) {
            fprintf(stderr, "dgate: %s/%s: not imported: the path is too long\n", j->path,
                    de->d_name);
            j->failed++;
            continue;
        }
        j->path[len] = '/';
        memcpy(j->path + len + 1, de->d_name, n + 1);
        if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            fprintf(stderr, "dgate: %s: not imported: %s\n", j->path, strerror(errno));
            j->failed++;
        } else if (S_ISDIR(st.st_mode) && depth < DIR_MAX_DEPTH) {
            int sub = openat(dirfd(d), de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) {
                fprintf(stderr, "dgate: %s: cannot read: %s\n", j->path, strerror(errno));
                j->failed++;
            } else {
                load_dir(j, sub, len + 1 + n, depth + 1);
            }
        } else if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "dgate: %s: not read: more than %d directories deep\n", j->path,
                    DIR_MAX_DEPTH);
            j->failed++;
        } else if (job_import(j, dirfd(d), de->d_name, 1, j->path) == 0 &&
                   unlinkat(dirfd(d), de->d_name, 0) != 0) {
            fprintf(stderr, "dgate: %s: imported but not deleted: %s\n", j->path, strerror(errno));
        }
        j->path[len] = '\0';
    }
    closedir(d);
}

int import_job_dir(const struct config *cfg, const char *arg)
{
    struct job j;
    int fd, rc = 1;

    memset(&j, 0, sizeof j);
    if (parse_arg(&j, "--loadanddeletedir", arg) == 0 && job_open(&j, cfg) == 0) {
        fd = open(j.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            fprintf(stderr, "dgate: --loadanddeletedir: %s: %s\n", j.path, strerror(errno));
        } else {
            load_dir(&j, fd, strlen(j.path), 0);
            printf("%u file%s imported from %s, %u not\n", j.imported, j.imported == 1 ? "" : "s",
                   j.path, j.failed);
            rc = j.failed ? 1 : 0;
        }
    }
    job_close(&j);
    return rc;
}
