/* A MAG device (a directory holding stored files) and the atomic writer that
 * puts a file there: the data streams into a temporary file on the same file
 * system (<MAG>/.incoming/), and only a complete file is renamed to its final
 * name, so a crash or an error never leaves a partial file under a final name.
 * A new file never replaces another; only a deliberate re-store does.
 * Not the choice of the name (filename.h), nor of the device (archive.h), nor
 * reading (reader.h), nor the index (db/). */
#ifndef DG_ARCHIVE_MAG_H
#define DG_ARCHIVE_MAG_H

#include <stddef.h>
#include <stdint.h>

struct mag_device; /* one per MAG directory, shared by every thread */
struct mag_writer; /* one per association; writes one file at a time */

/* Open the MAG directory `dir` (created when missing, one level), its
 * .incoming/ directory and the eight .incoming/0 .. 7 where temporary files
 * are made (spread over block groups: mag_internal.h), removing there the
 * unfinished files of dgate processes that no longer run, and those named with our own pid (a
 * predecessor's): open each device once, before writing.
 * `full_threshold_mb` is MAGDeviceFullThreshold, `file_sync` FileSync
 * (1 = fdatasync the file and fsync its directory before mag_finish_new or
 * mag_finish_replace returns). Returns 0 or a negative errno. */
int mag_device_open(const char *dir, int full_threshold_mb, int file_sync, struct mag_device **out);
/* Open the MAG directory `dir` for reading only (dgate -r, which must work
 * on read-only media too): nothing is created or removed, and writers refuse it (-EROFS).
 * Returns 0 or a negative errno. */
int mag_device_open_readonly(const char *dir, struct mag_device **out);
/* Close the device; every writer and reader made from it must be freed before. */
void mag_device_close(struct mag_device *dev);

/* As Conquest decides it: a device has room when its free space, in whole
 * MB, is above MAGDeviceFullThreshold. Returns 0 when it has, -ENOSPC when
 * it has not, or another negative errno; *free_mb is the free space. Logs
 * nothing (archive_pick reports a change once). */
int mag_has_room(const struct mag_device *dev, uint64_t *free_mb);
/* The free space (bytes an unprivileged writer may use) of the file system
 * holding `dir`, for dgate -d: opens nothing. Returns 0 or a negative errno. */
int mag_free_space(const char *dir, uint64_t *bytes);

/* A writer with its 256 KiB buffer; reuse it for every file of an association.
 * `dev` is where mag_prepare makes a temporary file until the first
 * mag_begin. Returns 0 or -ENOMEM. */
int mag_writer_new(struct mag_device *dev, struct mag_writer **out);
/* Free the writer; an unfinished file is aborted first. */
void mag_writer_free(struct mag_writer *w);

/* Start a new file: a temporary file in `dev`'s .incoming/ (O_EXCL, 0644),
 * the one mag_prepare made when there is one on that device (the device
 * archive_pick chose for a new object). Fails with -EBUSY if the previous
 * file was neither finished nor aborted, -EROFS on a read-only device. */
int mag_begin(struct mag_writer *w, struct mag_device *dev);

/* Create the temporary file of the next mag_begin now, on the device of the
 * last mag_begin, while the peer is busy anyway (after a response), so that
 * the inode allocation is not paid between a command and its data. A
 * failure is left to mag_begin to report. The file is removed by
 * mag_writer_free when not used. */
void mag_prepare(struct mag_writer *w);

/* Append n bytes (-EBADF when no file is open). Small writes are gathered in
 * the buffer, chunks of 32 KiB or more go straight to the file (with what is
 * buffered, in one writev) up to a 64 KiB boundary of the file, only their
 * tail copied to the buffer. After a failure every later mag_write returns
 * the same error without doing anything, so the caller may keep draining the
 * network and answer at the end. */
int mag_write(struct mag_writer *w, const void *p, size_t n);

/* Bytes appended since mag_begin. */
uint64_t mag_size(const struct mag_writer *w);

/* Read back up to len bytes at offset `off` of the file being written (for a
 * header that did not fit in the caller's buffer); *got is the count read,
 * less than len only at the end of the data. Returns 0 or a negative errno. */
int mag_pread(struct mag_writer *w, uint64_t off, void *buf, size_t len, size_t *got);

/* Complete the file as `relpath` on device `dev`, which need not be the
 * device of the temporary file: a re-store of an object indexed on MAG1
 * that was received into MAG0's .incoming goes back to MAG1. On the same
 * file system the temporary file is renamed; on another one it is first
 * copied into `dev`'s .incoming (FileSync: fdatasync) and renamed there.
 *
 * Both: flush, fdatasync (FileSync), create the directories of `relpath`
 * below the device (never following a symbolic link), rename the file into
 * place and fsync the directory (FileSync). `relpath` is '/'-separated and
 * relative (fn_make); a path with an empty component or one starting with
 * '.' (".", "..", and the device's own .incoming) is refused with -EINVAL;
 * a symbolic link on the way fails with -ELOOP or -ENOTDIR. On failure the
 * temporary file is removed and nothing new is under `relpath`. Either way
 * the writer is ready for the next mag_begin. Return 0 or a negative errno.
 *
 * mag_finish_new never replaces a file (renameat2 RENAME_NOREPLACE, or
 * link + unlink where the file system has no such rename): when the name is
 * taken (another dgate on the same device, a %-template without the SOP
 * UID) the file gets the first free name made by inserting "_1", "_2", ...
 * up to "_9999" before the extension ("a/x.dcm" -> "a/x_1.dcm"; the
 * extension is a final '.' followed by 1 to 4 characters of which one is a
 * letter, so a name ending in a UID has none: "a/1.2.3" -> "a/1.2.3_1"), and
 * relpath (room for `cap` bytes) is rewritten to the name used. -EEXIST
 * when every name is taken, -ENAMETOOLONG when a name does not fit. If only
 * the final fsync of the directory fails, the new file is removed again
 * (the caller answers failure; an unindexed file must not stay).
 *
 * mag_finish_replace replaces the file of that name (a deliberate re-store).
 * If only the final fsync of the directory fails, the error is returned but
 * the file is in place: the one it replaced is gone either way. */
int mag_finish_new(struct mag_writer *w, struct mag_device *dev, char *relpath, size_t cap);
int mag_finish_replace(struct mag_writer *w, struct mag_device *dev, const char *relpath);

/* Drop the file being written (close and unlink the temporary file). Does
 * nothing when no file is open. */
void mag_abort(struct mag_writer *w);

/* An anonymous file in `dev`'s .incoming/ (O_TMPFILE; where the file system
 * has none, a temporary file unlinked at once): room on the MAG device for a
 * copy that is never stored (an object re-encoded for a receiver), gone with
 * its descriptor, even after a crash. Returns the descriptor (O_RDWR,
 * close-on-exec) or a negative errno; -EROFS on a read-only device. */
int mag_scratch_open(const struct mag_device *dev);

/* Remove the stored file `relpath` of `dev` (an object whose index row
 * could not be committed, a deletion): the same path rules as
 * mag_finish_new, directories opened one component at a time without
 * following a symbolic link, then unlinkat; FileSync flushes the directory.
 * Empty directories stay. Returns 0, -ENOENT, -EISDIR, -EROFS on a
 * read-only device, or another negative errno. */
int mag_remove(struct mag_device *dev, const char *relpath);

#endif
