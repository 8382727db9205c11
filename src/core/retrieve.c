/* Reading a stored object back; see retrieve.h. The header is parsed once
 * (up to the pixel data, p10_read_header_fd) to learn the object's UIDs and
 * where its dataset starts; the dataset itself is then read in chunks. */
#include "core/retrieve.h"
#include "archive/archive.h"
#include "archive/reader.h"
#include "config/config.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/part10.h"
#include "dicom/ts.h"
#include "util/error.h"
#include "util/str.h"

#include <errno.h>
#include <string.h>

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

    return mag_reader_read(o->rd, p, cap, n);
}

/* An uncompressed syntax we can write (deflated only when `as_source`). */
static const struct ts *uncompressed(const char *uid, int as_source)
{
    const struct ts *t = uid ? ts_find(uid, strlen(uid)) : NULL;

    if (!t || t->encapsulated || (t->deflated && !as_source))
        return NULL;
    return t;
}

int retrieve_can_convert(const char *from_ts, const char *to_ts)
{
    return uncompressed(from_ts, 1) && uncompressed(to_ts, 0);
}

int retrieve_convert(struct retrieve_object *o, const struct config *cfg, const char *to_ts,
                     struct buf *out)
{
    const struct ts *from = uncompressed(o->ts, 1), *to = uncompressed(to_ts, 0);
    struct enc_opts opts = {0};
    struct buf in;
    struct ds *ds = NULL;
    int rc;

    if (!from || !to)
        return DG_EUNSUPPORTED;
    if (o->dataset_size > RETRIEVE_CONVERT_MAX)
        return DG_ETOOBIG;
    buf_reset(out);
    buf_init(&in, RETRIEVE_CONVERT_MAX);
    rc = buf_reserve(&in, (size_t)o->dataset_size);
    while (rc == 0) {
        size_t n = 0;

        /* Room for the announced size was made; more only if the file grew. */
        if (in.alloc == in.len)
            rc = buf_reserve(&in, 65536);
        if (rc == 0)
            rc = retrieve_read(o, in.data + in.len, in.alloc - in.len, &n);
        if (rc || n == 0)
            break;
        in.len += n;
    }
    if (rc == 0) {
        ds = ds_new();
        rc = ds ? 0 : -ENOMEM;
    }
    if (rc == 0) {
        opts.max_depth = cfg->max_nesting_depth;
        rc = enc_decode(in.data, in.len, from, &opts, ds, NULL);
    }
    if (rc == 0)
        rc = enc_encode(ds, to, out);
    ds_free(ds);
    buf_free(&in);
    return rc;
}

void retrieve_close(struct retrieve_object *o)
{
    mag_reader_close(o->rd);
    o->rd = NULL;
}
