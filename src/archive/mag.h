/* A MAG device (a directory holding stored files) and the atomic writer that
 * puts a file there: the data streams into a temporary file on the same file
 * system (<MAG>/.incoming/), and only a complete file is renamed to its final
 * name, so a crash or an error never leaves a partial file under a final name.
 * Not the choice of the name (filename.h) nor the index (db/). */
#ifndef DG_ARCHIVE_MAG_H
#define DG_ARCHIVE_MAG_H

#include <stddef.h>
#include <stdint.h>

struct mag_device; /* one per MAG directory, shared by every thread */
struct mag_writer; /* one per association; writes one file at a time */

/* Open the MAG directory `dir` (created when missing, one level) and its
 * .incoming/ directory, removing there the unfinished files of dgate
 * processes that no longer run, and those named with our own pid (a
 * predecessor's): open each device once, before writing.
 * `full_threshold_mb` is MAGDeviceFullThreshold, `file_sync` FileSync
 * (1 = fdatasync the file and fsync its directory before mag_finish
 * returns). Returns 0 or a negative errno. */
int mag_device_open(const char *dir, int full_threshold_mb, int file_sync, struct mag_device **out);
/* Close the device; every writer made from it must be freed before. */
void mag_device_close(struct mag_device *dev);

/* 0 when the device has more free space than its threshold, -ENOSPC when it
 * has not (answer 0xA700 and do not accept the store), or another -errno. */
int mag_check_space(const struct mag_device *dev);

/* A writer with its 256 KiB buffer; reuse it for every file of an association.
 * Returns 0 or -ENOMEM. */
int mag_writer_new(struct mag_device *dev, struct mag_writer **out);
/* Free the writer; an unfinished file is aborted first. */
void mag_writer_free(struct mag_writer *w);

/* Start a new file: a temporary file in <MAG>/.incoming/ (O_EXCL, 0644),
 * the one mag_prepare made when there is one. Fails with -EBUSY if the
 * previous file was neither finished nor aborted. */
int mag_begin(struct mag_writer *w);

/* Create the temporary file of the next mag_begin now, while the peer is
 * busy anyway (after a response), so that the inode allocation is not paid
 * between a command and its data. A failure is left to mag_begin to report.
 * The file is removed by mag_writer_free when not used. */
void mag_prepare(struct mag_writer *w);

/* Append n bytes (-EBADF when no file is open). Small writes are gathered in
 * the buffer, chunks of 32 KiB or more go straight to the file (with what is
 * buffered, in one writev), never copied. After a failure
 * every later mag_write returns the same error without doing anything, so the
 * caller may keep draining the network and answer at the end. */
int mag_write(struct mag_writer *w, const void *p, size_t n);

/* Bytes appended since mag_begin. */
uint64_t mag_size(const struct mag_writer *w);

/* Read back up to len bytes at offset `off` of the file being written (for a
 * header that did not fit in the caller's buffer); *got is the count read,
 * less than len only at the end of the data. Returns 0 or a negative errno. */
int mag_pread(struct mag_writer *w, uint64_t off, void *buf, size_t len, size_t *got);

/* Complete the file: flush, fdatasync (FileSync), create the directories of
 * `relpath` below the MAG device (never following a symbolic link), rename the
 * file into place (replacing an existing file of that name) and fsync the
 * directory (FileSync). `relpath` is '/'-separated and relative (fn_make); a
 * path with an empty component or one starting with '.' (".", "..", and the
 * device's own .incoming) is refused with -EINVAL; a symbolic link on the way
 * fails with -ELOOP or -ENOTDIR. On failure the temporary file is removed and
 * nothing new is under `relpath`, except when only the final fsync of the
 * directory failed for a file that replaced another (the error is returned,
 * the file is in place: the one it replaced is gone either way). Either way
 * the writer is ready for the next mag_begin. Returns 0 or a negative errno. */
int mag_finish(struct mag_writer *w, const char *relpath);

/* Drop the file being written (close and unlink the temporary file). Does
 * nothing when no file is open. */
void mag_abort(struct mag_writer *w);

/* The DICOM status for a result of the functions above: 0x0000 for 0, 0xA700
 * (out of resources) for -ENOSPC, -EDQUOT and -ENOMEM, 0x0110 (processing
 * failure) for anything else. */
uint16_t mag_dicom_status(int err);

#endif
