/* The archive: MAG0..MAGn of dicom.ini, each a struct mag_device, with the
 * choice of a device for a new object and the walk over every stored file.
 * Directories are walked through descriptors (openat with O_NOFOLLOW), so
 * a symbolic link planted in a device never leads the walk out of it. */
#include "archive/archive.h"
#include "archive/mag.h"
#include "archive/mag_internal.h"
#include "archive/reader.h"
#include "config/config.h"
#include "util/log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NAME_LEN 16 /* "MAG" and a number below CFG_MAX_MAG */

struct archive {
    int n;
    struct mag_device *dev[CFG_MAX_MAG];
    char name[CFG_MAX_MAG][NAME_LEN];
    int full_threshold_mb;
    /* The device archive_pick chose last (-1: none had room), so that a
     * change is logged once, whatever the number of threads storing. */
    atomic_int picked;
};

int archive_open(const struct config *cfg, int flags, struct archive **out)
{
    struct archive *ar;
    int rc = 0;

    *out = NULL;
    if (cfg->mag_devices < 0 || cfg->mag_devices > CFG_MAX_MAG)
        return -EINVAL;
    ar = calloc(1, sizeof *ar);
    if (ar == NULL)
        return -ENOMEM;
    ar->full_threshold_mb = cfg->mag_full_threshold_mb;
    atomic_init(&ar->picked, 0);
    for (int i = 0; i < cfg->mag_devices; i++) {
        snprintf(ar->name[i], NAME_LEN, "MAG%d", i);
        if (flags & ARCHIVE_READ_ONLY) {
            rc = mag_device_open_readonly(cfg->mag[i], &ar->dev[i]);
            if (rc != 0)
                log_warn("%s (%s) is left out: %s", ar->name[i], cfg->mag[i], strerror(-rc));
            rc = 0;
        } else {
            rc = mag_device_open(cfg->mag[i], cfg->mag_full_threshold_mb, cfg->file_sync,
                                 &ar->dev[i]);
            if (rc != 0) {
                log_error("cannot open MAGDevice%d %s: %s", i, cfg->mag[i], strerror(-rc));
                ar->n = i;
                archive_close(ar);
                return rc;
            }
        }
    }
    ar->n = cfg->mag_devices;
    *out = ar;
    return 0;
}

void archive_close(struct archive *ar)
{
    if (ar == NULL)
        return;
    for (int i = 0; i < ar->n; i++)
        mag_device_close(ar->dev[i]);
    free(ar);
}

int archive_count(const struct archive *ar)
{
    return ar->n;
}

struct mag_device *archive_device(const struct archive *ar, int i)
{
    return i >= 0 && i < ar->n ? ar->dev[i] : NULL;
}

struct mag_device *archive_find(const struct archive *ar, const char *name)
{
    for (int i = 0; i < ar->n; i++) {
        if (strcmp(ar->name[i], name) == 0)
            return ar->dev[i];
    }
    return NULL;
}

const char *archive_name(const struct archive *ar, const struct mag_device *dev)
{
    for (int i = 0; dev != NULL && i < ar->n; i++) {
        if (ar->dev[i] == dev)
            return ar->name[i];
    }
    return NULL;
}

/* Say once what a new choice of device means. */
static void log_change(const struct archive *ar, int from, int to, const uint64_t *free_mb)
{
    if (to < 0)
        log_error("every MAG device is full (MAGDeviceFullThreshold %d MB): new objects are "
                  "refused",
                  ar->full_threshold_mb);
    else if (from >= 0 && to > from)
        /* Every device before `to` has no room: name them all. */
        log_warn("%s%s%s %s full (%s: %llu MB free, MAGDeviceFullThreshold %d MB): new objects "
                 "go to %s (%s)",
                 to > 1 ? ar->name[0] : "", to > 1 ? " to " : "", ar->name[to - 1],
                 to > 1 ? "are" : "is", ar->name[to - 1], (unsigned long long)free_mb[to - 1],
                 ar->full_threshold_mb, ar->name[to], ar->dev[to]->path);
    else
        log_info("%s has room again (%llu MB free): new objects go to %s (%s)", ar->name[to],
                 (unsigned long long)free_mb[to], ar->name[to], ar->dev[to]->path);
}

int archive_pick(struct archive *ar, struct mag_device **out)
{
    uint64_t free_mb[CFG_MAX_MAG] = {0};
    int chosen = -1;

    *out = NULL;
    for (int i = 0; i < ar->n && chosen < 0; i++) {
        if (ar->dev[i] != NULL && mag_has_room(ar->dev[i], &free_mb[i]) == 0)
            chosen = i;
    }
    int before = atomic_exchange(&ar->picked, chosen);
    if (before != chosen)
        log_change(ar, before, chosen, free_mb);
    if (chosen < 0)
        return -ENOSPC;
    *out = ar->dev[chosen];
    return 0;
}

int archive_reader_open(const struct archive *ar, const char *device, const char *relpath,
                        struct mag_reader **out)
{
    struct mag_device *dev = archive_find(ar, device);

    *out = NULL;
    if (dev == NULL)
        return -ENODEV;
    return mag_reader_open(dev, relpath, out);
}

/* ---- the walk ---- */

struct walk {
    const char *device;
    archive_walk_fn fn;
    void *ctx;
    size_t root_len;         /* the device's directory, at the start of path */
    int first;               /* MAG0, whose incoming/ is the drop folder */
    char path[2 * PATH_MAX]; /* device directory + the relative path so far */
};

/* The type of entry `de` of directory `dir_fd`, never through a link:
 * DT_DIR, DT_REG, or DT_UNKNOWN for anything else. */
static int entry_type(int dir_fd, const struct dirent *de)
{
    struct stat st;

    if (de->d_type == DT_DIR || de->d_type == DT_REG)
        return de->d_type;
    if (de->d_type != DT_UNKNOWN)
        return DT_UNKNOWN; /* a link, a device, a FIFO, a socket */
    if (fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return DT_UNKNOWN;
    return S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
}

/* Walk directory `fd` (taken over and closed), whose relative path is the
 * first `len` bytes of wk->path (ending in '/', or the root). */
static int walk_dir(struct walk *wk, int fd, size_t len)
{
    DIR *d = fdopendir(fd);
    struct dirent *de;
    int rc = 0;

    if (d == NULL) {
        close(fd);
        log_warn("%s: cannot read directory %s: %s", wk->device, wk->path, strerror(errno));
        return 0;
    }
    for (de = readdir(d); rc == 0 && de != NULL; de = readdir(d)) {
        size_t n = strlen(de->d_name);

        /* ".", "..", .incoming and every other hidden name. */
        if (de->d_name[0] == '.')
            continue;
        /* The index database lives in dbase/ at the top of a device, the
         * drop folder (files not yet imported, failed/ ones) in MAG0's
         * incoming/; another device's incoming/ may be a patient's. */
        if (len == wk->root_len && (strcmp(de->d_name, "dbase") == 0 ||
                                    (wk->first && strcmp(de->d_name, "incoming") == 0)))
            continue;
        if (len + n + 2 > sizeof wk->path) {
            log_warn("%s: skipped %s%s: the path is too long", wk->device, wk->path, de->d_name);
            continue;
        }
        memcpy(wk->path + len, de->d_name, n + 1);
        int type = entry_type(dirfd(d), de);
        if (type == DT_DIR) {
            int sub = openat(dirfd(d), de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) {
                log_warn("%s: cannot read directory %s: %s", wk->device, wk->path, strerror(errno));
                continue;
            }
            wk->path[len + n] = '/';
            wk->path[len + n + 1] = '\0';
            rc = walk_dir(wk, sub, len + n + 1);
        } else if (type == DT_REG) {
            struct archive_entry e = {wk->device, wk->path + wk->root_len, wk->path, wk->path + len,
                                      dirfd(d)};
            rc = wk->fn(wk->ctx, &e);
        }
    }
    wk->path[len] = '\0';
    closedir(d);
    return rc;
}

/* The directory reldir of dev ("" or NULL: its root), opened without
 * following a link on the way; its path relative to the device, ending in
 * '/', appended to wk->path. Returns the descriptor or a negative errno. */
static int open_walk_root(const struct mag_device *dev, const char *reldir, struct walk *wk)
{
    char rel[PATH_MAX], copy[PATH_MAX];
    const char *base;
    size_t n = reldir ? strlen(reldir) : 0;
    int parent, fd;

    while (n > 0 && reldir[n - 1] == '/')
        n--; /* "0009703828/" names the same directory */
    if (n == 0) {
        fd = openat(dev->root_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        return fd < 0 ? -errno : fd;
    }
    if (n >= sizeof rel || wk->root_len + n + 2 > sizeof wk->path)
        return -ENAMETOOLONG;
    memcpy(rel, reldir, n);
    rel[n] = '\0';
    fd = mag_open_parent(dev, rel, false, copy, &parent, &base);
    if (fd != 0)
        return fd;
    fd = openat(parent, base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    fd = fd < 0 ? -errno : fd;
    close(parent);
    memcpy(wk->path + wk->root_len, rel, n);
    memcpy(wk->path + wk->root_len + n, "/", 2);
    return fd;
}

int archive_walk_device(struct archive *ar, int i, const char *reldir, archive_walk_fn fn,
                        void *ctx)
{
    struct mag_device *dev = archive_device(ar, i);
    struct walk *wk;
    int fd, rc;

    if (dev == NULL)
        return -ENODEV;
    /* The path buffer is large: on the heap, not on a thread's stack. */
    wk = malloc(sizeof *wk);
    if (wk == NULL)
        return -ENOMEM;
    wk->device = ar->name[i];
    wk->fn = fn;
    wk->ctx = ctx;
    wk->root_len = strlen(dev->path);
    wk->first = i == 0;
    memcpy(wk->path, dev->path, wk->root_len + 1);
    /* A descriptor of its own: readdir's position is not shared. */
    fd = open_walk_root(dev, reldir, wk);
    if (fd < 0 && reldir && reldir[0]) {
        free(wk);
        return fd; /* the directory asked for: the caller says so */
    }
    if (fd < 0)
        log_warn("%s: cannot read directory %s: %s", wk->device, dev->path, strerror(-fd));
    rc = fd < 0 ? 0 : walk_dir(wk, fd, strlen(wk->path));
    free(wk);
    return rc;
}

int archive_walk(struct archive *ar, archive_walk_fn fn, void *ctx)
{
    for (int i = 0; i < ar->n; i++) {
        if (ar->dev[i] == NULL)
            continue; /* left out, and said so at archive_open */
        int rc = archive_walk_device(ar, i, NULL, fn, ctx);
        if (rc != 0)
            return rc;
    }
    return 0;
}

int archive_entry_open(const struct archive_entry *e)
{
    return mag_open_regular(e->dir_fd, e->name);
}
