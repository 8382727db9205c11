/* Tests of src/core/delete.c (and index_remove_object) on every backend
 * reached: SQLite always, MariaDB and PostgreSQL when DGATE_TEST_MYSQL /
 * DGATE_TEST_PGSQL name a server that answers (else 77 after SQLite
 * passed). An image, a series and a study are deleted: their rows and files
 * go, the rows above them only when left without children, the study's
 * modalities follow its series, and every other object stays. */
#include "archive/archive.h"
#include "config/config.h"
#include "core/delete.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "util/error.h"

#include "db_test_config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define T(g, e) DICT_TAG(g, e)
#define CT "1.2.840.10008.5.1.4.1.1.2"

static struct schema *schema;
static char dir[] = "/tmp/check_delete.XXXXXX";
static char sqlite_path[300], mag[300];
static FILE *devnull;

static void touch(const char *rel)
{
    char path[700];
    FILE *f;

    snprintf(path, sizeof path, "%sP", mag);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s%s", mag, rel);
    f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("DICM", f);
    fclose(f);
}

static int file_exists(const char *sop)
{
    char path[700];
    snprintf(path, sizeof path, "%sP/%s.dcm", mag, sop);
    return access(path, F_OK) == 0;
}

static void add(struct index *ix, const char *pid, const char *study, const char *series,
                const char *modality, const char *sop)
{
    struct ds *ds = ds_new();
    char file[128];
    struct index_file where = {"MAG0", file};

    snprintf(file, sizeof file, "P/%s.dcm", sop);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0020), VR_LO, pid), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000d), VR_UI, study), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000e), VR_UI, series), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0060), VR_CS, modality), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0018), VR_UI, sop), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(index_object(ix, ds, &where), 0);
    touch(file);
    ds_free(ds);
}

/* Patient P1: study 1.5 with series 1.5.1 (CT: 1.5.1.1-3) and 1.5.2 (MR:
 * 1.5.2.1-2), study 1.6 with series 1.6.1 (1.6.1.1). Patient P2: study 1.7,
 * series 1.7.1 (1.7.1.1). */
static void make_corpus(struct index *ix)
{
    add(ix, "P1", "1.5", "1.5.1", "CT", "1.5.1.1");
    add(ix, "P1", "1.5", "1.5.1", "CT", "1.5.1.2");
    add(ix, "P1", "1.5", "1.5.1", "CT", "1.5.1.3");
    add(ix, "P1", "1.5", "1.5.2", "MR", "1.5.2.1");
    add(ix, "P1", "1.5", "1.5.2", "MR", "1.5.2.2");
    add(ix, "P1", "1.6", "1.6.1", "CT", "1.6.1.1");
    add(ix, "P2", "1.7", "1.7.1", "CT", "1.7.1.1");
}

struct text {
    long rows;
    char value[256];
};

static int take(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct text *t = ctx;
    t->rows++;
    if (ncols > 0 && cols[0].kind == DB_TEXT)
        snprintf(t->value, sizeof t->value, "%.*s", (int)cols[0].len, cols[0].text);
    return 0;
}

/* The number of rows of a table whose key column is `key`. */
static long rows(struct db *db, const char *sql, const char *key)
{
    struct text t = {0};
    struct db_value v = db_text(key, strlen(key));
    ck_assert_int_eq(db_query(db, sql, &v, 1, take, &t), 0);
    return t.rows;
}

#define IMAGE(db, k) rows(db, "SELECT SOPInstanc FROM DICOMImages WHERE SOPInstanc = ?", k)
#define SERIES(db, k) rows(db, "SELECT SeriesInst FROM DICOMSeries WHERE SeriesInst = ?", k)
#define STUDY(db, k) rows(db, "SELECT StudyInsta FROM DICOMStudies WHERE StudyInsta = ?", k)
#define PATIENT(db, k) rows(db, "SELECT PatientID FROM DICOMPatients WHERE PatientID = ?", k)

static const char *study_modalities(struct db *db, const char *study)
{
    static struct text t;
    struct db_value v = db_text(study, strlen(study));
    memset(&t, 0, sizeof t);
    ck_assert_int_eq(
        db_query(db, "SELECT StudyModal FROM DICOMStudies WHERE StudyInsta = ?", &v, 1, take, &t),
        0);
    return t.value;
}

static void levels(struct db *db, struct index *ix, const struct archive *ar)
{
    long n = -1;
    const char *all[] = {"1.5.1.1", "1.5.1.2", "1.5.1.3", "1.5.2.1",
                         "1.5.2.2", "1.6.1.1", "1.7.1.1"};

    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        ck_assert(IMAGE(db, all[i]) == 1 && file_exists(all[i]));
    ck_assert_str_eq(study_modalities(db, "1.5"), "MR\\CT");

    /* One image: its row and file go, its series stays. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.5", "1.5.1", "1.5.1.2", NULL},
                                    "tester", &n),
                     0);
    ck_assert_int_eq(n, 1);
    ck_assert_int_eq(IMAGE(db, "1.5.1.2"), 0);
    ck_assert(!file_exists("1.5.1.2"));
    ck_assert(IMAGE(db, "1.5.1.1") == 1 && file_exists("1.5.1.1") && file_exists("1.5.1.3"));
    ck_assert_int_eq(SERIES(db, "1.5.1"), 1);

    /* Again: nothing left to delete. An image under another series (or a
     * series under another study) is not found. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.5", "1.5.1", "1.5.1.2", NULL},
                                    "tester", &n),
                     DG_ENOTFOUND);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.5", "1.5.2", "1.5.1.1", NULL},
                                    "tester", &n),
                     DG_ENOTFOUND);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.6", "1.5.1", NULL, NULL}, "tester",
                                    &n),
                     DG_ENOTFOUND);
    ck_assert(IMAGE(db, "1.5.1.1") == 1 && file_exists("1.5.1.1"));

    /* A series: its images and row go; the study's modalities lose MR. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.5", "1.5.2", NULL, NULL}, "tester",
                                    &n),
                     0);
    ck_assert_int_eq(n, 2);
    ck_assert(IMAGE(db, "1.5.2.1") == 0 && IMAGE(db, "1.5.2.2") == 0);
    ck_assert(!file_exists("1.5.2.1") && !file_exists("1.5.2.2"));
    ck_assert_int_eq(SERIES(db, "1.5.2"), 0);
    ck_assert_int_eq(STUDY(db, "1.5"), 1);
    ck_assert_str_eq(study_modalities(db, "1.5"), "CT");

    /* A file already gone is no error: the row goes all the same. */
    char path[700];
    snprintf(path, sizeof path, "%sP/1.5.1.3.dcm", mag);
    ck_assert_int_eq(unlink(path), 0);

    /* A study: every image, series and the study; the patient keeps 1.6. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.5", NULL, NULL, NULL}, "tester", &n),
                     0);
    ck_assert_int_eq(n, 2);
    ck_assert(IMAGE(db, "1.5.1.1") == 0 && IMAGE(db, "1.5.1.3") == 0);
    ck_assert(!file_exists("1.5.1.1"));
    ck_assert(SERIES(db, "1.5.1") == 0 && STUDY(db, "1.5") == 0);
    ck_assert_int_eq(PATIENT(db, "P1"), 1);

    /* The patient's last study takes the patient row with it. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.6", NULL, NULL, NULL}, "tester", &n),
                     0);
    ck_assert_int_eq(PATIENT(db, "P1"), 0);

    /* Everything of P2 untouched. */
    ck_assert(IMAGE(db, "1.7.1.1") == 1 && file_exists("1.7.1.1"));
    ck_assert(SERIES(db, "1.7.1") == 1 && STUDY(db, "1.7") == 1 && PATIENT(db, "P2") == 1);

    /* Not UIDs: refused before any look-up. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.7/../x", NULL, NULL, NULL}, "t", &n),
                     DG_EUID);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){"1.7", "1.7.1", "%", NULL}, "t", &n),
                     DG_EUID);
    ck_assert_int_eq(IMAGE(db, "1.7.1.1"), 1);

    /* A patient (dgate -fp): matched exactly, never as a pattern; a key
     * under another patient's is not that one's. */
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){NULL, NULL, NULL, "P%"}, "t", &n),
                     DG_ENOTFOUND);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){NULL, NULL, NULL, "P_"}, "t", &n),
                     DG_ENOTFOUND);
    ck_assert_int_eq(
        delete_objects(db, schema, ix, ar, &(struct delete_target){NULL, NULL, NULL, ""}, "t", &n),
        DG_EUID);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){NULL, "1.7.1", NULL, "P1"}, "t", &n),
                     DG_ENOTFOUND);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){NULL, NULL, NULL, NULL}, "t", &n),
                     DG_EUID);
    ck_assert_int_eq(IMAGE(db, "1.7.1.1"), 1);
    ck_assert_int_eq(delete_objects(db, schema, ix, ar,
                                    &(struct delete_target){NULL, NULL, NULL, "P2"}, "t", &n),
                     0);
    ck_assert_int_eq(n, 1);
    ck_assert(IMAGE(db, "1.7.1.1") == 0 && !file_exists("1.7.1.1"));
    ck_assert(SERIES(db, "1.7.1") == 0 && STUDY(db, "1.7") == 0 && PATIENT(db, "P2") == 0);

    /* A store after the deletion writes the rows again (the indexer's
     * remembered rows are forgotten). */
    add(ix, "P1", "1.5", "1.5.1", "CT", "1.5.1.1");
    ck_assert(IMAGE(db, "1.5.1.1") == 1 && SERIES(db, "1.5.1") == 1 && STUDY(db, "1.5") == 1 &&
              PATIENT(db, "P1") == 1);
}

START_TEST(test_delete_image_series_study_on_every_backend)
{
    for (int be = DB_SQLITE; be <= DB_PGSQL; be++) {
        struct config cfg;
        struct db *db = NULL;
        struct index *ix = NULL;
        struct archive *ar = NULL;
        char err[1024];

        if (!db_test_config(be, sqlite_path, &cfg))
            continue;
        cfg.mag_devices = 1;
        snprintf(cfg.mag[0], sizeof cfg.mag[0], "%s", mag);
        ck_assert_msg(db_open(&cfg, &db, err, sizeof err) == 0, "db_open: %s", err);
        ck_assert_int_eq(tables_init(db, schema, TABLES_WITH_INDICES, devnull), 0);
        ck_assert_int_eq(index_open(&cfg, schema, db, &ix), 0);
        ck_assert_int_eq(archive_open(&cfg, 0, &ar), 0);
        make_corpus(ix);
        levels(db, ix, ar);
        archive_close(ar);
        index_close(ix);
        index_group_close();
        db_close(db);
    }
}
END_TEST

int main(void)
{
    int untested, failed;
    Suite *s;
    TCase *tc;

    if (db_test_setup(dir, &schema, sqlite_path, sizeof sqlite_path) != 0)
        return EXIT_FAILURE;
    snprintf(mag, sizeof mag, "%s/mag/", dir);
    if (mkdir(mag, 0700) != 0)
        return EXIT_FAILURE;
    devnull = fopen("/dev/null", "w");
    untested = db_test_servers_missing(sqlite_path);
    s = suite_create("delete");
    tc = tcase_create("backends");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_delete_image_series_study_on_every_backend);
    suite_add_tcase(s, tc);
    failed = db_test_run(s);
    fclose(devnull);
    return db_test_finish(dir, schema, failed, untested);
}
