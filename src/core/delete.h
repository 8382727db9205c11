/* Deleting stored objects: a study, a series or one instance, rows and
 * files, for DICOMweb's DELETE (and any later protocol that deletes). Each
 * object is removed under its SOP lock (index.h), so a store of the same
 * instance at the same moment either finishes first (and is deleted) or
 * starts after (and is stored anew): never a row without its file. Returns
 * our error codes; HTTP is the caller's. */
#ifndef DG_CORE_DELETE_H
#define DG_CORE_DELETE_H

#include <stddef.h>

struct archive;
struct db;
struct index;
struct schema;

/* What to delete: study, study + series, or study + series + instance
 * (each checked to be a UID). */
struct delete_target {
    const char *study;
    const char *series;   /* NULL: the whole study */
    const char *instance; /* NULL: the whole series (or study) */
};

/* Delete every object the target names: for each, its rows
 * (index_remove_object) and then its file (mag_remove on its device; a
 * file already gone is no error). who names the requester in the log lines
 * ("by alice via DICOMweb"); one line in PacsUser.log per request.
 * *count gets the number of objects deleted. Returns 0; DG_EUID (a key is
 * not a UID); DG_ENOTFOUND when nothing matched; a database error (the
 * objects deleted so far stay deleted). */
int delete_objects(struct db *db, const struct schema *s, struct index *ix,
                   const struct archive *ar, const struct delete_target *t, const char *who,
                   long *count);

#endif
