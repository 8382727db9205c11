/* Reading a stored object back for sending (C-MOVE and C-GET
 * sub-operations, WADO): the object named by the index (DeviceName,
 * ObjectFile) is opened through the archive's reader, its Part-10 meta
 * header tells what it is and how its dataset is encoded, and its dataset
 * is handed out in chunks into the caller's buffer, so memory stays bounded
 * whatever its size; or, when the receiver takes another transfer syntax
 * than the stored one, re-encoded (core/transcode.h) into an anonymous file
 * on the object's MAG device and handed out from there (retrieve_transcode),
 * memory bounded by a frame. Not the protocol that carries it (net/, web/),
 * nor the choice of the syntax (the services). */
#ifndef DG_CORE_RETRIEVE_H
#define DG_CORE_RETRIEVE_H

#include <stddef.h>
#include <stdint.h>

#include "codec/codec.h"
#include "dicom/uid.h"

struct archive;
struct config;

struct retrieve_object {
    char sop_class[UID_MAX_LEN + 1];
    char sop_instance[UID_MAX_LEN + 1];
    char ts[UID_MAX_LEN + 1]; /* the transfer syntax of the dataset bytes */
    uint64_t dataset_size;    /* bytes of the dataset (the file without its meta header) */
    struct mag_reader *rd;
    const struct mag_device *dev; /* where the file is, and a re-encoded copy */
    int copied;                   /* the dataset is handed out from copy_fd */
    int copy_fd;
    int lossy_applied; /* the copy lost information (transcode_result) */
};

/* Open the object stored as `relpath` on device `device` ("MAG0") and read
 * its meta header (a file without one, Conquest's .v2, is Implicit VR LE
 * with the UIDs taken from its dataset). Returns 0; -ENODEV (no such
 * device), -ENOENT and the reader's other errors; DG_EPARSE, DG_ETRUNC or
 * DG_EUID when the file does not say what it is. */
int retrieve_open(const struct archive *ar, const struct config *cfg, const char *device,
                  const char *relpath, struct retrieve_object *o);

/* The object as a Part-10 file in transfer syntax ts (NULL or "": as
 * stored), what WADO sends: retrieve_open, retrieve_transcode where ts is
 * another syntax, and the file's meta header (our AE as its source)
 * appended to meta; retrieve_read then gives the dataset after it.
 * Returns 0, or their errors with the object closed. */
struct buf;
int retrieve_open_part10(const struct archive *ar, const struct config *cfg, const char *device,
                         const char *relpath, const char *ts, struct retrieve_object *o,
                         struct buf *meta);

/* A dimse_source over the object's dataset (arg is the retrieve_object):
 * up to cap bytes into p, *n = 0 at its end. */
int retrieve_read(void *arg, uint8_t *p, size_t cap, size_t *n);

/* Re-encode the rest of the object's dataset into to_ts (transcode.h;
 * opt NULL: lossless, or the codec's default where to_ts is only lossy; a
 * new SOP Instance UID, where one is needed, under cfg's UIDPrefix) into an
 * anonymous file on its MAG device. From then on the object is that copy:
 * ts, sop_instance, dataset_size and lossy_applied are the copy's, and
 * retrieve_read hands out its bytes. Returns 0; transcode_dataset's errors
 * (DG_EUNSUPPORTED when transcode_possible says no; DG_EPARSE, DG_ETRUNC,
 * DG_EMISMATCH for pixels that cannot be decoded, ...); the file's negative
 * errno. After an error the object can only be closed. */
int retrieve_transcode(struct retrieve_object *o, const struct config *cfg, const char *to_ts,
                       const struct codec_options *opt);

/* Read the object's dataset (before any retrieve_read) up to its top-level
 * pixel data, or to its end, into the empty ds, in chunks appended to raw,
 * which ds then points into: the metadata of a file, the way to its
 * frames. raw may hold bytes past the header: *header_len (may be NULL)
 * says where the header ends in raw (undefined for a deflated dataset),
 * and retrieve_read goes on after raw's last byte. Returns 0,
 * DG_EUNSUPPORTED (a transfer syntax we do not know), the decoder's and
 * the reader's errors, DG_ETOOBIG when the header is longer than raw's
 * cap. */
struct ds;
struct buf;
int retrieve_header(struct retrieve_object *o, struct buf *raw, struct ds *ds, size_t *header_len);

/* Close the object; a zeroed or closed one is fine. */
void retrieve_close(struct retrieve_object *o);

#endif
