/* Inside src/archive only: the fields of a MAG device and the path rules
 * that the writer (mag.c), the reader (reader.c) and the walker (archive.c)
 * share, so that all three refuse the same paths. Other modules see struct
 * mag_device as opaque (mag.h) and never include this file. */
#ifndef DG_ARCHIVE_MAG_INTERNAL_H
#define DG_ARCHIVE_MAG_INTERNAL_H

#include "archive/mag.h"

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define MAG_INCOMING ".incoming"

/* Temporary files are made in turn in .incoming/0 .. .incoming/7, which ext4
 * spreads over block groups (.incoming is marked a "top directory" for its
 * Orlov allocator). A file's inode is allocated in the group of the directory
 * it is created in, and ext4 without a journal skips, rescanning at every
 * create, each free inode of that group deleted in the last minute (6 minutes
 * while its inode table block is dirty): after a PACS's retention deleted a
 * few thousand images, every create in one .incoming scanned all of them,
 * while spread over 8 groups each create scans an eighth (bench/README.md). */
#define MAG_INCOMING_DIRS 8

struct mag_device {
    int root_fd;     /* the MAG directory itself */
    int incoming_fd; /* its .incoming/, on the same file system; -1 when read-only */
    /* .incoming/0 .. 7, where temporary files are made; -1 when read-only */
    int tmp_fd[MAG_INCOMING_DIRS];
    dev_t st_dev; /* the file system of root_fd: a rename can reach it */
    int full_threshold_mb;
    int file_sync;
    char path[PATH_MAX];
};

/* Is `name` (n bytes) acceptable as one component of a stored path? Names
 * starting with '.' are the device's own (.incoming) and "." and ".." would
 * leave the directory. */
bool mag_component_ok(const char *name, size_t n);

/* 0 when every component of `relpath` is acceptable ('/'-separated,
 * relative, no empty component), -EINVAL when one is not, -ENAMETOOLONG
 * when the whole is PATH_MAX or longer. */
int mag_relpath_check(const char *relpath);

/* Walk the directories of `relpath` below the device root one component at
 * a time, never following a symbolic link, creating the missing ones when
 * `create` is set (and flushing their parents for FileSync). On success
 * *dir_fd is the directory that holds the last component and *base its
 * name inside `copy`, which must have room for PATH_MAX bytes. Returns 0,
 * -EINVAL for a path mag_relpath_check refuses, -ELOOP or -ENOTDIR for a
 * symbolic link on the way, or another negative errno. */
int mag_open_parent(const struct mag_device *dev, const char *relpath, bool create, char *copy,
                    int *dir_fd, const char **base);

/* Open the file `name` of directory `dir_fd` read-only, without following a
 * symbolic link and without blocking on a FIFO; only a regular file is
 * accepted (-EISDIR for a directory, -EINVAL for anything else). Returns the
 * descriptor or a negative errno. */
int mag_open_regular(int dir_fd, const char *name);

#endif
