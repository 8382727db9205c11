/* MAG devices and the atomic writer. A stored file is streamed into
 * <MAG>/.incoming/<pid>-<n>.tmp through a 256 KiB buffer and renamed into
 * place only when complete; directories on the way are opened one component
 * at a time with O_NOFOLLOW, so a symbolic link planted in the MAG device can
 * never redirect a write outside it. */
#include "archive/mag.h"
#include "util/error.h"
#include "util/file.h"
#include "util/log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <unistd.h>

/* Small appends (the meta header, PDVs of a small maximum PDU) are gathered
 * in a buffer; an append of MAG_DIRECT bytes or more goes to the file
 * together with what is buffered, in one writev and without a copy (a PDV
 * of a 64 KiB PDU: memcpy of every byte was a few % of a store's CPU). */
#define MAG_BUF_SIZE (256 * 1024)
#define MAG_DIRECT (32 * 1024)
#define INCOMING ".incoming"

struct mag_device {
    int root_fd;     /* the MAG directory itself */
    int incoming_fd; /* its .incoming/, on the same file system */
    int full_threshold_mb;
    int file_sync;
    char path[PATH_MAX];
};

struct tmp_file {
    int fd;        /* -1: none */
    char name[64]; /* its name in .incoming/, "" when none */
};

struct mag_writer {
    struct mag_device *dev;
    struct tmp_file cur;   /* the file being written; fd -1 between files */
    struct tmp_file spare; /* made by mag_prepare for the next mag_begin */
    uint8_t *buf;
    size_t buf_len;
    uint64_t size; /* bytes appended since mag_begin */
    int error;     /* the first write error of this file, or 0 */
};

/* Numbers temporary files; with the pid in the name they are unique on the
 * device even when several dgate processes share it (O_EXCL checks anyway). */
static atomic_uint tmp_counter;

/* Remove temporary files left by dgate processes that died while writing
 * (a crash, a kill -9): their names start with the pid of the writer, and a
 * pid that no longer runs will never finish its file. Files of other live
 * processes (another dgate sharing the device) are left alone. Files with our
 * own pid are not ours, since we open the device before we write: they are a
 * predecessor's that had our pid, as every dgate that is PID 1 in a container
 * has. */
static void remove_orphans(struct mag_device *dev)
{
    int fd = openat(dev->incoming_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    DIR *d = fdopendir(fd);
    if (d == NULL) {
        close(fd);
        return;
    }
    struct dirent *e;
    int removed = 0;
    while ((e = readdir(d)) != NULL) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (end == e->d_name || *end != '-' || pid <= 0)
            continue;
        if (pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 || errno != ESRCH))
            continue;
        if (unlinkat(dev->incoming_fd, e->d_name, 0) == 0)
            removed++;
    }
    closedir(d);
    if (removed > 0)
        log_info("MAG device %s: removed %d unfinished file(s) of stopped processes from %s",
                 dev->path, removed, INCOMING);
}

int mag_device_open(const char *dir, int full_threshold_mb, int file_sync, struct mag_device **out)
{
    struct mag_device *dev = NULL;
    struct stat root_st, incoming_st;
    int rc;

    *out = NULL;
    if (strlen(dir) >= sizeof dev->path)
        return -ENAMETOOLONG;
    dev = calloc(1, sizeof *dev);
    if (dev == NULL)
        return -ENOMEM;
    dev->root_fd = -1;
    dev->incoming_fd = -1;
    dev->full_threshold_mb = full_threshold_mb;
    dev->file_sync = file_sync;
    strcpy(dev->path, dir);

    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        rc = -errno;
        log_error("MAG device %s: cannot create it: %s", dir, strerror(errno));
        goto fail;
    }
    dev->root_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dev->root_fd < 0) {
        rc = -errno;
        log_error("MAG device %s: cannot open it: %s", dir, strerror(errno));
        goto fail;
    }
    if (mkdirat(dev->root_fd, INCOMING, 0755) != 0 && errno != EEXIST) {
        rc = -errno;
        log_error("MAG device %s: cannot create %s: %s", dir, INCOMING, strerror(errno));
        goto fail;
    }
    dev->incoming_fd =
        openat(dev->root_fd, INCOMING, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dev->incoming_fd < 0) {
        rc = -errno;
        log_error("MAG device %s: cannot open %s (it must be a directory, not a link): %s", dir,
                  INCOMING, strerror(errno));
        goto fail;
    }
    /* rename() is atomic only within one file system. */
    if (fstat(dev->root_fd, &root_st) != 0 || fstat(dev->incoming_fd, &incoming_st) != 0) {
        rc = -errno;
        goto fail;
    }
    if (root_st.st_dev != incoming_st.st_dev) {
        rc = -EXDEV;
        log_error("MAG device %s: %s is on another file system", dir, INCOMING);
        goto fail;
    }
    remove_orphans(dev);
    *out = dev;
    return 0;

fail:
    mag_device_close(dev);
    return rc;
}

void mag_device_close(struct mag_device *dev)
{
    if (dev == NULL)
        return;
    if (dev->incoming_fd >= 0)
        close(dev->incoming_fd);
    if (dev->root_fd >= 0)
        close(dev->root_fd);
    free(dev);
}

int mag_check_space(const struct mag_device *dev)
{
    struct statvfs st;
    if (fstatvfs(dev->root_fd, &st) != 0)
        return -errno;
    unsigned long long avail = (unsigned long long)st.f_bavail * st.f_frsize;
    unsigned long long need = (unsigned long long)dev->full_threshold_mb << 20;
    if (avail < need) {
        log_warn("MAG device %s is full: %llu MB free, MAGDeviceFullThreshold is %d MB", dev->path,
                 avail >> 20, dev->full_threshold_mb);
        return -ENOSPC;
    }
    return 0;
}

int mag_writer_new(struct mag_device *dev, struct mag_writer **out)
{
    struct mag_writer *w = calloc(1, sizeof *w);
    *out = NULL;
    if (w == NULL)
        return -ENOMEM;
    w->buf = malloc(MAG_BUF_SIZE);
    if (w->buf == NULL) {
        free(w);
        return -ENOMEM;
    }
    w->dev = dev;
    w->cur.fd = -1;
    w->spare.fd = -1;
    *out = w;
    return 0;
}

/* Close and remove a temporary file, if any. */
static void drop_tmp(const struct mag_device *dev, struct tmp_file *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
    if (t->name[0] != '\0') {
        if (unlinkat(dev->incoming_fd, t->name, 0) != 0)
            log_warn("MAG device %s: cannot remove %s/%s: %s", dev->path, INCOMING, t->name,
                     strerror(errno));
        t->name[0] = '\0';
    }
}

void mag_writer_free(struct mag_writer *w)
{
    if (w == NULL)
        return;
    mag_abort(w);
    drop_tmp(w->dev, &w->spare);
    free(w->buf);
    free(w);
}

/* Create a new empty temporary file in .incoming/. */
static int create_tmp(const struct mag_device *dev, struct tmp_file *t)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned n = atomic_fetch_add_explicit(&tmp_counter, 1, memory_order_relaxed);
        snprintf(t->name, sizeof t->name, "%ld-%u.tmp", (long)getpid(), n);
        t->fd = openat(dev->incoming_fd, t->name,
                       O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (t->fd >= 0)
            return 0;
        if (errno != EEXIST)
            break;
    }
    t->name[0] = '\0';
    return -errno;
}

void mag_prepare(struct mag_writer *w)
{
    if (w->spare.fd < 0 && create_tmp(w->dev, &w->spare) != 0)
        w->spare.fd = -1; /* mag_begin tries again and reports */
}

int mag_begin(struct mag_writer *w)
{
    struct tmp_file t = w->spare;
    int rc = 0;

    if (w->cur.fd >= 0)
        return -EBUSY;
    w->spare.fd = -1;
    w->spare.name[0] = '\0';
    if (t.fd < 0)
        rc = create_tmp(w->dev, &t);
    if (rc != 0) {
        log_error("MAG device %s: cannot create a temporary file in %s: %s", w->dev->path, INCOMING,
                  strerror(-rc));
        return rc;
    }
    w->cur = t;
    w->buf_len = 0;
    w->size = 0;
    w->error = 0;
    return 0;
}

static int flush(struct mag_writer *w)
{
    if (w->error != 0)
        return w->error;
    if (w->buf_len > 0) {
        w->error = file_write_all(w->cur.fd, w->buf, w->buf_len);
        w->buf_len = 0;
    }
    return w->error;
}

int mag_write(struct mag_writer *w, const void *p, size_t n)
{
    if (w->cur.fd < 0)
        return -EBADF;
    if (w->error != 0)
        return w->error;
    if (n >= MAG_DIRECT) {
        struct iovec iov[2] = {{w->buf, w->buf_len}, {(void *)p, n}};
        int first = w->buf_len == 0;

        w->error = file_writev_all(w->cur.fd, iov + first, 2 - first);
        w->buf_len = 0;
        if (w->error != 0)
            return w->error;
    } else {
        if (n > MAG_BUF_SIZE - w->buf_len) {
            int rc = flush(w);
            if (rc != 0)
                return rc;
        }
        memcpy(w->buf + w->buf_len, p, n);
        w->buf_len += n;
    }
    w->size += n;
    return 0;
}

uint64_t mag_size(const struct mag_writer *w)
{
    return w->size;
}

int mag_pread(struct mag_writer *w, uint64_t off, void *buf, size_t len, size_t *got)
{
    *got = 0;
    if (w->cur.fd < 0)
        return -EBADF;
    int rc = flush(w);
    if (rc != 0)
        return rc;
    while (*got < len) {
        ssize_t n = pread(w->cur.fd, (uint8_t *)buf + *got, len - *got, (off_t)(off + *got));
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

/* Is `name` (n bytes) acceptable as one component of a stored path? Names
 * starting with '.' are the device's own (.incoming) and "." and ".." would
 * leave the directory. */
static bool component_ok(const char *name, size_t n)
{
    return n > 0 && n <= NAME_MAX && name[0] != '.';
}

/* Open directory `name` in `dir_fd`, creating it when missing, never following
 * a symbolic link. Returns the new descriptor or a negative errno. */
static int open_subdir(const struct mag_device *dev, int dir_fd, const char *name)
{
    int fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0 || errno != ENOENT)
        return fd >= 0 ? fd : -errno;
    /* EEXIST: another association made it just now. */
    if (mkdirat(dir_fd, name, 0755) != 0 && errno != EEXIST)
        return -errno;
    if (dev->file_sync && fsync(dir_fd) != 0)
        return -errno;
    fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    return fd >= 0 ? fd : -errno;
}

/* Walk `relpath` below the device root, creating the directories, and return
 * in *dir_fd the directory that will hold the file and in *base its name
 * (inside `copy`, which must hold relpath). */
static int open_parent(const struct mag_device *dev, const char *relpath, char *copy, int *dir_fd,
                       const char **base)
{
    /* Check every component before anything is created. */
    for (const char *p = relpath;;) {
        const char *slash = strchr(p, '/');
        if (!component_ok(p, slash != NULL ? (size_t)(slash - p) : strlen(p)))
            return -EINVAL;
        if (slash == NULL)
            break;
        p = slash + 1;
    }
    int cur = fcntl(dev->root_fd, F_DUPFD_CLOEXEC, 0);
    if (cur < 0)
        return -errno;
    strcpy(copy, relpath);
    char *name = copy;
    for (;;) {
        char *slash = strchr(name, '/');
        if (slash == NULL)
            break;
        *slash = '\0';
        int next = open_subdir(dev, cur, name);
        close(cur);
        if (next < 0) {
            log_error("MAG device %s: cannot open or make directory '%s' of %s (symbolic "
                      "links are not followed): %s",
                      dev->path, name, relpath, strerror(-next));
            return next;
        }
        cur = next;
        name = slash + 1;
    }
    *dir_fd = cur;
    *base = name;
    return 0;
}

int mag_finish(struct mag_writer *w, const char *relpath)
{
    struct mag_device *dev = w->dev;
    char copy[PATH_MAX];
    const char *base = NULL;
    int dir_fd = -1, replacing = 0;
    int rc;

    if (w->cur.fd < 0)
        return -EBADF;
    if (strlen(relpath) >= sizeof copy) {
        rc = -ENAMETOOLONG;
        goto fail;
    }
    rc = flush(w);
    if (rc != 0)
        goto fail;
    if (dev->file_sync && fdatasync(w->cur.fd) != 0) {
        rc = -errno;
        goto fail;
    }
    /* close() can report a delayed write error (NFS): check it before the
     * file gets its final name. */
    rc = close(w->cur.fd);
    w->cur.fd = -1;
    if (rc != 0) {
        rc = -errno;
        goto fail;
    }
    rc = open_parent(dev, relpath, copy, &dir_fd, &base);
    if (rc != 0)
        goto fail;
    if (dev->file_sync) {
        struct stat st;
        replacing = fstatat(dir_fd, base, &st, AT_SYMLINK_NOFOLLOW) == 0;
    }
    if (renameat(dev->incoming_fd, w->cur.name, dir_fd, base) != 0) {
        rc = -errno;
        log_error("MAG device %s: cannot rename %s to %s: %s", dev->path, w->cur.name, relpath,
                  strerror(errno));
        goto fail;
    }
    w->cur.name[0] = '\0';
    /* The file is in place; its directory entry still has to reach the disk.
     * When it cannot, a new file is taken back (the caller answers failure
     * and the peer sends it again); one that replaced another stays, since
     * the file it replaced is gone either way. */
    if (dev->file_sync && fsync(dir_fd) != 0) {
        rc = -errno;
        log_error("MAG device %s: cannot flush the directory of %s: %s", dev->path, relpath,
                  strerror(errno));
        if (!replacing)
            (void)unlinkat(dir_fd, base, 0);
    }
    close(dir_fd);
    return rc;

fail:
    if (dir_fd >= 0)
        close(dir_fd);
    mag_abort(w);
    return rc;
}

void mag_abort(struct mag_writer *w)
{
    drop_tmp(w->dev, &w->cur);
    w->buf_len = 0;
    w->error = 0;
}

uint16_t mag_dicom_status(int err)
{
    if (err == 0)
        return 0x0000;
    if (err == -ENOSPC || err == -EDQUOT || err == -ENOMEM)
        return 0xA700;
    return 0x0110;
}
