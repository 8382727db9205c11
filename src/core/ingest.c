/* The ingest core; see ingest.h. The dataset streams into a temporary file
 * behind a Part-10 meta header; only its first bytes stay in memory, for the
 * header (a longer header is read back from the file). When the dataset is
 * complete, the elements after the header are walked by their lengths, so
 * that one declaring more bytes than arrived is refused. IncomingCompression
 * transcodes that file into a second temporary file behind a new meta
 * header (with the SOP Instance UID that lossy compression may change),
 * still before the rename. */
#include "core/ingest.h"
#include "archive/archive.h"
#include "archive/mag.h"
#include "config/config.h"
#include "core/transcode.h"
#include "db/index.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "dicom/part10.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/log.h"
#include "util/str.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* The first bytes of each dataset kept in memory: enough for the header of
 * nearly every image. A longer header is read back from the file, up to
 * HEADER_MAX. */
#define HEADER_KEEP (64u * 1024)
#define HEADER_MAX (16u * 1024 * 1024)
/* Of a deflated dataset only the start is inflated to read its header:
 * this much first, HEADER_MAX when the header is longer. A deflate bomb or a
 * large deflated image costs no more memory than an uncompressed header. */
#define INFLATED_FIRST (256u * 1024)

#define TAG_ITEM 0xFFFEE000u
#define TAG_ITEM_END 0xFFFEE00Du
#define TAG_SEQUENCE_END 0xFFFEE0DDu
#define UNDEFINED_LENGTH 0xFFFFFFFFu

struct ingest {
    const struct ingest_env *env;
    struct mag_writer *writer;
    struct mag_writer *second; /* the transcoded file, made at the first use */
    struct mag_device *dev;    /* where the temporary file is */
    struct buf header;         /* the first bytes of the dataset */
    struct buf more;           /* a longer header, or the inflated start of a deflated one */
    const struct ts *ts;
    struct ingest_object obj;
    char sop_class[UID_MAX_LEN + 1], sop_instance[UID_MAX_LEN + 1];
    char who[48];
    char study[UID_MAX_LEN + 1]; /* the announced study, "" for any */
    char by[96];
    char compression[16]; /* the object's own code, "" for IncomingCompression */
    uint64_t meta_len;    /* bytes of the file before the dataset */
    int write_rc;         /* the first ingest_write error */
    unsigned objects;     /* begun so far, for ingest_prepare */
};

int ingest_new(const struct ingest_env *env, struct ingest **out)
{
    struct ingest *g = calloc(1, sizeof *g);
    int rc;

    *out = NULL;
    if (!g)
        return -ENOMEM;
    g->env = env;
    buf_init(&g->header, HEADER_KEEP);
    buf_init(&g->more, HEADER_MAX);
    rc = mag_writer_new(archive_device(env->archive, 0), &g->writer);
    if (rc) {
        ingest_free(g);
        return rc;
    }
    *out = g;
    return 0;
}

void ingest_free(struct ingest *g)
{
    if (!g)
        return;
    if (g->writer)
        mag_writer_free(g->writer);
    if (g->second)
        mag_writer_free(g->second);
    buf_free(&g->header);
    buf_free(&g->more);
    free(g);
}

/* The UIDs of an object, checked leniently (uid.h): real modalities send
 * leading zeros, and Conquest stores what they send; FileNameSyntax checks
 * again what it puts in paths. */
static int uid_ok(const char *s)
{
    return uid_check_str(s, UID_LENIENT) == 0;
}

int ingest_begin(struct ingest *g, const struct ingest_object *obj)
{
    struct p10_meta_info mi;
    int rc;

    if (!uid_ok(obj->sop_class) || !uid_ok(obj->sop_instance) || !obj->ts)
        return DG_EUID;
    g->ts = ts_find_or_encapsulated(obj->ts, strlen(obj->ts));
    if (!g->ts)
        return DG_EUNSUPPORTED;
    g->obj = *obj;
    str_copy(g->sop_class, obj->sop_class, sizeof g->sop_class);
    str_copy(g->sop_instance, obj->sop_instance, sizeof g->sop_instance);
    str_copy(g->who, obj->who ? obj->who : "", sizeof g->who);
    g->obj.sop_class = g->sop_class;
    g->obj.sop_instance = g->sop_instance;
    g->obj.ts = g->ts->uid;
    g->obj.who = g->who;
    str_copy(g->compression, obj->compression ? obj->compression : "", sizeof g->compression);
    g->obj.compression = NULL;
    str_copy(g->study, obj->study ? obj->study : "", sizeof g->study);
    str_copy(g->by, obj->by ? obj->by : "", sizeof g->by);
    g->obj.study = NULL;
    g->obj.by = NULL;
    rc = archive_pick(g->env->archive, &g->dev);
    if (rc == 0)
        rc = mag_begin(g->writer, g->dev);
    if (rc)
        return rc;
    g->objects++;
    mi.sop_class_uid = g->sop_class;
    mi.sop_instance_uid = g->sop_instance;
    mi.ts_uid = g->ts->uid;
    mi.source_ae = obj->calling_ae;
    buf_reset(&g->header);
    rc = p10_encode_meta(&mi, &g->header);
    if (rc == 0)
        rc = mag_write(g->writer, g->header.data, g->header.len);
    g->meta_len = g->header.len;
    buf_reset(&g->header);
    g->write_rc = rc;
    if (rc)
        mag_abort(g->writer);
    return rc;
}

int ingest_write(void *arg, const uint8_t *p, size_t n)
{
    struct ingest *g = arg;
    int rc;

    if (g->write_rc)
        return g->write_rc;
    if (g->header.len < HEADER_KEEP) {
        size_t room = HEADER_KEEP - g->header.len;
        rc = buf_append(&g->header, p, n < room ? n : room);
        if (rc) {
            g->write_rc = rc;
            return rc;
        }
    }
    rc = mag_write(g->writer, p, n);
    if (rc)
        g->write_rc = rc;
    return rc;
}

int ingest_write_error(const struct ingest *g)
{
    return g->write_rc;
}

void ingest_abort(struct ingest *g)
{
    mag_abort(g->writer);
    g->write_rc = 0;
}

uint16_t ingest_failure_status(const struct ingest_env *env, int err)
{
    switch (err) {
    case -ENOSPC:
    case -EDQUOT:
    case -ENOMEM:
        return 0xA700;
    case DG_EMISMATCH:
        return 0xA900;
    case DG_EPARSE:
    case DG_ETRUNC:
    case DG_EDEPTH:
    case DG_ETOOBIG:
    case DG_EUID:
    case DG_ENOTDICOM:
    case DG_EUNSUPPORTED:
        return 0xC000;
    default:
        return (uint16_t)env->cfg->storage_failed_error_code;
    }
}

void ingest_prepare(struct ingest *g)
{
    /* Not after the first object: a producer that stores one image (many
     * modalities do) would make and delete a file more each time, and a
     * recently deleted inode slows every create on ext4 without a journal. */
    if (g->objects > 1)
        mag_prepare(g->writer);
}

/* ---- the header ---- */

/* Inflate the start of the deflated dataset in the file (Deflated Explicit
 * VR Little Endian is a raw deflate stream, PS3.5 A.5) into out, at most cap
 * bytes. cap 0 inflates it all, to see that it ends, through out's first
 * INFLATE_CHUNK bytes (out->len is 0 after). *ended is 1 when the stream
 * ended; *total counts the bytes it inflated to. */
#define INFLATE_CHUNK 16384u
static int inflate_file(struct ingest *g, uint64_t dataset_len, size_t cap, struct buf *out,
                        int *ended, uint64_t *total)
{
    uint8_t in[INFLATE_CHUNK];
    uint64_t off = 0;
    z_stream z;
    uInt room;
    int zrc, rc;

    memset(&z, 0, sizeof z);
    *ended = 0;
    *total = 0;
    buf_reset(out);
    rc = buf_reserve(out, cap > 0 ? cap : INFLATE_CHUNK);
    if (rc)
        return rc;
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return -ENOMEM;
    while (cap == 0 || out->len < cap) {
        if (z.avail_in == 0) {
            size_t want = dataset_len - off < sizeof in ? (size_t)(dataset_len - off) : sizeof in;
            size_t got = 0;

            if (want > 0)
                rc = mag_pread(g->writer, g->meta_len + off, in, want, &got);
            if (rc || got == 0)
                break; /* a stream cut short is the decoder's DG_ETRUNC */
            off += got;
            z.next_in = in;
            z.avail_in = (uInt)got;
        }
        room = cap > 0 ? (uInt)(cap - out->len) : INFLATE_CHUNK;
        z.next_out = out->data + out->len;
        z.avail_out = room;
        zrc = inflate(&z, Z_NO_FLUSH);
        *total += room - z.avail_out;
        if (cap > 0)
            out->len += room - z.avail_out;
        if (zrc == Z_STREAM_END) {
            *ended = 1;
            break;
        }
        if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
            rc = DG_EPARSE;
            break;
        }
        if (*total > ENC_DEFAULT_MAX_INFLATED) {
            rc = DG_ETOOBIG;
            break;
        }
    }
    inflateEnd(&z);
    return rc;
}

/* Decode the dataset header (up to the pixel data) into ds. It is in
 * g->header when short; else more of the file is read back into g->more. A
 * deflated dataset is inflated from the file into g->more, only as far as
 * the header needs. *consumed is where the header ended in the dataset
 * (uncompressed datasets only). */
static int parse_header(struct ingest *g, uint64_t dataset_len, struct ds *ds, uint64_t *consumed)
{
    struct enc_opts opts = {0};
    size_t used = 0;
    int rc;

    opts.max_depth = g->env->cfg->max_nesting_depth;
    opts.stop_before_pixels = 1;
    *consumed = dataset_len;
    if (g->ts->deflated) {
        static const size_t caps[] = {INFLATED_FIRST, HEADER_MAX};
        uint64_t total;
        int ended = 0;

        rc = DG_ETRUNC;
        for (size_t i = 0; i < sizeof caps / sizeof caps[0] && rc == DG_ETRUNC && !ended; i++) {
            rc = inflate_file(g, dataset_len, caps[i], &g->more, &ended, &total);
            if (rc)
                return rc;
            ds_clear(ds);
            opts.partial = !ended;
            rc = enc_decode(g->more.data, g->more.len, ts_explicit_le(), &opts, ds, NULL);
        }
        if (rc == 0 && !ended) {
            /* The header is in (its values point into g->more); the rest of
             * the stream must end properly. */
            struct buf sink;

            buf_init(&sink, INFLATE_CHUNK);
            rc = inflate_file(g, dataset_len, 0, &sink, &ended, &total);
            buf_free(&sink);
            if (rc == 0 && !ended)
                rc = DG_ETRUNC;
        }
        return rc;
    }
    opts.partial = g->header.len < dataset_len;
    rc = enc_decode(g->header.data, g->header.len, g->ts, &opts, ds, &used);
    /* The kept bytes ended before the pixel data: read more of the file. */
    if (opts.partial && rc == DG_ETRUNC) {
        size_t want = dataset_len < HEADER_MAX ? (size_t)dataset_len : HEADER_MAX;
        size_t got = 0;

        log_debug("%s the header is longer than %zu bytes: reading %zu back", g->who, g->header.len,
                  want);
        rc = buf_reserve(&g->more, want);
        if (rc)
            return rc;
        rc = mag_pread(g->writer, g->meta_len, g->more.data, want, &got);
        if (rc)
            return rc;
        g->more.len = got;
        ds_clear(ds);
        opts.partial = got < dataset_len;
        rc = enc_decode(g->more.data, got, g->ts, &opts, ds, &used);
    }
    if (rc == 0)
        *consumed = used;
    return rc;
}

/* ---- the elements after the header ---- */

struct tail {
    struct ingest *g;
    int big_endian;
    int depth;
};

static uint32_t u16_at(const struct tail *t, const uint8_t *p)
{
    return t->big_endian ? (uint32_t)(p[0] << 8 | p[1]) : (uint32_t)(p[1] << 8 | p[0]);
}

static uint32_t u32_at(const struct tail *t, const uint8_t *p)
{
    return t->big_endian ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                         : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* The explicit VRs with a 2-byte reserved field and a 4-byte length. */
static int long_vr(const uint8_t vr[2])
{
    static const char *const vrs[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ",
                                      "SV", "UC", "UN", "UR", "UT", "UV"};
    for (size_t i = 0; i < sizeof vrs / sizeof vrs[0]; i++) {
        if (vr[0] == (uint8_t)vrs[i][0] && vr[1] == (uint8_t)vrs[i][1])
            return 1;
    }
    return 0;
}

/* Walk the elements from *off to end by their headers, without reading
 * their values: DG_ETRUNC when one declares more bytes than are there. With
 * `until` (an item or sequence delimiter tag) the walk ends after it. */
static int walk(struct tail *t, uint64_t *off, uint64_t end, int explicit_vr, uint32_t until)
{
    uint8_t h[12];
    size_t got;
    int rc;

    if (++t->depth > ENC_MAX_DEPTH)
        return DG_EDEPTH;
    while (*off < end) {
        uint32_t tag, len;
        unsigned hdr = 8;
        int inner_explicit = explicit_vr;

        if (end - *off < 8) {
            /* Fewer bytes than an element header: padding some writers add,
             * not an element cut short. */
            if (until)
                return DG_ETRUNC;
            log_debug("%s %u stray bytes after the last element", t->g->who,
                      (unsigned)(end - *off));
            *off = end;
            break;
        }
        rc = mag_pread(t->g->writer, t->g->meta_len + *off, h,
                       end - *off < sizeof h ? (size_t)(end - *off) : sizeof h, &got);
        if (rc)
            return rc;
        tag = u16_at(t, h) << 16 | u16_at(t, h + 2);
        if ((tag >> 16) == 0xFFFE || !explicit_vr) {
            len = u32_at(t, h + 4);
        } else if (long_vr(h + 4)) {
            if (got < 12)
                return DG_ETRUNC;
            len = u32_at(t, h + 8);
            hdr = 12;
            /* An undefined-length UN holds implicit VR LE (PS3.5 6.2.2). */
            if (h[4] == 'U' && h[5] == 'N')
                inner_explicit = 0;
        } else {
            len = u16_at(t, h + 6);
        }
        *off += hdr;
        if (tag == TAG_ITEM_END || tag == TAG_SEQUENCE_END) {
            if (tag == until) {
                t->depth--;
                return 0;
            }
            continue; /* a stray delimiter: harmless */
        }
        if (len == UNDEFINED_LENGTH) {
            rc = walk(t, off, end, inner_explicit,
                      tag == TAG_ITEM ? TAG_ITEM_END : TAG_SEQUENCE_END);
            if (rc)
                return rc;
            continue;
        }
        if (len > end - *off)
            return DG_ETRUNC;
        *off += len;
    }
    t->depth--;
    return until ? DG_ETRUNC : 0;
}

/* ---- naming and putting in place ---- */

/* A value of the header as text: NULL when absent (fn_make's "empty"),
 * cut to fit out when longer. */
static const char *value(const struct ds *ds, uint32_t tag, char *out, size_t outlen)
{
    int rc = ds_get_string(ds, tag, out, outlen);
    return rc == 0 || rc == DG_ETOOBIG ? out : NULL;
}

/* A UID of the header: never cut, since a cut UID names another object; one
 * longer than 64 characters becomes "" which the UID check refuses. */
static const char *uid_value(const struct ds *ds, uint32_t tag, char out[UID_MAX_LEN + 1])
{
    int rc = ds_get_string(ds, tag, out, UID_MAX_LEN + 1);

    if (rc == DG_ETOOBIG)
        out[0] = '\0';
    return rc == 0 || rc == DG_ETOOBIG ? out : NULL;
}

struct header_values {
    char patient_id[65], patient_name[325];
    char study_uid[UID_MAX_LEN + 1], series_uid[UID_MAX_LEN + 1];
    char sop_uid[UID_MAX_LEN + 1], sop_class[UID_MAX_LEN + 1];
    char series_number[13], instance_number[13], modality[17], study_id[17];
    char study_description[65], study_date[9], image_id[17];
};

static void fill_values(const struct ingest *g, const struct ds *ds, struct header_values *h,
                        struct fn_values *v, const char **sop_class)
{
    memset(v, 0, sizeof *v);
    v->patient_id = value(ds, DICT_TAG(0x0010, 0x0020), h->patient_id, sizeof h->patient_id);
    v->patient_name = value(ds, DICT_TAG(0x0010, 0x0010), h->patient_name, sizeof h->patient_name);
    v->study_uid = uid_value(ds, DICT_TAG(0x0020, 0x000D), h->study_uid);
    v->series_uid = uid_value(ds, DICT_TAG(0x0020, 0x000E), h->series_uid);
    v->sop_uid = uid_value(ds, DICT_TAG(0x0008, 0x0018), h->sop_uid);
    *sop_class = uid_value(ds, DICT_TAG(0x0008, 0x0016), h->sop_class);
    v->series_number =
        value(ds, DICT_TAG(0x0020, 0x0011), h->series_number, sizeof h->series_number);
    v->instance_number =
        value(ds, DICT_TAG(0x0020, 0x0013), h->instance_number, sizeof h->instance_number);
    v->modality = value(ds, DICT_TAG(0x0008, 0x0060), h->modality, sizeof h->modality);
    v->study_id = value(ds, DICT_TAG(0x0020, 0x0010), h->study_id, sizeof h->study_id);
    v->study_description =
        value(ds, DICT_TAG(0x0008, 0x1030), h->study_description, sizeof h->study_description);
    v->study_date = value(ds, DICT_TAG(0x0008, 0x0020), h->study_date, sizeof h->study_date);
    v->image_id = value(ds, DICT_TAG(0x0054, 0x0400), h->image_id, sizeof h->image_id);
    v->calling_ae = g->obj.calling_ae;
    v->called_ae = g->obj.called_ae;
}

/* The dataset must be the object that was announced: its meta header (made
 * from the announcement) would otherwise contradict it, and the sender's
 * bookkeeping would name another object. A dataset without the two UIDs
 * (legal in old ACR-NEMA-style objects) takes them from the announcement. */
static int check_identity(const struct ingest *g, struct fn_values *v, const char *sop_class)
{
    if (!v->sop_uid)
        v->sop_uid = g->sop_instance;
    if (strcmp(v->sop_uid, g->sop_instance) != 0) {
        log_warn("%s %s: the dataset is SOP instance %s", g->who, g->sop_instance, v->sop_uid);
        return DG_EMISMATCH;
    }
    if (sop_class && strcmp(sop_class, g->sop_class) != 0) {
        log_warn("%s %s: the dataset is of SOP class %s, announced as %s", g->who, g->sop_instance,
                 sop_class, g->sop_class);
        return DG_EMISMATCH;
    }
    if (g->study[0] && (!v->study_uid || strcmp(v->study_uid, g->study) != 0)) {
        log_warn("%s %s: the dataset is of study %s, not of %s as announced", g->who,
                 g->sop_instance, v->study_uid ? v->study_uid : "(none)", g->study);
        return DG_EMISMATCH;
    }
    if ((v->study_uid && !uid_ok(v->study_uid)) || (v->series_uid && !uid_ok(v->series_uid)) ||
        !uid_ok(v->sop_uid)) {
        log_warn("%s %s: a study, series or SOP instance UID is not a UID", g->who,
                 g->sop_instance);
        return DG_EUID;
    }
    return 0;
}

/* Put the received file in place: as a new file on the device it was
 * received on (never replacing one; relpath may get a suffix), or over the
 * earlier file of its instance on `dev`. On failure the temporary file is
 * gone. */
static int put_in_place(struct ingest *g, struct mag_device *dev, struct ingest_result *res,
                        int replacing)
{
    int rc;

    if (replacing)
        rc = mag_finish_replace(g->writer, dev, res->relpath);
    else
        rc = mag_finish_new(g->writer, g->dev, res->relpath, sizeof res->relpath);
    if (rc)
        log_warn("%s %s: %s not %s: %s", g->who, g->sop_instance, res->relpath,
                 replacing ? "replaced" : "written", dg_strerror(rc));
    return rc;
}

/* The device of an earlier file of this instance, or NULL when it is not
 * indexed or its device is not configured (any more). */
static struct mag_device *earlier_file(struct ingest *g, struct index *ix, const char *sop_uid,
                                       struct ingest_result *res, int *rc)
{
    struct mag_device *dev;

    *rc = index_find_object(ix, sop_uid, res->device, sizeof res->device, res->relpath,
                            sizeof res->relpath);
    if (*rc <= 0)
        return NULL;
    *rc = 0;
    dev = archive_find(g->env->archive, res->device);
    if (!dev)
        log_warn("%s %s: indexed on %s, which is not a MAG device of dicom.ini: stored anew",
                 g->who, sop_uid, res->device);
    return dev;
}

/* Name, index and put in place the object whose header is in ds. Called
 * with the lock of its SOP instance held. */
static int store_object(struct ingest *g, struct index *ix, const struct ds *ds,
                        const struct fn_values *v, struct index_lock *lock,
                        struct ingest_result *res)
{
    struct index_file where = {res->device, res->relpath};
    struct mag_device *dev;
    int rc;

    dev = earlier_file(g, ix, v->sop_uid, res, &rc);
    if (rc) {
        log_warn("%s %s: the index cannot be read: %s", g->who, g->sop_instance, dg_strerror(rc));
        mag_abort(g->writer);
        return rc;
    }
    if (!dev) {
        str_copy(res->device, archive_name(g->env->archive, g->dev), sizeof res->device);
        rc = fn_make(g->env->cfg, v, res->relpath, sizeof res->relpath);
        if (rc) {
            log_warn("%s %s: no file name (FileNameSyntax %s): %s", g->who, g->sop_instance,
                     g->env->cfg->file_name_syntax, dg_strerror(rc));
            mag_abort(g->writer);
            return rc;
        }
        /* A new file is put in place before its row exists, so that a row
         * never points at nothing. */
        rc = put_in_place(g, NULL, res, 0);
        if (rc)
            return rc;
    }
    /* The one place where the index row is committed: before success. */
    rc = index_object_grouped(ix, ds, &where, lock);
    if (rc) {
        log_warn("%s %s: not indexed: %s", g->who, g->sop_instance, dg_strerror(rc));
        if (dev) {
            mag_abort(g->writer);
        } else {
            /* A file the index does not know must not stay; dgate -r would
             * index it. */
            int err = mag_remove(g->dev, res->relpath);
            if (err)
                log_error("%s cannot remove %s from %s: %s", g->who, res->relpath, res->device,
                          dg_strerror(err));
        }
        return rc;
    }
    /* A file replacing an indexed one waits for its row, so that a refused
     * object (another patient's, say) never overwrites the image stored
     * under that name. It replaces it where it is, on whatever device. */
    if (dev) {
        rc = put_in_place(g, dev, res, 1);
        if (rc)
            return rc;
    }
    res->replaced = dev != NULL;
    return 0;
}

/* ---- IncomingCompression ---- */

/* The name of the key whose code an object is compressed by. */
static const char *compression_key(int imported)
{
    return imported ? "DroppedFileCompression" : "IncomingCompression";
}

static void parse_code(const struct ingest_env *env, int imported, struct compression *out)
{
    const char *code = imported ? env->cfg->dropped_compression : env->cfg->incoming_compression;
    int rc = compression_parse(code, env->cfg->lossy_quality, out);

    if (rc == 0)
        return;
    log_warn("%s = %s: %s; %s are stored as received", compression_key(imported), code,
             rc == DG_EPARSE       ? "not a compression code"
             : out->ts_uid != NULL ? "this dgate has no codec for it"
                                   : "not implemented by this dgate",
             imported ? "imported files" : "images");
    memset(out, 0, sizeof *out);
}

void ingest_env_compression(struct ingest_env *env)
{
    parse_code(env, 0, &env->incoming);
    parse_code(env, 1, &env->dropped);
}

struct file_reader {
    struct mag_writer *w;
    uint64_t off;
};

static int read_received(void *arg, uint8_t *p, size_t cap, size_t *n)
{
    struct file_reader *r = arg;
    int rc = mag_pread(r->w, r->off, p, cap, n);

    r->off += *n;
    return rc;
}

/* The second writer, its meta header first: transcode_dataset fills in
 * the SOP Instance UID (new when lossy output needs one) before its first
 * byte, so the transcoded dataset streams straight behind the header. */
struct second_out {
    struct ingest *g;
    const struct transcode_result *tr;
    const char *to_ts;
    uint64_t meta_len; /* 0 until the meta header is written */
};

static int write_second(void *arg, const uint8_t *p, size_t n)
{
    struct second_out *out = arg;
    struct ingest *g = out->g;

    if (!out->meta_len) {
        struct p10_meta_info mi = {
            .sop_class_uid = g->sop_class,
            .sop_instance_uid = out->tr->new_instance ? out->tr->sop_instance : g->sop_instance,
            .ts_uid = out->to_ts,
            .source_ae = g->obj.calling_ae,
        };
        struct buf meta;
        int rc;

        buf_init(&meta, 4096);
        rc = p10_encode_meta(&mi, &meta);
        if (rc == 0)
            rc = mag_write(g->second, meta.data, meta.len);
        out->meta_len = meta.len;
        buf_free(&meta);
        if (rc)
            return rc;
    }
    return mag_write(g->second, p, n);
}

/* The dataset transcoded into to_ts into the second writer, behind its
 * meta header. */
static int transcode_received(struct ingest *g, const struct compression *c, const char *to_ts,
                              struct transcode_result *tr, uint64_t *meta_len)
{
    struct file_reader rd = {g->writer, g->meta_len};
    struct second_out out = {g, tr, to_ts, 0};
    int rc = 0;

    if (!g->second)
        rc = mag_writer_new(g->dev, &g->second);
    if (rc == 0)
        rc = mag_begin(g->second, g->dev);
    if (rc)
        return rc;
    rc = transcode_dataset(g->ts->uid, read_received, &rd, to_ts,
                           strcmp(to_ts, c->ts_uid) == 0 ? &c->opt : NULL, g->env->cfg->uid_prefix,
                           write_second, &out, tr);
    if (rc == 0 && !out.meta_len)
        rc = DG_ETRUNC; /* no dataset came out */
    if (rc)
        mag_abort(g->second);
    *meta_len = out.meta_len;
    return rc;
}

/* The compression code of dicom.ini for this object: DroppedFileCompression
 * for an imported file, IncomingCompression for one received. */
static const struct compression *configured_compression(const struct ingest *g)
{
    return g->obj.imported ? &g->env->dropped : &g->env->incoming;
}

/* Transcode the received object as its compression code asks, the file in
 * place of the received one, and the header read again from it. Returns 0
 * (transcoded, or nothing to do, or a failure that keeps the object as
 * received, logged) or an error of the new file's header. */
static int compress_received(struct ingest *g, uint64_t *dataset_len, struct ds *ds,
                             uint64_t *header_len)
{
    struct compression over;
    const struct compression *c = configured_compression(g);
    struct transcode_result tr = {0};
    uint64_t meta_len = 0;
    const struct ts *from = g->ts;
    struct mag_writer *w;
    const char *to;
    size_t got = 0;
    int rc;

    if (g->compression[0]) {
        rc = compression_parse(g->compression, g->env->cfg->lossy_quality, &over);
        if (rc) {
            log_warn("%s %s: the called AE asks compression '%s', which this dgate cannot "
                     "write: stored as received",
                     g->who, g->sop_instance, g->compression);
            return 0;
        }
        c = &over;
    }
    to = compression_file_ts(c, from->uid);
    if (!to || strcmp(to, from->uid) == 0)
        return 0;
    rc = transcode_received(g, c, to, &tr, &meta_len);
    if (rc) {
        /* The image is kept as it came: refusing it would make the sender
         * retry what can never succeed, and C-MOVE and C-GET transcode
         * it for each receiver anyway. */
        log_warn("%s %s: not transcoded from %s to %s (%s %s): %s; stored as received", g->who,
                 g->sop_instance, from->name, to, compression_key(g->obj.imported), c->code,
                 dg_strerror(rc));
        return 0;
    }
    /* The received file goes; the transcoded one is the object now. */
    mag_abort(g->writer);
    w = g->writer;
    g->writer = g->second;
    g->second = w;
    g->ts = ts_find_or_encapsulated(to, strlen(to));
    g->meta_len = meta_len;
    if (tr.new_instance)
        str_copy(g->sop_instance, tr.sop_instance, sizeof g->sop_instance);
    log_info("%s %s: transcoded from %s to %s (%s %s%s)", g->who, g->sop_instance, from->name,
             g->ts->name, compression_key(g->obj.imported), c->code,
             tr.lossy_applied ? ", lossy" : "");
    *dataset_len = mag_size(g->writer) - g->meta_len;
    /* The old header's values point into g->header: cleared first. */
    ds_clear(ds);
    buf_reset(&g->header);
    rc = buf_reserve(&g->header, HEADER_KEEP);
    if (rc == 0)
        rc = mag_pread(g->writer, g->meta_len, g->header.data, HEADER_KEEP, &got);
    g->header.len = got;
    if (rc == 0)
        rc = parse_header(g, *dataset_len, ds, header_len);
    return rc;
}

/* Parse the header of the dataset in the temporary file and walk the
 * elements after it. */
static int examine(struct ingest *g, uint64_t dataset_len, struct ds *ds, uint64_t *header_len)
{
    int rc = parse_header(g, dataset_len, ds, header_len);

    if (rc == 0 && *header_len < dataset_len) {
        struct tail t = {g, g->ts->big_endian, 0};
        rc = walk(&t, header_len, dataset_len, g->ts->explicit_vr, 0);
    }
    return rc;
}

int ingest_finish(struct ingest *g, struct index *ix, struct ingest_result *res)
{
    uint64_t dataset_len = mag_size(g->writer) - g->meta_len;
    uint64_t header_len;
    struct header_values h;
    struct fn_values v;
    const char *sop_class = NULL;
    struct index_lock *lock;
    struct ds *ds = NULL;
    int rc;

    memset(res, 0, sizeof *res);
    if (g->write_rc) {
        rc = g->write_rc;
        log_warn("%s %s: writing failed: %s", g->who, g->sop_instance, dg_strerror(rc));
        goto fail;
    }
    ds = ds_new();
    if (!ds) {
        rc = -ENOMEM;
        goto fail;
    }
    rc = examine(g, dataset_len, ds, &header_len);
    if (rc) {
        log_warn("%s %s: the dataset cannot be parsed: %s", g->who, g->sop_instance,
                 dg_strerror(rc));
        goto fail;
    }
    fill_values(g, ds, &h, &v, &sop_class);
    rc = check_identity(g, &v, sop_class);
    if (rc == 0 && (g->compression[0] || configured_compression(g)->ts_uid)) {
        rc = compress_received(g, &dataset_len, ds, &header_len);
        if (rc)
            log_warn("%s %s: the transcoded dataset cannot be parsed: %s", g->who, g->sop_instance,
                     dg_strerror(rc));
        if (rc == 0) {
            fill_values(g, ds, &h, &v, &sop_class);
            rc = check_identity(g, &v, sop_class);
        }
    }
    if (rc)
        goto fail;
    /* Two stores of one SOP instance at once (a retrying modality, two
     * routes, two dgate on one index) must end with one file and one row:
     * from the look-up of an earlier file through the committed row to the
     * replacing rename, a store holds the instance's lock. */
    rc = index_lock_sop(ix, v.sop_uid, &lock);
    if (rc) {
        log_warn("%s %s: the instance cannot be locked: %s", g->who, g->sop_instance,
                 dg_strerror(rc));
        goto fail;
    }
    res->bytes = dataset_len;
    str_copy(res->study_uid, v.study_uid ? v.study_uid : "", sizeof res->study_uid);
    str_copy(res->series_uid, v.series_uid ? v.series_uid : "", sizeof res->series_uid);
    rc = store_object(g, ix, ds, &v, lock, res);
    index_unlock_sop(lock);
    if (rc == 0)
        log_user("%s %s %s%s (%llu bytes, %s)%s%s", g->who, g->obj.imported ? "imported" : "stored",
                 res->relpath, res->replaced ? " again" : "", (unsigned long long)dataset_len,
                 g->ts->name, g->by[0] ? " " : "", g->by);
    ds_free(ds);
    g->write_rc = 0;
    return rc;
fail:
    mag_abort(g->writer);
    ds_free(ds);
    g->write_rc = 0;
    return rc;
}
