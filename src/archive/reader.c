/* The reader of stored objects: one descriptor opened through the device's
 * root with O_NOFOLLOW at every component, read with pread at a position of
 * its own, so that no buffer but the caller's is ever needed. */
#include "archive/reader.h"
#include "util/file.h"
#include "archive/mag_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

struct mag_reader {
    int fd;
    uint64_t size; /* at open */
    uint64_t pos;  /* of mag_reader_read */
};

int mag_reader_open(struct mag_device *dev, const char *relpath, struct mag_reader **out)
{
    char copy[PATH_MAX];
    const char *base = NULL;
    struct mag_reader *rd = NULL;
    struct stat st;
    int dir_fd = -1, fd = -1, rc;

    *out = NULL;
    rc = mag_open_parent(dev, relpath, false, copy, &dir_fd, &base);
    if (rc != 0)
        return rc;
    fd = mag_open_regular(dir_fd, base);
    close(dir_fd);
    if (fd < 0)
        return fd;
    if (fstat(fd, &st) != 0) {
        rc = -errno;
        goto fail;
    }
    rd = calloc(1, sizeof *rd);
    if (rd == NULL) {
        rc = -ENOMEM;
        goto fail;
    }
    /* Retrieves read a file from start to end: let the kernel read ahead. */
    (void)posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    rd->fd = fd;
    rd->size = (uint64_t)st.st_size;
    *out = rd;
    return 0;

fail:
    close(fd);
    return rc;
}

int mag_reader_pread(struct mag_reader *rd, uint64_t off, void *buf, size_t len, size_t *got)
{
    return file_pread_full(rd->fd, off, buf, len, got);
}

int mag_reader_read(struct mag_reader *rd, void *buf, size_t len, size_t *got)
{
    int rc = mag_reader_pread(rd, rd->pos, buf, len, got);

    rd->pos += *got;
    return rc;
}

int mag_reader_seek(struct mag_reader *rd, uint64_t off)
{
    if (off > rd->size)
        return -EINVAL;
    rd->pos = off;
    return 0;
}

uint64_t mag_reader_size(const struct mag_reader *rd)
{
    return rd->size;
}

int mag_reader_fd(const struct mag_reader *rd)
{
    return rd->fd;
}

void mag_reader_close(struct mag_reader *rd)
{
    if (rd == NULL)
        return;
    close(rd->fd);
    free(rd);
}
