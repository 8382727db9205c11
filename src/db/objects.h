/* The stored objects a retrieve names (C-MOVE, C-GET): the image rows under
 * lists of PatientIDs, Study, Series and SOP Instance UIDs, joined up the
 * hierarchy through the link columns of dicom.sql, read in pages so that no
 * read transaction stays open while the caller sends images (a slow
 * destination must not keep SQLite's WAL from being checkpointed) and no
 * more than one page of rows is ever in memory. Not the matching rules of
 * C-FIND (wildcards, ranges): a retrieve names its objects by unique keys. */
#ifndef DG_DB_OBJECTS_H
#define DG_DB_OBJECTS_H

#include <stddef.h>

#include "db/db.h"
#include "db/schema.h"

/* Rows fetched per page. */
#define OBJECTS_PAGE 512
/* The longest list put into one IN (...): a longer list of the deepest key
 * is queried in parts of this size; a longer list of a higher key is
 * refused (DG_ETOOBIG). */
#define OBJECTS_IN_MAX 500
/* The longest list of one key accepted at all. */
#define OBJECTS_LIST_MAX 100000

/* The keys of a retrieve, each a list of values (n = 0: not given); every
 * given key restricts. A value is matched exactly. */
struct objects_keys {
    const char *const *patient; /* PatientID */
    size_t npatient;
    const char *const *study; /* StudyInstanceUID */
    size_t nstudy;
    const char *const *series; /* SeriesInstanceUID */
    size_t nseries;
    const char *const *sop; /* SOPInstanceUID */
    size_t nsop;
};

/* One matched object; strings are "" when the row has NULL there. */
struct objects_row {
    const char *device;       /* DeviceName: "MAG0" */
    const char *object_file;  /* ObjectFile, relative to the device */
    const char *sop_class;    /* SOPClassUID when dicom.sql indexes it, else "" */
    const char *sop_instance; /* SOPInstanceUID */
    const char *series;       /* its SeriesInstanceUID (the image's link column) */
};

/* Per SOP class of the matched objects (class "" when not indexed). */
typedef int (*objects_class_fn)(void *ctx, const char *sop_class, long count);
/* Per object; a non-zero return stops objects_each and is returned by it. */
typedef int (*objects_fn)(void *ctx, const struct objects_row *row);

/* How many objects the keys match, into *count, and (fn may be NULL) how
 * many of each SOP class. No key at all is DG_EPARSE (a retrieve never
 * names the whole archive); a list over the limits DG_ETOOBIG; database
 * errors as db.h. */
int objects_count(struct db *db, const struct schema *s, const struct objects_keys *k, long *count,
                  objects_class_fn fn, void *ctx);

/* Hand every matched object to fn, in order of SOP Instance UID, a page at
 * a time: fn runs while no statement is open, so it may take as long as it
 * likes and may use db itself. An object stored meanwhile may or may not
 * be seen; none is seen twice. Errors as objects_count, or fn's. */
int objects_each(struct db *db, const struct schema *s, const struct objects_keys *k, objects_fn fn,
                 void *ctx);

#endif
