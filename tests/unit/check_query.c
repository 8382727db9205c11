/* Tests of src/core/query.c on an SQLite index: the plan (keys found at
 * the level or above, joins, computed counts, zero-length answers), keyset
 * paging over more rows than a page, and that a slow reader holds no read
 * transaction between pages, so that the WAL can be checkpointed while it
 * reads. The same queries on MariaDB and PostgreSQL are the integration
 * tests' (tests/integration/find_backends.sh). */
#include "config/config.h"
#include "core/query.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "util/error.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define T(g, e) DICT_TAG(g, e)

static struct schema *schema;
static char dir[] = "/tmp/check_query.XXXXXX";
static struct config cfg;
static struct db *db;
static struct index *ix;
static FILE *devnull;

struct obj {
    const char *pid, *name, *study, *date, *series, *modality, *sop;
};

static void store(const struct obj *o)
{
    struct ds *ds = ds_new();
    struct index_file where = {"MAG0", o->sop};

    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0005), VR_CS, "ISO_IR 192"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0020), VR_LO, o->pid), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0010), VR_PN, o->name), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000d), VR_UI, o->study), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0020), VR_DA, o->date), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000e), VR_UI, o->series), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0060), VR_CS, o->modality), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0018), VR_UI, o->sop), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0016), VR_UI, "1.2.840.10008.5.1.4.1.1.7"), 0);
    ck_assert_int_eq(index_object(ix, ds, &where), 0);
    ds_free(ds);
}

static void setup(void)
{
    char err[512];

    config_defaults(&cfg);
    cfg.use_sqlite = 1;
    snprintf(cfg.sql_server, sizeof cfg.sql_server, "%s/q.db3", dir);
    unlink(cfg.sql_server);
    ck_assert_int_eq(db_open(&cfg, &db, err, sizeof err), 0);
    ck_assert_int_eq(tables_init(db, schema, TABLES_WITH_INDICES, devnull), 0);
    ck_assert_int_eq(index_open(&cfg, schema, db, &ix), 0);
    store(&(struct obj){"P1", "Doe^John", "1.1", "20200101", "1.1.1", "CT", "1.1.1.1"});
    store(&(struct obj){"P1", "Doe^John", "1.1", "20200101", "1.1.1", "CT", "1.1.1.2"});
    store(&(struct obj){"P1", "Doe^John", "1.1", "20200101", "1.1.2", "PT", "1.1.2.1"});
    store(&(struct obj){"P1", "Doe^John", "1.2", "20210505", "1.2.1", "MR", "1.2.1.1"});
    store(&(struct obj){"P2", "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2^\xd0\x98", "2.1",
                        "19990101", "2.1.1", "CT", "2.1.1.1"});
}

static void teardown(void)
{
    index_close(ix);
    db_close(db);
}

/* ---- collecting answers ---- */

struct answers {
    int n;
    char rows[16][512]; /* the answers' values as "tag=value|..." */
    struct ds *last;
    int (*hook)(void *); /* called at each answer */
    void *hook_arg;
};

static int collect(void *ctx, const struct ds *rsp)
{
    struct answers *a = ctx;
    char *row = a->rows[a->n < 16 ? a->n : 15];
    size_t used = 0;

    row[0] = '\0';
    for (size_t i = 0; i < ds_count(rsp); i++) {
        const struct ds_elem *e = ds_at(rsp, i);
        char v[128] = "";
        if (e->vr == VR_US) {
            uint16_t u;
            ds_get_u16(rsp, e->tag, 0, &u);
            snprintf(v, sizeof v, "%u", u);
        } else if (e->vr != VR_SQ) {
            ds_elem_string(e, v, sizeof v);
        }
        used += (size_t)snprintf(row + used, 512 - used, "%s%s=%s", i ? "|" : "",
                                 dict_keyword(e->tag), v);
    }
    a->n++;
    return a->hook ? a->hook(a->hook_arg) : 0;
}

/* Run a query given as keyword=value pairs (NULL-terminated). */
static int run(enum schema_level level, struct answers *a, const char *const *kv, int *unsupported)
{
    struct ds *id = ds_new();
    struct qr_query *q = NULL;
    struct qr_sink sink = {collect, NULL, a};
    unsigned long n = 0;
    int rc;

    for (; *kv; kv++) {
        char key[64];
        const char *eq = strchr(*kv, '=');
        size_t klen = eq ? (size_t)(eq - *kv) : strlen(*kv);
        snprintf(key, sizeof key, "%.*s", (int)klen, *kv);
        const struct dict_entry *d = dict_find_keyword(key);
        ck_assert_msg(d != NULL, "%s", key);
        ck_assert_int_eq(ds_set_string(id, d->tag, (enum vr)d->vr, eq ? eq + 1 : ""), 0);
    }
    rc = qr_plan(schema, id, level, "CONQUESTSRV1", &q);
    ds_free(id);
    if (rc)
        return rc;
    if (unsupported)
        *unsupported = qr_unsupported_keys(q);
    rc = qr_run(q, db, &sink, &n);
    ck_assert_int_eq((int)n, a->n - (rc ? 1 : 0));
    qr_free(q);
    return rc;
}

#define KEYS(...) ((const char *const[]){__VA_ARGS__, NULL})

START_TEST(test_level_names)
{
    enum schema_level lv;
    ck_assert_int_eq(qr_level_from_name("STUDY", &lv), 0);
    ck_assert_int_eq(lv, SCHEMA_STUDY);
    ck_assert_int_eq(qr_level_from_name("IMAGE ", &lv), 0);
    ck_assert_int_eq(lv, SCHEMA_IMAGE);
    ck_assert_int_eq(qr_level_from_name("study", &lv), DG_ENOTFOUND);
    ck_assert_int_eq(qr_level_from_name("FOO", &lv), DG_ENOTFOUND);
    ck_assert_int_eq(qr_level_from_name("", &lv), DG_ENOTFOUND);
    ck_assert_str_eq(qr_level_name(SCHEMA_SERIES), "SERIES");
}
END_TEST

START_TEST(test_study_level_with_patient_keys_counts_and_empty_answers)
{
    struct answers a = {0};
    int unsupported = -1;

    ck_assert_int_eq(run(SCHEMA_STUDY, &a,
                         KEYS("QueryRetrieveLevel=STUDY", "PatientName=doe*", "StudyInstanceUID",
                              "ModalitiesInStudy", "NumberOfStudyRelatedSeries",
                              "NumberOfStudyRelatedInstances", "NumberOfPatientRelatedStudies",
                              "RetrieveAETitle", "SliceThickness", "StudyDate=2020-20201231"),
                         &unsupported),
                     0);
    ck_assert_int_eq(unsupported, 0);
    ck_assert_int_eq(a.n, 1);
    ck_assert_str_eq(a.rows[0], "StudyDate=20200101|QueryRetrieveLevel=STUDY|RetrieveAETitle="
                                "CONQUESTSRV1|ModalitiesInStudy=PT\\CT|PatientName=Doe^John|"
                                "SliceThickness=|StudyInstanceUID=1.1|"
                                "NumberOfPatientRelatedStudies=2|NumberOfStudyRelatedSeries=2|"
                                "NumberOfStudyRelatedInstances=3");
}
END_TEST

START_TEST(test_lower_level_keys_are_not_matched_and_flag_the_warning)
{
    struct answers a = {0};
    int unsupported = -1;

    ck_assert_int_eq(run(SCHEMA_STUDY, &a, KEYS("Modality=XX", "StudyInstanceUID"), &unsupported),
                     0);
    ck_assert_int_eq(unsupported, 1);
    ck_assert_int_eq(a.n, 3);
    memset(&a, 0, sizeof a);
    ck_assert_int_eq(run(SCHEMA_STUDY, &a, KEYS("Modality", "StudyInstanceUID"), &unsupported), 0);
    ck_assert_int_eq(unsupported, 0);
}
END_TEST

START_TEST(test_image_level_joins_up_to_the_study)
{
    struct answers a = {0};

    ck_assert_int_eq(run(SCHEMA_IMAGE, &a,
                         KEYS("PatientName=DOE^JOHN", "StudyDate=-20201231", "Modality=CT",
                              "SOPInstanceUID", "NumberOfSeriesRelatedInstances"),
                         NULL),
                     0);
    ck_assert_int_eq(a.n, 2);
    ck_assert_str_eq(a.rows[0], "SOPInstanceUID=1.1.1.1|StudyDate=20200101|Modality=CT|"
                                "PatientName=Doe^John|NumberOfSeriesRelatedInstances=2");
    ck_assert_str_eq(a.rows[1], "SOPInstanceUID=1.1.1.2|StudyDate=20200101|Modality=CT|"
                                "PatientName=Doe^John|NumberOfSeriesRelatedInstances=2");
}
END_TEST

START_TEST(test_names_answered_in_utf8_with_the_character_set)
{
    struct answers a = {0};
    struct ds *id = ds_new();
    struct qr_query *q;
    struct qr_sink sink = {collect, NULL, &a};

    /* The query in ISO_IR 144 (Cyrillic), lower case: "иванов*". */
    ck_assert_int_eq(ds_set_string(id, T(0x0008, 0x0005), VR_CS, "ISO_IR 144"), 0);
    ck_assert_int_eq(ds_set_string(id, T(0x0010, 0x0010), VR_PN, "\xd8\xd2\xd0\xdd\xde\xd2*"), 0);
    ck_assert_int_eq(ds_set_string(id, T(0x0010, 0x0020), VR_LO, ""), 0);
    ck_assert_int_eq(qr_plan(schema, id, SCHEMA_PATIENT, "AE", &q), 0);
    ck_assert_int_eq(qr_run(q, db, &sink, NULL), 0);
    ck_assert_int_eq(a.n, 1);
    ck_assert_str_eq(a.rows[0], "SpecificCharacterSet=ISO_IR 192|PatientName="
                                "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2^\xd0\x98|"
                                "PatientID=P2");
    qr_free(q);
    ds_free(id);
    /* An ASCII answer to a query that asked for the set: zero length. */
    memset(&a, 0, sizeof a);
    ck_assert_int_eq(run(SCHEMA_PATIENT, &a, KEYS("SpecificCharacterSet", "PatientID=P1"), NULL),
                     0);
    ck_assert_str_eq(a.rows[0], "SpecificCharacterSet=|PatientID=P1");
}
END_TEST

START_TEST(test_sequence_keys_answered_empty_and_flagged_when_they_hold_values)
{
    struct answers a = {0};
    struct ds *id = ds_new(), *item;
    struct qr_query *q;
    struct qr_sink sink = {collect, NULL, &a};

    ck_assert_int_eq(ds_set_string(id, T(0x0010, 0x0020), VR_LO, "P2"), 0);
    ck_assert_int_eq(ds_add_item(id, T(0x0008, 0x1110), &item), 0); /* ReferencedStudySequence */
    ck_assert_int_eq(ds_set_string(item, T(0x0008, 0x1155), VR_UI, ""), 0);
    ck_assert_int_eq(qr_plan(schema, id, SCHEMA_PATIENT, "AE", &q), 0);
    ck_assert_int_eq(qr_unsupported_keys(q), 0);
    ck_assert_int_eq(qr_run(q, db, &sink, NULL), 0);
    ck_assert_int_eq(a.n, 1);
    ck_assert_str_eq(a.rows[0], "ReferencedStudySequence=|PatientID=P2");
    qr_free(q);
    /* A value inside the item asks for matching we cannot do. */
    ck_assert_int_eq(ds_set_string(item, T(0x0008, 0x1155), VR_UI, "1.2.3"), 0);
    ck_assert_int_eq(qr_plan(schema, id, SCHEMA_PATIENT, "AE", &q), 0);
    ck_assert_int_eq(qr_unsupported_keys(q), 1);
    qr_free(q);
    ds_free(id);
}
END_TEST

/* A list of n made-up UIDs and `real` at the end. */
static char *uid_list(int n, const char *real)
{
    size_t cap = (size_t)n * 24 + 64, used = 0;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    for (int i = 0; i < n; i++)
        used += (size_t)snprintf(s + used, cap - used, "9.9.9.%d\\", i);
    snprintf(s + used, cap - used, "%s", real);
    return s;
}

START_TEST(test_long_lists_beyond_the_statement_limits_still_match_right)
{
    struct answers a = {0};
    struct ds *id = ds_new();
    struct qr_query *q;
    struct qr_sink sink = {collect, NULL, &a};
    char *l1 = uid_list(3000, "1.1.1.1"), *l2 = uid_list(3000, "1.1.1"),
         *l3 = uid_list(3000, "1.1");

    /* 9003 values: more than one SELECT binds; one key is tested in C only. */
    ck_assert_int_eq(ds_set_string(id, T(0x0008, 0x0018), VR_UI, l1), 0);
    ck_assert_int_eq(ds_set_string(id, T(0x0020, 0x000e), VR_UI, l2), 0);
    ck_assert_int_eq(ds_set_string(id, T(0x0020, 0x000d), VR_UI, l3), 0);
    ck_assert_int_eq(qr_plan(schema, id, SCHEMA_IMAGE, "AE", &q), 0);
    ck_assert_int_eq(qr_run(q, db, &sink, NULL), 0);
    ck_assert_int_eq(a.n, 1);
    ck_assert_ptr_nonnull(strstr(a.rows[0], "SOPInstanceUID=1.1.1.1|"));
    qr_free(q);
    ds_free(id);
    free(l1);
    free(l2);
    free(l3);
}
END_TEST

START_TEST(test_counts_can_be_matched)
{
    struct answers a = {0};
    ck_assert_int_eq(
        run(SCHEMA_STUDY, &a, KEYS("StudyInstanceUID", "NumberOfStudyRelatedInstances=3"), NULL),
        0);
    ck_assert_int_eq(a.n, 1);
    ck_assert_str_eq(a.rows[0], "StudyInstanceUID=1.1|NumberOfStudyRelatedInstances=3");
}
END_TEST

/* ---- paging ---- */

static void store_many(int n)
{
    char sop[64];
    for (int i = 0; i < n; i++) {
        snprintf(sop, sizeof sop, "3.1.1.%d", i);
        store(&(struct obj){"P3", "Many", "3.1", "20220202", "3.1.1", "OT", sop});
    }
}

START_TEST(test_pages_answer_every_row_once_in_key_order)
{
    struct answers a = {0};
    int n = QR_PAGE_ROWS * 2 + 7;

    store_many(n);
    ck_assert_int_eq(run(SCHEMA_IMAGE, &a, KEYS("SeriesInstanceUID=3.1.1"), NULL), 0);
    ck_assert_int_eq(a.n, n);
    memset(&a, 0, sizeof a);
    /* Wildcards on a UID, tested on every row of the pages. */
    ck_assert_int_eq(
        run(SCHEMA_IMAGE, &a, KEYS("SeriesInstanceUID=3.1.1", "SOPInstanceUID=3.1.1.1*"), NULL), 0);
    ck_assert_int_eq(a.n, 1 + 10 + 100); /* 3.1.1.1, .10-.19, .100-.199 */
}
END_TEST

static int take_checkpoint(void *ctx, const struct db_value *cols, size_t ncols)
{
    long *v = ctx;
    for (size_t i = 0; i < ncols && i < 3; i++)
        v[i] = cols[i].kind == DB_TEXT ? strtol(cols[i].text, NULL, 10) : -1;
    return 0;
}

/* Write to the index through another connection, then checkpoint without
 * waiting (PASSIVE): 1 when a reader kept frames from being copied back. */
static int checkpoint_held_up(void)
{
    struct db *other;
    char err[512];
    long v[3] = {-1, -1, -1}; /* busy, frames in the WAL, frames checkpointed */

    ck_assert_int_eq(db_open(&cfg, &other, err, sizeof err), 0);
    ck_assert_int_eq(
        db_exec(other,
                "UPDATE DICOMPatients SET qSpare = hex(randomblob(8)) WHERE PatientID = 'P1'", NULL,
                0, NULL),
        0);
    ck_assert_int_eq(db_query(other, "PRAGMA wal_checkpoint(PASSIVE)", NULL, 0, take_checkpoint, v),
                     0);
    db_close(other);
    ck_assert_int_gt(v[1], 0);
    return v[2] != v[1];
}

struct slow {
    int answers;
    int busy_seen; /* checkpoints held up while answering */
    int checks;
};

static int slow_reader(void *arg)
{
    struct slow *s = arg;
    /* In the middle of the second page, as a slow peer would be. */
    if (++s->answers == QR_PAGE_ROWS + 10 || s->answers == 5) {
        s->checks++;
        s->busy_seen += checkpoint_held_up();
    }
    return 0;
}

/* The control: a reader inside a SELECT does hold the checkpoint up, so
 * the test above can tell. */
static int inside_select(void *ctx, const struct db_value *cols, size_t ncols)
{
    (void)cols;
    (void)ncols;
    int *busy = ctx;
    if (*busy < 0)
        *busy = checkpoint_held_up();
    return 0;
}

START_TEST(test_slow_reader_holds_no_snapshot_between_answers)
{
    struct slow s = {0};
    struct answers a = {0};
    int busy = -1;

    store_many(QR_PAGE_ROWS * 2);
    a.hook = slow_reader;
    a.hook_arg = &s;
    ck_assert_int_eq(run(SCHEMA_IMAGE, &a, KEYS("SeriesInstanceUID=3.1.1"), NULL), 0);
    ck_assert_int_eq(s.checks, 2);
    ck_assert_int_eq(s.busy_seen, 0);
    ck_assert_int_eq(
        db_query(db, "SELECT SOPInstanc FROM DICOMImages", NULL, 0, inside_select, &busy), 0);
    ck_assert_int_eq(busy, 1);
}
END_TEST

static Suite *query_suite(void)
{
    Suite *s = suite_create("query");
    TCase *tc = tcase_create("sqlite");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_level_names);
    tcase_add_test(tc, test_study_level_with_patient_keys_counts_and_empty_answers);
    tcase_add_test(tc, test_lower_level_keys_are_not_matched_and_flag_the_warning);
    tcase_add_test(tc, test_image_level_joins_up_to_the_study);
    tcase_add_test(tc, test_names_answered_in_utf8_with_the_character_set);
    tcase_add_test(tc, test_counts_can_be_matched);
    tcase_add_test(tc, test_long_lists_beyond_the_statement_limits_still_match_right);
    tcase_add_test(tc, test_sequence_keys_answered_empty_and_flagged_when_they_hold_values);
    tcase_add_test(tc, test_pages_answer_every_row_once_in_key_order);
    tcase_add_test(tc, test_slow_reader_holds_no_snapshot_between_answers);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    const char *top = getenv("top_srcdir");
    char path[1024], err[512];

    snprintf(path, sizeof path, "%s/etc/dicom.sql", top ? top : ".");
    if (schema_load(path, 10, &schema, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FAILURE;
    }
    if (!mkdtemp(dir))
        return EXIT_FAILURE;
    devnull = fopen("/dev/null", "w");
    SRunner *sr = srunner_create(query_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    schema_free(schema);
    fclose(devnull);
    snprintf(path, sizeof path, "rm -rf '%s'", dir);
    if (system(path) != 0)
        failed++;
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
