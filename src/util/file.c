/* Whole-file reads for configuration files and complete writes; see file.h. */
#include "util/file.h"
#include "util/error.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int file_read_all(const char *path, size_t max, char **out, size_t *len, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    char *text = NULL;
    size_t used = 0, alloc = 0;
    int rc;

    if (!fp) {
        rc = -errno;
        snprintf(err, errlen, "%s: %s", path, strerror(-rc));
        return rc;
    }
    for (;;) {
        if (alloc - used < 4096) {
            if (alloc > max) {
                snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
                rc = DG_ETOOBIG;
                goto fail;
            }
            char *p = realloc(text, alloc + 16384 + 1);
            if (!p) {
                rc = -ENOMEM;
                goto fail;
            }
            text = p;
            alloc += 16384;
        }
        size_t got = fread(text + used, 1, alloc - used, fp);
        used += got;
        if (got == 0)
            break;
    }
    if (ferror(fp)) {
        snprintf(err, errlen, "%s: read error", path);
        rc = -EIO;
        goto fail;
    }
    if (used > max) {
        snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
        rc = DG_ETOOBIG;
        goto fail;
    }
    fclose(fp);
    text[used] = '\0';
    *out = text;
    *len = used;
    return 0;
fail:
    free(text);
    fclose(fp);
    return rc;
}

void file_iov_advance(struct iovec **iov, int *n, size_t done)
{
    while (*n > 0 && done >= (*iov)->iov_len) {
        done -= (*iov)->iov_len;
        (*iov)++;
        (*n)--;
    }
    if (*n > 0) {
        (*iov)->iov_base = (uint8_t *)(*iov)->iov_base + done;
        (*iov)->iov_len -= done;
    }
}

int file_writev_all(int fd, struct iovec *iov, int n)
{
    while (n > 0) {
        ssize_t done = writev(fd, iov, n);
        if (done < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (done == 0)
            return -EIO;
        file_iov_advance(&iov, &n, (size_t)done);
    }
    return 0;
}

int file_write_all(int fd, const void *p, size_t n)
{
    struct iovec iov = {(void *)p, n};
    return file_writev_all(fd, &iov, 1);
}

int file_pread_full(int fd, uint64_t off, void *buf, size_t len, size_t *got)
{
    *got = 0;
    if (off > (uint64_t)INT64_MAX || len > (uint64_t)INT64_MAX - off)
        return -EINVAL;
    while (*got < len) {
        ssize_t n = pread(fd, (uint8_t *)buf + *got, len - *got, (off_t)(off + *got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (n == 0)
            break;
        *got += (size_t)n;
    }
    return 0;
}
