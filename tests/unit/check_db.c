/* Tests of src/db against real databases: SQLite always, MariaDB and
 * PostgreSQL when DGATE_TEST_MYSQL / DGATE_TEST_PGSQL hold connection
 * strings ("host=127.0.0.1 port=3306 user=dgate password=dgate
 * dbname=dgate_test"). Every test runs on every available backend: values
 * stored as Conquest stores them, hostile strings verbatim, link conflicts
 * refused without a write, ModalitiesInStudy, patient copies, 8 concurrent
 * indexers, the query API, reconnecting. */
#include "config/config.h"
#include "db/db.h"
#include "db/db_impl.h"
#include "db/index.h"
#include "db/metadata.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "util/error.h"

#include "db_test_config.h"

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define T(g, e) DICT_TAG(g, e)

static struct schema *schema;
static char sqlite_path[256];
static FILE *devnull;

/* ---- backends ---- */

static struct db *open_fresh(int be, struct config *cfg)
{
    struct db *db = NULL;
    char err[1024];

    if (!db_test_config(be, sqlite_path, cfg))
        return NULL;
    int rc = db_open(cfg, &db, err, sizeof err);
    ck_assert_msg(rc == 0, "db_open: %s", err);
    ck_assert_int_eq(tables_init(db, schema, TABLES_WITH_INDICES, devnull), 0);
    return db;
}

/* ---- datasets ---- */

struct obj {
    const char *pid, *name, *study, *series, *sop, *modality;
};

static struct ds *make_ds(const struct obj *o)
{
    struct ds *ds = ds_new();
    ck_assert_ptr_nonnull(ds);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0020), VR_LO, o->pid), 0);
    if (o->name)
        ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0010), VR_PN, o->name), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000d), VR_UI, o->study), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000e), VR_UI, o->series), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0018), VR_UI, o->sop), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0016), VR_UI, "1.2.840.10008.5.1.4.1.1.7"), 0);
    if (o->modality)
        ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0060), VR_CS, o->modality), 0);
    return ds;
}

static int store(struct index *ix, const struct obj *o)
{
    struct ds *ds = make_ds(o);
    struct index_file where = {"MAG0", o->sop};
    int rc = index_object(ix, ds, &where);
    ds_free(ds);
    return rc;
}

/* ---- reading back ---- */

struct rows {
    int n;
    char v[8][8][512]; /* rows x columns; "(null)" for NULL */
};

static int grab(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct rows *r = ctx;
    if (r->n == 8)
        return 0;
    for (size_t i = 0; i < ncols && i < 8; i++) {
        if (cols[i].kind == DB_NULL)
            snprintf(r->v[r->n][i], 512, "(null)");
        else
            snprintf(r->v[r->n][i], 512, "%.*s", (int)cols[i].len, cols[i].text);
    }
    r->n++;
    return 0;
}

static void query(struct db *db, const char *sql, const char *param, struct rows *r)
{
    struct db_value p = param ? db_text(param, strlen(param)) : db_null();
    memset(r, 0, sizeof *r);
    int rc = db_query(db, sql, param ? &p : NULL, param ? 1 : 0, grab, r);
    ck_assert_msg(rc == 0, "%s: %s", sql, db_error(db));
}

static long count(struct db *db, const char *table)
{
    char sql[128];
    struct rows r;
    snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM %s", table);
    query(db, sql, NULL, &r);
    return atol(r.v[0][0]);
}

/* db_upsert_sql's statement, run once with the values. */
static int upsert(struct db *db, const char *table, const char *const *cols,
                  const struct db_value *vals, size_t n, const char *insert_only)
{
    char *sql = NULL;
    int rc = db_upsert_sql(db, table, cols, n, insert_only, &sql);

    if (rc == 0)
        rc = db_exec(db, sql, vals, n, NULL);
    free(sql);
    return rc;
}

/* Run fn once per available backend, each on fresh tables. */
typedef void (*backend_test)(struct db *db, struct index *ix, const struct config *cfg);

static void on_every_backend(backend_test fn)
{
    for (int be = DB_SQLITE; be <= DB_PGSQL; be++) {
        struct config cfg;
        struct db *db = open_fresh(be, &cfg);
        struct index *ix = NULL;
        if (!db)
            continue;
        ck_assert_int_eq(index_open(&cfg, schema, db, &ix), 0);
        fn(db, ix, &cfg);
        index_close(ix);
        db_close(db);
    }
}

/* ---- tests ---- */

static void values_as_conquest(struct db *db, struct index *ix, const struct config *cfg)
{
    struct ds *ds = make_ds(&(struct obj){"P1", NULL, "1.2.3", "1.2.3.4", "1.2.3.4.5", "CT"});
    struct index_file where = {"MAG0", "P1/file.dcm"};
    struct rows r;
    static const uint8_t rows_us[2] = {0x40, 0x01}; /* 320 */
    (void)cfg;

    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x0011), VR_IS, " 1 "), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x1030), VR_LO, "   "), 0);
    ck_assert_int_eq(ds_set(ds, T(0x0008, 0x0050), VR_SH, "", 0), 0);
    ck_assert_int_eq(ds_set(ds, T(0x0028, 0x0010), VR_US, rows_us, 2), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0008), VR_CS, "ORIGINAL\\PRIMARY"), 0);
    ck_assert_int_eq(index_object(ix, ds, &where), 0);
    ds_free(ds);

    query(db, "SELECT SeriesNumb, Modality, SeriesDesc FROM DICOMSeries WHERE SeriesInst = ?",
          "1.2.3.4", &r);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], " 1"); /* leading kept, trailing removed */
    ck_assert_str_eq(r.v[0][1], "CT");
    ck_assert_str_eq(r.v[0][2], "(null)"); /* absent */
    query(db, "SELECT StudyDescr, AccessionN, StudyModal, PatientID FROM DICOMStudies", NULL, &r);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "");       /* only spaces */
    ck_assert_str_eq(r.v[0][1], "(null)"); /* zero length */
    ck_assert_str_eq(r.v[0][2], "CT");
    ck_assert_str_eq(r.v[0][3], "P1");
    query(db,
          "SELECT QRows, ImageType, ObjectFile, DeviceName, ImagePat, SeriesInst, AccessTime "
          "FROM DICOMImages",
          NULL, &r);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "320");
    ck_assert_str_eq(r.v[0][1], "ORIGINAL\\PRIMARY");
    ck_assert_str_eq(r.v[0][2], "P1/file.dcm");
    ck_assert_str_eq(r.v[0][3], "MAG0");
    ck_assert_str_eq(r.v[0][4], "P1");
    ck_assert_str_eq(r.v[0][5], "1.2.3.4");
    ck_assert_int_gt(atol(r.v[0][6]), 1700000000);
}

START_TEST(test_values_stored_as_conquest)
{
    on_every_backend(values_as_conquest);
}
END_TEST

/* A value longer than its column is cut to the column, never inside a
 * UTF-8 sequence (StudyID is varchar(16); ReferPhysician varchar(64)). */
static void long_values(struct db *db, struct index *ix, const struct config *cfg)
{
    struct ds *ds = make_ds(&(struct obj){"T1", NULL, "1.4", "1.4.1", "1.4.1.1", "CT"});
    struct index_file where = {"MAG0", "x"};
    char name[80];
    struct rows r;
    (void)cfg;

    /* 63 ASCII letters then a Latin-1 u-umlaut (2 bytes in UTF-8): 65 bytes. */
    memset(name, 'A', 63);
    name[63] = (char)0xfc;
    name[64] = '\0';
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0005), VR_CS, "ISO_IR 100"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0090), VR_PN, name), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x0010), VR_SH, "ABCDEFGHIJKLMNOPQRST"), 0);
    ck_assert_int_eq(index_object(ix, ds, &where), 0);
    ds_free(ds);
    query(db, "SELECT StudyID, ReferPhysi FROM DICOMStudies", NULL, &r);
    ck_assert_str_eq(r.v[0][0], "ABCDEFGHIJKLMNOP");
    name[63] = '\0';
    ck_assert_str_eq(r.v[0][1], name);
}

START_TEST(test_long_values_cut_to_column_on_character_boundary)
{
    on_every_backend(long_values);
}
END_TEST

START_TEST(test_like_escape_and_identifiers)
{
    char out[8];

    ck_assert_int_eq(db_like_escape("a%b_c\\", 6, out, sizeof out), DG_ETOOBIG);
    ck_assert_int_eq(db_like_escape("a%b", 3, out, sizeof out), 4);
    ck_assert_str_eq(out, "a!%b");
    ck_assert_int_eq(db_like_escape("!\\", 2, out, sizeof out), 3);
    ck_assert_str_eq(out, "!!\\");
    ck_assert_int_eq(db_like_escape("", 0, out, 1), 0);
    ck_assert_int_eq(db_is_identifier("DICOMStudies.PatientID"), 1);
    ck_assert_int_eq(db_is_identifier("PatientID"), 1);
    ck_assert_int_eq(db_is_identifier("a.b.c"), 0);
    ck_assert_int_eq(db_is_identifier(".a"), 0);
    ck_assert_int_eq(db_is_identifier("a."), 0);
    ck_assert_int_eq(db_is_identifier(""), 0);
    ck_assert_int_eq(db_is_identifier("x y"), 0);
    ck_assert_int_eq(db_is_identifier("x'"), 0);
}
END_TEST

static const char *const hostile[] = {
    "O'Brien",           "back\\slash\\\\two", "100% _sure_", "x'; DROP TABLE DICOMPatients; --",
    "\"quoted\" `tick`",
};

static void hostile_verbatim(struct db *db, struct index *ix, const struct config *cfg)
{
    struct rows r;
    char sop[32];
    (void)cfg;

    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        snprintf(sop, sizeof sop, "1.2.9.%zu", i);
        char pid[32];
        snprintf(pid, sizeof pid, "H%zu", i);
        ck_assert_int_eq(store(ix, &(struct obj){pid, "Other^Name", "1.2.8", "1.2.8.1", sop, "OT"}),
                         DG_ECONFLICT * (i > 0)); /* one study, other patients: refused */
    }
    /* Each name as its own patient and study. */
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        char pid[32], study[32], series[32];
        snprintf(pid, sizeof pid, "K%zu", i);
        snprintf(study, sizeof study, "1.3.%zu", i);
        snprintf(series, sizeof series, "1.3.%zu.1", i);
        snprintf(sop, sizeof sop, "1.3.%zu.1.1", i);
        ck_assert_int_eq(store(ix, &(struct obj){pid, hostile[i], study, series, sop, "OT"}), 0);
        query(db, "SELECT PatientNam FROM DICOMPatients WHERE PatientID = ?", pid, &r);
        ck_assert_int_eq(r.n, 1);
        ck_assert_str_eq(r.v[0][0], hostile[i]);
        /* And found again by exact match on the value itself. */
        query(db, "SELECT PatientID FROM DICOMPatients WHERE PatientNam = ?", hostile[i], &r);
        ck_assert_int_eq(r.n, 1);
        ck_assert_str_eq(r.v[0][0], pid);
    }
    ck_assert_int_eq(count(db, "DICOMPatients"), 6);
}

START_TEST(test_hostile_strings_stored_and_read_back_verbatim)
{
    on_every_backend(hostile_verbatim);
}
END_TEST

static void conflict(struct db *db, struct index *ix, const struct config *cfg)
{
    struct rows r;
    (void)cfg;

    ck_assert_int_eq(store(ix, &(struct obj){"TEST001", "A", "1.2.3.4.100", "1.2.3.4.100.1",
                                             "1.2.3.4.100.1.1", "CT"}),
                     0);
    ck_assert_int_eq(store(ix, &(struct obj){"OTHER002", "B", "1.2.3.4.100", "1.2.3.4.100.2",
                                             "1.2.3.4.100.2.1", "MR"}),
                     DG_ECONFLICT);
    ck_assert_int_eq(count(db, "DICOMPatients"), 1);
    ck_assert_int_eq(count(db, "DICOMSeries"), 1);
    ck_assert_int_eq(count(db, "DICOMImages"), 1);
    query(db, "SELECT PatientID, StudyModal FROM DICOMStudies", NULL, &r);
    ck_assert_str_eq(r.v[0][0], "TEST001");
    ck_assert_str_eq(r.v[0][1], "CT");
    /* A series moving to another study, an image to another series: refused. */
    ck_assert_int_eq(store(ix, &(struct obj){"TEST001", "A", "1.2.3.4.200", "1.2.3.4.100.1",
                                             "1.2.3.4.200.1.1", "CT"}),
                     DG_ECONFLICT);
    ck_assert_int_eq(store(ix, &(struct obj){"TEST001", "A", "1.2.3.4.100", "1.2.3.4.100.3",
                                             "1.2.3.4.100.1.1", "CT"}),
                     DG_ECONFLICT);
    ck_assert_int_eq(count(db, "DICOMStudies"), 1);
    ck_assert_int_eq(count(db, "DICOMSeries"), 1);
}

START_TEST(test_study_under_other_patient_refused_nothing_written)
{
    on_every_backend(conflict);
}
END_TEST

static void modalities(struct db *db, struct index *ix, const struct config *cfg)
{
    struct rows r;
    (void)cfg;

    ck_assert_int_eq(store(ix, &(struct obj){"P", "N", "1.5", "1.5.1", "1.5.1.1", "OT"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"P", "N", "1.5", "1.5.2", "1.5.2.1", "SR"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"P", "N", "1.5", "1.5.2", "1.5.2.2", "SR"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"P", "N", "1.5", "1.5.3", "1.5.3.1", "OT"}), 0);
    query(db, "SELECT StudyModal FROM DICOMStudies", NULL, &r);
    ck_assert_str_eq(r.v[0][0], "SR\\OT"); /* each once, newest first */
    /* Series 1.5.2 re-stored as MR: SR is gone, MR is in. */
    ck_assert_int_eq(store(ix, &(struct obj){"P", "N", "1.5", "1.5.2", "1.5.2.1", "MR"}), 0);
    query(db, "SELECT StudyModal FROM DICOMStudies", NULL, &r);
    ck_assert_msg(strcmp(r.v[0][0], "MR\\OT") == 0 || strcmp(r.v[0][0], "OT\\MR") == 0, "got %s",
                  r.v[0][0]);
}

START_TEST(test_study_modalities_follow_series)
{
    on_every_backend(modalities);
}
END_TEST

static void copies(struct db *db, struct index *ix, const struct config *cfg)
{
    struct rows r;
    (void)cfg;

    ck_assert_int_eq(store(ix, &(struct obj){"P", "Old^Name", "1.6", "1.6.1", "1.6.1.1", "CT"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"P", "New^Name", "1.7", "1.7.1", "1.7.1.1", "CT"}), 0);
    query(db, "SELECT PatientNam FROM DICOMStudies ORDER BY StudyInsta", NULL, &r);
    ck_assert_int_eq(r.n, 2);
    ck_assert_str_eq(r.v[0][0], "New^Name");
    ck_assert_str_eq(r.v[1][0], "New^Name");
    query(db, "SELECT PatientNam FROM DICOMPatients", NULL, &r);
    ck_assert_str_eq(r.v[0][0], "New^Name");
}

/* Metadata kept after the fact (WADO-RS on an instance indexed without
 * it) is written only while the image row is there. */
static void keep_metadata(struct db *db, struct index *ix, const struct config *cfg)
{
    const struct obj o = {"P", "N", "1.8", "1.8.1", "1.8.1.1", "CT"};
    struct ds *ds = make_ds(&o);
    struct buf kept;
    char device[32], file[256];
    struct rows r;
    (void)cfg;

    buf_init(&kept, 1u << 20);
    ck_assert_int_eq(store(ix, &o), 0);
    ck_assert_int_eq(db_exec(db, "DELETE FROM InstanceMetadata", NULL, 0, NULL), 0);
    ck_assert_int_eq(metadata_encode(ds, &kept), 0);
    ck_assert_int_eq(index_keep_metadata(ix, "1.8.1.1", ds, &kept), 1);
    query(db, "SELECT SeriesInst FROM InstanceMetadata WHERE SOPInstUID = ?", "1.8.1.1", &r);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "1.8.1");
    ck_assert_int_eq(index_remove_object(ix, "1.8.1.1", device, sizeof device, file, sizeof file),
                     1);
    ck_assert_int_eq(index_keep_metadata(ix, "1.8.1.1", ds, &kept), 0);
    query(db, "SELECT SeriesInst FROM InstanceMetadata", NULL, &r);
    ck_assert_int_eq(r.n, 0);
    buf_free(&kept);
    ds_free(ds);
}

START_TEST(test_metadata_kept_only_while_the_image_is_indexed)
{
    on_every_backend(keep_metadata);
}
END_TEST

START_TEST(test_patient_copies_in_studies_follow_patient)
{
    on_every_backend(copies);
}
END_TEST

static void latin1(struct db *db, struct index *ix, const struct config *cfg)
{
    struct ds *ds = make_ds(&(struct obj){"L1", NULL, "1.8", "1.8.1", "1.8.1.1", "CT"});
    struct index_file where = {"MAG0", "x"};
    struct rows r;
    (void)cfg;

    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0005), VR_CS, "ISO_IR 100"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0010), VR_PN, "M\xfcller^J\xfcrgen"), 0);
    ck_assert_int_eq(index_object(ix, ds, &where), 0);
    ds_free(ds);
    query(db, "SELECT PatientNam FROM DICOMPatients", NULL, &r);
    ck_assert_str_eq(r.v[0][0], "M\xc3\xbcller^J\xc3\xbcrgen");
}

START_TEST(test_names_converted_to_utf8)
{
    on_every_backend(latin1);
}
END_TEST

/* 8 threads, each with its own connection, 40 objects each into one study. */
struct worker {
    struct config cfg;
    int id;
    int failures;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    struct db *db = NULL;
    struct index *ix = NULL;
    char err[512], series[32], sop[32];

    if (db_open(&w->cfg, &db, err, sizeof err) != 0 || index_open(&w->cfg, schema, db, &ix) != 0) {
        w->failures = 1000;
        db_close(db);
        return NULL;
    }
    for (int i = 0; i < 40; i++) {
        snprintf(series, sizeof series, "1.9.%d", i % 3);
        snprintf(sop, sizeof sop, "1.9.%d.%d.%d", i % 3, w->id, i);
        if (store(ix, &(struct obj){"C", "Con^Current", "1.9", series, sop, i % 3 ? "MR" : "CT"}))
            w->failures++;
    }
    index_close(ix);
    db_close(db);
    return NULL;
}

static void concurrent(struct db *db, struct index *ix, const struct config *cfg)
{
    pthread_t th[8];
    struct worker w[8];
    struct rows r;
    (void)ix;

    for (int i = 0; i < 8; i++) {
        w[i].cfg = *cfg;
        w[i].id = i;
        w[i].failures = 0;
        ck_assert_int_eq(pthread_create(&th[i], NULL, work, &w[i]), 0);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        ck_assert_int_eq(w[i].failures, 0);
    }
    ck_assert_int_eq(count(db, "DICOMImages"), 320);
    ck_assert_int_eq(count(db, "DICOMSeries"), 3);
    ck_assert_int_eq(count(db, "DICOMStudies"), 1);
    ck_assert_int_eq(count(db, "DICOMPatients"), 1);
    query(db, "SELECT StudyModal FROM DICOMStudies", NULL, &r);
    ck_assert_msg(strcmp(r.v[0][0], "MR\\CT") == 0 || strcmp(r.v[0][0], "CT\\MR") == 0, "got %s",
                  r.v[0][0]);
}

/* Group commit: 8 threads store at once through index_object_grouped; one
 * of them sends every 5th object under another patient, which must be
 * refused alone, without costing the objects committed with it. */
static void *grouped_work(void *arg)
{
    struct worker *w = arg;
    struct db *db = NULL;
    struct index *ix = NULL;
    char err[512], sop[32];

    if (db_open(&w->cfg, &db, err, sizeof err) != 0 || index_open(&w->cfg, schema, db, &ix) != 0) {
        w->failures = 1000;
        db_close(db);
        return NULL;
    }
    for (int i = 0; i < 40; i++) {
        int intruder = w->id == 7 && i % 5 == 0;
        snprintf(sop, sizeof sop, "1.7.1.%d.%d", w->id, i);
        struct ds *ds = make_ds(
            &(struct obj){intruder ? "OTHER" : "G", "Group^Commit", "1.7", "1.7.1", sop, "CT"});
        struct index_file where = {"MAG0", sop};
        int rc = index_object_grouped(ix, ds, &where, NULL);
        ds_free(ds);
        if (rc != (intruder ? DG_ECONFLICT : 0))
            w->failures++;
    }
    index_close(ix);
    db_close(db);
    return NULL;
}

static void grouped(struct db *db, struct index *ix, const struct config *cfg)
{
    pthread_t th[8];
    struct worker w[8];
    struct rows r;
    (void)ix;

    /* The study exists under G first, so that OTHER is the intruder. */
    ck_assert_int_eq(store(ix, &(struct obj){"G", "Group^Commit", "1.7", "1.7.1", "1.7.1.0", "CT"}),
                     0);
    for (int i = 0; i < 8; i++) {
        w[i].cfg = *cfg;
        w[i].id = i;
        w[i].failures = 0;
        ck_assert_int_eq(pthread_create(&th[i], NULL, grouped_work, &w[i]), 0);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        ck_assert_int_eq(w[i].failures, 0);
    }
    ck_assert_int_eq(count(db, "DICOMImages"), 1 + 8 * 40 - 8);
    query(db, "SELECT COUNT(*) FROM DICOMPatients WHERE PatientID = ?", "OTHER", &r);
    ck_assert_str_eq(r.v[0][0], "0");
    index_group_close(); /* the next backend gets its own */
}

START_TEST(test_grouped_indexers_commit_together_and_refuse_alone)
{
    on_every_backend(grouped);
}
END_TEST

/* Grouped commits must still let SQLite checkpoint, or the WAL grows
 * without end: 4000 images are about 90 MB of WAL without a checkpoint
 * (as when one was left to a thread that never caught up with the writer);
 * with them it stays near the 4000-page threshold (16 MiB). */
START_TEST(test_grouped_commits_keep_the_wal_checkpointed)
{
    struct config cfg;
    struct db *db = open_fresh(DB_SQLITE, &cfg);
    struct index *ix = NULL;
    char wal[sizeof sqlite_path + 8], sop[64];
    struct stat st;

    ck_assert_ptr_nonnull(db);
    ck_assert_int_eq(index_open(&cfg, schema, db, &ix), 0);
    /* The WAL file keeps the largest size it ever had: start from zero. */
    struct rows r;
    query(db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, &r);
    for (int i = 0; i < 4000; i++) {
        snprintf(sop, sizeof sop, "1.9.1.%d", i);
        struct ds *ds = make_ds(&(struct obj){"W", "Wal^Bound", "1.9", "1.9.1", sop, "CT"});
        struct index_file where = {"MAG0", sop};
        ck_assert_int_eq(index_object_grouped(ix, ds, &where, NULL), 0);
        ds_free(ds);
    }
    ck_assert_int_eq(count(db, "DICOMImages"), 4000);
    snprintf(wal, sizeof wal, "%s-wal", sqlite_path);
    ck_assert_int_eq(stat(wal, &st), 0);
    ck_assert_msg(st.st_size < 32L * 1024 * 1024, "WAL of %lld bytes", (long long)st.st_size);
    index_group_close();
    index_close(ix);
    db_close(db);
}
END_TEST

/* Rows remembered from our earlier transactions are trusted only while no
 * other connection has committed: a patient row another connection changed
 * or deleted between two stores of one series is written again. */
static void others_write_between(struct db *db, struct index *ix, const struct config *cfg)
{
    struct db *other;
    struct rows r;
    char err[512];
    struct db_value id = db_text("K1", 2);

    ck_assert_int_eq(store(ix, &(struct obj){"K1", "Kept^Name", "3.1", "3.1.1", "3.1.1.1", "CT"}),
                     0);
    ck_assert_int_eq(db_open(cfg, &other, err, sizeof err), 0);
    ck_assert_int_eq(db_exec(other,
                             "UPDATE DICOMPatients SET PatientNam = 'Changed' WHERE PatientID = ?",
                             &id, 1, NULL),
                     0);
    ck_assert_int_eq(store(ix, &(struct obj){"K1", "Kept^Name", "3.1", "3.1.1", "3.1.1.2", "CT"}),
                     0);
    query(db, "SELECT PatientNam FROM DICOMPatients WHERE PatientID = ?", "K1", &r);
    ck_assert_str_eq(r.v[0][0], "Kept^Name");

    ck_assert_int_eq(db_exec(other, "DELETE FROM DICOMPatients WHERE PatientID = ?", &id, 1, NULL),
                     0);
    ck_assert_int_eq(store(ix, &(struct obj){"K1", "Kept^Name", "3.1", "3.1.1", "3.1.1.3", "CT"}),
                     0);
    query(db, "SELECT COUNT(*) FROM DICOMPatients WHERE PatientID = ?", "K1", &r);
    ck_assert_str_eq(r.v[0][0], "1");
    db_close(other);
}

START_TEST(test_rows_changed_by_others_are_written_again)
{
    on_every_backend(others_write_between);
}
END_TEST

START_TEST(test_eight_concurrent_indexers_lose_no_rows)
{
    on_every_backend(concurrent);
}
END_TEST

static void select_api(struct db *db, struct index *ix, const struct config *cfg)
{
    struct rows r;
    char pattern[64];
    (void)cfg;

    ck_assert_int_eq(store(ix, &(struct obj){"A1", "100%_done", "2.1", "2.1.1", "2.1.1.1", "CT"}),
                     0);
    ck_assert_int_eq(store(ix, &(struct obj){"A2", "100x done", "2.2", "2.2.1", "2.2.1.1", "MR"}),
                     0);
    ck_assert_int_eq(store(ix, &(struct obj){"A3", "Back\\slash", "2.3", "2.3.1", "2.3.1.1", "CT"}),
                     0);

    /* LIKE with the escape: "100%_%" literally matches only the first. */
    int n = db_like_escape("100%_", 5, pattern, sizeof pattern);
    ck_assert_int_eq(n, 7);
    strcat(pattern, "%");
    const char *const cols[] = {"PatientID", "PatientNam"};
    const char *const tabs[] = {"DICOMPatients"};
    struct db_value like = db_text(pattern, strlen(pattern));
    struct db_cond c1 = {"PatientNam", DB_OP_LIKE, &like, 1, 0, 0, 0};
    struct db_select q = {tabs, 1, cols, 2, &c1, 1, "PatientID", 0, 0};
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(db_select(db, &q, grab, &r), 0);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "A1");

    /* A literal backslash in a LIKE pattern: an ordinary character. */
    n = db_like_escape("Back\\", 5, pattern, sizeof pattern);
    ck_assert_int_eq(n, 5);
    strcat(pattern, "%");
    like = db_text(pattern, strlen(pattern));
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(db_select(db, &q, grab, &r), 0);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "A3");

    /* IN, >=, <= and a join with the studies. */
    struct db_value in[3] = {db_text("A1", 2), db_text("A3", 2), db_text("nope", 4)};
    struct db_value ge = db_text("A2", 2), le = db_text("A3", 2);
    struct db_value join = db_text("DICOMStudies.PatientID", 22);
    struct db_cond c2[4] = {{"DICOMPatients.PatientID", DB_OP_IN, in, 3, 0, 0, 0},
                            {"DICOMPatients.PatientID", DB_OP_GE, &ge, 1, 0, 0, 0},
                            {"DICOMPatients.PatientID", DB_OP_LE, &le, 1, 0, 0, 0},
                            {"DICOMPatients.PatientID", DB_OP_JOIN, &join, 1, 0, 0, 0}};
    const char *const cols2[] = {"DICOMPatients.PatientID", "DICOMStudies.StudyInsta"};
    const char *const tabs2[] = {"DICOMPatients", "DICOMStudies"};
    struct db_select q2 = {tabs2, 2, cols2, 2, c2, 4, NULL, 10, 0};
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(db_select(db, &q2, grab, &r), 0);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "A3");
    ck_assert_str_eq(r.v[0][1], "2.3");

    /* Case folding for DT_ISTR columns. */
    struct db_value up = db_text("100X DONE", 9);
    struct db_cond c3 = {"PatientNam", DB_OP_EQ, &up, 1, 1, 0, 0};
    struct db_select q3 = {tabs, 1, cols, 2, &c3, 1, NULL, 0, 0};
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(db_select(db, &q3, grab, &r), 0);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "A2");

    /* Identifiers that are not checked names never reach the SQL. */
    const char *const bad[] = {"PatientID; DROP TABLE DICOMPatients"};
    struct db_select q4 = {tabs, 1, bad, 1, NULL, 0, NULL, 0, 0};
    ck_assert_int_eq(db_select(db, &q4, grab, &r), DG_EPARSE);
    ck_assert_int_eq(count(db, "DICOMPatients"), 3);

    /* A statement beyond the SQL cap is reported as too big: the builder
     * keeps its first error instead of OR-ing codes into a parse error. */
    size_t nmany = 100000; /* ", ?" each: beyond 256 KiB */
    struct db_value *many = calloc(nmany, sizeof *many);
    ck_assert_ptr_nonnull(many);
    for (size_t i = 0; i < nmany; i++)
        many[i] = db_text("A1", 2);
    struct db_cond c5 = {"PatientID", DB_OP_IN, many, nmany, 0, 0, 0};
    struct db_select q5 = {tabs, 1, cols, 2, &c5, 1, NULL, 0, 0};
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(db_select(db, &q5, grab, &r), DG_ETOOBIG);
    free(many);

    /* The same LIKE where the server reads backslashes in SQL literals its
     * own way (MySQL's NO_BACKSLASH_ESCAPES, PostgreSQL's
     * standard_conforming_strings = off): the SQL we write must not care. */
    if (db_backend(db) == DB_MYSQL)
        ck_assert_int_eq(db_exec_ddl(db, "SET SESSION sql_mode = "
                                         "CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')"),
                         0);
    if (db_backend(db) == DB_PGSQL)
        ck_assert_int_eq(db_exec_ddl(db, "SET standard_conforming_strings = off"), 0);
    q.order_by = NULL; /* other SQL text: prepared anew under the setting */
    memset(&r, 0, sizeof r);
    ck_assert_msg(db_select(db, &q, grab, &r) == 0, "%s: %s", db_backend_name(db), db_error(db));
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "A3");
}

START_TEST(test_select_api_operators)
{
    on_every_backend(select_api);
}
END_TEST

/* UPPER(LTRIM(column)) in a range (the name index's expression): leading
 * spaces (a Conquest-made index keeps them) and case ignored, bytewise on
 * every backend; on SQLite the planner reads it from the patient_name
 * index. */
static void name_prefix(struct db *db, struct index *ix, const struct config *cfg)
{
    static const char *const names[] = {"smith^a", "SMITH^B", "Smithy", "SMITE",
                                        "smiti",   "Smit",    "Ismith"};
    char pid[8], uid[32], sop[32];
    struct rows r;
    (void)cfg;

    for (int i = 0; i < 7; i++) {
        snprintf(pid, sizeof pid, "N%d", i);
        snprintf(uid, sizeof uid, "5.%d", i);
        snprintf(sop, sizeof sop, "5.%d.1.1", i);
        ck_assert_int_eq(store(ix, &(struct obj){pid, names[i], uid, uid, sop, "CT"}), 0);
    }
    struct db_value lead = db_text("N0", 2);
    ck_assert_msg(db_exec(db,
                          "UPDATE DICOMPatients SET PatientNam = '  smith^a' WHERE PatientID = ?",
                          &lead, 1, NULL) == 0,
                  "%s", db_error(db));
    const char *const cols[] = {"PatientID"};
    const char *const tabs[] = {"DICOMPatients"};
    struct db_value lo = db_text("SMITH", 5), hi = db_text("SMITI", 5);
    struct db_cond c[2] = {{"PatientNam", DB_OP_GE, &lo, 1, 1, 0, 1},
                           {"PatientNam", DB_OP_LT, &hi, 1, 1, 0, 1}};
    struct db_select q = {tabs, 1, cols, 1, c, 2, "PatientID", 0, 0};
    memset(&r, 0, sizeof r);
    ck_assert_msg(db_select(db, &q, grab, &r) == 0, "%s", db_error(db));
    ck_assert_int_eq(r.n, 3); /* N0 (leading spaces), N1, N2; not SMITE, smiti, Smit */
    for (int i = 0; i < 3; i++) {
        snprintf(pid, sizeof pid, "N%d", i);
        ck_assert_str_eq(r.v[i][0], pid);
    }
    if (db_backend(db) != DB_SQLITE)
        return;
    query(db,
          "EXPLAIN QUERY PLAN SELECT PatientID FROM DICOMPatients WHERE UPPER(LTRIM(PatientNam)) "
          ">= 'SMITH' AND UPPER(LTRIM(PatientNam)) < 'SMITI'",
          NULL, &r);
    ck_assert_int_ge(r.n, 1);
    ck_assert_msg(strstr(r.v[0][3], "USING INDEX patient_name"), "%s", r.v[0][3]);
}

START_TEST(test_name_prefix_range_ignores_case_and_leading_spaces)
{
    on_every_backend(name_prefix);
}
END_TEST

static void select_groups(struct db *db, struct index *ix, const struct config *cfg)
{
    struct rows r;
    long long n = -1;
    (void)cfg;

    ck_assert_int_eq(store(ix, &(struct obj){"B1", "Alpha", "4.1", "4.1.1", "4.1.1.1", "CT"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"B2", "Beta", "4.2", "4.2.1", "4.2.1.1", "MR"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"B3", "Gamma", "4.3", "4.3.1", "4.3.1.1", "CT"}), 0);
    ck_assert_int_eq(store(ix, &(struct obj){"B4", "Delta", "4.4", "4.4.1", "4.4.1.1", "CT"}), 0);

    /* (PatientNam LIKE 'A%' OR PatientID IN ('B3')) AND PatientID > 'B0' */
    const char *const cols[] = {"PatientID", "PatientNam"};
    const char *const tabs[] = {"DICOMPatients"};
    struct db_value like = db_text("A%", 2), in = db_text("B3", 2), after = db_text("B0", 2);
    struct db_cond c[3] = {{"PatientNam", DB_OP_LIKE, &like, 1, 0, 1, 0},
                           {"PatientID", DB_OP_IN, &in, 1, 0, 0, 0},
                           {"PatientID", DB_OP_GT, &after, 1, 0, 0, 0}};
    struct db_select q = {tabs, 1, cols, 2, c, 3, "PatientID", 0, 0};
    memset(&r, 0, sizeof r);
    ck_assert_msg(db_select(db, &q, grab, &r) == 0, "%s", db_error(db));
    ck_assert_int_eq(r.n, 2);
    ck_assert_str_eq(r.v[0][0], "B1");
    ck_assert_str_eq(r.v[1][0], "B3");

    /* Keyset paging: after B1 in key order, two at a time. */
    after = db_text("B1", 2);
    struct db_select page = {tabs, 1, cols, 2, &c[2], 1, "PatientID", 2, 0};
    memset(&r, 0, sizeof r);
    ck_assert_int_eq(db_select(db, &page, grab, &r), 0);
    ck_assert_int_eq(r.n, 2);
    ck_assert_str_eq(r.v[0][0], "B2");
    ck_assert_str_eq(r.v[1][0], "B3");

    /* A group that ends the list is closed too; LT is bytewise. */
    struct db_value lt = db_text("B3", 2), eq = db_text("B4", 2);
    struct db_cond c2[2] = {{"PatientID", DB_OP_LT, &lt, 1, 0, 1, 0},
                            {"PatientID", DB_OP_EQ, &eq, 1, 0, 1, 0}};
    struct db_select q2 = {tabs, 1, cols, 2, c2, 2, "PatientID", 0, 0};
    memset(&r, 0, sizeof r);
    ck_assert_msg(db_select(db, &q2, grab, &r) == 0, "%s", db_error(db));
    ck_assert_int_eq(r.n, 3);
    ck_assert_str_eq(r.v[2][0], "B4");

    /* COUNT(*) over a join: the CT images of the studies of B1..B4. */
    const char *const tabs3[] = {"DICOMImages", "DICOMSeries"};
    struct db_value join = db_text("DICOMSeries.SeriesInst", 22), ct = db_text("CT", 2);
    struct db_cond c3[2] = {{"DICOMImages.SeriesInst", DB_OP_JOIN, &join, 1, 0, 0, 0},
                            {"DICOMSeries.Modality", DB_OP_EQ, &ct, 1, 0, 0, 0}};
    struct db_select q3 = {tabs3, 2, NULL, 0, c3, 2, NULL, 0, 0};
    ck_assert_msg(db_count(db, &q3, &n) == 0, "%s", db_error(db));
    ck_assert_int_eq(n, 3);
    struct db_value none = db_text("XX", 2);
    c3[1].values = &none;
    ck_assert_int_eq(db_count(db, &q3, &n), 0);
    ck_assert_int_eq(n, 0);
}

/* A dicom.sql whose WorkList block lists no column still makes its
 * tables: the worklist table gets only the columns every table has (the
 * DDL began with ", AccessTime" and SQLite refused it). */
START_TEST(test_init_with_an_empty_worklist_block)
{
    const char *top = getenv("top_srcdir");
    char path[1024], err[512], *text = NULL;
    size_t len = 0;
    struct schema *s = NULL;
    struct config cfg;
    struct db *db = NULL;

    snprintf(path, sizeof path, "%s/etc/dicom.sql", top ? top : ".");
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    len = (size_t)ftell(f);
    rewind(f);
    text = malloc(len + 1);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_eq(fread(text, 1, len, f), len);
    fclose(f);
    text[len] = '\0';
    char *open = strchr(strstr(text, "*WorkList*"), '{'), *close = strrchr(text, '}');
    ck_assert(open && close && close > open);
    memmove(open + 1, close, strlen(close) + 1);
    ck_assert_int_eq(schema_parse(text, strlen(text), 10, "t.sql", &s, err, sizeof err), 0);
    /* A database of its own: the shared one may hold a worklist with rows,
     * which tables_init keeps rather than making anew. */
    char fresh[300];
    snprintf(fresh, sizeof fresh, "%s.empty-worklist", sqlite_path);
    unlink(fresh);
    ck_assert(db_test_config(DB_SQLITE, fresh, &cfg));
    ck_assert_int_eq(db_open(&cfg, &db, err, sizeof err), 0);
    ck_assert_int_eq(tables_init(db, s, TABLES_WITH_INDICES, devnull), 0);
    ck_assert_int_eq(db_table_exists(db, "DICOMWorkList"), 1);
    db_close(db);
    unlink(fresh);
    schema_free(s);
    free(text);
}
END_TEST

START_TEST(test_select_or_groups_keyset_and_count)
{
    on_every_backend(select_groups);
}
END_TEST

static void init_keeps_worklist(struct db *db, struct index *ix, const struct config *cfg)
{
    int created = -1;
    (void)ix;
    (void)cfg;

    /* A worklist left by an earlier run survives open_fresh's init. */
    ck_assert_int_eq(db_exec_ddl(db, "DELETE FROM DICOMWorkList"), 0);
    ck_assert_int_eq(db_exec_ddl(db, "INSERT INTO DICOMWorkList (AccessionN, PatientID) VALUES "
                                     "('2005-9999', '20504567')"),
                     0);
    ck_assert_int_eq(store(ix, &(struct obj){"W", "N", "3.1", "3.1.1", "3.1.1.1", "CT"}), 0);
    /* Create-if-absent keeps everything. */
    ck_assert_int_eq(tables_create_missing(db, schema, devnull, &created), 0);
    ck_assert_int_eq(created, 0);
    ck_assert_int_eq(count(db, "DICOMImages"), 1);
    /* -i drops the index but keeps a worklist with rows. */
    ck_assert_int_eq(tables_init(db, schema, TABLES_WITH_INDICES, devnull), 0);
    ck_assert_int_eq(count(db, "DICOMImages"), 0);
    ck_assert_int_eq(count(db, "DICOMWorkList"), 1);
    /* Create-if-absent after a table vanished makes just that one. */
    ck_assert_int_eq(db_exec_ddl(db, "DROP TABLE DICOMSeries"), 0);
    ck_assert_int_eq(tables_create_missing(db, schema, devnull, &created), 0);
    ck_assert_int_eq(created, 1);
    ck_assert_int_eq(db_table_exists(db, "DICOMSeries"), 1);
    ck_assert_int_eq(count(db, "DICOMWorkList"), 1);
}

START_TEST(test_init_keeps_worklist_and_create_if_absent_drops_nothing)
{
    on_every_backend(init_keeps_worklist);
}
END_TEST

/* The column check finds nothing missing in tables made from dicom.sql, and
 * names a column that an index made from another dicom.sql lacks, changing
 * nothing. */
static void missing_columns_counted(struct db *db, struct index *ix, const struct config *cfg)
{
    int missing = -1;
    (void)ix;
    (void)cfg;

    ck_assert_int_eq(tables_check_columns(db, schema, &missing), 0);
    ck_assert_int_eq(missing, 0);
    ck_assert_int_eq(db_exec_ddl(db, "ALTER TABLE DICOMSeries DROP COLUMN Institutio"), 0);
    ck_assert_int_eq(db_exec_ddl(db, "ALTER TABLE DICOMImages DROP COLUMN DeviceName"), 0);
    ck_assert_int_eq(tables_check_columns(db, schema, &missing), 0);
    ck_assert_int_eq(missing, 2);
    ck_assert_int_ne(db_exec(db, "SELECT Institutio FROM DICOMSeries", NULL, 0, NULL), 0);
}

START_TEST(test_missing_columns_counted)
{
    on_every_backend(missing_columns_counted);
}
END_TEST

/* A commit reports success only when the rows are there: PostgreSQL ends a
 * transaction in which a statement failed with a ROLLBACK that libpq
 * reports as a completed command. */
static void commit_after_failed_statement(struct db *db, struct index *ix, const struct config *cfg)
{
    const char *cols[] = {"PatientID", "PatientNam"};
    struct db_value vals[] = {db_text("C1", 2), db_text("N", 1)};
    (void)ix;
    (void)cfg;

    ck_assert_int_eq(db_begin(db), 0);
    ck_assert_int_eq(upsert(db, "DICOMPatients", cols, vals, 2, NULL), 0);
    ck_assert_int_ne(db_exec(db, "SELECT nosuchcolumn FROM DICOMPatients", NULL, 0, NULL), 0);
    int rc = db_commit(db);
    if (db_backend(db) == DB_PGSQL)
        ck_assert_int_ne(rc, 0);
    ck_assert_int_eq(count(db, "DICOMPatients"), rc == 0 ? 1 : 0);
}

/* An upsert updates a changed row, leaves an unchanged one alone, and never
 * touches its insert-only column (AccessTime: when the row was made). */
static void upsert_updates_only_what_changed(struct db *db, struct index *ix,
                                             const struct config *cfg)
{
    const char *cols[] = {"PatientID", "PatientNam", "AccessTime"};
    struct db_value first[] = {db_text("U1", 2), db_text("Old", 3), db_text("100", 3)};
    struct db_value same[] = {db_text("U1", 2), db_text("Old", 3), db_text("200", 3)};
    struct db_value renamed[] = {db_text("U1", 2), db_text("New", 3), db_text("300", 3)};
    struct db_value unnamed[] = {db_text("U1", 2), db_null(), db_text("400", 3)};
    struct rows r;
    (void)ix;
    (void)cfg;

    ck_assert_int_eq(upsert(db, "DICOMPatients", cols, first, 3, "AccessTime"), 0);
    ck_assert_int_eq(upsert(db, "DICOMPatients", cols, same, 3, "AccessTime"), 0);
    query(db, "SELECT PatientNam, AccessTime FROM DICOMPatients WHERE PatientID = ?", "U1", &r);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "Old");
    ck_assert_str_eq(r.v[0][1], "100");
    ck_assert_int_eq(upsert(db, "DICOMPatients", cols, renamed, 3, "AccessTime"), 0);
    query(db, "SELECT PatientNam, AccessTime FROM DICOMPatients WHERE PatientID = ?", "U1", &r);
    ck_assert_str_eq(r.v[0][0], "New");
    ck_assert_str_eq(r.v[0][1], "100");
    /* A value that became NULL is a change too (NULL-safe comparison). */
    ck_assert_int_eq(upsert(db, "DICOMPatients", cols, unnamed, 3, "AccessTime"), 0);
    query(db, "SELECT PatientNam FROM DICOMPatients WHERE PatientID = ?", "U1", &r);
    ck_assert_str_eq(r.v[0][0], "(null)");
    ck_assert_int_eq(count(db, "DICOMPatients"), 1);
}

START_TEST(test_upsert_updates_only_what_changed)
{
    on_every_backend(upsert_updates_only_what_changed);
}
END_TEST

START_TEST(test_commit_succeeds_only_with_the_rows)
{
    on_every_backend(commit_after_failed_statement);
}
END_TEST

START_TEST(test_unreachable_server_is_dbgone)
{
    struct config cfg;
    struct db *db = NULL;
    char err[512];

    for (int be = DB_MYSQL; be <= DB_PGSQL; be++) {
        if (!db_test_config(be, sqlite_path, &cfg))
            continue;
        snprintf(cfg.sql_host, sizeof cfg.sql_host, "127.0.0.1:1");
        ck_assert_int_eq(db_open(&cfg, &db, err, sizeof err), DG_EDBGONE);
        ck_assert_ptr_null(db);
    }
}
END_TEST

/* The server drops our connection (as on a restart): the next object is
 * indexed on a new connection, not lost and not answered with a stale one. */
static void reconnect(struct db *db, struct index *ix, const struct config *cfg)
{
    struct db *admin = NULL;
    struct rows r;
    char err[512], sql[128];

    if (db_backend(db) == DB_SQLITE)
        return;
    ck_assert_int_eq(store(ix, &(struct obj){"R", "N", "4.1", "4.1.1", "4.1.1.1", "CT"}), 0);
    query(db, db_backend(db) == DB_MYSQL ? "SELECT CONNECTION_ID()" : "SELECT pg_backend_pid()",
          NULL, &r);
    ck_assert_int_eq(db_open(cfg, &admin, err, sizeof err), 0);
    snprintf(sql, sizeof sql,
             db_backend(db) == DB_MYSQL ? "KILL %s" : "SELECT pg_terminate_backend(%s)", r.v[0][0]);
    struct rows ignore;
    memset(&ignore, 0, sizeof ignore);
    ck_assert_int_eq(db_query(admin, sql, NULL, 0, grab, &ignore), 0);
    usleep(200000);
    ck_assert_int_eq(store(ix, &(struct obj){"R", "N", "4.1", "4.1.1", "4.1.1.2", "CT"}), 0);
    ck_assert_int_eq(count(admin, "DICOMImages"), 2);
    db_close(admin);
}

START_TEST(test_lost_connection_reconnects)
{
    on_every_backend(reconnect);
}
END_TEST

/* The connection dies while rows stream in: the rows already handed out
 * must not be handed out again by a silent retry (a C-FIND would answer
 * them twice); the query fails instead. */
struct stream {
    struct db *admin;
    const char *kill_sql;
    long n, last;
    int repeated;
};

static int kill_on_first_row(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct stream *s = ctx;
    char v[32];
    struct rows ignore;

    ck_assert_uint_eq(ncols, 1);
    snprintf(v, sizeof v, "%.*s", (int)cols[0].len, cols[0].text);
    if (atol(v) <= s->last)
        s->repeated = 1;
    s->last = atol(v);
    if (s->n++ == 0) {
        memset(&ignore, 0, sizeof ignore);
        ck_assert_int_eq(db_query(s->admin, s->kill_sql, NULL, 0, grab, &ignore), 0);
        usleep(300000);
    }
    return 0;
}

static void stream_cut(struct db *db, struct index *ix, const struct config *cfg)
{
    struct stream s = {NULL, NULL, 0, 0, 0};
    struct rows r;
    char err[512], sql[600];
    int mysql = db_backend(db) == DB_MYSQL;
    (void)ix;

    if (db_backend(db) == DB_SQLITE)
        return;
    query(db, mysql ? "SELECT CONNECTION_ID()" : "SELECT pg_backend_pid()", NULL, &r);
    snprintf(sql, sizeof sql, mysql ? "KILL %s" : "SELECT pg_terminate_backend(%s)", r.v[0][0]);
    ck_assert_int_eq(db_open(cfg, &s.admin, err, sizeof err), 0);
    s.kill_sql = sql;
    int rc = db_query(
        db, mysql ? "SELECT seq FROM seq_1_to_3000000" : "SELECT generate_series(1, 3000000)", NULL,
        0, kill_on_first_row, &s);
    ck_assert_int_eq(s.repeated, 0);
    ck_assert_int_lt(s.n, 3000000);
    ck_assert_msg(rc == DG_EDBGONE, "%s: %d %s", db_backend_name(db), rc, db_error(db));
    db_close(s.admin);
}

START_TEST(test_connection_lost_mid_stream_repeats_no_row)
{
    on_every_backend(stream_cut);
}
END_TEST

/* ---- several dgate on one index: locks between connections ---- */

/* The name space of the SOP locks in index.c (LOCK_SPACE_SOP). */
#define SOP_SPACE "dgate.sop"

struct second_store {
    struct config cfg;
    struct obj o;
    int rc;
    volatile int finished;
};

static void *store_on_own_connection(void *arg)
{
    struct second_store *s = arg;
    struct db *db = NULL;
    struct index *ix = NULL;
    char err[512];

    s->rc = DG_EDB;
    if (db_open(&s->cfg, &db, err, sizeof err) == 0 && index_open(&s->cfg, schema, db, &ix) == 0)
        s->rc = store(ix, &s->o);
    index_close(ix);
    db_close(db);
    s->finished = 1;
    return NULL;
}

/* Two connections (two dgate) store the first images of one study under two
 * patients at once: the second waits for the first's transaction and is
 * refused, instead of both passing the link check and the study ending up
 * under the later patient. */
static void link_race(struct db *db, struct index *ix, const struct config *cfg)
{
    struct index_file where = {"MAG0", "a"};
    struct second_store s = {*cfg, {"RACE_B", "B", "5.1", "5.1.2", "5.1.2.1", "MR"}, 0, 0};
    struct ds *ds;
    pthread_t th;
    struct rows r;

    if (db_backend(db) == DB_SQLITE)
        return; /* BEGIN IMMEDIATE: the second would wait in db_begin */
    ds = make_ds(&(struct obj){"RACE_A", "A", "5.1", "5.1.1", "5.1.1.1", "CT"});
    ck_assert_int_eq(db_begin(db), 0);
    ck_assert_int_eq(index_object_in_transaction(ix, ds, &where), 0);
    ck_assert_int_eq(pthread_create(&th, NULL, store_on_own_connection, &s), 0);
    usleep(300000);
    ck_assert_msg(!s.finished, "the second store did not wait for the first (rc %d)", s.rc);
    ck_assert_int_eq(db_commit(db), 0);
    pthread_join(th, NULL);
    ds_free(ds);
    ck_assert_int_eq(s.rc, DG_ECONFLICT);
    query(db, "SELECT PatientID FROM DICOMStudies WHERE StudyInsta = ?", "5.1", &r);
    ck_assert_str_eq(r.v[0][0], "RACE_A");
    ck_assert_int_eq(count(db, "DICOMImages"), 1);
    ck_assert_int_eq(count(db, "DICOMSeries"), 1);
}

START_TEST(test_link_check_holds_between_connections)
{
    on_every_backend(link_race);
}
END_TEST

/* Session locks: exclusive between connections, re-entrant within one, gone
 * with a lost connection (and db_session says so). */
static void session_locks(struct db *db, struct index *ix, const struct config *cfg)
{
    uint64_t key = db_lock_key("check_db", "1.2.3", 5);
    struct db *other = NULL;
    char err[512], sql[128];
    int got = -1;
    struct rows r;
    (void)ix;

    if (db_backend(db) == DB_SQLITE) {
        ck_assert_int_eq(db_try_lock(db, key, &got), DG_EUNSUPPORTED);
        ck_assert_int_eq(db_lock_in_transaction(db, &key, 1), 0);
        return;
    }
    ck_assert_uint_ne(key, db_lock_key("check_dc", "1.2.3", 5));
    ck_assert_uint_ne(key, db_lock_key("check_db", "1.2.4", 5));
    ck_assert_int_eq(db_open(cfg, &other, err, sizeof err), 0);
    ck_assert_int_eq(db_try_lock(db, key, &got), 0);
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 0);
    ck_assert_int_eq(db_try_lock(db, key, &got), 0); /* re-entrant */
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(db_unlock(db, key), 0);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 0);
    ck_assert_int_eq(db_unlock(db, key), 0);
    ck_assert_int_eq(db_unlock(db, key), DG_EDB); /* not held any more */
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(db_unlock(other, key), 0);
    /* The holder's connection is lost: the lock goes with it. */
    unsigned long session = db_session(db);
    ck_assert_int_eq(db_try_lock(db, key, &got), 0);
    query(db, db_backend(db) == DB_MYSQL ? "SELECT CONNECTION_ID()" : "SELECT pg_backend_pid()",
          NULL, &r);
    snprintf(sql, sizeof sql,
             db_backend(db) == DB_MYSQL ? "KILL %s" : "SELECT pg_terminate_backend(%s)", r.v[0][0]);
    query(other, sql, NULL, &r);
    usleep(200000);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 1);
    query(db, "SELECT 1", NULL, &r); /* reconnects */
    ck_assert_uint_ne(db_session(db), session);
    ck_assert_int_eq(db_try_lock(db, key, &got), 0);
    ck_assert_int_eq(got, 0);
    ck_assert_int_eq(db_unlock(other, key), 0);
    db_close(other);
}

START_TEST(test_session_locks_exclude_other_connections)
{
    on_every_backend(session_locks);
}
END_TEST

struct sop_locker {
    struct index *ix;
    const char *sop;
    struct index_lock *lk;
    int rc;
    volatile int finished;
};

static void *lock_sop(void *arg)
{
    struct sop_locker *l = arg;
    l->rc = index_lock_sop(l->ix, l->sop, &l->lk);
    l->finished = 1;
    return NULL;
}

/* The connection that holds SOP lock `key` (the group's): killed. */
static void kill_lock_holder(struct db *admin, uint64_t key, const struct config *cfg)
{
    char sql[800], name[64];
    struct rows r;

    if (db_backend(admin) == DB_MYSQL) {
        uint32_t h = 2166136261u;
        for (const char *p = cfg->sql_server; *p; p++)
            h = (h ^ (uint8_t)*p) * 16777619u;
        snprintf(name, sizeof name, "dgate-%08x-%016llx", (unsigned)h, (unsigned long long)key);
        query(admin, "SELECT IS_USED_LOCK(?)", name, &r);
        snprintf(sql, sizeof sql, "KILL %s", r.v[0][0]);
    } else {
        snprintf(sql, sizeof sql,
                 "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
                 "objsubid = 1 AND classid = %u AND objid = %u",
                 (unsigned)(key >> 32), (unsigned)(key & 0xffffffffu));
        query(admin, sql, NULL, &r);
        snprintf(sql, sizeof sql, "SELECT pg_terminate_backend(%s)", r.v[0][0]);
    }
    ck_assert_int_eq(r.n, 1);
    query(admin, sql, NULL, &r);
    usleep(200000);
}

/* The SOP lock of a store holds between processes: a store waits while
 * another connection holds it. A lock lost with the connection that holds
 * it (the group's, which commits) fails the store when another process
 * took it meanwhile, instead of letting it commit unprotected; one still
 * free is taken again. */
static void sop_lock_between_processes(struct db *db, struct index *ix, const struct config *cfg)
{
    const char *sop = "6.1.1.1";
    uint64_t key = db_lock_key(SOP_SPACE, sop, strlen(sop));
    struct ds *ds = make_ds(&(struct obj){"LOCK", "L", "6.1", "6.1.1", sop, "CT"});
    struct index_file where = {"MAG0", "f1"};
    struct sop_locker l = {ix, sop, NULL, 0, 0};
    struct db *other = NULL;
    struct index_lock *lk = NULL;
    pthread_t th;
    char err[512];
    int got = 0;

    if (db_backend(db) == DB_SQLITE) {
        ds_free(ds);
        return;
    }
    ck_assert_int_eq(db_open(cfg, &other, err, sizeof err), 0);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(pthread_create(&th, NULL, lock_sop, &l), 0);
    usleep(300000);
    ck_assert_msg(!l.finished, "index_lock_sop did not wait for the other process");
    ck_assert_int_eq(db_unlock(other, key), 0);
    pthread_join(th, NULL);
    ck_assert_int_eq(l.rc, 0);
    /* Held now by this process: the other connection cannot take it. */
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 0);
    ck_assert_int_eq(index_object_grouped(ix, ds, &where, l.lk), 0);
    index_unlock_sop(l.lk);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(db_unlock(other, key), 0);

    /* Lost with its connection between the look-up and the commit, and
     * taken by another process meanwhile: the store fails. */
    ck_assert_int_eq(index_lock_sop(ix, sop, &lk), 0);
    kill_lock_holder(other, key, cfg);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(index_object_grouped(ix, ds, &where, lk), DG_EDBGONE);
    index_unlock_sop(lk);
    ck_assert_int_eq(db_unlock(other, key), 0);
    /* Lost, and free: taken again on the new connection, and held. */
    ck_assert_int_eq(index_lock_sop(ix, sop, &lk), 0);
    kill_lock_holder(other, key, cfg);
    ck_assert_int_eq(index_object_grouped(ix, ds, &where, lk), 0);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 0);
    index_unlock_sop(lk);
    ck_assert_int_eq(db_try_lock(other, key, &got), 0);
    ck_assert_int_eq(got, 1);
    ck_assert_int_eq(db_unlock(other, key), 0);
    ck_assert_int_eq(count(other, "DICOMImages"), 1);
    ds_free(ds);
    db_close(other);
    index_group_close();
}

START_TEST(test_sop_lock_holds_between_processes_and_fails_when_lost)
{
    on_every_backend(sop_lock_between_processes);
}
END_TEST

/* A store that looked up the instance's earlier file under its lock writes
 * its row only if the instance is still indexed there (or not at all): on
 * SQLite, where no lock holds between processes, the second of two
 * processes storing one instance at once is refused this way, and no file
 * is left without a row. */
static void same_file(struct db *db, struct index *ix, const struct config *cfg)
{
    struct ds *ds = make_ds(&(struct obj){"SAME", "S", "7.1", "7.1.1", "7.1.1.1", "CT"});
    struct index_file first = {"MAG0", "first.dcm"}, second = {"MAG0", "second.dcm"};
    struct index_lock *lk = NULL;
    struct rows r;
    (void)cfg;

    ck_assert_int_eq(index_object(ix, ds, &first), 0);
    ck_assert_int_eq(index_lock_sop(ix, "7.1.1.1", &lk), 0);
    ck_assert_int_eq(index_object_grouped(ix, ds, &second, lk), DG_ECONFLICT);
    ck_assert_int_eq(index_object_grouped(ix, ds, &first, lk), 0); /* replacing it */
    index_unlock_sop(lk);
    query(db, "SELECT ObjectFile FROM DICOMImages", NULL, &r);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.v[0][0], "first.dcm");
    /* Without the lock (dgate -r), the row follows the file as before. */
    ck_assert_int_eq(index_object_grouped(ix, ds, &second, NULL), 0);
    query(db, "SELECT ObjectFile FROM DICOMImages", NULL, &r);
    ck_assert_str_eq(r.v[0][0], "second.dcm");
    ds_free(ds);
    index_group_close();
}

START_TEST(test_locked_store_refused_when_indexed_meanwhile_elsewhere)
{
    on_every_backend(same_file);
}
END_TEST

/* SQLHost as Conquest users write it, and IPv6 addresses. */
START_TEST(test_sql_host_forms)
{
    static const struct {
        const char *in, *host;
        unsigned port;
    } ok[] = {
        {"localhost", "localhost", 0},
        {"db.example:3307", "db.example", 3307},
        {"/run/mysqld/mysqld.sock", "/run/mysqld/mysqld.sock", 0},
        {"::1", "::1", 0},
        {"fe80::1:2", "fe80::1:2", 0},
        {"[::1]", "::1", 0},
        {"[2001:db8::5]:5432", "2001:db8::5", 5432},
        {"127.0.0.1:5432", "127.0.0.1", 5432},
    };
    static const char *const bad[] = {"host:", "host:0",  "host:65536", "host:x",
                                      "[::1",  "[]:5432", "[::1]5432",  "[::1]:"};
    char host[64];
    unsigned port;

    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        ck_assert_msg(db_split_host(ok[i].in, host, sizeof host, &port) == 0, "%s", ok[i].in);
        ck_assert_str_eq(host, ok[i].host);
        ck_assert_uint_eq(port, ok[i].port);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(db_split_host(bad[i], host, sizeof host, &port) == DG_ECONFIG, "%s", bad[i]);
    ck_assert_int_eq(db_split_host("a-rather-long-host-name:1", host, 8, &port), DG_ECONFIG);
}
END_TEST

static Suite *db_suite(void)
{
    Suite *s = suite_create("db");
    TCase *tc = tcase_create("backends");

    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_sql_host_forms);
    tcase_add_test(tc, test_values_stored_as_conquest);
    tcase_add_test(tc, test_long_values_cut_to_column_on_character_boundary);
    tcase_add_test(tc, test_like_escape_and_identifiers);
    tcase_add_test(tc, test_hostile_strings_stored_and_read_back_verbatim);
    tcase_add_test(tc, test_study_under_other_patient_refused_nothing_written);
    tcase_add_test(tc, test_study_modalities_follow_series);
    tcase_add_test(tc, test_patient_copies_in_studies_follow_patient);
    tcase_add_test(tc, test_metadata_kept_only_while_the_image_is_indexed);
    tcase_add_test(tc, test_names_converted_to_utf8);
    tcase_add_test(tc, test_eight_concurrent_indexers_lose_no_rows);
    tcase_add_test(tc, test_grouped_indexers_commit_together_and_refuse_alone);
    tcase_add_test(tc, test_grouped_commits_keep_the_wal_checkpointed);
    tcase_add_test(tc, test_rows_changed_by_others_are_written_again);
    tcase_add_test(tc, test_select_api_operators);
    tcase_add_test(tc, test_select_or_groups_keyset_and_count);
    tcase_add_test(tc, test_name_prefix_range_ignores_case_and_leading_spaces);
    tcase_add_test(tc, test_init_keeps_worklist_and_create_if_absent_drops_nothing);
    tcase_add_test(tc, test_init_with_an_empty_worklist_block);
    tcase_add_test(tc, test_missing_columns_counted);
    tcase_add_test(tc, test_upsert_updates_only_what_changed);
    tcase_add_test(tc, test_commit_succeeds_only_with_the_rows);
    tcase_add_test(tc, test_unreachable_server_is_dbgone);
    tcase_add_test(tc, test_lost_connection_reconnects);
    tcase_add_test(tc, test_connection_lost_mid_stream_repeats_no_row);
    tcase_add_test(tc, test_link_check_holds_between_connections);
    tcase_add_test(tc, test_session_locks_exclude_other_connections);
    tcase_add_test(tc, test_sop_lock_holds_between_processes_and_fails_when_lost);
    tcase_add_test(tc, test_locked_store_refused_when_indexed_meanwhile_elsewhere);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    char dir[] = "/tmp/check_db.XXXXXX";
    int untested = 0;

    if (db_test_setup(dir, &schema, sqlite_path, sizeof sqlite_path) != 0)
        return EXIT_FAILURE;
    devnull = fopen("/dev/null", "w");
    untested += db_test_servers_missing(sqlite_path);
    int failed = db_test_run(db_suite());
    fclose(devnull);
    return db_test_finish(dir, schema, failed, untested);
}
