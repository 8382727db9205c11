/* Whole-file I/O: reading a small text file (a configuration file) into
 * memory, and reading or writing a byte range of a descriptor without short
 * reads or writes. */
#ifndef DG_UTIL_FILE_H
#define DG_UTIL_FILE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

/* Read `path` into a new NUL-terminated buffer (*out, *len without the NUL).
 * A file larger than `max` bytes is refused with DG_ETOOBIG, so a wrong path
 * to a big file is harmless. Returns 0 or a negative error with a message
 * naming the path in err. The caller frees *out. */
int file_read_all(const char *path, size_t max, char **out, size_t *len, char *err, size_t errlen);

/* Write all n bytes to fd, retrying after EINTR and short writes. Returns 0
 * or a negative errno (-EIO when the descriptor takes no more bytes). */
int file_write_all(int fd, const void *p, size_t n);
/* The same for n vectors (consumed: they are changed on a short write). */
int file_writev_all(int fd, struct iovec *iov, int n);
/* Read up to len bytes at offset `off` of fd into buf, retrying after
 * EINTR and short reads; *got is less than len only at the end of the file.
 * Returns 0, -EINVAL for an offset beyond what off_t holds, or a negative
 * errno. */
int file_pread_full(int fd, uint64_t off, void *buf, size_t len, size_t *got);
/* Move *iov / *n past `done` bytes written: whole vectors, then part of one. */
void file_iov_advance(struct iovec **iov, int *n, size_t done);

#endif
