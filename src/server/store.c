/* The Storage service (C-STORE SCP). The dataset streams from the socket
 * into a temporary file on MAGDevice0 behind a Part-10 meta header; only its
 * first bytes stay in memory, for the header. When the last fragment is in,
 * the header gives the file its FileNameSyntax name, the file is flushed and
 * renamed into place, and only then is success answered. Any failure removes
 * the temporary file and answers a failure status; the association goes on. */
#include "archive/filename.h"
#include "archive/mag.h"
#include "config/config.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/encoding.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/part10.h"
#include "dicom/ts.h"
#include "dicom/uid.h"
#include "net/assoc.h"
#include "server/scp.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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

#define TAG_PATIENT_ID DICT_TAG(0x0010, 0x0020)

struct store_job {
    struct scp *s;
    size_t kept_max; /* how much of the dataset to keep in s->header */
    int sink_rc;     /* the first write error */
};

static int store_sink(void *arg, const uint8_t *p, size_t n)
{
    struct store_job *j = arg;
    struct scp *s = j->s;
    int rc;

    if (s->header.len < j->kept_max) {
        size_t room = j->kept_max - s->header.len;
        rc = buf_append(&s->header, p, n < room ? n : room);
        if (rc) {
            j->sink_rc = rc;
            return rc;
        }
    }
    rc = mag_write(s->writer, p, n);
    if (rc)
        j->sink_rc = rc;
    return rc;
}

/* The UIDs of a C-STORE command: digits and dots, 1..64 characters. Not
 * PS3.5's no-leading-zero rule, which real modalities break and Conquest
 * does not enforce; FileNameSyntax checks again what it puts in paths. */
static int uid_ok(const char *s)
{
    size_t n = strlen(s);

    if (n == 0 || n > UID_MAX_LEN)
        return 0;
    return strspn(s, "0123456789.") == n;
}

/* Inflate the start of the deflated dataset in the file (Deflated Explicit
 * VR Little Endian is a raw deflate stream, PS3.5 A.5) into out, at most cap
 * bytes. *ended is 1 when nothing more would come out. */
static int inflate_start(struct scp *s, uint64_t meta_len, uint64_t dataset_len, size_t cap,
                         struct buf *out, int *ended)
{
    uint8_t in[16384];
    uint64_t off = 0;
    z_stream z;
    int zrc = Z_OK, rc;

    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return -ENOMEM;
    buf_reset(out);
    rc = buf_reserve(out, cap);
    if (rc)
        goto done;
    z.next_out = out->data;
    z.avail_out = (uInt)cap;
    while (z.avail_out > 0 && zrc != Z_STREAM_END) {
        if (z.avail_in == 0) {
            size_t want = dataset_len - off < sizeof in ? (size_t)(dataset_len - off) : sizeof in;
            size_t got = 0;

            if (want > 0)
                rc = mag_pread(s->writer, meta_len + off, in, want, &got);
            if (rc || got == 0)
                break; /* a stream cut short is the decoder's DG_ETRUNC */
            off += got;
            z.next_in = in;
            z.avail_in = (uInt)got;
        }
        zrc = inflate(&z, Z_NO_FLUSH);
        if (zrc != Z_OK && zrc != Z_STREAM_END) {
            rc = DG_EPARSE;
            break;
        }
    }
    out->len = cap - z.avail_out;
    *ended = zrc == Z_STREAM_END || (z.avail_in == 0 && off >= dataset_len);
done:
    inflateEnd(&z);
    return rc;
}

/* Decode the dataset header (up to the pixel data). It is in s->header when
 * short; else more of the file is read back into `more`. A deflated dataset
 * is inflated from the file into `more`, only as far as the header needs. */
static int parse_header(struct scp *s, const struct ts *ts, uint64_t meta_len, uint64_t dataset_len,
                        struct buf *more, struct ds *ds)
{
    struct enc_opts opts = {0};
    const uint8_t *p = s->header.data;
    size_t have = s->header.len;
    int rc;

    opts.max_depth = s->cfg->max_nesting_depth;
    opts.stop_before_pixels = 1;
    if (ts->deflated) {
        static const size_t caps[] = {INFLATED_FIRST, HEADER_MAX};
        int ended = 0;

        rc = DG_ETRUNC;
        for (size_t i = 0; i < sizeof caps / sizeof caps[0] && rc == DG_ETRUNC && !ended; i++) {
            rc = inflate_start(s, meta_len, dataset_len, caps[i], more, &ended);
            if (rc)
                return rc;
            ds_clear(ds);
            opts.partial = !ended;
            rc = enc_decode(more->data, more->len, ts_explicit_le(), &opts, ds, NULL);
        }
        return rc;
    }
    opts.partial = have < dataset_len;
    rc = enc_decode(p, have, ts, &opts, ds, NULL);
    /* The kept bytes ended before the pixel data: read more of the file. */
    if (opts.partial && rc == DG_ETRUNC) {
        size_t want = dataset_len < HEADER_MAX ? (size_t)dataset_len : HEADER_MAX;
        size_t got = 0;

        log_debug("[%u] the header is longer than %zu bytes: reading %zu back", s->id, have, want);
        rc = buf_reserve(more, want);
        if (rc)
            return rc;
        rc = mag_pread(s->writer, meta_len, more->data, want, &got);
        if (rc)
            return rc;
        more->len = got;
        ds_clear(ds);
        opts.partial = got < dataset_len;
        rc = enc_decode(more->data, got, ts, &opts, ds, NULL);
    }
    return rc;
}

/* A value of the header as text: NULL when absent (fn_make's "empty"),
 * cut to fit out when longer. */
static const char *value(const struct ds *ds, uint32_t tag, char *out, size_t outlen)
{
    int rc = ds_get_string(ds, tag, out, outlen);
    return rc == 0 || rc == DG_ETOOBIG ? out : NULL;
}

/* A UID of the header: never cut, since a cut UID names another object; one
 * longer than 64 characters becomes "" which fn_make refuses (DG_EUID). */
static const char *uid_value(const struct ds *ds, uint32_t tag, char out[UID_MAX_LEN + 1])
{
    int rc = ds_get_string(ds, tag, out, UID_MAX_LEN + 1);

    if (rc == DG_ETOOBIG)
        out[0] = '\0';
    return rc == 0 || rc == DG_ETOOBIG ? out : NULL;
}

struct header_values {
    char patient_id[65], patient_name[325];
    char study_uid[UID_MAX_LEN + 1], series_uid[UID_MAX_LEN + 1], sop_uid[UID_MAX_LEN + 1];
    char series_number[13], instance_number[13], modality[17], study_id[17];
    char study_description[65], study_date[9], image_id[17];
};

static void fill_values(const struct scp *s, const struct ds *ds, const struct dimse_cmd *cmd,
                        struct header_values *h, struct fn_values *v)
{
    memset(v, 0, sizeof *v);
    v->patient_id = value(ds, TAG_PATIENT_ID, h->patient_id, sizeof h->patient_id);
    v->patient_name = value(ds, DICT_TAG(0x0010, 0x0010), h->patient_name, sizeof h->patient_name);
    v->study_uid = uid_value(ds, DICT_TAG(0x0020, 0x000D), h->study_uid);
    v->series_uid = uid_value(ds, DICT_TAG(0x0020, 0x000E), h->series_uid);
    v->sop_uid = uid_value(ds, DICT_TAG(0x0008, 0x0018), h->sop_uid);
    if (!v->sop_uid)
        v->sop_uid = cmd->sop_instance;
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
    v->calling_ae = assoc_calling_ae(s->as);
    v->called_ae = assoc_called_ae(s->as);
}

/* The index connection of this association, opened at its first store. */
static int open_index(struct scp *s)
{
    char err[512];
    int rc;

    if (s->ix)
        return 0;
    rc = db_open(s->cfg, &s->db, err, sizeof err);
    if (rc) {
        log_error("[%u] cannot open the index database: %s", s->id, err);
        return rc;
    }
    rc = index_open(s->cfg, s->srv->schema, s->db, &s->ix);
    if (rc) {
        log_error("[%u] cannot prepare the index: %s", s->id, dg_strerror(rc));
        db_close(s->db);
        s->db = NULL;
    }
    return rc;
}

struct found_file {
    char *path;
    size_t size;
    int found;
};

static int take_file(void *arg, const struct db_value *cols, size_t ncols)
{
    struct found_file *f = arg;

    if (ncols == 2 && cols[0].kind == DB_TEXT && cols[0].len > 0 && cols[0].len < f->size &&
        cols[1].kind == DB_TEXT && cols[1].len == 4 && memcmp(cols[1].text, "MAG0", 4) == 0) {
        memcpy(f->path, cols[0].text, cols[0].len);
        f->path[cols[0].len] = '\0';
        f->found = 1;
    }
    return 0;
}

/* The file an earlier store of this SOP instance went to, so that storing
 * it again replaces that file (Conquest keeps the old name). 1 when found. */
static int earlier_file(struct scp *s, const char *sop_uid, char *out, size_t outlen)
{
    const struct schema_table *t = &s->srv->schema->tables[SCHEMA_IMAGE];
    struct db_value key = db_text(sop_uid, strlen(sop_uid));
    struct found_file f = {out, outlen, 0};
    char sql[256];

    snprintf(sql, sizeof sql, "SELECT %s, %s FROM %s WHERE %s = ?", TABLES_OBJECT_FILE,
             TABLES_DEVICE_NAME, t->table, t->columns[0].column);
    if (db_query(s->db, sql, &key, 1, take_file, &f) != 0)
        return 0;
    return f.found;
}

/* The status for an error of the MAG writer, with StorageFailedErrorCode
 * for a processing failure as Conquest answers it. */
static uint16_t failure_status(const struct scp *s, int err)
{
    uint16_t st = mag_dicom_status(err);
    return st == STATUS_PROCESSING_FAILURE ? (uint16_t)s->cfg->storage_failed_error_code : st;
}

static void unlink_stored(const struct scp *s, const char *relpath)
{
    char path[PATH_MAX + FN_PATH_MAX];

    snprintf(path, sizeof path, "%s%s", s->cfg->mag[0], relpath);
    if (unlink(path) != 0)
        log_error("[%u] cannot remove %s: %s", s->id, path, strerror(errno));
}

/* Rename the received file to relpath (mag_finish). Returns the DICOM
 * status; on failure the temporary file is gone. */
static uint16_t put_in_place(struct scp *s, const struct dimse_cmd *cmd, const char *relpath,
                             int replacing)
{
    int rc = mag_finish(s->writer, relpath);

    if (rc == 0)
        return STATUS_SUCCESS;
    log_warn("[%u] C-STORE %s: %s not %s: %s", s->id, cmd->sop_instance, relpath,
             replacing ? "replaced" : "written", dg_strerror(rc));
    return failure_status(s, rc);
}

/* Everything after the last fragment: header, name, rename. Returns the
 * DICOM status; the temporary file is gone unless it was renamed. */
static uint16_t complete(struct scp *s, const struct dimse_cmd *cmd, const struct ts *ts,
                         uint64_t meta_len)
{
    uint64_t dataset_len = mag_size(s->writer) - meta_len;
    struct header_values h;
    struct fn_values v;
    struct buf more;
    struct ds *ds = ds_new();
    char relpath[FN_PATH_MAX];
    struct index_file where = {"MAG0", relpath};
    struct index_lock *lock = NULL;
    uint16_t status;
    int rc, replacing;

    buf_init(&more, HEADER_MAX);
    if (!ds) {
        status = STATUS_OUT_OF_RESOURCES;
        goto fail;
    }
    rc = parse_header(s, ts, meta_len, dataset_len, &more, ds);
    if (rc) {
        log_warn("[%u] C-STORE %s: the dataset cannot be parsed: %s", s->id, cmd->sop_instance,
                 dg_strerror(rc));
        status = rc == -ENOMEM ? STATUS_OUT_OF_RESOURCES : STATUS_CANNOT_UNDERSTAND;
        goto fail;
    }
    fill_values(s, ds, cmd, &h, &v);
    if ((v.study_uid && !uid_ok(v.study_uid)) || (v.series_uid && !uid_ok(v.series_uid)) ||
        !uid_ok(v.sop_uid)) {
        log_warn("[%u] C-STORE %s: a study, series or SOP instance UID is not a UID", s->id,
                 cmd->sop_instance);
        status = STATUS_CANNOT_UNDERSTAND;
        goto fail;
    }
    rc = open_index(s);
    if (rc) {
        status = (uint16_t)s->cfg->storage_failed_error_code;
        goto fail;
    }
    /* Two stores of one SOP instance at once (a retrying modality, two
     * routes, two dgate on one index) must end with one file: from the
     * look-up of an earlier file to the committed row, a store holds the
     * instance's lock. */
    rc = index_lock_sop(s->ix, v.sop_uid, &lock);
    if (rc) {
        status = (uint16_t)s->cfg->storage_failed_error_code;
        goto fail;
    }
    replacing = earlier_file(s, v.sop_uid, relpath, sizeof relpath);
    rc = replacing ? 0 : fn_make(s->cfg, &v, relpath, sizeof relpath);
    if (rc) {
        log_warn("[%u] C-STORE %s: no file name (FileNameSyntax %s): %s", s->id, cmd->sop_instance,
                 s->cfg->file_name_syntax, dg_strerror(rc));
        status =
            rc == DG_EUID ? STATUS_CANNOT_UNDERSTAND : (uint16_t)s->cfg->storage_failed_error_code;
        goto fail;
    }
    /* A new file is put in place before its row exists, so that a row
     * never points at nothing; a file replacing an indexed one waits for
     * its row, so that a refused object (another patient's, say) never
     * overwrites the image already stored under that name. */
    if (!replacing && (status = put_in_place(s, cmd, relpath, replacing)) != STATUS_SUCCESS)
        goto done;
    /* The one place where the index row is committed: before success. */
    rc = index_object_grouped(s->ix, ds, &where, lock);
    if (rc) {
        log_warn("[%u] C-STORE %s: not indexed: %s", s->id, cmd->sop_instance, dg_strerror(rc));
        status = (uint16_t)s->cfg->storage_failed_error_code;
        if (replacing)
            goto fail;
        unlink_stored(s, relpath); /* a file the index does not know must not stay */
        goto done;
    }
    if (replacing && (status = put_in_place(s, cmd, relpath, replacing)) != STATUS_SUCCESS)
        goto done;
    log_info("[%u] stored %s%s (%llu bytes, %s)", s->id, relpath, replacing ? " again" : "",
             (unsigned long long)dataset_len, ts->name);
    s->stored++;
    status = STATUS_SUCCESS;
    goto done;
fail:
    mag_abort(s->writer);
done:
    index_unlock_sop(lock);
    buf_free(&more);
    ds_free(ds);
    return status;
}

/* Receive the dataset into a new temporary file and store it. Returns 0
 * with *status set, or an association error. */
static int receive(struct scp *s, const struct dimse_cmd *cmd, uint8_t ctx_id, const struct ts *ts,
                   uint16_t *status)
{
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);
    struct p10_meta_info mi = {cmd->sop_class, cmd->sop_instance, ctx->ts, assoc_calling_ae(s->as)};
    struct store_job job = {s, HEADER_KEEP, 0};
    uint64_t meta_len;
    int rc;

    rc = mag_check_space(s->srv->mag0);
    if (rc == 0)
        rc = mag_begin(s->writer);
    if (rc) {
        log_warn("[%u] C-STORE %s refused: %s", s->id, cmd->sop_instance, dg_strerror(rc));
        *status = failure_status(s, rc);
        return scp_drain_dataset(s, cmd, ctx_id);
    }
    buf_reset(&s->header);
    rc = p10_encode_meta(&mi, &s->header);
    if (rc == 0)
        rc = mag_write(s->writer, s->header.data, s->header.len);
    meta_len = s->header.len;
    buf_reset(&s->header);
    job.sink_rc = rc;
    rc = dimse_recv_dataset(&s->dimse, ctx_id, store_sink, &job);
    if (rc && rc != job.sink_rc) {
        /* The association broke mid-dataset: no partial file is kept. */
        mag_abort(s->writer);
        return rc;
    }
    if (job.sink_rc) {
        log_warn("[%u] C-STORE %s: writing failed: %s", s->id, cmd->sop_instance,
                 dg_strerror(job.sink_rc));
        mag_abort(s->writer);
        *status = failure_status(s, job.sink_rc);
        return 0;
    }
    *status = complete(s, cmd, ts, meta_len);
    return 0;
}

int store_service(struct scp *s, const struct dimse_cmd *cmd, uint8_t ctx_id)
{
    const struct assoc_ctx *ctx = assoc_context(s->as, ctx_id);
    const struct ts *ts = ts_find_or_encapsulated(ctx->ts, strlen(ctx->ts));
    uint16_t status;
    int rc;

    if (cmd->dataset_type == DIMSE_NO_DATASET)
        return scp_respond(s, cmd, ctx_id, STATUS_CANNOT_UNDERSTAND);
    if (!(cmd->present & DIMSE_F_SOP_CLASS) || !(cmd->present & DIMSE_F_SOP_INSTANCE) ||
        !uid_ok(cmd->sop_class) || !uid_ok(cmd->sop_instance) || !ts) {
        log_warn("[%u] C-STORE without valid SOP class and instance UIDs", s->id);
        rc = scp_drain_dataset(s, cmd, ctx_id);
        return rc ? rc : scp_respond(s, cmd, ctx_id, STATUS_CANNOT_UNDERSTAND);
    }
    /* The data set must be of the class its presentation context was
     * negotiated for: the transfer syntax and our acceptance rest on it. */
    if (strcmp(cmd->sop_class, ctx->abstract_syntax) != 0) {
        log_warn("[%u] C-STORE of SOP class %s on a context for %s refused", s->id, cmd->sop_class,
                 ctx->abstract_syntax);
        rc = scp_drain_dataset(s, cmd, ctx_id);
        return rc ? rc : scp_respond(s, cmd, ctx_id, STATUS_SOP_CLASS_NOT_SUPPORTED);
    }
    if (!s->writer) {
        rc = mag_writer_new(s->srv->mag0, &s->writer);
        if (rc) {
            rc = scp_drain_dataset(s, cmd, ctx_id);
            return rc ? rc : scp_respond(s, cmd, ctx_id, STATUS_OUT_OF_RESOURCES);
        }
        buf_init(&s->header, HEADER_KEEP);
    }
    rc = receive(s, cmd, ctx_id, ts, &status);
    if (rc == 0)
        rc = scp_respond(s, cmd, ctx_id, status);
    /* The peer reads the response and sends the next image meanwhile. Not
     * after the first store: an association that stores one image (many
     * modalities do) would make and delete a file more each time, and a
     * recently deleted inode slows every create on ext4 without a journal. */
    if (rc == 0 && s->stored > 1)
        mag_prepare(s->writer);
    return rc;
}

void store_cleanup(struct scp *s)
{
    index_close(s->ix);
    db_close(s->db);
    s->ix = NULL;
    s->db = NULL;
    if (s->writer) {
        mag_writer_free(s->writer);
        buf_free(&s->header);
        s->writer = NULL;
    }
}
