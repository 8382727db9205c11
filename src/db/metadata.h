/* The metadata the index keeps of every instance, so that WADO-RS
 * /metadata of a series of 2000 instances never opens 2000 files: one row
 * per SOP instance in a table of our own beside dicom.sql's, written in the
 * transaction of the image row (index.c), by C-STORE, STOW and `dgate -r`
 * alike. The value is the instance's dataset up to its Pixel Data, with
 * every bulk value (ds_elem_is_bulk) cut to an empty one and a Pixel Data
 * element, empty, where the image has pixels: deflated Explicit VR Little
 * Endian as base64 text, a column type every backend has. Not the JSON
 * (web/json.c reads the dataset back with json_opts.kept). */
#ifndef DG_DB_METADATA_H
#define DG_DB_METADATA_H

#include "db/db.h"
#include "dicom/dataset.h"
#include "util/buf.h"

#define METADATA_TABLE "InstanceMetadata"
/* The kept form of one instance is at most this long (base64). */
#define METADATA_MAX (16u << 20)

/* CREATE TABLE (and its index on the series when with_indices). */
int metadata_create_table(struct db *db, int with_indices);

/* The statement metadata_write_kept runs, made once per connection (free
 * it). */
int metadata_upsert_sql(const struct db *db, char **out);

/* The kept form of ds (a dataset as index_object gets it) appended to out. */
int metadata_encode(const struct ds *ds, struct buf *out);

/* Write (or replace) the row of ds, inside the caller's transaction: kept
 * is what metadata_encode wrote and encoded what it returned (the encoding
 * is done outside the transaction). A kept form that could not be made
 * (over METADATA_MAX, say) is not kept (logged; any older row of the
 * instance is deleted, and its metadata is read from its file). DG_EPARSE
 * when a key UID is missing; database errors as db.h. */
int metadata_write_kept(struct db *db, const char *upsert_sql, const struct ds *ds,
                        const struct buf *kept, int encoded);

/* Delete the row of one instance, inside the caller's transaction (an
 * instance without one is fine). */
int metadata_remove(struct db *db, const char *sop_uid);
/* The kept form of one instance into text (reset first): 1 when its row
 * exists, 0 when not, or a database error. */
int metadata_read(struct db *db, const char *sop_uid, struct buf *text);

/* The dataset of a kept form, into the empty ds; raw is a scratch buffer
 * that must outlive ds. DG_EPARSE when it is not one. */
int metadata_decode(const char *text, size_t len, struct buf *raw, struct ds *ds);

#endif
