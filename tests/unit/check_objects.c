/* Tests of src/db/objects.c on every backend reached: SQLite always,
 * MariaDB and PostgreSQL when DGATE_TEST_MYSQL / DGATE_TEST_PGSQL name a
 * server that answers (else 77 after SQLite passed). The objects of a
 * retrieve by patient, study, series and SOP instance, lists of UIDs longer
 * than one IN (...), more objects than a page, counts per SOP class,
 * hostile values matched literally, and the walk's callback running with no
 * statement open (SQLite's WAL can be checkpointed to zero meanwhile). */
#include "config/config.h"
#include "db/db.h"
#include "db/index.h"
#include "db/objects.h"
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
#include <unistd.h>

#define T(g, e) DICT_TAG(g, e)
#define CT "1.2.840.10008.5.1.4.1.1.2"
#define SC "1.2.840.10008.5.1.4.1.1.7"
#define BIG 1200 /* images of series 1.5.2.1: more than two pages */

static struct schema *schema;
static char sqlite_path[256];
static FILE *devnull;

/* ---- the corpus ---- */

static void add_object(struct index *ix, const char *pid, const char *study, const char *series,
                       const char *sop, const char *cls)
{
    struct ds *ds = ds_new();
    char file[128];
    struct index_file where = {"MAG0", file};

    snprintf(file, sizeof file, "%s/%s.dcm", pid, sop);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0020), VR_LO, pid), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000d), VR_UI, study), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000e), VR_UI, series), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0018), VR_UI, sop), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0016), VR_UI, cls), 0);
    ck_assert_int_eq(index_object_in_transaction(ix, ds, &where), 0);
    ds_free(ds);
}

/* Patient P1: study 1.5 with series 1.5.1 (3 CT, 1 SC) and 1.5.2 (BIG CT);
 * study 1.6 with series 1.6.1 (2 CT). Patient O'Hara: study 1.7, series
 * 1.7.1 (1 SC). */
static void make_corpus(struct db *db, struct index *ix)
{
    char sop[64];

    ck_assert_int_eq(db_begin(db), 0);
    for (int i = 1; i <= 3; i++) {
        snprintf(sop, sizeof sop, "1.5.1.%d", i);
        add_object(ix, "P1", "1.5", "1.5.1", sop, CT);
    }
    add_object(ix, "P1", "1.5", "1.5.1", "1.5.1.9", SC);
    for (int i = 1; i <= BIG; i++) {
        snprintf(sop, sizeof sop, "1.5.2.%d", i);
        add_object(ix, "P1", "1.5", "1.5.2", sop, CT);
    }
    add_object(ix, "P1", "1.6", "1.6.1", "1.6.1.1", CT);
    add_object(ix, "P1", "1.6", "1.6.1", "1.6.1.2", CT);
    add_object(ix, "O'Hara", "1.7", "1.7.1", "1.7.1.1", SC);
    ck_assert_int_eq(db_commit(db), 0);
}

/* ---- collecting results ---- */

struct seen {
    long n;
    long ct, sc;
    char last[128];
    int ordered;
    int bad_file;
    struct db *check_db; /* when set: a query on the same connection per row */
    int checkpoint_busy;
};

static int see(void *ctx, const struct objects_row *row)
{
    struct seen *s = ctx;
    char want[256];

    if (s->n > 0 && strcmp(row->sop_instance, s->last) <= 0)
        s->ordered = 0;
    snprintf(s->last, sizeof s->last, "%s", row->sop_instance);
    s->n++;
    s->ct += strcmp(row->sop_class, CT) == 0;
    s->sc += strcmp(row->sop_class, SC) == 0;
    /* ObjectFile is "<pid>/<sop>.dcm": the row's columns belong together. */
    snprintf(want, sizeof want, "/%s.dcm", row->sop_instance);
    if (strcmp(row->device, "MAG0") != 0 || strlen(row->object_file) <= strlen(want) ||
        strcmp(row->object_file + strlen(row->object_file) - strlen(want), want) != 0)
        s->bad_file = 1;
    /* Each SOP UID of the corpus starts with its series' UID and a dot. */
    if (!row->series[0] || strncmp(row->sop_instance, row->series, strlen(row->series)) != 0 ||
        row->sop_instance[strlen(row->series)] != '.')
        s->bad_file = 1;
    return 0;
}

static int class_count(void *ctx, const char *cls, long n)
{
    struct seen *s = ctx;

    if (strcmp(cls, CT) == 0)
        s->ct += n;
    else if (strcmp(cls, SC) == 0)
        s->sc += n;
    return 0;
}

/* Count and walk; both must agree with `expect`. Returns the walk. */
static struct seen run(struct db *db, const struct objects_keys *k, long expect)
{
    struct seen c = {0}, w = {0};
    long n = -1;

    ck_assert_int_eq(objects_count(db, schema, k, &n, class_count, &c), 0);
    ck_assert_int_eq(n, expect);
    ck_assert_int_eq(c.ct + c.sc, expect);
    w.ordered = 1;
    ck_assert_int_eq(objects_each(db, schema, k, see, &w), 0);
    ck_assert_int_eq(w.n, expect);
    ck_assert_int_eq(w.ct, c.ct);
    ck_assert_int_eq(w.sc, c.sc);
    ck_assert(!w.bad_file);
    return w;
}

typedef void (*backend_test)(struct db *db, const struct config *cfg);

static void on_every_backend(backend_test fn)
{
    for (int be = DB_SQLITE; be <= DB_PGSQL; be++) {
        struct config cfg;
        struct db *db = NULL;
        struct index *ix = NULL;
        char err[1024];

        if (!db_test_config(be, sqlite_path, &cfg))
            continue;
        ck_assert_msg(db_open(&cfg, &db, err, sizeof err) == 0, "db_open: %s", err);
        ck_assert_int_eq(tables_init(db, schema, TABLES_WITH_INDICES, devnull), 0);
        ck_assert_int_eq(index_open(&cfg, schema, db, &ix), 0);
        make_corpus(db, ix);
        index_close(ix);
        fn(db, &cfg);
        db_close(db);
    }
}

#define LIST(...) ((const char *const[]){__VA_ARGS__})
#define NLIST(...) (sizeof LIST(__VA_ARGS__) / sizeof(const char *))

/* ---- tests ---- */

static void levels(struct db *db, const struct config *cfg)
{
    struct objects_keys k;
    struct seen w;
    (void)cfg;

    /* PATIENT: every image of P1, in order of SOP Instance UID, over pages. */
    k = (struct objects_keys){.patient = LIST("P1"), .npatient = 1};
    w = run(db, &k, 4 + BIG + 2);
    /* (PostgreSQL orders by the database's collation, not always bytes.) */
    ck_assert(w.ordered || db_backend(db) == DB_PGSQL);
    ck_assert_int_eq(w.sc, 1);
    /* STUDY, a list of two. */
    k = (struct objects_keys){.study = LIST("1.6", "1.7"), .nstudy = 2};
    run(db, &k, 3);
    /* STUDY under its patient (Patient Root), and under another one. */
    k = (struct objects_keys){
        .patient = LIST("P1"), .npatient = 1, .study = LIST("1.6"), .nstudy = 1};
    run(db, &k, 2);
    k.patient = LIST("O'Hara");
    run(db, &k, 0);
    /* SERIES: with its study; a list with a UID that is not stored. */
    k = (struct objects_keys){
        .study = LIST("1.5"), .nstudy = 1, .series = LIST("1.5.1", "9.9.9"), .nseries = 2};
    run(db, &k, 4);
    /* IMAGE: a list, repeats counted once. */
    k = (struct objects_keys){.series = LIST("1.5.1"),
                              .nseries = 1,
                              .sop = LIST("1.5.1.2", "1.5.1.9", "1.5.1.2", "1.6.1.1"),
                              .nsop = 4};
    run(db, &k, 2);
}

START_TEST(test_objects_at_every_level_and_in_lists)
{
    on_every_backend(levels);
}
END_TEST

static void long_lists(struct db *db, const struct config *cfg)
{
    enum { N = 1700 };
    static char uids[N][32];
    const char *list[N];
    struct objects_keys k = {0};
    struct seen w;
    (void)cfg;

    /* 1700 SOP UIDs (four parts of at most 500), 1000 of them stored. */
    for (int i = 0; i < N; i++) {
        if (i < 1000)
            snprintf(uids[i], sizeof uids[i], "1.5.2.%d", i + 1);
        else
            snprintf(uids[i], sizeof uids[i], "2.25.%d", i);
        list[i] = uids[i];
    }
    k.sop = list;
    k.nsop = N;
    w = run(db, &k, 1000);
    ck_assert(w.ordered || db_backend(db) == DB_PGSQL);
    /* A higher key's list beyond one IN (...) is refused, not cut. */
    k.study = list;
    k.nstudy = OBJECTS_IN_MAX + 1;
    long n;
    ck_assert_int_eq(objects_count(db, schema, &k, &n, NULL, NULL), DG_ETOOBIG);
    ck_assert_int_eq(objects_each(db, schema, &k, see, &w), DG_ETOOBIG);
}

START_TEST(test_lists_longer_than_one_in_are_cut_into_parts)
{
    on_every_backend(long_lists);
}
END_TEST

static void hostile(struct db *db, const struct config *cfg)
{
    struct objects_keys k = {0};
    long n;
    (void)cfg;

    /* Nothing given: never the whole archive. */
    ck_assert_int_eq(objects_count(db, schema, &k, &n, NULL, NULL), DG_EPARSE);
    ck_assert_int_eq(objects_each(db, schema, &k, see, &(struct seen){0}), DG_EPARSE);
    /* Quotes, wildcards and SQL are values, matched literally. */
    k = (struct objects_keys){.patient = LIST("O'Hara"), .npatient = 1};
    run(db, &k, 1);
    k.patient = LIST("*");
    run(db, &k, 0);
    k.patient = LIST("%");
    run(db, &k, 0);
    k.patient = LIST("P1' OR '1'='1");
    run(db, &k, 0);
    k = (struct objects_keys){.sop = LIST("1.5.1.%", "1.5.1._", "1.5.1.1'); DROP TABLE x; --"),
                              .nsop = 3};
    run(db, &k, 0);
}

START_TEST(test_hostile_values_match_literally)
{
    on_every_backend(hostile);
}
END_TEST

/* The walk's callback uses the connection, and (SQLite) another connection
 * checkpoints the whole WAL meanwhile: no reader holds a snapshot. */
struct nested {
    struct seen s;
    struct db *db;
    struct db *other;
    long inner_rows;
    int busy;
};

static int count_rows(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct nested *x = ctx;

    (void)cols;
    (void)ncols;
    x->inner_rows++;
    return 0;
}

static int take_busy(void *ctx, const struct db_value *cols, size_t ncols)
{
    struct nested *x = ctx;

    if (ncols >= 1 && cols[0].kind == DB_TEXT && cols[0].len == 1 && cols[0].text[0] != '0')
        x->busy = 1;
    return 0;
}

static int nested_row(void *ctx, const struct objects_row *row)
{
    struct nested *x = ctx;
    struct db_value v = db_text(row->sop_instance, strlen(row->sop_instance));

    see(&x->s, row);
    if (db_query(x->db, "SELECT SOPInstanc FROM DICOMImages WHERE SOPInstanc = ?", &v, 1,
                 count_rows, x) != 0)
        return -1;
    /* A write by another connection, then a full checkpoint. */
    if (x->other && x->s.n % 300 == 1) {
        if (db_exec(x->other, "UPDATE DICOMImages SET AccessTime = 1 WHERE SOPInstanc = ?", &v, 1,
                    NULL) != 0)
            return -1;
        if (db_query(x->other, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, 0, take_busy, x) != 0)
            return -1;
    }
    return 0;
}

static void nested(struct db *db, const struct config *cfg)
{
    struct objects_keys k = {.study = LIST("1.5"), .nstudy = 1};
    struct nested x = {0};
    char err[512];

    x.db = db;
    if (db_backend(db) == DB_SQLITE)
        ck_assert_int_eq(db_open(cfg, &x.other, err, sizeof err), 0);
    ck_assert_int_eq(objects_each(db, schema, &k, nested_row, &x), 0);
    ck_assert_int_eq(x.s.n, 4 + BIG);
    ck_assert_int_eq(x.inner_rows, 4 + BIG);
    ck_assert_int_eq(x.busy, 0);
    db_close(x.other);
}

START_TEST(test_walk_holds_no_statement_while_the_caller_works)
{
    on_every_backend(nested);
}
END_TEST

int main(void)
{
    char dir[] = "/tmp/check_objects.XXXXXX";
    int untested = 0, failed;
    Suite *s;
    TCase *tc;

    if (db_test_setup(dir, &schema, sqlite_path, sizeof sqlite_path) != 0)
        return EXIT_FAILURE;
    devnull = fopen("/dev/null", "w");
    untested += db_test_servers_missing(sqlite_path);
    s = suite_create("objects");
    tc = tcase_create("backends");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_objects_at_every_level_and_in_lists);
    tcase_add_test(tc, test_lists_longer_than_one_in_are_cut_into_parts);
    tcase_add_test(tc, test_hostile_values_match_literally);
    tcase_add_test(tc, test_walk_holds_no_statement_while_the_caller_works);
    suite_add_tcase(s, tc);
    failed = db_test_run(s);
    fclose(devnull);
    return db_test_finish(dir, schema, failed, untested);
}
