/* Deleting stored objects: a patient, a study, a series or one instance,
 * rows and files, for DICOMweb's DELETE and dgate's -fp/-ft/-fs/-fi/-z
 * and --delete*: switches. Each
 * object is removed under its SOP lock (index.h), so a store of the same
 * instance at the same moment either finishes first (and is deleted) or
 * starts after (and is stored anew): never a row without its file. Returns
 * our error codes; HTTP is the caller's. */
#ifndef DG_CORE_DELETE_H
#define DG_CORE_DELETE_H

#include <stddef.h>

struct archive;
struct config;
struct db;
struct index;
struct schema;

/* What to delete: the objects under every key given (at least one), each
 * matched exactly (no wildcards). The UIDs are checked to be UIDs. */
struct delete_target {
    const char *study;    /* NULL: any study */
    const char *series;   /* NULL: every series (of the study) */
    const char *instance; /* NULL: every instance (of the series) */
    const char *patient;  /* PatientID; NULL: any patient */
};

/* Delete every object the target names: for each, its rows
 * (index_remove_object) and then its file (mag_remove on its device; a
 * file already gone is no error). who names the requester in the log lines
 * ("by alice via DICOMweb"); one line in PacsUser.log per request.
 * *count gets the number of objects deleted. Returns 0; DG_EUID (a key is
 * not a UID, or no key given); DG_ENOTFOUND when nothing matched; a
 * database error (the objects deleted so far stay deleted). */
int delete_objects(struct db *db, const struct schema *s, struct index *ix,
                   const struct archive *ar, const struct delete_target *t, const char *who,
                   long *count);

/* The job of dgate's delete switches: what t names, with a line on stdout
 * ("deleted study 1.2.3: 4 images") or the reason on stderr. Returns the
 * exit status: 0, or 1 when nothing matched or on failure. */
int delete_job(const struct config *cfg, const struct delete_target *t);

#endif
