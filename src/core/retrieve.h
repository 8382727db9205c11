/* Reading a stored object back for sending (C-MOVE and C-GET
 * sub-operations, WADO): the object named by the index (DeviceName,
 * ObjectFile) is opened through the archive's reader, its Part-10 meta
 * header tells what it is and how its dataset is encoded, and its dataset
 * is handed out in chunks into the caller's buffer, so memory stays bounded
 * whatever its size; or, when the receiver takes another uncompressed
 * transfer syntax than the stored one, re-encoded whole in memory
 * (retrieve_convert). Not the protocol that carries it (net/, web/), nor
 * the transcoding of compressed pixel data (codec/, to come). */
#ifndef DG_CORE_RETRIEVE_H
#define DG_CORE_RETRIEVE_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/uid.h"
#include "util/buf.h"

struct archive;
struct config;

struct retrieve_object {
    char sop_class[UID_MAX_LEN + 1];
    char sop_instance[UID_MAX_LEN + 1];
    char ts[UID_MAX_LEN + 1]; /* the transfer syntax of the dataset bytes */
    uint64_t dataset_size;    /* bytes of the dataset (the file without its meta header) */
    struct mag_reader *rd;
};

/* Open the object stored as `relpath` on device `device` ("MAG0") and read
 * its meta header (a file without one, Conquest's .v2, is Implicit VR LE
 * with the UIDs taken from its dataset). Returns 0; -ENODEV (no such
 * device), -ENOENT and the reader's other errors; DG_EPARSE, DG_ETRUNC or
 * DG_EUID when the file does not say what it is. */
int retrieve_open(const struct archive *ar, const struct config *cfg, const char *device,
                  const char *relpath, struct retrieve_object *o);

/* A dimse_source over the object's dataset (arg is the retrieve_object):
 * up to cap bytes into p, *n = 0 at its end. */
int retrieve_read(void *arg, uint8_t *p, size_t cap, size_t *n);

/* The largest dataset retrieve_convert takes: it holds the dataset read
 * and the one written in memory at once. */
#define RETRIEVE_CONVERT_MAX ((size_t)128 << 20)

/* 1 when a dataset stored as from_ts can be re-encoded as to_ts by
 * retrieve_convert: both are uncompressed (Implicit VR LE, Explicit VR LE
 * or BE; the stored one may also be Deflated), else 0. */
int retrieve_can_convert(const char *from_ts, const char *to_ts);

/* Read the rest of the object's dataset (at most RETRIEVE_CONVERT_MAX
 * bytes) and write it re-encoded as to_ts into out, which is emptied first
 * (its cap must hold the result). Returns 0; DG_EUNSUPPORTED when
 * retrieve_can_convert says no; DG_ETOOBIG beyond the limit or out's cap;
 * the reader's errors; DG_EPARSE, DG_ETRUNC, DG_EDEPTH when the stored
 * dataset cannot be decoded; -ENOMEM. */
int retrieve_convert(struct retrieve_object *o, const struct config *cfg, const char *to_ts,
                     struct buf *out);

/* Close the object; a zeroed or closed one is fine. */
void retrieve_close(struct retrieve_object *o);

#endif
