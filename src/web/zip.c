/* GET /api/studies/{study}/zip and /api/studies/{study}/series/{series}/zip
 * (role read): the stored Part-10 files of a study or series as one ZIP,
 * named STUDY/SERIES/SOP.dcm, streamed as the client reads it: one file
 * open at a time, one chunk of it in memory (zipout.c). The objects are
 * listed from the index first (a few hundred bytes each); one deleted
 * before its turn is left out. For the web interface's download button. */
#include "web/routes.h"

#include "archive/archive.h"
#include "archive/reader.h"
#include "core/ingest.h"
#include "db/objects.h"
#include "dicom/uid.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "web/zipout.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHUNK (256u * 1024)
/* The listed objects: device, file and name of each, NUL-separated. */
#define LIST_MAX (64u << 20)

struct zip_job {
    const struct archive *ar;
    struct buf list;
    size_t next; /* offset of the next object in list */
    size_t objects;
    struct mag_reader *rd;
    struct zipout *z;
    int finished;
    time_t now;
    char study[UID_MAX_LEN + 1]; /* the ZIP's top folder */
    uint8_t chunk[CHUNK];
};

static int list_object(void *ctx, const struct objects_row *row)
{
    struct zip_job *j = ctx;
    const char *series = uid_check_str(row->series, UID_LENIENT) == 0 ? row->series : "unknown";
    char name[3 * 70 + 8];
    int rc;

    if (!row->device[0] || !row->object_file[0])
        return 0;
    /* The row's UIDs become names inside the ZIP: only UIDs. */
    if (uid_check_str(row->sop_instance, UID_LENIENT) != 0)
        return 0;
    snprintf(name, sizeof name, "%s/%s.dcm", series, row->sop_instance);
    rc = buf_append(&j->list, row->device, strlen(row->device) + 1);
    if (rc == 0)
        rc = buf_append(&j->list, row->object_file, strlen(row->object_file) + 1);
    if (rc == 0)
        rc = buf_append(&j->list, name, strlen(name) + 1);
    j->objects++;
    return rc;
}

static void zip_job_free(void *p)
{
    struct zip_job *j = p;

    if (!j)
        return;
    mag_reader_close(j->rd);
    zipout_free(j->z);
    buf_free(&j->list);
    free(j);
}

/* Open the next listed object and start its entry; one that is gone
 * (deleted meanwhile) is passed over. */
static int next_entry(struct zip_job *j)
{
    const char *device = (const char *)j->list.data + j->next;
    const char *file = device + strlen(device) + 1;
    const char *name = file + strlen(file) + 1;
    char path[256];
    int rc;

    j->next = (size_t)(name + strlen(name) + 1 - (const char *)j->list.data);
    rc = archive_reader_open(j->ar, device, file, &j->rd);
    if (rc) {
        log_warn("web: ZIP of study %s: %s on %s left out: %s", j->study, file, device,
                 dg_strerror(rc));
        j->rd = NULL;
        return 0;
    }
    snprintf(path, sizeof path, "%s/%s", j->study, name);
    return zipout_entry(j->z, path, mag_reader_size(j->rd), j->now);
}

/* Make more of the ZIP: a chunk of the current file, the next entry, or
 * the end. */
static int step(struct zip_job *j)
{
    size_t got = 0;
    int rc;

    if (j->rd) {
        rc = mag_reader_read(j->rd, j->chunk, sizeof j->chunk, &got);
        if (rc == 0 && got > 0)
            rc = zipout_data(j->z, j->chunk, got);
        if (rc == 0 && got < sizeof j->chunk) {
            mag_reader_close(j->rd);
            j->rd = NULL;
        }
        return rc;
    }
    if (j->next < j->list.len)
        return next_entry(j);
    j->finished = 1;
    return zipout_finish(j->z);
}

static ssize_t zip_read(void *ctx, uint8_t *p, size_t cap)
{
    struct zip_job *j = ctx;

    for (;;) {
        size_t n = zipout_take(j->z, p, cap);
        int rc;
        if (n > 0)
            return (ssize_t)n;
        if (j->finished)
            return 0;
        rc = step(j);
        if (rc)
            return rc;
    }
}

static int zip_handle(struct web_request *r)
{
    const struct web_ctx *ctx = web_context(r);
    const char *study = web_param(r, "study");
    const char *series = web_param(r, "series");
    struct objects_keys k = {0};
    struct zip_job *j;
    struct db *db;
    char disposition[160];
    int rc;

    if (uid_check_str(study, UID_LENIENT) != 0 ||
        (series && uid_check_str(series, UID_LENIENT) != 0))
        return DG_EUID;
    rc = web_db(r, &db);
    if (rc)
        return rc;
    j = calloc(1, sizeof *j);
    if (!j)
        return -ENOMEM;
    snprintf(j->study, sizeof j->study, "%s", study);
    j->ar = ctx->ingest->archive;
    j->now = time(NULL);
    buf_init(&j->list, LIST_MAX);
    k.study = &study;
    k.nstudy = 1;
    k.series = series ? &series : NULL;
    k.nseries = series ? 1 : 0;
    rc = objects_each(db, ctx->schema, &k, list_object, j);
    if (rc == 0 && j->objects == 0)
        rc = DG_ENOTFOUND;
    if (rc == 0)
        rc = zipout_new(&j->z);
    snprintf(disposition, sizeof disposition, "attachment; filename=\"%s.zip\"",
             series ? series : study);
    if (rc == 0)
        rc = web_add_header(r, "Content-Disposition", disposition);
    if (rc) {
        zip_job_free(j);
        return rc;
    }
    log_user("ZIP of %s %s (%zu images) to %s via the web", series ? "series" : "study",
             series ? series : study, j->objects, web_user(r));
    return web_respond_stream(r, 200, "application/zip", -1, zip_read, j, zip_job_free);
}

const struct web_route web_zip_routes[] = {
    {"GET", "/api/studies/{study}/zip", WEB_ROLE_READ, zip_handle, NULL},
    {"GET", "/api/studies/{study}/series/{series}/zip", WEB_ROLE_READ, zip_handle, NULL},
    {NULL, NULL, 0, NULL, NULL},
};
