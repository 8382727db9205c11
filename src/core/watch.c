/* The drop folders' monitor; see watch.h. Polling, as Conquest polls: a
 * look once a second costs nothing, works on every file system (NFS and
 * SMB shares too, where inotify sees nothing of other machines' writes),
 * and the look itself is what tells a complete file from one still being
 * copied. */
#include "core/watch.h"
#include "config/config.h"
#include "core/import.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_FOLDERS 2 /* <MAG0>/incoming/ and WatchFolder */
#define POLL_MS 1000
/* Files remembered between looks; more waiting at once are looked at once
 * some of these are gone. */
#define MAX_SEEN 4096
/* A file written to within this many nanoseconds may still be copied. */
#define SETTLE_NS 1000000000LL
/* failed/NAME, NAME.1, ... NAME.<this> */
#define MAX_FAILED_SUFFIX 1000
#define WHO "[incoming]"

/* A file seen at the last look. */
struct seen {
    int folder;
    char name[NAME_MAX + 1];
    off_t size;
    struct timespec mtime;
    int present;  /* seen at this look */
    int given_up; /* could be neither deleted nor moved: left alone */
    int waiting;  /* its import failed for a while (logged once) */
};

struct watch {
    const struct ingest_env *env;
    const struct schema *schema;
    char dir[MAX_FOLDERS][PATH_MAX]; /* each ending in '/' */
    int nfolders;
    int full_said;     /* "more files wait" logged while the table stays full */
    struct import *im; /* opened at the first file */
    struct seen *seen;
    size_t nseen;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t cond; /* signalled by watch_stop */
    int stop;
};

static int stopping(struct watch *w)
{
    int stop;

    pthread_mutex_lock(&w->lock);
    stop = w->stop;
    pthread_mutex_unlock(&w->lock);
    return stop;
}

static struct seen *find_seen(struct watch *w, int folder, const char *name)
{
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].folder == folder && strcmp(w->seen[i].name, name) == 0)
            return &w->seen[i];
    return NULL;
}

/* Whether the file is complete: seen at the last look with the same size
 * and mtime, and not written to for a second. A file seen for the first
 * time, or changed, is remembered for the next look. */
static int settled(struct watch *w, int folder, const char *name, const struct stat *st)
{
    struct seen *s = find_seen(w, folder, name);
    struct timespec now;
    long long age;

    if (!s) {
        if (strlen(name) > NAME_MAX)
            return 0;
        if (w->nseen == MAX_SEEN) {
            if (!w->full_said)
                log_info(WHO " more than %d files wait: the others are looked at as these go",
                         MAX_SEEN);
            w->full_said = 1;
            return 0;
        }
        s = &w->seen[w->nseen++];
        memset(s, 0, sizeof *s);
        s->folder = folder;
        str_copy(s->name, name, sizeof s->name);
        s->size = st->st_size;
        s->mtime = st->st_mtim;
        s->present = 1;
        return 0;
    }
    s->present = 1;
    if (s->size != st->st_size || s->mtime.tv_sec != st->st_mtim.tv_sec ||
        s->mtime.tv_nsec != st->st_mtim.tv_nsec) {
        s->size = st->st_size;
        s->mtime = st->st_mtim;
        s->given_up = 0; /* another file now */
        return 0;
    }
    if (s->given_up)
        return 0;
    clock_gettime(CLOCK_REALTIME, &now);
    age = (long long)(now.tv_sec - st->st_mtim.tv_sec) * 1000000000LL +
          (now.tv_nsec - st->st_mtim.tv_nsec);
    return age >= SETTLE_NS;
}

static void forget(struct watch *w, int folder, const char *name)
{
    struct seen *s = find_seen(w, folder, name);

    if (s)
        *s = w->seen[--w->nseen];
}

/* Move a file that failed into failed/ of its folder, under its own name
 * or, when that is taken, NAME.1, NAME.2 ... Returns 0 or a negative
 * errno. */
static int move_to_failed(int dir_fd, const char *name, char *moved, size_t movedlen)
{
    int fd, rc = -EEXIST;

    if (mkdirat(dir_fd, "failed", 0755) != 0 && errno != EEXIST)
        return -errno;
    fd = openat(dir_fd, "failed", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    for (int i = 0; i <= MAX_FAILED_SUFFIX && rc == -EEXIST; i++) {
        int n = i == 0 ? snprintf(moved, movedlen, "%s", name)
                       : snprintf(moved, movedlen, "%s.%d", name, i);

        if (n < 0 || (size_t)n >= movedlen || n > NAME_MAX) {
            rc = -ENAMETOOLONG;
            break;
        }
        rc = renameat2(dir_fd, name, fd, moved, RENAME_NOREPLACE) == 0 ? 0 : -errno;
    }
    close(fd);
    return rc;
}

/* A failure that passes (the database away or busy or failing, the disk or
 * memory full): the file stays where it is and is tried again at the next
 * look, not put aside with the files that are bad. */
static int for_a_while(int rc)
{
    /* The file's own faults; anything else (the index, the disk, memory)
     * is the server's, and passes. */
    switch (rc) {
    case DG_ENOTDICOM:
    case DG_EPARSE:
    case DG_ETRUNC:
    case DG_EDEPTH:
    case DG_ETOOBIG:
    case DG_EUID:
    case DG_EMISMATCH:
    case DG_ECONFLICT:
    case DG_EUNSUPPORTED:
    case -EINVAL:
        return 0;
    default:
        return 1;
    }
}

/* Import one complete file of folder i, then delete it, or move it into
 * failed/, or leave it for the next look. */
static void take(struct watch *w, int i, int dir_fd, const char *name)
{
    struct ingest_result res;
    char moved[NAME_MAX + 1];
    int rc = import_file(w->im, dir_fd, name, 1, NULL, WHO, &res);
    struct seen *s;
    int err;

    if (rc == -ENOENT) {
        /* Gone since the look: another dgate watching the same shared
         * folder took it, or whoever put it there took it back. Seen anew
         * should it come back. */
        forget(w, i, name);
        return;
    }
    if (rc != 0 && for_a_while(rc)) {
        s = find_seen(w, i, name);
        if (s && !s->waiting)
            log_warn(WHO " %s%s: not imported now: %s; tried again until it is", w->dir[i], name,
                     dg_strerror(rc));
        if (s)
            s->waiting = 1;
        return;
    }
    if (rc == 0) {
        err = unlinkat(dir_fd, name, 0) == 0 ? 0 : -errno;
        /* Gone already: another dgate watching the same shared folder took
         * it too (the instance's lock made one file and one row of both). */
        if (err == 0 || err == -ENOENT) {
            log_info(WHO " %s%s: imported as %s %s, %s", w->dir[i], name, res.device, res.relpath,
                     err ? "deleted by another" : "deleted");
            forget(w, i, name);
            return;
        }
        log_error(WHO " %s%s: imported as %s %s, but cannot be deleted: %s; left alone", w->dir[i],
                  name, res.device, res.relpath, dg_strerror(err));
    } else {
        err = move_to_failed(dir_fd, name, moved, sizeof moved);
        if (err == 0) {
            log_warn(WHO " %s%s: not imported: %s; moved to %sfailed/%s", w->dir[i], name,
                     rc == -EINVAL ? "not a regular file" : dg_strerror(rc), w->dir[i], moved);
            forget(w, i, name);
            return;
        }
        log_error(WHO " %s%s: not imported: %s; cannot be moved into failed/: %s; left alone",
                  w->dir[i], name, dg_strerror(rc), dg_strerror(err));
    }
    /* Never tried again while it stays as it is. */
    s = find_seen(w, i, name);
    if (s)
        s->given_up = 1;
}

/* One look into folder i. */
static void look(struct watch *w, int i)
{
    int fd = open(w->dir[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct dirent *de;
    DIR *d;

    if (fd < 0)
        return; /* gone for now: said once at start when absent */
    d = fdopendir(fd);
    if (!d) {
        close(fd);
        return;
    }
    while ((de = readdir(d)) != NULL && !stopping(w)) {
        struct stat st;

        /* Dot-files: ".", "..", and the temporary names copying tools
         * (rsync, editors) write before renaming a file complete. */
        if (de->d_name[0] == '.')
            continue;
        if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            !settled(w, i, de->d_name, &st))
            continue;
        if (!w->im) {
            char err[1024];
            int rc = import_new(w->env, w->schema, &w->im, err, sizeof err);
            if (rc) {
                /* The files wait for the index; they are not at fault. */
                log_warn(WHO " cannot open the index: %s; the files wait", err);
                break;
            }
        }
        take(w, i, dirfd(d), de->d_name);
    }
    closedir(d);
}

/* Forget the files that were not there at this look. */
static void sweep(struct watch *w)
{
    size_t k = 0;

    for (size_t i = 0; i < w->nseen; i++) {
        if (w->seen[i].present) {
            w->seen[i].present = 0;
            w->seen[k++] = w->seen[i];
        }
    }
    w->nseen = k;
    if (k < MAX_SEEN)
        w->full_said = 0;
}

static void *run(void *arg)
{
    struct watch *w = arg;
    struct timespec until;

    for (;;) {
        for (int i = 0; i < w->nfolders && !stopping(w); i++)
            look(w, i);
        sweep(w);
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_sec += POLL_MS / 1000;
        pthread_mutex_lock(&w->lock);
        while (!w->stop && pthread_cond_timedwait(&w->cond, &w->lock, &until) == 0)
            ;
        if (w->stop) {
            pthread_mutex_unlock(&w->lock);
            break;
        }
        pthread_mutex_unlock(&w->lock);
    }
    /* The index connection belongs to this thread. */
    import_free(w->im);
    w->im = NULL;
    return NULL;
}

/* Add path as a folder to watch unless it is one already. */
static void add_folder(struct watch *w, const char *path, const char *what)
{
    struct stat st, other;
    size_t n = strlen(path);

    if (stat(path, &st) != 0) {
        if (what)
            log_warn("%s = %s: %s; not watched", what, path, dg_strerror(-errno));
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (what)
            log_warn("%s = %s: not a directory; not watched", what, path);
        return;
    }
    for (int i = 0; i < w->nfolders; i++)
        if (stat(w->dir[i], &other) == 0 && other.st_dev == st.st_dev && other.st_ino == st.st_ino)
            return;
    if (n + 2 > sizeof w->dir[0])
        return;
    memcpy(w->dir[w->nfolders], path, n + 1);
    if (n == 0 || path[n - 1] != '/')
        strcat(w->dir[w->nfolders], "/");
    log_notice("Monitoring for files in: %s", w->dir[w->nfolders]);
    w->nfolders++;
}

int watch_start(const struct ingest_env *env, const struct schema *schema, struct watch **out)
{
    const struct config *cfg = env->cfg;
    char incoming[PATH_MAX];
    pthread_condattr_t ca;
    struct watch *w;
    int rc;

    *out = NULL;
    w = calloc(1, sizeof *w);
    if (!w)
        return -ENOMEM;
    w->env = env;
    w->schema = schema;
    if (cfg->mag_devices > 0 &&
        snprintf(incoming, sizeof incoming, "%sincoming", cfg->mag[0]) < (int)sizeof incoming)
        add_folder(w, incoming, NULL);
    if (cfg->watch_folder[0])
        add_folder(w, cfg->watch_folder, "WatchFolder");
    if (w->nfolders == 0) {
        free(w);
        return 0;
    }
    w->seen = calloc(MAX_SEEN, sizeof *w->seen);
    if (!w->seen) {
        free(w);
        return -ENOMEM;
    }
    pthread_mutex_init(&w->lock, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&w->cond, &ca);
    pthread_condattr_destroy(&ca);
    rc = pthread_create(&w->thread, NULL, run, w);
    if (rc) {
        pthread_cond_destroy(&w->cond);
        pthread_mutex_destroy(&w->lock);
        free(w->seen);
        free(w);
        return -rc;
    }
    *out = w;
    return 0;
}

void watch_stop(struct watch *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->cond);
    pthread_mutex_destroy(&w->lock);
    free(w->seen);
    free(w);
}
