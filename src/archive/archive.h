/* Every MAG device of dicom.ini (MAGDevices, MAGDevice0..N) as one archive:
 * the devices opened at start, looked up by the name the index stores
 * (DeviceName "MAG0", "MAG1", ...), the device a new object goes to
 * (MAGDeviceFullThreshold), a reader by (DeviceName, ObjectFile) and the walk
 * over every stored file for dgate -r. Not the writing itself (mag.h), nor
 * the reading itself (reader.h), nor the index (db/). */
#ifndef DG_ARCHIVE_ARCHIVE_H
#define DG_ARCHIVE_ARCHIVE_H

struct config;
struct mag_device;
struct mag_reader;
struct archive; /* shared by every thread */

enum {
    /* Open every device for reading only (mag_device_open_readonly): dgate
     * -r, which must not write into the devices it indexes. A device that
     * cannot be opened is reported and left out (archive_device gives NULL,
     * walks skip it), so that the others are indexed all the same. */
    ARCHIVE_READ_ONLY = 1,
};

/* Open MAGDevice0 .. MAGDevice<MAGDevices-1> of `cfg`, in that order, each
 * with mag_device_open (its .incoming/ made and cleaned of the files of
 * dead processes) or, with ARCHIVE_READ_ONLY, mag_device_open_readonly.
 * Without ARCHIVE_READ_ONLY any device that cannot be opened fails the
 * whole with its error. Returns 0 or a negative errno. */
int archive_open(const struct config *cfg, int flags, struct archive **out);
/* Close every device; NULL is fine. */
void archive_close(struct archive *ar);

/* The number of devices (MAGDevices). */
int archive_count(const struct archive *ar);
/* Device i (0 = MAG0), or NULL when i is out of range or the device was
 * left out (ARCHIVE_READ_ONLY). */
struct mag_device *archive_device(const struct archive *ar, int i);
/* The device named `name` ("MAG1", as DeviceName holds it; exact match), or
 * NULL when there is none. */
struct mag_device *archive_find(const struct archive *ar, const char *name);
/* The name of a device of this archive ("MAG1"), or NULL for another. */
const char *archive_name(const struct archive *ar, const struct mag_device *dev);

/* Where a new object goes, as Conquest chooses: the first device, in order,
 * that has room (mag_has_room: free MB above MAGDeviceFullThreshold).
 * Returns 0 with *out set, or -ENOSPC when no device has room. When the
 * choice changes (MAG0 became full, or has room again, or none has) it is
 * logged once, naming the devices. */
int archive_pick(struct archive *ar, struct mag_device **out);

/* mag_reader_open on the device named `device`: -ENODEV when there is no
 * such device, else what mag_reader_open returns. */
int archive_reader_open(const struct archive *ar, const char *device, const char *relpath,
                        struct mag_reader **out);

/* One file found by a walk. The strings are valid during the callback. */
struct archive_entry {
    const char *device;  /* "MAG1" */
    const char *relpath; /* relative to the device, as ObjectFile holds it */
    const char *path;    /* the device's directory followed by relpath */
    const char *name;    /* the last component of relpath */
    int dir_fd;          /* the directory holding it, for archive_entry_open */
};

/* Called for each file; a non-zero return stops the walk, which returns it. */
typedef int (*archive_walk_fn)(void *ctx, const struct archive_entry *e);

/* Call fn for every regular file of every device, device by device, each
 * directory in the order readdir gives (as Conquest's regen): not the
 * device's .incoming/ nor any other name starting with '.', not dbase/ nor
 * incoming/ at the top of a device (the index database, the drop folder), and never through a
 * symbolic link (a link is neither followed nor handed over). A directory that cannot be read is
 * logged and skipped. Returns 0 or what fn returned. */
int archive_walk(struct archive *ar, archive_walk_fn fn, void *ctx);
/* The same over device i only, or over its directory reldir (relative to
 * the device, walked into without following a link; NULL or "": the whole
 * device). -ENODEV when the device is out of range or was left out,
 * -ENOMEM; for reldir, the negative errno of a directory that cannot be
 * opened (-EINVAL for a path with "..", a hidden or an empty component). */
int archive_walk_device(struct archive *ar, int i, const char *reldir, archive_walk_fn fn,
                        void *ctx);

/* Open the file of an entry read-only (mag_open_regular: no link followed,
 * a regular file only). Returns the descriptor, which the caller closes, or
 * a negative errno. */
int archive_entry_open(const struct archive_entry *e);

#endif
