/* Reading a stored object back (C-MOVE, C-GET, WADO): a file of a MAG device
 * named by its path relative to the device (ObjectFile), opened without
 * following a symbolic link anywhere on the way, read in chunks into the
 * caller's buffer, so memory stays bounded whatever the file's size.
 * Not the choice of the file (the index, db/) nor its parsing (dicom/). */
#ifndef DG_ARCHIVE_READER_H
#define DG_ARCHIVE_READER_H

#include <stddef.h>
#include <stdint.h>

struct mag_device;
struct mag_reader; /* one open stored file; not shared between threads */

/* Open `relpath` of `dev` for reading. The path rules are the writer's
 * (mag_finish_new): '/'-separated, relative, no empty component and none
 * starting with '.' (so never "..", nor a file in .incoming), else -EINVAL;
 * a symbolic link on the way or as the file gives -ELOOP or -ENOTDIR, a
 * directory -EISDIR, anything but a regular file -EINVAL, a missing file
 * -ENOENT. A re-store that replaces the file later does not change what an
 * open reader reads (the new file is a new inode). Returns 0 or a negative
 * errno. */
int mag_reader_open(struct mag_device *dev, const char *relpath, struct mag_reader **out);

/* Read up to len bytes at the reader's position and advance it; *got is
 * less than len only at the end of the file. Returns 0 or a negative errno. */
int mag_reader_read(struct mag_reader *rd, void *buf, size_t len, size_t *got);

/* Read up to len bytes at `off` without moving the position; *got is less
 * than len only at the end of the file. Returns 0 or a negative errno. */
int mag_reader_pread(struct mag_reader *rd, uint64_t off, void *buf, size_t len, size_t *got);

/* Move the position of mag_reader_read to `off` (at most the size: -EINVAL
 * beyond it). Returns 0 or -EINVAL. */
int mag_reader_seek(struct mag_reader *rd, uint64_t off);

/* The file's size when it was opened. */
uint64_t mag_reader_size(const struct mag_reader *rd);

/* The descriptor, for a parser that reads a descriptor itself (the Part-10
 * header, p10_read_header_fd); it stays the reader's: do not close it. */
int mag_reader_fd(const struct mag_reader *rd);

/* Close the file; NULL is fine. */
void mag_reader_close(struct mag_reader *rd);

#endif
