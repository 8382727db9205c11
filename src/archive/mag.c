/* MAG devices and the atomic writer. A stored file is streamed into
 * <MAG>/.incoming/<k>/<pid>-<n>.tmp through a 256 KiB buffer and renamed into
 * place only when complete; directories on the way are opened one component
 * at a time with O_NOFOLLOW, so a symbolic link planted in the MAG device can
 * never redirect a write outside it. A new file is put in place with a
 * rename that never replaces; only mag_finish_replace does. */
#include "archive/mag.h"
#include "archive/mag_internal.h"
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
#ifdef __linux__
#include <linux/fs.h> /* FS_IOC_GETFLAGS, FS_TOPDIR_FL */
#include <sys/ioctl.h>
#endif

/* Small appends (the meta header, PDVs of a small maximum PDU) are gathered
 * in a buffer; an append of MAG_DIRECT bytes or more goes to the file
 * together with what is buffered, in one writev and without a copy (a PDV
 * of a 64 KiB PDU: memcpy of every byte was a few % of a store's CPU).
 * Writes end on a multiple of MAG_ALIGN in the file, the rest waiting in
 * the buffer: the page cache then takes whole 64 KiB folios, where PDVs
 * written as they came (64 KiB less the headers, so never aligned) made the
 * kernel split, zero and refill blocks: 320 µs of kernel time per 512 KiB
 * file instead of 220 (bench/README.md). With PDVs of a 64 KiB PDU the
 * tail kept is a few hundred bytes. */
#define MAG_BUF_SIZE (256 * 1024)
#define MAG_DIRECT (32 * 1024)
#define MAG_ALIGN (64 * 1024)
/* "_1" .. "_9999": more than two processes racing for one name ever need;
 * a FileNameSyntax that names every image of a series alike fills them in
 * a series of 10 000 and then fails loudly instead of slowing down. */
#define MAG_MAX_SUFFIX 9999

struct tmp_file {
    const struct mag_device *dev; /* whose .incoming/ holds it */
    int fd;                       /* -1: none */
    unsigned dir;                 /* in .incoming/<dir>/ */
    char name[64];                /* its name there, "" when none */
};

struct mag_writer {
    struct mag_device *dev; /* of the last mag_begin: mag_prepare's device */
    struct tmp_file cur;    /* the file being written; fd -1 between files */
    struct tmp_file spare;  /* made by mag_prepare for the next mag_begin */
    uint8_t *buf;
    size_t buf_len;
    uint64_t size; /* bytes appended since mag_begin */
    int error;     /* the first write error of this file, or 0 */
};

/* Numbers temporary files; with the pid in the name they are unique on the
 * device even when several dgate processes share it (O_EXCL checks anyway). */
static atomic_uint tmp_counter;

/* Remove temporary files left by dgate processes that died while writing
 * (a crash, a kill -9) from the directory dir_fd (.incoming or one of its
 * subdirectories): their names start with the pid of the writer, and a
 * pid that no longer runs will never finish its file. Files of other live
 * processes (another dgate sharing the device) are left alone. Files with our
 * own pid are not ours, since we open the device before we write: they are a
 * predecessor's that had our pid, as every dgate that is PID 1 in a container
 * has. */
static void remove_orphans(struct mag_device *dev, int dir_fd)
{
    int fd = openat(dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    DIR *d = fdopendir(fd);
    if (d == NULL) {
        close(fd);
        return;
    }
    struct dirent *e;
    int removed = 0;
    for (e = readdir(d); e != NULL; e = readdir(d)) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (end == e->d_name || *end != '-' || pid <= 0)
            continue;
        if (pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 || errno != ESRCH))
            continue;
        if (unlinkat(dir_fd, e->d_name, 0) == 0)
            removed++;
    }
    closedir(d);
    if (removed > 0)
        log_info("MAG device %s: removed %d unfinished file(s) of stopped processes from %s",
                 dev->path, removed, MAG_INCOMING);
}

/* Mark .incoming a "top directory" (chattr +T), so that ext2/3/4 place its
 * subdirectories in different block groups rather than beside it. Best
 * effort: another file system, or a directory that is not ours, keeps them
 * wherever it puts them, which is only slower after deletions. */
static void spread_subdirs(int dir_fd)
{
#if defined(FS_IOC_GETFLAGS) && defined(FS_IOC_SETFLAGS) && defined(FS_TOPDIR_FL)
    int flags = 0;

    if (ioctl(dir_fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & FS_TOPDIR_FL) == 0) {
        flags |= FS_TOPDIR_FL;
        (void)ioctl(dir_fd, FS_IOC_SETFLAGS, &flags);
    }
#else
    (void)dir_fd;
#endif
}

/* Open (making it when missing) .incoming/<name>, on the same file system as
 * the device, never through a symbolic link. Returns the descriptor or a
 * negative errno. */
static int open_tmp_dir(const struct mag_device *dev, const char *name)
{
    struct stat st;
    int fd;

    if (mkdirat(dev->incoming_fd, name, 0755) != 0 && errno != EEXIST)
        return -errno;
    fd = openat(dev->incoming_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    if (fstat(fd, &st) != 0) {
        int rc = -errno;
        close(fd);
        return rc;
    }
    if (st.st_dev != dev->st_dev) {
        close(fd);
        return -EXDEV; /* rename() is atomic only within one file system */
    }
    return fd;
}

static struct mag_device *device_new(const char *dir, int full_threshold_mb, int file_sync)
{
    struct mag_device *dev;

    if (strlen(dir) >= sizeof dev->path)
        return NULL;
    dev = calloc(1, sizeof *dev);
    if (dev == NULL)
        return NULL;
    dev->root_fd = -1;
    dev->incoming_fd = -1;
    for (unsigned k = 0; k < MAG_INCOMING_DIRS; k++)
        dev->tmp_fd[k] = -1;
    dev->full_threshold_mb = full_threshold_mb;
    dev->file_sync = file_sync;
    strcpy(dev->path, dir);
    return dev;
}

/* Open the device's root directory and note its file system. */
static int open_root(struct mag_device *dev)
{
    struct stat st;

    dev->root_fd = open(dev->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dev->root_fd < 0 || fstat(dev->root_fd, &st) != 0) {
        int rc = -errno;
        log_error("MAG device %s: cannot open it: %s", dev->path, strerror(errno));
        return rc;
    }
    dev->st_dev = st.st_dev;
    return 0;
}

int mag_device_open(const char *dir, int full_threshold_mb, int file_sync, struct mag_device **out)
{
    struct mag_device *dev;
    struct stat incoming_st;
    int rc;

    *out = NULL;
    if (strlen(dir) >= PATH_MAX)
        return -ENAMETOOLONG;
    dev = device_new(dir, full_threshold_mb, file_sync);
    if (dev == NULL)
        return -ENOMEM;
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        rc = -errno;
        log_error("MAG device %s: cannot create it: %s", dir, strerror(errno));
        goto fail;
    }
    rc = open_root(dev);
    if (rc != 0)
        goto fail;
    if (mkdirat(dev->root_fd, MAG_INCOMING, 0755) != 0 && errno != EEXIST) {
        rc = -errno;
        log_error("MAG device %s: cannot create %s: %s", dir, MAG_INCOMING, strerror(errno));
        goto fail;
    }
    dev->incoming_fd =
        openat(dev->root_fd, MAG_INCOMING, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dev->incoming_fd < 0) {
        rc = -errno;
        log_error("MAG device %s: cannot open %s (it must be a directory, not a link): %s", dir,
                  MAG_INCOMING, strerror(errno));
        goto fail;
    }
    /* rename() is atomic only within one file system. */
    if (fstat(dev->incoming_fd, &incoming_st) != 0) {
        rc = -errno;
        goto fail;
    }
    if (dev->st_dev != incoming_st.st_dev) {
        rc = -EXDEV;
        log_error("MAG device %s: %s is on another file system", dir, MAG_INCOMING);
        goto fail;
    }
    spread_subdirs(dev->incoming_fd);
    for (unsigned k = 0; k < MAG_INCOMING_DIRS; k++) {
        char name[16];

        snprintf(name, sizeof name, "%u", k);
        dev->tmp_fd[k] = open_tmp_dir(dev, name);
        if (dev->tmp_fd[k] < 0) {
            rc = dev->tmp_fd[k];
            dev->tmp_fd[k] = -1;
            log_error("MAG device %s: cannot make or open %s/%s (it must be a directory on the "
                      "device's file system, not a link): %s",
                      dir, MAG_INCOMING, name, strerror(-rc));
            goto fail;
        }
    }
    remove_orphans(dev, dev->incoming_fd); /* where earlier versions made them */
    for (unsigned k = 0; k < MAG_INCOMING_DIRS; k++)
        remove_orphans(dev, dev->tmp_fd[k]);
    *out = dev;
    return 0;

fail:
    mag_device_close(dev);
    return rc;
}

int mag_device_open_readonly(const char *dir, struct mag_device **out)
{
    struct mag_device *dev;
    int rc;

    *out = NULL;
    if (strlen(dir) >= PATH_MAX)
        return -ENAMETOOLONG;
    dev = device_new(dir, 0, 0);
    if (dev == NULL)
        return -ENOMEM;
    rc = open_root(dev);
    if (rc != 0) {
        mag_device_close(dev);
        return rc;
    }
    *out = dev;
    return 0;
}

void mag_device_close(struct mag_device *dev)
{
    if (dev == NULL)
        return;
    for (unsigned k = 0; k < MAG_INCOMING_DIRS; k++) {
        if (dev->tmp_fd[k] >= 0)
            close(dev->tmp_fd[k]);
    }
    if (dev->incoming_fd >= 0)
        close(dev->incoming_fd);
    if (dev->root_fd >= 0)
        close(dev->root_fd);
    free(dev);
}

static uint64_t avail_bytes(const struct statvfs *st)
{
    return (uint64_t)st->f_bavail * st->f_frsize;
}

int mag_has_room(const struct mag_device *dev, uint64_t *free_mb)
{
    struct statvfs st;

    *free_mb = 0;
    if (fstatvfs(dev->root_fd, &st) != 0)
        return -errno;
    *free_mb = avail_bytes(&st) >> 20;
    return *free_mb > (uint64_t)dev->full_threshold_mb ? 0 : -ENOSPC;
}

int mag_free_space(const char *dir, uint64_t *bytes)
{
    struct statvfs st;

    *bytes = 0;
    if (statvfs(dir, &st) != 0)
        return -errno;
    *bytes = avail_bytes(&st);
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

/* The directory that holds the temporary file: .incoming/<dir> of its
 * device. */
static int tmp_dir_fd(const struct tmp_file *t)
{
    return t->dev->tmp_fd[t->dir];
}

/* Close and remove a temporary file, if any. */
static void drop_tmp(struct tmp_file *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
    if (t->name[0] != '\0') {
        if (unlinkat(tmp_dir_fd(t), t->name, 0) != 0)
            log_warn("MAG device %s: cannot remove %s/%u/%s: %s", t->dev->path, MAG_INCOMING,
                     t->dir, t->name, strerror(errno));
        t->name[0] = '\0';
    }
}

void mag_writer_free(struct mag_writer *w)
{
    if (w == NULL)
        return;
    mag_abort(w);
    drop_tmp(&w->spare);
    free(w->buf);
    free(w);
}

/* Create a new empty temporary file in the next of `dev`'s .incoming/0 .. 7. */
static int create_tmp(const struct mag_device *dev, struct tmp_file *t)
{
    t->dev = dev;
    t->fd = -1;
    t->dir = 0;
    t->name[0] = '\0';
    if (dev->incoming_fd < 0)
        return -EROFS;
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned n = atomic_fetch_add_explicit(&tmp_counter, 1, memory_order_relaxed);
        t->dir = n % MAG_INCOMING_DIRS;
        snprintf(t->name, sizeof t->name, "%ld-%u.tmp", (long)getpid(), n);
        t->fd = openat(dev->tmp_fd[t->dir], t->name,
                       O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (t->fd >= 0)
            return 0;
        if (errno != EEXIST)
            break;
    }
    t->name[0] = '\0';
    return -errno;
}

int mag_scratch_open(const struct mag_device *dev)
{
    struct tmp_file t;
    int fd, rc;

    if (dev->incoming_fd < 0)
        return -EROFS;
    fd = openat(dev->incoming_fd, ".", O_RDWR | O_TMPFILE | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return -errno;
    rc = create_tmp(dev, &t);
    if (rc)
        return rc;
    fd = t.fd;
    t.fd = -1;
    drop_tmp(&t); /* only the name: the file lives on in fd */
    return fd;
}

void mag_prepare(struct mag_writer *w)
{
    if (w->spare.fd < 0 && create_tmp(w->dev, &w->spare) != 0)
        w->spare.fd = -1; /* mag_begin tries again and reports */
}

int mag_begin(struct mag_writer *w, struct mag_device *dev)
{
    struct tmp_file t = w->spare;
    int rc = 0;

    if (w->cur.fd >= 0)
        return -EBUSY;
    /* A file prepared on another device is of no use here. */
    if (t.fd >= 0 && t.dev != dev) {
        drop_tmp(&w->spare);
        t.fd = -1;
    }
    w->spare.fd = -1;
    w->spare.name[0] = '\0';
    w->dev = dev;
    if (t.fd < 0)
        rc = create_tmp(dev, &t);
    if (rc != 0) {
        log_error("MAG device %s: cannot create a temporary file in %s: %s", dev->path,
                  MAG_INCOMING, strerror(-rc));
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

/* Write the buffered bytes up to the last MAG_ALIGN boundary of the file and
 * keep the rest (less than MAG_ALIGN) at the start of the buffer. */
static int flush_aligned(struct mag_writer *w)
{
    uint64_t at = w->size - w->buf_len; /* the file offset of buf[0] */
    size_t keep = (size_t)((at + w->buf_len) % MAG_ALIGN);

    if (keep >= w->buf_len)
        return 0;
    w->error = file_write_all(w->cur.fd, w->buf, w->buf_len - keep);
    if (w->error == 0)
        memmove(w->buf, w->buf + w->buf_len - keep, keep);
    w->buf_len = keep;
    return w->error;
}

int mag_write(struct mag_writer *w, const void *p, size_t n)
{
    if (w->cur.fd < 0)
        return -EBADF;
    if (w->error != 0)
        return w->error;
    if (n >= MAG_DIRECT) {
        uint64_t end = w->size + n; /* the file's length after this write */
        size_t tail = (size_t)(end % MAG_ALIGN);

        /* Crossing a MAG_ALIGN boundary: what is buffered and p up to the
         * boundary go in one writev, the tail stays in the buffer. */
        if (tail < n) {
            struct iovec iov[2] = {{w->buf, w->buf_len}, {(void *)p, n - tail}};
            int first = w->buf_len == 0;

            w->error = file_writev_all(w->cur.fd, iov + first, 2 - first);
            if (w->error != 0)
                return w->error;
            memcpy(w->buf, (const uint8_t *)p + n - tail, tail);
            w->buf_len = tail;
            w->size += n;
            return 0;
        }
    }
    /* Here n < MAG_ALIGN: it fits once the buffer is flushed. */
    if (n > MAG_BUF_SIZE - w->buf_len) {
        int rc = flush_aligned(w);
        if (rc == 0 && n > MAG_BUF_SIZE - w->buf_len)
            rc = flush(w);
        if (rc != 0)
            return rc;
    }
    memcpy(w->buf + w->buf_len, p, n);
    w->buf_len += n;
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
    return file_pread_full(w->cur.fd, off, buf, len, got);
}

bool mag_component_ok(const char *name, size_t n)
{
    return n > 0 && n <= NAME_MAX && name[0] != '.';
}

int mag_relpath_check(const char *relpath)
{
    if (strlen(relpath) >= PATH_MAX)
        return -ENAMETOOLONG;
    for (const char *p = relpath;;) {
        const char *slash = strchr(p, '/');
        if (!mag_component_ok(p, slash != NULL ? (size_t)(slash - p) : strlen(p)))
            return -EINVAL;
        if (slash == NULL)
            return 0;
        p = slash + 1;
    }
}

/* Open directory `name` in `dir_fd`, creating it when missing if `create`,
 * never following a symbolic link. Returns the new descriptor or a negative
 * errno. */
static int open_subdir(const struct mag_device *dev, int dir_fd, const char *name, bool create)
{
    int fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0 || errno != ENOENT || !create)
        return fd >= 0 ? fd : -errno;
    /* EEXIST: another association made it just now. */
    if (mkdirat(dir_fd, name, 0755) != 0 && errno != EEXIST)
        return -errno;
    if (dev->file_sync && fsync(dir_fd) != 0)
        return -errno;
    fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    return fd >= 0 ? fd : -errno;
}

int mag_open_parent(const struct mag_device *dev, const char *relpath, bool create, char *copy,
                    int *dir_fd, const char **base)
{
    /* Check every component before anything is created. */
    int rc = mag_relpath_check(relpath);
    if (rc != 0)
        return rc;
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
        int next = open_subdir(dev, cur, name, create);
        close(cur);
        if (next < 0) {
            if (create || next != -ENOENT)
                log_error("MAG device %s: cannot open%s directory '%s' of %s (symbolic "
                          "links are not followed): %s",
                          dev->path, create ? " or make" : "", name, relpath, strerror(-next));
            return next;
        }
        cur = next;
        name = slash + 1;
    }
    *dir_fd = cur;
    *base = name;
    return 0;
}

int mag_open_regular(int dir_fd, const char *name)
{
    struct stat st;
    int fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

    if (fd < 0)
        return -errno;
    if (fstat(fd, &st) != 0) {
        int rc = -errno;
        close(fd);
        return rc;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return S_ISDIR(st.st_mode) ? -EISDIR : -EINVAL;
    }
    return fd;
}

/* Copy the temporary file (complete and closed) into a new temporary file
 * in `to`'s .incoming/, through the writer's buffer when the kernel cannot
 * copy between the two file systems, flush it (FileSync) and make it the
 * writer's current file; the old one is removed. */
static int move_tmp(struct mag_writer *w, struct mag_device *to)
{
    struct tmp_file t = {NULL, -1, 0, ""};
    int in = -1, rc;
    loff_t off_in = 0, off_out = 0;
    bool by_kernel = true;

    rc = create_tmp(to, &t);
    if (rc != 0)
        goto fail;
    in = openat(tmp_dir_fd(&w->cur), w->cur.name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0) {
        rc = -errno;
        goto fail;
    }
    while ((uint64_t)off_in < w->size) {
        uint64_t left = w->size - (uint64_t)off_in;
        size_t chunk = left > (1u << 30) ? (1u << 30) : (size_t)left;
        ssize_t n;

        if (by_kernel) {
            n = copy_file_range(in, &off_in, t.fd, &off_out, chunk, 0);
            if (n < 0 &&
                (errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP)) {
                by_kernel = false;
                continue;
            }
        } else {
            size_t got;
            rc = file_pread_full(in, (uint64_t)off_in, w->buf,
                                 chunk < MAG_BUF_SIZE ? chunk : MAG_BUF_SIZE, &got);
            if (rc != 0)
                goto fail;
            n = (ssize_t)got;
            if (got > 0) {
                rc = file_write_all(t.fd, w->buf, got);
                if (rc != 0)
                    goto fail;
                off_in += (loff_t)got;
                off_out += (loff_t)got;
            }
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = -errno;
            goto fail;
        }
        if (n == 0) { /* shorter than what was written: never ours to finish */
            rc = -EIO;
            goto fail;
        }
    }
    close(in);
    in = -1;
    if (to->file_sync && fdatasync(t.fd) != 0) {
        rc = -errno;
        goto fail;
    }
    rc = close(t.fd);
    t.fd = -1;
    if (rc != 0) {
        rc = -errno;
        goto fail;
    }
    drop_tmp(&w->cur);
    w->cur = t;
    return 0;

fail:
    log_error("MAG device %s: cannot copy %s/%u/%s to %s: %s", w->cur.dev->path, MAG_INCOMING,
              w->cur.dir, w->cur.name, to->path, strerror(-rc));
    if (in >= 0)
        close(in);
    if (t.dev != NULL)
        drop_tmp(&t);
    return rc;
}

/* The extension of a file name: a final '.' followed by 1 to 4 characters
 * with a letter among them (".dcm", ".v2", ".img", not the ".4" that ends a
 * UID). Returns where it starts, or the end of the name. */
static const char *extension(const char *name)
{
    const char *dot = strrchr(name, '.');
    size_t n;
    bool letter = false;

    if (dot == NULL || dot == name)
        return name + strlen(name);
    n = strlen(dot + 1);
    for (const char *p = dot + 1; *p != '\0'; p++)
        letter = letter || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
    return n >= 1 && n <= 4 && letter ? dot : name + strlen(name);
}

/* Write into relpath (room for cap bytes) the name of attempt `n`: the
 * original last component `orig` with "_n" before its extension. */
static int suffixed(char *relpath, size_t cap, size_t dir_len, const char *orig, unsigned n)
{
    const char *ext = extension(orig);
    int len =
        snprintf(relpath + dir_len, cap - dir_len, "%.*s_%u%s", (int)(ext - orig), orig, n, ext);

    if (len < 0 || (size_t)len >= cap - dir_len || len > NAME_MAX)
        return -ENAMETOOLONG;
    return 0;
}

/* Give the temporary file the name `name` in dir_fd unless that name is
 * taken (-EEXIST). */
static int rename_noreplace(const struct tmp_file *t, int dir_fd, const char *name)
{
    if (renameat2(tmp_dir_fd(t), t->name, dir_fd, name, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -errno;
    /* A file system without RENAME_NOREPLACE: link() never replaces either. */
    if (linkat(tmp_dir_fd(t), t->name, dir_fd, name, 0) != 0)
        return -errno;
    if (unlinkat(tmp_dir_fd(t), t->name, 0) != 0)
        log_warn("MAG device %s: cannot remove %s/%u/%s: %s (removed at the next start)",
                 t->dev->path, MAG_INCOMING, t->dir, t->name, strerror(errno));
    return 0;
}

/* Put the complete temporary file in place as relpath. With `replace`
 * unset, a taken name is not replaced: relpath is rewritten to a free one. */
static int place(struct mag_writer *w, struct mag_device *dev, char *relpath, size_t cap,
                 bool replace)
{
    char copy[PATH_MAX], orig[NAME_MAX + 1];
    const char *base = NULL;
    int dir_fd = -1, rc;
    bool replacing = false;

    rc = mag_open_parent(dev, relpath, true, copy, &dir_fd, &base);
    if (rc != 0)
        return rc;
    size_t dir_len = (size_t)(base - copy);
    if (replace) {
        if (dev->file_sync) {
            struct stat st;
            replacing = fstatat(dir_fd, base, &st, AT_SYMLINK_NOFOLLOW) == 0;
        }
        rc = renameat(tmp_dir_fd(&w->cur), w->cur.name, dir_fd, base) == 0 ? 0 : -errno;
    } else {
        strcpy(orig, base);
        rc = rename_noreplace(&w->cur, dir_fd, orig);
        for (unsigned n = 1; rc == -EEXIST && n <= MAG_MAX_SUFFIX; n++) {
            rc = suffixed(relpath, cap, dir_len, orig, n);
            if (rc == 0)
                rc = rename_noreplace(&w->cur, dir_fd, relpath + dir_len);
        }
        if (rc == 0 && strcmp(relpath + dir_len, orig) != 0)
            log_warn("MAG device %s: %.*s%s is taken: stored as %s", dev->path, (int)dir_len,
                     relpath, orig, relpath);
        if (rc != 0)
            strcpy(relpath + dir_len, orig);
    }
    if (rc != 0) {
        if (rc != -EXDEV)
            log_error("MAG device %s: cannot rename %s to %s: %s", dev->path, w->cur.name, relpath,
                      strerror(-rc));
        close(dir_fd);
        return rc;
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
            (void)unlinkat(dir_fd, relpath + dir_len, 0);
    }
    close(dir_fd);
    return rc;
}

static int finish(struct mag_writer *w, struct mag_device *dev, char *relpath, size_t cap,
                  bool replace)
{
    bool other_fs;
    int rc;

    if (w->cur.fd < 0)
        return -EBADF;
    /* Refuse a bad name before a large file is flushed or copied. */
    rc = mag_relpath_check(relpath);
    if (rc != 0)
        goto fail;
    if (dev->incoming_fd < 0) {
        rc = -EROFS;
        goto fail;
    }
    rc = flush(w);
    if (rc != 0)
        goto fail;
    other_fs = w->cur.dev->st_dev != dev->st_dev;
    if (!other_fs && dev->file_sync && fdatasync(w->cur.fd) != 0) {
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
    if (other_fs) {
        rc = move_tmp(w, dev);
        if (rc != 0)
            goto fail;
    }
    rc = place(w, dev, relpath, cap, replace);
    /* One file system seen through two mounts (a bind mount): copy after all. */
    if (rc == -EXDEV && w->cur.dev != dev) {
        rc = move_tmp(w, dev);
        if (rc == 0)
            rc = place(w, dev, relpath, cap, replace);
    }
    if (rc != 0)
        goto fail;
    return 0;

fail:
    mag_abort(w);
    return rc;
}

int mag_finish_new(struct mag_writer *w, struct mag_device *dev, char *relpath, size_t cap)
{
    return finish(w, dev, relpath, cap, false);
}

int mag_finish_replace(struct mag_writer *w, struct mag_device *dev, const char *relpath)
{
    /* finish() rewrites a name only when it does not replace; it gets a
     * copy all the same, so that the caller's text stays its own. */
    char name[PATH_MAX];

    if (w->cur.fd < 0)
        return -EBADF;
    if (strlen(relpath) >= sizeof name) {
        mag_abort(w);
        return -ENAMETOOLONG;
    }
    strcpy(name, relpath);
    return finish(w, dev, name, sizeof name, true);
}

void mag_abort(struct mag_writer *w)
{
    drop_tmp(&w->cur);
    w->buf_len = 0;
    w->error = 0;
}

int mag_remove(struct mag_device *dev, const char *relpath)
{
    char copy[PATH_MAX];
    const char *base = NULL;
    int dir_fd = -1, rc;

    if (dev->incoming_fd < 0)
        return -EROFS;
    rc = mag_open_parent(dev, relpath, false, copy, &dir_fd, &base);
    if (rc != 0)
        return rc;
    rc = unlinkat(dir_fd, base, 0) == 0 ? 0 : -errno;
    /* A removed file must not come back after a crash (its row is gone). */
    if (rc == 0 && dev->file_sync && fsync(dir_fd) != 0)
        rc = -errno;
    if (rc != 0 && rc != -ENOENT)
        log_error("MAG device %s: cannot remove %s: %s", dev->path, relpath, strerror(-rc));
    close(dir_fd);
    return rc;
}
