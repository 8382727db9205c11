/* Deleting stored objects; see delete.h. The objects are listed a page at
 * a time (objects_each: no statement is open while one is removed), and
 * each is removed on its own: its rows in one transaction, then its file.
 * A crash in between leaves a file without a row, which the next
 * `dgate -r` indexes again; never a row without a file. */
#include "core/delete.h"

#include "archive/archive.h"
#include "archive/mag.h"
#include "db/index.h"
#include "db/objects.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
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

int delete_objects(struct db *db, const struct schema *s, struct index *ix,
                   const struct archive *ar, const struct delete_target *t, const char *who,
                   long *count)
{
    struct deletion d = {ix, ar, 0};
    struct objects_keys k = {0};
    const char *level = t->instance ? "image" : t->series ? "series" : "study";
    const char *uid = t->instance ? t->instance : t->series ? t->series : t->study;
    int rc;

    *count = 0;
    if (uid_check_str(t->study, UID_LENIENT) != 0 ||
        (t->series && uid_check_str(t->series, UID_LENIENT) != 0) ||
        (t->instance && uid_check_str(t->instance, UID_LENIENT) != 0) ||
        (t->instance && !t->series))
        return DG_EUID;
    k.study = &t->study;
    k.nstudy = 1;
    k.series = t->series ? &t->series : NULL;
    k.nseries = t->series ? 1 : 0;
    k.sop = t->instance ? &t->instance : NULL;
    k.nsop = t->instance ? 1 : 0;
    rc = objects_each(db, s, &k, delete_one, &d);
    *count = d.count;
    if (d.count > 0)
        log_user("deleted %s %s (%ld images) by %s", level, uid, d.count, who);
    if (rc != 0) {
        log_error("***Deleting %s %s by %s stopped after %ld images: %s", level, uid, who, d.count,
                  dg_strerror(rc));
        return rc;
    }
    return d.count > 0 ? 0 : DG_ENOTFOUND;
}
