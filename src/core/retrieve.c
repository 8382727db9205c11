/* Reading a stored object back; see retrieve.h. The header is parsed once
 * (up to the pixel data, p10_read_header_fd) to learn the object's UIDs and
 * where its dataset starts; the dataset itself is then read in chunks, from
 * the file or from its re-encoded copy. */
#include "core/retrieve.h"
#include "archive/archive.h"
#include "archive/reader.h"
#include "archive/mag.h"
#include "config/config.h"
#include "core/transcode.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/part10.h"
#include "util/error.h"
#include "util/file.h"
#include "util/str.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The copy is written through this much memory. */
#define COPY_BUF (256u * 1024)
#define HEADER_CHUNK (64u * 1024)

/* A UID of the meta header or, without one, of the dataset. */
static int take_uid(const struct p10_file *f, uint32_t meta_tag, uint32_t ds_tag, char *out)
{
    int rc = DG_ENOTFOUND;

    if (f->has_meta)
        rc = ds_get_string(f->meta, meta_tag, out, UID_MAX_LEN + 1);
    if (rc != 0)
        rc = ds_get_string(f->ds, ds_tag, out, UID_MAX_LEN + 1);
    if (rc != 0)
        return rc == DG_ENOTFOUND ? DG_EPARSE : rc;
    return uid_check_str(out, UID_LENIENT);
}

int retrieve_open(const struct archive *ar, const struct config *cfg, const char *device,
                  const char *relpath, struct retrieve_object *o)
{
    struct enc_opts opts = {0};
    struct p10_file f;
    uint64_t size;
    int rc;

    memset(o, 0, sizeof *o);
    o->dev = archive_find(ar, device);
    rc = archive_reader_open(ar, device, relpath, &o->rd);
    if (rc)
        return rc;
    opts.max_depth = cfg->max_nesting_depth;
    opts.stop_before_pixels = 1;
    memset(&f, 0, sizeof f);
    rc = p10_read_header_fd(mag_reader_fd(o->rd), &opts, &f);
    if (rc)
        goto fail;
    rc = take_uid(&f, DICT_TAG(0x0002, 0x0002), DICT_TAG(0x0008, 0x0016), o->sop_class);
    if (rc == 0)
        rc = take_uid(&f, DICT_TAG(0x0002, 0x0003), DICT_TAG(0x0008, 0x0018), o->sop_instance);
    str_copy(o->ts, f.ts_uid, sizeof o->ts);
    size = mag_reader_size(o->rd);
    if (rc == 0 && f.dataset_offset > size)
        rc = DG_ETRUNC;
    if (rc == 0) {
        o->dataset_size = size - f.dataset_offset;
        rc = mag_reader_seek(o->rd, f.dataset_offset);
    }
    p10_close(&f);
    if (rc)
        goto fail;
    return 0;
fail:
    retrieve_close(o);
    return rc;
}

int retrieve_read(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct retrieve_object *o = arg;
    ssize_t got;

    if (!o->copied)
        return mag_reader_read(o->rd, p, cap, n);
    do
        got = read(o->copy_fd, p, cap);
    while (got < 0 && errno == EINTR);
    if (got < 0)
        return -errno;
    *n = (size_t)got;
    return 0;
}

/* The copy's writer: the transcoder's many small writes gathered. */
struct copy {
    int fd;
    uint8_t *buf;
    size_t len;
};

static int copy_flush(struct copy *c)
{
    int rc = c->len ? file_write_all(c->fd, c->buf, c->len) : 0;

    c->len = 0;
    return rc;
}

static int copy_write(void *arg, const uint8_t *p, size_t n)
{
    struct copy *c = arg;
    int rc = 0;

    if (c->len + n > COPY_BUF)
        rc = copy_flush(c);
    if (rc == 0 && n >= COPY_BUF)
        return file_write_all(c->fd, p, n);
    if (rc == 0) {
        memcpy(c->buf + c->len, p, n);
        c->len += n;
    }
    return rc;
}

int retrieve_transcode(struct retrieve_object *o, const struct config *cfg, const char *to_ts,
                       const struct codec_options *opt)
{
    struct transcode_result res;
    struct copy c = {-1, NULL, 0};
    int rc;

    if (!o->dev || o->copied || !transcode_possible(o->ts, to_ts))
        return DG_EUNSUPPORTED;
    c.fd = mag_scratch_open(o->dev);
    if (c.fd < 0)
        return c.fd;
    c.buf = malloc(COPY_BUF);
    rc = c.buf ? 0 : -ENOMEM;
    if (rc == 0)
        rc = transcode_dataset(o->ts, retrieve_read, o, to_ts, opt, cfg->uid_prefix, copy_write, &c,
                               &res);
    if (rc == 0)
        rc = copy_flush(&c);
    if (rc == 0 && lseek(c.fd, 0, SEEK_SET) != 0)
        rc = -errno;
    free(c.buf);
    if (rc) {
        close(c.fd);
        return rc;
    }
    o->copied = 1;
    o->copy_fd = c.fd;
    str_copy(o->ts, to_ts, sizeof o->ts);
    if (res.new_instance)
        str_copy(o->sop_instance, res.sop_instance, sizeof o->sop_instance);
    o->dataset_size = res.bytes_written;
    o->lossy_applied = res.lossy_applied;
    return 0;
}

int retrieve_open_part10(const struct archive *ar, const struct config *cfg, const char *device,
                         const char *relpath, const char *ts, struct retrieve_object *o,
                         struct buf *meta)
{
    int rc = retrieve_open(ar, cfg, device, relpath, o);

    if (rc == 0 && ts && ts[0] && strcmp(ts, o->ts) != 0)
        rc = retrieve_transcode(o, cfg, ts, NULL);
    if (rc == 0) {
        struct p10_meta_info mi = {o->sop_class, o->sop_instance, o->ts, cfg->my_ae};
        rc = p10_encode_meta(&mi, meta);
    }
    if (rc != 0) {
        retrieve_close(o);
        memset(o, 0, sizeof *o);
    }
    return rc;
}

int retrieve_header(struct retrieve_object *o, struct buf *raw, struct ds *ds, size_t *header_len)
{
    const struct ts *t = ts_find_or_encapsulated(o->ts, strlen(o->ts));
    int more = 1, rc = t ? 0 : DG_EUNSUPPORTED;

    /* Decoded again from the start when the decoder needs more (partial)
     * before the pixels: with twice the bytes each time, so a long header
     * is decoded a few times, not once per chunk. */
    while (rc == 0 && more) {
        struct enc_opts opts = {.stop_before_pixels = 1};
        size_t n = 0, used = 0, goal = raw->len ? 2 * raw->len : HEADER_CHUNK;
        do {
            size_t got = 0;
            rc = buf_reserve(raw, HEADER_CHUNK);
            if (rc == 0)
                rc = retrieve_read(o, raw->data + raw->len, HEADER_CHUNK, &got);
            raw->len += got;
            n += got;
            if (got == 0)
                break;
        } while (rc == 0 && raw->len < goal);
        if (rc)
            break;
        opts.partial = n > 0;
        ds_clear(ds);
        rc = enc_decode(raw->data, raw->len, t, &opts, ds, &used);
        more = rc == DG_ETRUNC && n > 0;
        if (more)
            rc = 0;
        if (header_len)
            *header_len = used;
    }
    return rc;
}

void retrieve_close(struct retrieve_object *o)
{
    mag_reader_close(o->rd);
    o->rd = NULL;
    if (o->copied)
        close(o->copy_fd);
    o->copied = 0;
}
