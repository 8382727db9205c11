/* The kept metadata: its table, its form (a copy of the dataset that refers
 * to the caller's values, bulk values cut) and its row. */
#include "db/metadata.h"

#include "dicom/dict.h"
#include "dicom/encoding.h"
#include "util/base64.h"
#include "util/error.h"
#include "util/log.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define PIXEL_DATA DICT_TAG(0x7FE0, 0x0010)
#define ROWS DICT_TAG(0x0028, 0x0010)
#define BITS_ALLOCATED DICT_TAG(0x0028, 0x0100)
#define STUDY_UID DICT_TAG(0x0020, 0x000D)
#define SERIES_UID DICT_TAG(0x0020, 0x000E)
#define SOP_UID DICT_TAG(0x0008, 0x0018)

int metadata_create_table(struct db *db, int with_indices)
{
    /* MySQL: MEDIUMTEXT holds METADATA_MAX; ASCII suffices for base64. */
    const char *text = db_backend(db) == DB_MYSQL ? "mediumtext" : "text";
    char sql[512];
    int rc;

    snprintf(sql, sizeof sql,
             "CREATE TABLE %s (SOPInstUID varchar(64) PRIMARY KEY not null, SeriesInst "
             "varchar(64), StudyInsta varchar(64), Metadata %s)%s",
             METADATA_TABLE, text,
             db_backend(db) == DB_MYSQL ? " CHARACTER SET ascii COLLATE ascii_bin" : "");
    rc = db_exec_ddl(db, sql);
    if (rc == 0 && with_indices)
        rc = db_exec_ddl(db, "CREATE INDEX metadata_series ON " METADATA_TABLE " (SeriesInst)");
    if (rc)
        log_error("***Failed %s: creating %s: %s", db_backend_name(db), METADATA_TABLE,
                  db_error(db));
    return rc;
}

int metadata_upsert_sql(const struct db *db, char **out)
{
    static const char *const columns[] = {"SOPInstUID", "SeriesInst", "StudyInsta", "Metadata"};

    return db_upsert_sql(db, METADATA_TABLE, columns, 4, NULL, out);
}

int metadata_encode(const struct ds *ds, struct buf *out)
{
    struct ds *kept = ds_new();
    struct buf deflated;
    uint16_t bits = 16;
    int rc;

    if (!kept)
        return -ENOMEM;
    buf_init(&deflated, METADATA_MAX);
    rc = ds_copy_ref(ds, kept, 1);
    /* The header a store indexes ends before the pixels: say they are
     * there, so that the JSON has their BulkDataURI. */
    if (rc == 0 && ds_find(ds, ROWS) && !ds_find(ds, PIXEL_DATA)) {
        ds_get_u16(ds, BITS_ALLOCATED, 0, &bits);
        rc = ds_set_ref(kept, PIXEL_DATA, bits <= 8 ? VR_OB : VR_OW, NULL, 0);
    }
    if (rc == 0)
        rc = enc_encode(kept, ts_deflated_le(), &deflated);
    if (rc == 0)
        rc = base64_encode(deflated.data, deflated.len, out);
    buf_free(&deflated);
    ds_free(kept);
    return rc;
}

int metadata_write_kept(struct db *db, const char *upsert_sql, const struct ds *ds,
                        const struct buf *kept, int encoded)
{
    char sop[65], series[65], study[65];
    struct db_value v[4];

    if (ds_get_string(ds, SOP_UID, sop, sizeof sop) ||
        ds_get_string(ds, SERIES_UID, series, sizeof series) ||
        ds_get_string(ds, STUDY_UID, study, sizeof study))
        return DG_EPARSE;
    v[0] = db_text(sop, strlen(sop));
    if (encoded) {
        /* Not worth failing the store for (the kept form is a copy of the
         * file's header): the file answers instead, and an older row of
         * the instance must not. */
        if (encoded == DG_ETOOBIG)
            log_warn("metadata of %s is over %u bytes; not kept (read from its file)", sop,
                     METADATA_MAX);
        else
            log_warn("metadata of %s not kept (read from its file): %s", sop, dg_strerror(encoded));
        return db_exec(db, "DELETE FROM " METADATA_TABLE " WHERE SOPInstUID = ?", v, 1, NULL);
    }
    v[1] = db_text(series, strlen(series));
    v[2] = db_text(study, strlen(study));
    v[3] = db_text((const char *)kept->data, kept->len);
    return db_exec(db, upsert_sql, v, 4, NULL);
}

static int take_text(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct buf *text = ctx;

    if (ncols < 1 || cols[0].kind != DB_TEXT)
        return 0;
    return buf_append(text, cols[0].text, cols[0].len) ? DG_ETOOBIG : 1;
}

int metadata_remove(struct db *db, const char *sop_uid)
{
    struct db_value key = db_text(sop_uid, strlen(sop_uid));

    return db_exec(db, "DELETE FROM " METADATA_TABLE " WHERE SOPInstUID = ?", &key, 1, NULL);
}

int metadata_read(struct db *db, const char *sop_uid, struct buf *text)
{
    struct db_value key = db_text(sop_uid, strlen(sop_uid));
    int rc;

    buf_reset(text);
    rc = db_query(db, "SELECT Metadata FROM " METADATA_TABLE " WHERE SOPInstUID = ?", &key, 1,
                  take_text, text);
    return rc == 1 ? 1 : rc;
}

int metadata_decode(const char *text, size_t len, struct buf *raw, struct ds *ds)
{
    int rc;

    buf_reset(raw);
    rc = base64_decode(text, len, raw);
    if (rc == 0)
        rc = enc_decode(raw->data, raw->len, ts_deflated_le(), NULL, ds, NULL);
    return rc == DG_ETRUNC ? DG_EPARSE : rc;
}
