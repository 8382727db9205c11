/* The ingest core: "a DICOM object arrives" → a temporary file on a MAG
 * device → its header parsed and checked → its final name → its index rows
 * committed → the file renamed into place. Every way an object arrives
 * (C-STORE, an import from the command line, DICOMweb STOW) goes through
 * here, so every durability rule holds for all of them: success means the
 * file is complete under its final name and its row is committed; a failure
 * leaves no file under a final name and no row pointing at nothing.
 * Returns our error codes; mapping them to DICOM statuses or HTTP codes is
 * the caller's. Not the network (the caller streams bytes in). */
#ifndef DG_CORE_INGEST_H
#define DG_CORE_INGEST_H

#include <stddef.h>
#include <stdint.h>

#include "archive/filename.h"
#include "codec/compression.h"

struct archive;
struct config;
struct index;

/* What every ingest shares; outlives them. */
struct ingest_env {
    const struct config *cfg;
    struct archive *archive; /* every MAG device */
    /* IncomingCompression and DroppedFileCompression (of imported files),
     * parsed (ingest_env_compression); zeroed: as received. */
    struct compression incoming;
    struct compression dropped;
};

/* Parse cfg's IncomingCompression into env->incoming and its
 * DroppedFileCompression into env->dropped, logging a code this dgate
 * cannot write (an unknown one, one of Conquest's we do not implement, a
 * codec not built): those objects are then stored as received. */
void ingest_env_compression(struct ingest_env *env);

/* One producer's ingest (an association, an import job): its MAG writer and
 * header buffer, reused for every object. Used by one thread. */
struct ingest;

/* What the sender says the object is (a C-STORE command, a Part-10 meta
 * header). The dataset must agree. */
struct ingest_object {
    const char *sop_class;    /* SOP Class UID */
    const char *sop_instance; /* SOP Instance UID */
    const char *ts;           /* the transfer syntax of the dataset bytes */
    const char *calling_ae;   /* for FileNameSyntax and the meta header; may be NULL */
    const char *called_ae;
    const char *who; /* the start of log lines ("[12 CT1]") */
    /* A compression code for this object instead of IncomingCompression
     * (the `~xx` of the called AE), or NULL. */
    const char *compression;
    /* The Study Instance UID the dataset must carry (STOW-RS to
     * /studies/{study}: DG_EMISMATCH otherwise), or NULL. */
    const char *study;
    /* Who sent it, appended to the "stored" line of PacsUser.log ("by
     * alice via STOW"), or NULL. */
    const char *by;
    /* An imported file (dgate --addimagefile, a drop folder), not a
     * network arrival: DroppedFileCompression applies instead of
     * IncomingCompression, and PacsUser.log says "imported". */
    int imported;
};

struct ingest_result {
    char device[16];           /* "MAG0" */
    char relpath[FN_PATH_MAX]; /* relative to the device */
    int replaced;              /* an earlier file of this instance was replaced */
    uint64_t bytes;            /* dataset bytes */
    char study_uid[65];        /* the dataset's Study and Series Instance UIDs */
    char series_uid[65];
};

int ingest_new(const struct ingest_env *env, struct ingest **out);
/* An unfinished object is aborted first. */
void ingest_free(struct ingest *g);

/* Start an object: pick its MAG device (the first with room, as Conquest),
 * open a temporary file there, write the Part-10 meta header. Returns 0,
 * -ENOSPC (every device full),
 * DG_EUID / DG_EUNSUPPORTED (the object's UIDs or transfer syntax), or
 * another negative errno. */
int ingest_begin(struct ingest *g, const struct ingest_object *obj);

/* Append dataset bytes (a dimse_sink). After an error every later call
 * returns it, so the caller may keep draining its input. */
int ingest_write(void *g, const uint8_t *p, size_t n);

/* The first ingest_write error of the object being received, or 0. */
int ingest_write_error(const struct ingest *g);

/* Drop the object being received (its input broke off). */
void ingest_abort(struct ingest *g);

/* The dataset is complete: parse and check its header; when the
 * compression code asks for another transfer syntax, transcode the
 * temporary file into a second one on the same device that replaces it
 * (its header parsed again; a transcoding failure keeps the object as
 * received, logged); name it, index it through ix (grouped with other
 * threads' commits) and put it in place.
 * Returns 0 with *res filled, or
 *   the first ingest_write error;
 *   DG_EPARSE, DG_ETRUNC, DG_EDEPTH, DG_ETOOBIG: the dataset is malformed or
 *     shorter than its elements declare;
 *   DG_EUID: a study, series or SOP instance UID is not a UID;
 *   DG_EMISMATCH: its SOP class or instance (or study, when announced)
 *     differs from what was announced;
 *   DG_ECONFLICT: the index holds its study (series, image) under another
 *     patient (study, series);
 *   DG_EDB, DG_EDBGONE: the index failed;
 *   -ENOSPC, -EDQUOT, -ENOMEM, -EIO...: the file could not be written.
 * Either way the ingest is ready for the next ingest_begin. The failure is
 * logged here, once. */
int ingest_finish(struct ingest *g, struct index *ix, struct ingest_result *res);

/* Make the next object's temporary file now, while the sender is busy
 * anyway (after a response). */
void ingest_prepare(struct ingest *g);

/* The storage status (PS3.4 B.2.3) of an ingest error, the same for every
 * way an object arrives (C-STORE's status, STOW-RS's Failure Reason):
 * 0xA700 out of resources, 0xA900 not the object announced, 0xC000 cannot
 * be understood, else StorageFailedErrorCode (Conquest's key; 0x0110,
 * processing failure, by default). */
uint16_t ingest_failure_status(const struct ingest_env *env, int err);

#endif
