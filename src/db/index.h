/* Indexing a stored object: its patient, study, series and image rows
 * upserted from the header of the dataset, in one transaction, with the
 * values stored as Conquest stores them (names converted to UTF-8). Used by
 * C-STORE (one object per transaction) and by `dgate -r` (batches). */
#ifndef DG_DB_INDEX_H
#define DG_DB_INDEX_H

#include "config/config.h"
#include "db/db.h"
#include "db/schema.h"
#include "dicom/dataset.h"

/* An indexer bound to one connection (so, like it, used by one thread). */
struct index;
struct buf;

/* schema and db must outlive the indexer. */
int index_open(const struct config *cfg, const struct schema *schema, struct db *db,
               struct index **out);
void index_close(struct index *ix);

/* Where the object's file lives: device "MAG0".., path relative to it. */
struct index_file {
    const char *device;
    const char *object_file;
};

/* Index one object in its own transaction and commit; retried when the
 * database reports a deadlock, and once after a lost connection. Returns 0;
 * DG_ECONFLICT when the study (series, image) is already indexed under
 * another patient (study, series): nothing is written and the refusal is
 * logged (C-STORE answers StorageFailedErrorCode, 0x0110); DG_EPARSE when a
 * key UID is missing; DG_EDBGONE / DG_EDB when the database failed. */
int index_object(struct index *ix, const struct ds *ds, const struct index_file *where);

/* The lock of one SOP instance for a store (C-STORE): held from the look-up
 * of the file an earlier store of the instance went to, through the
 * committed row, to the renaming of a file that replaces an indexed one,
 * so that two stores of one instance at once end with one file and one
 * row. It holds between the threads of this process (a striped mutex) and,
 * on MySQL/MariaDB and PostgreSQL, between processes too (a lock on the
 * server, held by the connection that commits the rows: a lock lost with
 * that connection fails the commit). On SQLite nothing holds between
 * processes; there the second of two processes storing one instance at
 * once gets DG_ECONFLICT from index_object_grouped. */
struct index_lock;

/* Take the lock of sop_uid, waiting up to DB_LOCK_WAIT_MS while another
 * process stores the instance. Returns 0 with *out to give to
 * index_unlock_sop; DG_EDBBUSY (waited too long), DG_EDBGONE (the server
 * cannot be reached) or -ENOMEM, with nothing held. */
int index_lock_sop(struct index *ix, const char *sop_uid, struct index_lock **out);

/* Release it (NULL: nothing). Never waits for a commit. */
void index_unlock_sop(struct index_lock *lk);

/* The same as index_object for a thread among several storing at once
 * (C-STORE): objects that arrive while another thread's transaction runs
 * are committed together in the next one (group commit); each gets its own
 * result, as from index_object. The indexer is that of the calling thread,
 * which may index other threads' objects while it leads a group.
 *
 * lk: NULL, or the object's SOP lock, taken before its earlier file was
 * looked up. Then the row is written only if the lock is held (one lost
 * with its connection is taken again if it is free; DG_EDBGONE when
 * another process holds it now) and if the instance is not indexed on
 * where->device under another file (DG_ECONFLICT: a store in another
 * process came first; its file stays, the caller removes its own new
 * file). */
int index_object_grouped(struct index *ix, const struct ds *ds, const struct index_file *where,
                         struct index_lock *lk);

/* Close the connection group commits write through; call when no thread
 * stores any more (server shutdown). */
void index_group_close(void);

/* The same inside a transaction the caller opened with db_begin (batches).
 * On a database error the caller must roll back the whole transaction;
 * DG_ECONFLICT and DG_EPARSE leave the transaction usable (nothing of this
 * object was written). */
int index_object_in_transaction(struct index *ix, const struct ds *ds,
                                const struct index_file *where);

/* Where the object with this SOP Instance UID is stored: 1 with its
 * DeviceName and ObjectFile copied out, 0 when it is not indexed (or its row
 * names no file), or a negative error (DG_EDB, DG_EDBGONE). */
int index_find_object(struct index *ix, const char *sop_uid, char *device, size_t devlen,
                      char *file, size_t filelen);

/* Remove the object with this SOP Instance UID from the index: its image
 * row (and every row kept per instance), then the series, study and
 * patient rows it leaves without children (the study's modalities follow
 * its series), in one transaction, retried on a deadlock. Returns 1 with
 * the file's DeviceName and ObjectFile copied out (the caller removes the
 * file, after: a row never names a missing file for long), 0 when the
 * object is not indexed, or a negative error (DG_EDB, DG_EDBGONE,
 * DG_ETOOBIG when device or file does not fit). Take the object's SOP
 * lock first, so that no store of the instance runs meanwhile. */
int index_remove_object(struct index *ix, const char *sop_uid, char *device, size_t devlen,
                        char *file, size_t filelen);

/* Keep the metadata of an instance indexed before its row of metadata
 * existed (a Conquest-made index; WADO-RS reads its file once): kept, its
 * kept form (metadata_encode of ds, its header). Written under the SOP
 * lock and only while the image row is there, in one transaction: a delete
 * at the same time leaves no metadata of an instance that is gone. Returns
 * 1 kept, 0 when the instance is no longer indexed, or a negative error. */
int index_keep_metadata(struct index *ix, const char *sop_uid, const struct ds *ds,
                        const struct buf *kept);

/* Forget what the indexer remembers about rows written in the current
 * transaction; call after a rollback. */
void index_forget(struct index *ix);

#endif
