/* Deleting stored objects; see delete.h. The objects are listed a page at
 * a time (objects_each: no statement is open while one is removed), and
 * each is removed on its own: its rows in one transaction, then its file.
 * A crash in between leaves a file without a row, which the next
 * `dgate -r` indexes again; never a row without a file. */
#include "core/delete.h"

#include "archive/archive.h"
#include "archive/mag.h"
#include "db/index.h"
#include "db/jobs.h"
#include "db/objects.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

struct deletion {
    struct index *ix;
    const struct archive *ar;
    long count;
};

static int delete_one(void *ctx, const struct objects_row *row)
{
    struct deletion *d = ctx;
    struct index_lock *lk = NULL;
    struct mag_device *dev;
    char device[32], file[1024];
    int rc = index_lock_sop(d->ix, row->sop_instance, &lk);

    if (rc != 0)
        return rc;
    rc = index_remove_object(d->ix, row->sop_instance, device, sizeof device, file, sizeof file);
    if (rc == 1 && file[0]) {
        /* The row names the file now (a re-store may have moved it since
         * the page was read); it is removed while the lock is held, so a
         * store of the instance waiting for it writes a file of its own. */
        dev = archive_find(d->ar, device);
        int frc = dev ? mag_remove(dev, file) : -ENODEV;
        if (frc != 0 && frc != -ENOENT)
            log_error("***Deleted %s from the index, but its file %s on %s stays: %s",
                      row->sop_instance, file, device, dg_strerror(frc));
    }
    index_unlock_sop(lk);
    if (rc < 0)
        return rc;
    d->count += rc;
    return 0;
}

/* "patient X", "study 1.2.3"...: the deepest key of t. */
static void target_text(const struct delete_target *t, const char **level, const char **key)
{
    *level = t->instance ? "image" : t->series ? "series" : t->study ? "study" : "patient";
    *key = t->instance ? t->instance : t->series ? t->series : t->study ? t->study : t->patient;
}

/* A PatientID as a key: 1 to 64 bytes (LO), no control character. */
static int patient_id_ok(const char *id)
{
    size_t n = strlen(id);

    for (size_t i = 0; i < n; i++)
        if ((unsigned char)id[i] < 0x20)
            return 0;
    return n > 0 && n <= 64;
}

static int uid_ok(const char *uid)
{
    return !uid || uid_check_str(uid, UID_LENIENT) == 0;
}

int delete_objects(struct db *db, const struct schema *s, struct index *ix,
                   const struct archive *ar, const struct delete_target *t, const char *who,
                   long *count)
{
    struct deletion d = {ix, ar, 0};
    struct objects_keys k = {0};
    const char *level, *key;
    int rc;

    *count = 0;
    if (!t->patient && !t->study && !t->series && !t->instance)
        return DG_EUID;
    if (!uid_ok(t->study) || !uid_ok(t->series) || !uid_ok(t->instance) ||
        (t->patient && !patient_id_ok(t->patient)))
        return DG_EUID;
    target_text(t, &level, &key);
    k.patient = t->patient ? &t->patient : NULL;
    k.npatient = t->patient ? 1 : 0;
    k.study = t->study ? &t->study : NULL;
    k.nstudy = t->study ? 1 : 0;
    k.series = t->series ? &t->series : NULL;
    k.nseries = t->series ? 1 : 0;
    k.sop = t->instance ? &t->instance : NULL;
    k.nsop = t->instance ? 1 : 0;
    rc = objects_each(db, s, &k, delete_one, &d);
    *count = d.count;
    if (d.count > 0)
        log_user("deleted %s %s (%ld images) by %s", level, key, d.count, who);
    if (rc != 0) {
        log_error("***Deleting %s %s by %s stopped after %ld images: %s", level, key, who, d.count,
                  dg_strerror(rc));
        return rc;
    }
    return d.count > 0 ? 0 : DG_ENOTFOUND;
}

int delete_job(const struct config *cfg, const struct delete_target *t)
{
    struct schema *s = db_job_schema(cfg);
    struct db *db = s ? db_job_open(cfg) : NULL;
    struct archive *ar = NULL;
    struct index *ix = NULL;
    const char *level, *key;
    long n = 0;
    int rc = 1;

    target_text(t, &level, &key);
    if (!db)
        goto done;
    /* Opened for writing: every device must be there to remove its files. */
    rc = archive_open(cfg, 0, &ar);
    if (rc == 0)
        rc = index_open(cfg, s, db, &ix);
    if (rc == 0)
        rc = delete_objects(db, s, ix, ar, t, "dgate's command line", &n);
    if (rc == 0)
        printf("deleted %s %s: %ld images\n", level, key, n);
    else if (rc == DG_ENOTFOUND)
        fprintf(stderr, "dgate: no %s %s in the index: nothing deleted\n", level, key);
    else if (rc == DG_EUID)
        fprintf(stderr, "dgate: %s is not a valid %s: nothing deleted\n", key,
                t->instance || t->series || t->study ? "UID" : "PatientID");
    else
        fprintf(stderr, "dgate: deleting %s %s failed after %ld images: %s\n", level, key, n,
                dg_strerror(rc));
    rc = rc != 0;
done:
    index_close(ix);
    archive_close(ar);
    db_close(db);
    schema_free(s);
    return rc;
}
