/* dgate -jd / -jc: one file transcoded in place, atomically (recompress.h). */
#include "core/recompress.h"
#include "codec/compression.h"
#include "core/transcode.h"
#include "dicom/dict.h"
#include "dicom/part10.h"
#include "dicom/ts.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct file_in {
    int fd;
    uint64_t off;
};

static int file_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct file_in *in = arg;
    int rc = file_pread_full(in->fd, in->off, p, cap, n);
    if (rc == 0)
        in->off += *n;
    return rc;
}

/* The new file: its meta header goes first, made when the transcoder
 * hands over its first bytes, by which time the result says which SOP
 * Instance UID the dataset carries (transcode.h). */
struct file_out {
    int fd;
    const struct transcode_result *res;
    struct p10_meta_info mi;
    int started;
};

static int file_write(void *arg, const uint8_t *p, size_t n)
{
    struct file_out *out = arg;
    if (!out->started) {
        struct buf meta;
        buf_init(&meta, 1 << 16);
        if (out->res->sop_instance[0])
            out->mi.sop_instance_uid = out->res->sop_instance;
        int rc = p10_encode_meta(&out->mi, &meta);
        if (rc == 0)
            rc = file_write_all(out->fd, meta.data, meta.len);
        buf_free(&meta);
        if (rc != 0)
            return rc;
        out->started = 1;
    }
    return file_write_all(out->fd, p, n);
}

/* A meta element's text, or the dataset's when the file had no meta. */
static void uid_of(const struct p10_file *f, uint32_t meta_tag, uint32_t ds_tag, char *out,
                   size_t outlen)
{
    out[0] = '\0';
    if (ds_get_string(f->meta, meta_tag, out, outlen) != 0 || !out[0])
        ds_get_string(f->ds, ds_tag, out, outlen);
}

/* Write the transcoded file to a temporary file beside path. */
static int write_temp(const char *path, int in_fd, const struct p10_file *f, const char *to_ts,
                      const struct compression *c, const char *uid_prefix, char *tmp, size_t tmplen,
                      char *err, size_t errlen)
{
    char cls[UID_MAX_LEN + 1], inst[UID_MAX_LEN + 1], ae[17];
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    if (snprintf(tmp, tmplen, "%.*s.%s.XXXXXX", dirlen, path, slash ? slash + 1 : path) >=
        (int)tmplen) {
        snprintf(err, errlen, "the file name is too long");
        return DG_ETOOBIG;
    }
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int rc = -errno;
        snprintf(err, errlen, "cannot create a temporary file in its directory: %s",
                 dg_strerror(rc));
        tmp[0] = '\0';
        return rc;
    }
    /* The new file keeps the old one's permissions. */
    struct stat st;
    if (fstat(in_fd, &st) == 0)
        fchmod(fd, st.st_mode & 07777);
    uid_of(f, DICT_TAG(0x0002, 0x0002), DICT_TAG(0x0008, 0x0016), cls, sizeof cls);
    uid_of(f, DICT_TAG(0x0002, 0x0003), DICT_TAG(0x0008, 0x0018), inst, sizeof inst);
    struct transcode_result res;
    struct file_in in = {in_fd, f->dataset_offset};
    struct file_out out = {fd, &res, {cls, inst, to_ts, NULL}, 0};
    if (ds_get_string(f->meta, DICT_TAG(0x0002, 0x0016), ae, sizeof ae) == 0 && ae[0])
        out.mi.source_ae = ae;
    int rc = transcode_dataset(f->ts_uid, file_read, &in, to_ts, &c->opt, uid_prefix, file_write,
                               &out, &res);
    if (rc == 0 && !out.started)
        rc = file_write(&out, NULL, 0); /* an empty dataset still gets its meta */
    if (rc != 0) {
        snprintf(err, errlen, "cannot transcode from %s to %s: %s", f->ts_uid, to_ts,
                 dg_strerror(rc));
    } else if (fsync(fd) != 0) {
        rc = -errno;
        snprintf(err, errlen, "cannot sync the new file: %s", dg_strerror(rc));
    }
    if (close(fd) != 0 && rc == 0) {
        rc = -errno;
        snprintf(err, errlen, "cannot write the new file: %s", dg_strerror(rc));
    }
    return rc;
}

/* Sync the directory of path, so that the rename lasts. */
static int sync_dir(const char *path)
{
    char dir[4096];
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return -errno;
    int rc = fsync(fd) == 0 ? 0 : -errno;
    close(fd);
    return rc;
}

int recompress_file(const char *path, const char *code, int lossy_quality, const char *uid_prefix,
                    int *changed, char *err, size_t errlen)
{
    struct compression c;
    struct p10_file f;
    char tmp[4096];
    *changed = 0;
    err[0] = '\0';
    int rc = compression_parse(code, lossy_quality, &c);
    if (rc == DG_EPARSE) {
        snprintf(err, errlen,
                 "'%s' is not a compression code (un, ul, ub, ue, j1-j6, js, j7, jk, "
                 "jl, jr, as)",
                 code);
        return rc;
    }
    if (rc == DG_EUNSUPPORTED) {
        snprintf(err, errlen, "compression '%s' (%s) is not available in this dgate", code,
                 c.ts_uid ? c.ts_uid : "Conquest only");
        return rc;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        rc = -errno;
        snprintf(err, errlen, "cannot open it: %s", dg_strerror(rc));
        return rc;
    }
    memset(&f, 0, sizeof f);
    rc = p10_read_header_fd(fd, NULL, &f);
    if (rc != 0) {
        snprintf(err, errlen, "cannot read it as DICOM: %s", dg_strerror(rc));
        goto done;
    }
    const char *to_ts = compression_file_ts(&c, f.ts_uid);
    if (strcmp(to_ts, f.ts_uid) == 0 && f.has_meta)
        goto done; /* already what the code asks for */
    rc = write_temp(path, fd, &f, to_ts, &c, uid_prefix, tmp, sizeof tmp, err, errlen);
    if (rc == 0 && rename(tmp, path) != 0) {
        rc = -errno;
        snprintf(err, errlen, "cannot replace it: %s", dg_strerror(rc));
    }
    if (rc != 0) {
        if (tmp[0])
            unlink(tmp);
        goto done;
    }
    *changed = 1;
    rc = sync_dir(path);
    if (rc != 0)
        snprintf(err, errlen, "replaced, but its directory cannot be synced: %s", dg_strerror(rc));
done:
    p10_close(&f);
    close(fd);
    return rc;
}
