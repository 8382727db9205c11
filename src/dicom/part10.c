/* Part-10 files: reading (whole, header only, from memory), writing whole
 * files atomically, and the streaming writer that C-STORE uses. The dataset
 * encoding itself is encoding.c's; here are the preamble, "DICM", the meta
 * header and the files without one. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dicom/ident.h"
#include "dicom/part10.h"
#include "dicom/uid.h"
#include "util/error.h"
#include "util/file.h"

#define META_GROUP 0x0002
#define TAG_META_TS DICT_TAG(0x0002, 0x0010)
#define TAG_SOP_CLASS DICT_TAG(0x0008, 0x0016)
#define TAG_SOP_INSTANCE DICT_TAG(0x0008, 0x0018)
#define TAG_PIXEL_DATA DICT_TAG(0x7FE0, 0x0010)
#define HEADER_FIRST_CHUNK 16384

static void file_reset(struct p10_file *f)
{
    ds_free(f->meta);
    ds_free(f->ds);
    f->meta = NULL;
    f->ds = NULL;
    f->ts = NULL;
    f->has_meta = 0;
    f->ts_uid[0] = '\0';
    f->dataset_offset = 0;
}

void p10_close(struct p10_file *f)
{
    file_reset(f);
    free(f->data);
    f->data = NULL;
    f->len = 0;
}

/* Decode the meta header at data[off]; sets f->ts and f->dataset_offset. */
static int parse_meta(struct p10_file *f, size_t off, int partial)
{
    struct enc_opts mo = {0, 0, 0, META_GROUP, partial};
    size_t consumed;
    const struct ds_elem *e;
    int rc;

    rc = enc_decode(f->data + off, f->len - off, ts_explicit_le(), &mo, f->meta, &consumed);
    if (rc == DG_EPARSE) {
        /* Some old writers put the meta header in implicit VR. */
        ds_clear(f->meta);
        rc = enc_decode(f->data + off, f->len - off, ts_implicit_le(), &mo, f->meta, &consumed);
    }
    if (rc)
        return rc;
    for (size_t i = 0; i < ds_count(f->meta); i++)
        if (DICT_GROUP(ds_at(f->meta, i)->tag) != META_GROUP)
            return DG_EPARSE;
    e = ds_find(f->meta, TAG_META_TS);
    if (!e || ds_elem_string(e, f->ts_uid, sizeof f->ts_uid) != 0 || f->ts_uid[0] == '\0')
        return DG_EPARSE;
    f->ts = ts_find_or_encapsulated(f->ts_uid, strlen(f->ts_uid));
    if (!f->ts)
        return DG_EUNSUPPORTED;
    f->dataset_offset = off + consumed;
    return 0;
}

/* Without a meta header the encoding must be guessed from the first
 * element: explicit VR when its bytes 4-5 are a VR code, else implicit
 * (Conquest's .v2 files). Both little endian. */
static const struct ts *guess_ts(const uint8_t *p, size_t len)
{
    if (len >= 6 && vr_from_code(p + 4) >= 0)
        return ts_explicit_le();
    return ts_implicit_le();
}

/* Parse f->data[0, f->len). `partial`: the bytes are a prefix of the file. */
static int parse_image(struct p10_file *f, const struct enc_opts *opts, int partial)
{
    struct enc_opts o = {0, 0, 0, 0, 0};
    int bare = 0, rc;

    file_reset(f);
    f->meta = ds_new();
    f->ds = ds_new();
    if (!f->meta || !f->ds)
        return -ENOMEM;
    if (opts)
        o = *opts;
    o.stop_after_group = 0;
    o.partial = partial;
    if (f->len < P10_PREAMBLE_LEN + 4 && partial)
        return DG_ETRUNC;
    if (f->len >= P10_PREAMBLE_LEN + 4 && memcmp(f->data + P10_PREAMBLE_LEN, "DICM", 4) == 0) {
        f->has_meta = 1;
        rc = parse_meta(f, P10_PREAMBLE_LEN + 4, partial);
    } else if (f->len >= 4 && f->data[0] == META_GROUP && f->data[1] == 0) {
        /* A meta header without preamble: not Part-10, but it names the syntax. */
        rc = parse_meta(f, 0, partial);
    } else {
        f->ts = guess_ts(f->data, f->len);
        snprintf(f->ts_uid, sizeof f->ts_uid, "%s", f->ts->uid);
        bare = 1;
        rc = 0;
    }
    if (rc)
        return rc;
    rc =
        enc_decode(f->data + f->dataset_offset, f->len - f->dataset_offset, f->ts, &o, f->ds, NULL);
    /* Without "DICM" or a meta group, bytes that do not decode to a dataset
     * to their end were never DICOM (a text file reads as an element with
     * an absurd length): say that, not what the guess ran into. */
    if (bare && !partial && (rc || ds_count(f->ds) == 0))
        return DG_ENOTDICOM;
    return rc;
}

int p10_read_mem(const uint8_t *p, size_t len, const struct enc_opts *opts, struct p10_file *f)
{
    int rc;

    memset(f, 0, sizeof *f);
    f->data = malloc(len ? len : 1);
    if (!f->data)
        return -ENOMEM;
    if (len)
        memcpy(f->data, p, len);
    f->len = len;
    rc = parse_image(f, opts, 0);
    if (rc)
        p10_close(f);
    return rc;
}

/* Read up to n bytes at f->data + f->len, from offset f->len of the file
 * (whatever the descriptor's own position); *eof set when the file ended. */
static int read_more(int fd, struct p10_file *f, size_t n, int *eof)
{
    size_t want = f->len + n;

    while (f->len < want) {
        ssize_t got = pread(fd, f->data + f->len, want - f->len, (off_t)f->len);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (got == 0) {
            *eof = 1;
            return 0;
        }
        f->len += (size_t)got;
    }
    return 0;
}

/* Read the file of `fd` starting with `first` bytes and growing fourfold
 * while the parse needs more (header reads) or until the end (whole reads).
 * The descriptor stays open. */
static int read_fd(int fd, const struct enc_opts *opts, struct p10_file *f, int header_only)
{
    struct enc_opts o = {0, 0, 0, 0, 0};
    struct stat st;
    size_t chunk;
    int eof = 0, rc;

    memset(f, 0, sizeof *f);
    if (opts)
        o = *opts;
    o.stop_before_pixels = header_only;
    if (fstat(fd, &st) != 0) {
        rc = -errno;
        goto fail;
    }
    if (!S_ISREG(st.st_mode)) {
        rc = -EINVAL;
        goto fail;
    }
    if ((uint64_t)st.st_size >= SIZE_MAX / 2) {
        rc = DG_ETOOBIG;
        goto fail;
    }
    /* One extra byte so that a file that grew shows as not yet ended. */
    chunk = (size_t)st.st_size + 1;
    if (header_only && chunk > HEADER_FIRST_CHUNK)
        chunk = HEADER_FIRST_CHUNK;
    for (;;) {
        uint8_t *grown = realloc(f->data, f->len + chunk);
        if (!grown) {
            rc = -ENOMEM;
            goto fail;
        }
        f->data = grown;
        rc = read_more(fd, f, chunk, &eof);
        if (rc)
            goto fail;
        if (!header_only && !eof) {
            chunk = f->len;
            continue;
        }
        rc = parse_image(f, &o, !eof);
        if (rc != DG_ETRUNC || eof)
            break;
        /* Grow fourfold, but not past the end the file had (plus one byte
         * to see the end): a large file without pixel data would otherwise
         * get a buffer of up to four times its size. */
        chunk = f->len * 3;
        if ((uint64_t)st.st_size >= f->len && chunk > (size_t)st.st_size - f->len + 1)
            chunk = (size_t)st.st_size - f->len + 1;
        if (chunk < HEADER_FIRST_CHUNK)
            chunk = HEADER_FIRST_CHUNK;
    }
    if (rc)
        goto fail;
    return 0;
fail:
    p10_close(f);
    return rc;
}

static int read_path(const char *path, const struct enc_opts *opts, struct p10_file *f,
                     int header_only)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    int rc;

    if (fd < 0) {
        memset(f, 0, sizeof *f);
        return -errno;
    }
    rc = read_fd(fd, opts, f, header_only);
    close(fd);
    return rc;
}

int p10_read_file(const char *path, const struct enc_opts *opts, struct p10_file *f)
{
    return read_path(path, opts, f, 0);
}

int p10_read_header(const char *path, const struct enc_opts *opts, struct p10_file *f)
{
    return read_path(path, opts, f, 1);
}

int p10_read_header_fd(int fd, const struct enc_opts *opts, struct p10_file *f)
{
    return read_fd(fd, opts, f, 1);
}

int p10_read_file_fd(int fd, const struct enc_opts *opts, struct p10_file *f)
{
    return read_fd(fd, opts, f, 0);
}

int p10_encode_meta(const struct p10_meta_info *mi, struct buf *out)
{
    static const uint8_t version[2] = {0x00, 0x01};
    static const uint8_t preamble[P10_PREAMBLE_LEN + 4] = {[P10_PREAMBLE_LEN] = 'D', 'I', 'C', 'M'};
    struct ds *meta;
    int rc;

    /* Lenient (uid.h): the UIDs come from the sender, who may use leading
     * zeros that we store as received. */
    if (uid_check_str(mi->sop_class_uid, UID_LENIENT) != 0 ||
        uid_check_str(mi->sop_instance_uid, UID_LENIENT) != 0 ||
        uid_check_str(mi->ts_uid, UID_LENIENT) != 0 ||
        (mi->source_ae && strlen(mi->source_ae) > 16))
        return -EINVAL;
    meta = ds_new();
    if (!meta)
        return -ENOMEM;
    rc = ds_set_u32(meta, DICT_TAG(0x0002, 0x0000), 0);
    if (rc == 0)
        rc = ds_set_ref(meta, DICT_TAG(0x0002, 0x0001), VR_OB, version, sizeof version);
    if (rc == 0)
        rc = ds_set_string(meta, DICT_TAG(0x0002, 0x0002), VR_UI, mi->sop_class_uid);
    if (rc == 0)
        rc = ds_set_string(meta, DICT_TAG(0x0002, 0x0003), VR_UI, mi->sop_instance_uid);
    if (rc == 0)
        rc = ds_set_string(meta, TAG_META_TS, VR_UI, mi->ts_uid);
    if (rc == 0)
        rc = ds_set_string(meta, DICT_TAG(0x0002, 0x0012), VR_UI, DICOM_IMPLEMENTATION_CLASS_UID);
    if (rc == 0)
        rc =
            ds_set_string(meta, DICT_TAG(0x0002, 0x0013), VR_SH, DICOM_IMPLEMENTATION_VERSION_NAME);
    if (rc == 0 && mi->source_ae && mi->source_ae[0])
        rc = ds_set_string(meta, DICT_TAG(0x0002, 0x0016), VR_AE, mi->source_ae);
    if (rc == 0)
        rc = buf_append(out, preamble, sizeof preamble);
    if (rc == 0)
        rc = enc_encode(meta, ts_explicit_le(), out);
    ds_free(meta);
    return rc;
}

int p10_write_file(const char *path, const struct ds *ds, const char *ts_uid, const char *source_ae)
{
    char sop_class[P10_UID_MAX + 1], sop_instance[P10_UID_MAX + 1], tmp[PATH_MAX];
    const struct ts *ts = ts_find_or_encapsulated(ts_uid, strlen(ts_uid));
    const struct ds_elem *pixels = ds_find(ds, TAG_PIXEL_DATA);
    struct p10_meta_info mi;
    struct buf b;
    int fd, rc;

    if (!ts)
        return DG_EUNSUPPORTED;
    /* We re-encode, never compress: the pixel data must already match. */
    if (pixels && ((pixels->flags & DS_F_ENCAPSULATED) != 0) != ts->encapsulated)
        return DG_EUNSUPPORTED;
    if (ds_get_string(ds, TAG_SOP_CLASS, sop_class, sizeof sop_class) != 0 ||
        ds_get_string(ds, TAG_SOP_INSTANCE, sop_instance, sizeof sop_instance) != 0)
        return DG_EPARSE;
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp)
        return -ENAMETOOLONG;
    mi.sop_class_uid = sop_class;
    mi.sop_instance_uid = sop_instance;
    mi.ts_uid = ts_uid;
    mi.source_ae = source_ae;
    buf_init(&b, SIZE_MAX / 2);
    rc = p10_encode_meta(&mi, &b);
    if (rc == 0)
        rc = enc_encode(ds, ts, &b);
    if (rc)
        goto done;
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        rc = -errno;
        goto done;
    }
    rc = file_write_all(fd, b.data, b.len);
    if (close(fd) != 0 && rc == 0)
        rc = -errno;
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -errno;
    if (rc)
        unlink(tmp);
done:
    buf_free(&b);
    return rc;
}
