/* Tests of src/core/import.c on SQLite: a Part-10 file is imported through
 * the ingest core and left in place, its PatientID replaced when asked (in
 * the stored copy only); what is not a DICOM file, not a regular file (a
 * FIFO, which must not block), a symbolic link where none is followed, or
 * missing, is refused with its own code and nothing is stored. */
#include "archive/archive.h"
#include "config/config.h"
#include "core/import.h"
#include "db/db.h"
#include "db/index.h"
#include "db/schema.h"
#include "db/tables.h"
#include "dicom/dataset.h"
#include "dicom/dict.h"
#include "dicom/part10.h"
#include "util/error.h"

#include "db_test_config.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define T(g, e) DICT_TAG(g, e)
#define CT "1.2.840.10008.5.1.4.1.1.2"

static struct schema *schema;
static char dir[] = "/tmp/check_import.XXXXXX";
static char sqlite_path[300], mag[300], in[300];

static struct config cfg;
static struct archive *ar;
static struct ingest_env env;
static struct import *im;
static struct db *db;
static struct index *ix;

static void setup(void)
{
    char err[1024];
    FILE *devnull = fopen("/dev/null", "w");

    ck_assert(db_test_config(DB_SQLITE, sqlite_path, &cfg));
    cfg.mag_devices = 1;
    snprintf(cfg.mag[0], sizeof cfg.mag[0], "%s", mag);
    ck_assert_msg(db_open(&cfg, &db, err, sizeof err) == 0, "db_open: %s", err);
    ck_assert_int_eq(tables_init(db, schema, TABLES_WITH_INDICES, devnull), 0);
    fclose(devnull);
    ck_assert_int_eq(index_open(&cfg, schema, db, &ix), 0);
    ck_assert_int_eq(archive_open(&cfg, 0, &ar), 0);
    env.cfg = &cfg;
    env.archive = ar;
    ingest_env_compression(&env);
    ck_assert_msg(import_new(&env, schema, &im, err, sizeof err) == 0, "import_new: %s", err);
}

static void teardown(void)
{
    import_free(im);
    index_close(ix);
    index_group_close();
    db_close(db);
    archive_close(ar);
}

/* A small CT object written as a Part-10 file in[name]; its study and
 * series UIDs are made from the SOP Instance UID. */
static void write_object(const char *name, const char *sop, const char *pid)
{
    struct ds *ds = ds_new();
    char path[400];

    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0016), VR_UI, CT), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0018), VR_UI, sop), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0008, 0x0060), VR_CS, "CT"), 0);
    ck_assert_int_eq(ds_set_string(ds, T(0x0010, 0x0020), VR_LO, pid), 0);
    snprintf(path, sizeof path, "%s.1", sop);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000d), VR_UI, path), 0);
    snprintf(path, sizeof path, "%s.2", sop);
    ck_assert_int_eq(ds_set_string(ds, T(0x0020, 0x000e), VR_UI, path), 0);
    snprintf(path, sizeof path, "%s%s", in, name);
    ck_assert_int_eq(p10_write_file(path, ds, "1.2.840.10008.1.2.1", NULL), 0);
    ds_free(ds);
}

static int dir_fd(void)
{
    int fd = open(in, O_RDONLY | O_DIRECTORY);
    ck_assert_int_ge(fd, 0);
    return fd;
}

/* The PatientID of the stored file of res. */
static void stored_patient(const struct ingest_result *res, char *out, size_t outlen)
{
    char path[sizeof mag + sizeof res->relpath];
    struct p10_file f;

    snprintf(path, sizeof path, "%s%s", mag, res->relpath);
    ck_assert_int_eq(p10_read_file(path, NULL, &f), 0);
    ck_assert_int_eq(ds_get_string(f.ds, T(0x0010, 0x0020), out, outlen), 0);
    p10_close(&f);
}

static int indexed(const char *sop)
{
    char dev[16], rel[512];
    return index_find_object(ix, sop, dev, sizeof dev, rel, sizeof rel) > 0;
}

START_TEST(test_import_stores_a_file_and_leaves_it)
{
    struct ingest_result res;
    char pid[65], path[400];
    int fd = dir_fd();

    write_object("a.dcm", "1.2.3.4.5.1", "P1");
    ck_assert_int_eq(import_file(im, fd, "a.dcm", 1, NULL, "[t]", &res), 0);
    ck_assert_str_eq(res.device, "MAG0");
    ck_assert(indexed("1.2.3.4.5.1"));
    stored_patient(&res, pid, sizeof pid);
    ck_assert_str_eq(pid, "P1");
    snprintf(path, sizeof path, "%sa.dcm", in);
    ck_assert_int_eq(access(path, F_OK), 0);

    /* With a PatientID: the stored copy has it, the file keeps its own. */
    write_object("b.dcm", "1.2.3.4.5.2", "P1");
    ck_assert_int_eq(import_file(im, fd, "b.dcm", 1, "NEWPAT", "[t]", &res), 0);
    stored_patient(&res, pid, sizeof pid);
    ck_assert_str_eq(pid, "NEWPAT");
    {
        struct p10_file f;
        snprintf(path, sizeof path, "%sb.dcm", in);
        ck_assert_int_eq(p10_read_file(path, NULL, &f), 0);
        ck_assert_int_eq(ds_get_string(f.ds, T(0x0010, 0x0020), pid, sizeof pid), 0);
        ck_assert_str_eq(pid, "P1");
        p10_close(&f);
    }
    close(fd);
}
END_TEST

START_TEST(test_import_refuses_what_is_not_a_dicom_file)
{
    struct ingest_result res;
    char path[400], target[400];
    FILE *f;
    int fd = dir_fd();

    snprintf(path, sizeof path, "%stext.txt", in);
    f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("not a DICOM file, only some words that decode to no dataset\n", f);
    fclose(f);
    ck_assert_int_eq(import_file(im, fd, "text.txt", 1, NULL, "[t]", &res), DG_ENOTDICOM);

    /* A FIFO without a writer: refused at once, not waited on. */
    snprintf(path, sizeof path, "%sfifo", in);
    ck_assert_int_eq(mkfifo(path, 0600), 0);
    ck_assert_int_eq(import_file(im, fd, "fifo", 1, NULL, "[t]", &res), -EINVAL);

    /* A symbolic link to a good file: refused where none is followed. */
    write_object("c.dcm", "1.2.3.4.5.3", "P1");
    snprintf(target, sizeof target, "%sc.dcm", in);
    snprintf(path, sizeof path, "%slink.dcm", in);
    ck_assert_int_eq(symlink(target, path), 0);
    ck_assert_int_eq(import_file(im, fd, "link.dcm", 1, NULL, "[t]", &res), -EINVAL);
    ck_assert(!indexed("1.2.3.4.5.3"));

    ck_assert_int_eq(import_file(im, fd, "none.dcm", 1, NULL, "[t]", &res), -ENOENT);
    snprintf(path, sizeof path, "%ssub", in);
    ck_assert_int_eq(mkdir(path, 0700), 0);
    ck_assert_int_eq(import_file(im, fd, "sub", 1, NULL, "[t]", &res), -EINVAL);
    close(fd);
}
END_TEST

int main(void)
{
    int failed;
    Suite *s;
    TCase *tc;

    if (db_test_setup(dir, &schema, sqlite_path, sizeof sqlite_path) != 0)
        return EXIT_FAILURE;
    snprintf(mag, sizeof mag, "%s/mag/", dir);
    snprintf(in, sizeof in, "%s/in/", dir);
    if (mkdir(mag, 0700) != 0 || mkdir(in, 0700) != 0)
        return EXIT_FAILURE;
    s = suite_create("import");
    tc = tcase_create("sqlite");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_import_stores_a_file_and_leaves_it);
    tcase_add_test(tc, test_import_refuses_what_is_not_a_dicom_file);
    suite_add_tcase(s, tc);
    failed = db_test_run(s);
    /* SQLite only: the servers are not this module's concern. */
    return db_test_finish(dir, schema, failed, 0);
}
