/* Reading a stored object back for sending (C-MOVE and C-GET
 * sub-operations, WADO): the object named by the index (DeviceName,
 * ObjectFile) is opened through the archive's reader, its Part-10 meta
 * header tells what it is and how its dataset is encoded, and its dataset
 * is handed out in chunks into the caller's buffer, so memory stays bounded
 * whatever its size. Not the protocol that carries it (net/, web/), nor the
 * transcoding (codec/, to come). */
#ifndef DG_CORE_RETRIEVE_H
#define DG_CORE_RETRIEVE_H

#include <stddef.h>
#include <stdint.h>

#include "dicom/uid.h"

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

/* Close the object; a zeroed or closed one is fine. */
void retrieve_close(struct retrieve_object *o);

#endif
