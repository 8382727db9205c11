/* Unit tests for src/db/schema: the dicom.sql parser (the shipped file gives
 * exactly Conquest's tables and columns; syntax variants; errors naming the
 * line and the token) and the `dgate -k` dump. */
#include "db/schema.h"
#include "util/error.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char minimal_tail[] =
    "*Study* { { 0x0020, 0x000d, \"StudyInstanceUID\", 64, SQL_C_CHAR, DT_UI },\n"
    "          { 0x0010, 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_STR } }\n"
    "*Series* { { 0x0020, 0x000e, \"SeriesInstanceUID\", 64, SQL_C_CHAR, DT_UI }\n"
    "           { 0x0020, 0x000d, \"StudyInstanceUID\", 64, SQL_C_CHAR, DT_UI } }\n"
    "*Image* { { 0x0008, 0x0018, \"SOPInstanceUID\", 64, SQL_C_CHAR, DT_UI }\n"
    "          { 0x0020, 0x000e, \"SeriesInstanceUID\", 64, SQL_C_CHAR, DT_UI } }\n"
    "*WorkList* { }\n";

/* A whole file: the given *Patient* block followed by a valid rest. */
static int parse_with_patient(const char *patient, int truncate, struct schema **s, char *err,
                              size_t errlen)
{
    char text[4096];

    snprintf(text, sizeof text, "%s\n%s", patient, minimal_tail);
    return schema_parse(text, strlen(text), truncate, "t.sql", s, err, errlen);
}

static struct schema *load_shipped(int truncate)
{
    const char *top = getenv("top_srcdir");
    char path[4096], err[512];
    struct schema *s = NULL;

    snprintf(path, sizeof path, "%s/etc/dicom.sql", top ? top : ".");
    int rc = schema_load(path, truncate, &s, err, sizeof err);
    ck_assert_msg(rc == 0, "schema_load: %s", err);
    return s;
}

static void assert_columns(const struct schema_table *t, const char *const *want, size_t n)
{
    size_t k = 0;

    for (size_t i = 0; i < t->ncolumns; i++) {
        if (!schema_is_column(&t->columns[i]))
            continue;
        ck_assert_msg(k < n, "%s has more columns than expected: %s", t->table,
                      t->columns[i].column);
        ck_assert_str_eq(t->columns[i].column, want[k]);
        k++;
    }
    ck_assert_uint_eq(k, n);
}

START_TEST(test_shipped_file_gives_conquest_tables_and_columns)
{
    struct schema *s = load_shipped(10);
    static const char *const pat[] = {"PatientID", "PatientNam", "PatientBir", "PatientSex"};
    static const char *const stu[] = {"StudyInsta", "StudyDate",  "StudyTime",  "StudyID",
                                      "StudyDescr", "AccessionN", "ReferPhysi", "PatientsAg",
                                      "PatientsWe", "StudyModal", "PatientNam", "PatientBir",
                                      "PatientSex", "PatientID"};
    static const char *const ser[] = {
        "SeriesInst", "SeriesNumb", "SeriesDate", "SeriesTime", "SeriesDesc", "Modality",
        "PatientPos", "ContrastBo", "Manufactur", "ModelName",  "BodyPartEx", "ProtocolNa",
        "StationNam", "Institutio", "FrameOfRef", "SeriesPat",  "StudyInsta"};
    static const char *const img[] = {
        "SOPInstanc", "SOPClassUI", "ImageNumbe", "ImageDate",  "ImageTime",  "EchoNumber",
        "NumberOfFr", "AcqDate",    "AcqTime",    "ReceivingC", "AcqNumber",  "SliceLocat",
        "SamplesPer", "PhotoMetri", "QRows",      "QColumns",   "BitsStored", "ImageType",
        "ImageID",    "ImagePat",   "SeriesInst"};
    static const char *const wl[] = {
        "AccessionN", "PatientID",  "PatientNam", "PatientBir", "PatientSex", "MedicalAle",
        "ContrastAl", "StudyInsta", "ReqPhysici", "ReqProcDes", "Modality",   "ReqContras",
        "ScheduledA", "StartDate",  "StartTime",  "PerfPhysic", "SchedPSDes", "SchedPSID",
        "SchedStati", "SchedPSLoc", "PreMedicat", "SchedPSCom", "ReqProcID",  "ReqProcPri"};

    ck_assert_str_eq(s->tables[SCHEMA_PATIENT].table, "DICOMPatients");
    ck_assert_str_eq(s->tables[SCHEMA_STUDY].table, "DICOMStudies");
    ck_assert_str_eq(s->tables[SCHEMA_SERIES].table, "DICOMSeries");
    ck_assert_str_eq(s->tables[SCHEMA_IMAGE].table, "DICOMImages");
    ck_assert_str_eq(s->tables[SCHEMA_WORKLIST].table, "DICOMWorkList");
    assert_columns(&s->tables[SCHEMA_PATIENT], pat, sizeof pat / sizeof pat[0]);
    assert_columns(&s->tables[SCHEMA_STUDY], stu, sizeof stu / sizeof stu[0]);
    assert_columns(&s->tables[SCHEMA_SERIES], ser, sizeof ser / sizeof ser[0]);
    assert_columns(&s->tables[SCHEMA_IMAGE], img, sizeof img / sizeof img[0]);
    assert_columns(&s->tables[SCHEMA_WORKLIST], wl, sizeof wl / sizeof wl[0]);
    /* The worklist keeps its two sequence marks, with 26 entries in all. */
    ck_assert_uint_eq(s->tables[SCHEMA_WORKLIST].ncolumns, 26);
    ck_assert_int_eq(s->tables[SCHEMA_WORKLIST].columns[10].dicom_type, SCHEMA_DT_STARTSEQUENCE);
    ck_assert_str_eq(s->tables[SCHEMA_WORKLIST].columns[0].hl7, "OBR.3");
    ck_assert_str_eq(s->tables[SCHEMA_WORKLIST].columns[15].hl7, "OBR.7.TIME");
    schema_free(s);
}
END_TEST

START_TEST(test_shipped_file_types_lengths_and_tags)
{
    struct schema *s = load_shipped(10);
    const struct schema_column *c;

    c = schema_find(s, SCHEMA_PATIENT, 0x0010, 0x0030);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->name, "PatientBirthDate");
    ck_assert_int_eq(c->sql_type, SCHEMA_SQL_DATE);
    ck_assert_int_eq(c->dicom_type, SCHEMA_DT_DATE);
    ck_assert_int_eq(c->length, 8);
    c = schema_find(s, SCHEMA_STUDY, 0x0008, 0x0061);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->column, "StudyModal");
    ck_assert_int_eq(c->dicom_type, SCHEMA_DT_MSTR);
    c = schema_find(s, SCHEMA_IMAGE, 0x0028, 0x0010);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->column, "QRows");
    ck_assert_int_eq(c->dicom_type, SCHEMA_DT_UINT16);
    ck_assert_int_eq(c->length, 5);
    c = schema_find(s, SCHEMA_IMAGE, 0x0008, 0x0008);
    ck_assert_int_eq(c->length, 128);
    ck_assert_ptr_null(schema_find(s, SCHEMA_IMAGE, 0x0018, 0x0050));
    /* Key first, link last. */
    ck_assert_str_eq(s->tables[SCHEMA_STUDY].columns[0].column, "StudyInsta");
    ck_assert_str_eq(s->tables[SCHEMA_IMAGE].columns[20].column, "SeriesInst");
    schema_free(s);
}
END_TEST

START_TEST(test_commas_between_entries_are_optional)
{
    struct schema *s = NULL;
    char err[256];
    int rc = parse_with_patient("*Patient* { { 0x0010, 0x0020, \"PatientID\", 64, SQL_C_CHAR, "
                                "DT_STR } { 0x10, 16, \"PatientName\", 64, SQL_C_CHAR, DT_STR },"
                                "{ 0x0010, 0x0040, \"PatientSex\", 16, SQL_C_CHAR, DT_STR } }",
                                10, &s, err, sizeof err);
    ck_assert_msg(rc == 0, "%s", err);
    ck_assert_uint_eq(s->tables[SCHEMA_PATIENT].ncolumns, 3);
    /* Decimal numbers are read as decimal. */
    ck_assert_uint_eq(s->tables[SCHEMA_PATIENT].columns[1].element, 0x0010);
    schema_free(s);
}
END_TEST

START_TEST(test_truncation_follows_setting)
{
    struct schema *s = load_shipped(0);
    ck_assert_str_eq(s->tables[SCHEMA_PATIENT].columns[1].column, "PatientName");
    schema_free(s);
    s = load_shipped(12);
    ck_assert_str_eq(s->tables[SCHEMA_STUDY].columns[0].column, "StudyInstanc");
    ck_assert_str_eq(s->tables[SCHEMA_STUDY].columns[0].name, "StudyInstanceUID");
    schema_free(s);
}
END_TEST

static void assert_error(const char *patient, const char *want)
{
    struct schema *s = NULL;
    char err[256] = "";
    int rc = parse_with_patient(patient, 10, &s, err, sizeof err);

    ck_assert_int_eq(rc, DG_EPARSE);
    ck_assert_ptr_null(s);
    ck_assert_msg(strstr(err, want) != NULL, "error '%s' lacks '%s'", err, want);
}

START_TEST(test_unknown_dicom_type_names_line_and_token)
{
    assert_error("*Patient*\n{\n{ 0x0010, 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_FOO }\n}",
                 "t.sql:3: unknown DICOM type 'DT_FOO'");
}
END_TEST

START_TEST(test_unknown_sql_type_names_line_and_token)
{
    assert_error("*Patient* {\n\n\n{ 0x0010, 0x0020, \"PatientID\", 64, SQL_C_INT, DT_STR } }",
                 "t.sql:4: unknown SQL type 'SQL_C_INT'");
}
END_TEST

START_TEST(test_missing_comma_inside_entry_is_an_error)
{
    assert_error("*Patient* {\n{ 0x0010 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_STR } }",
                 "t.sql:2: expected ',' after the group, found '0x0020'");
}
END_TEST

START_TEST(test_bad_column_name_is_refused)
{
    assert_error("*Patient* {\n{ 0x0010, 0x0020, \"Patient; DROP\", 64, SQL_C_CHAR, DT_STR } }",
                 "t.sql:2: column name 'Patient; DROP' may hold only letters, digits and '_'");
}
END_TEST

START_TEST(test_unterminated_comment_and_string)
{
    assert_error("/* header\n\n*Patient* {", "t.sql:1: comment opened here is never closed");
    assert_error("*Patient* {\n{ 0x0010, 0x0020, \"PatientID, 64 } }",
                 "t.sql:2: string \"PatientID, 64 } } is not closed on its line");
}
END_TEST

START_TEST(test_numbers_out_of_range_and_garbage)
{
    assert_error("*Patient* {\n{ 0x10000, 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_STR } }",
                 "t.sql:2: the group out of range: '0x10000'");
    assert_error("*Patient* {\n{ 0x0010, 0x00zz, \"PatientID\", 64, SQL_C_CHAR, DT_STR } }",
                 "t.sql:2: '0x00zz' is not a number");
}
END_TEST

/* Conquest reads 0x... as hex and everything else as decimal: a leading
 * zero does not make a length octal. */
START_TEST(test_numbers_without_0x_are_decimal)
{
    struct schema *s = NULL;
    char err[256];

    ck_assert_int_eq(
        parse_with_patient("*Patient* { { 0x0010, 0x0020, \"PatientID\", 064, SQL_C_CHAR, "
                           "DT_STR }\n { 16, 0x0030, \"PatientBirthDate\", 08, SQL_C_DATE, "
                           "DT_DATE } }",
                           10, &s, err, sizeof err),
        0);
    ck_assert_int_eq(s->tables[SCHEMA_PATIENT].columns[0].length, 64);
    ck_assert_int_eq(s->tables[SCHEMA_PATIENT].columns[1].group, 0x0010);
    ck_assert_int_eq(s->tables[SCHEMA_PATIENT].columns[1].length, 8);
    schema_free(s);
}
END_TEST

START_TEST(test_duplicate_column_after_truncation_is_an_error)
{
    assert_error("*Patient* {\n{ 0x0010, 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_STR }\n"
                 "{ 0x0010, 0x0010, \"PatientName\", 64, SQL_C_CHAR, DT_STR }\n"
                 "{ 0x0010, 0x1001, \"PatientNameOther\", 64, SQL_C_CHAR, DT_STR } }",
                 "t.sql:4: column PatientNam repeats the column of line 3");
}
END_TEST

START_TEST(test_missing_block_and_unknown_block)
{
    struct schema *s = NULL;
    char err[256];
    const char *text = "*Patient* { { 0x0010, 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_STR } }\n";

    ck_assert_int_eq(schema_parse(text, strlen(text), 10, "t.sql", &s, err, sizeof err), DG_EPARSE);
    ck_assert_str_eq(err, "t.sql:2: block *Study* is missing");
    assert_error("*Patients* { }", "t.sql:1: unknown block 'Patients'");
}
END_TEST

START_TEST(test_link_must_name_parent_key)
{
    struct schema *s = NULL;
    char err[256];
    const char *text =
        "*Patient* { { 0x0010, 0x0020, \"PatientID\", 64, SQL_C_CHAR, DT_STR } }\n"
        "*Study* { { 0x0020, 0x000d, \"StudyInstanceUID\", 64, SQL_C_CHAR, DT_UI }\n"
        "{ 0x0008, 0x0020, \"StudyDate\", 8, SQL_C_DATE, DT_DATE } }\n"
        "*Series* { { 0x0020, 0x000e, \"SeriesInstanceUID\", 64, SQL_C_CHAR, DT_UI }\n"
        "{ 0x0020, 0x000d, \"StudyInstanceUID\", 64, SQL_C_CHAR, DT_UI } }\n"
        "*Image* { { 0x0008, 0x0018, \"SOPInstanceUID\", 64, SQL_C_CHAR, DT_UI }\n"
        "{ 0x0020, 0x000e, \"SeriesInstanceUID\", 64, SQL_C_CHAR, DT_UI } }\n"
        "*WorkList* { }\n";

    ck_assert_int_eq(schema_parse(text, strlen(text), 10, "t.sql", &s, err, sizeof err), DG_EPARSE);
    ck_assert_str_eq(err, "t.sql:3: the last entry of *Study* must link to the parent's key "
                          "(0010,0020)");
}
END_TEST

START_TEST(test_dump_matches_conquest_format)
{
    struct schema *s = load_shipped(10);
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);

    schema_dump(s, fp);
    fclose(fp);
    ck_assert_msg(strncmp(text,
                          "**\tDatabase Description dump\n\n--Patient Database: "
                          "DICOMPatients\n",
                          57) == 0,
                  "dump starts: %.80s", text);
    ck_assert_ptr_nonnull(
        strstr(text, "0x0010,0x0020   PatientID    64  SQL_C_CHAR          DT_STR            \n"));
    ck_assert_ptr_nonnull(
        strstr(text, "0x0010,0x0030  PatientBir     8  SQL_C_DATE    DT_DATE (DA)            \n"));
    ck_assert_ptr_nonnull(strstr(text, "--WorkList Database: DICOMWorkList\n"));
    ck_assert_ptr_nonnull(
        strstr(text, "0x0040,0x0002   StartDate     8  SQL_C_DATE    DT_DATE (DA)  OBR.7.DATE\n"));
    ck_assert_ptr_nonnull(
        strstr(text, "0x0040,0x0100    --------     0  SQL_C_CHAR  Start sequence         ---\n"));
    free(text);
    schema_free(s);
}
END_TEST

static Suite *schema_suite(void)
{
    Suite *s = suite_create("schema");
    TCase *tc = tcase_create("parse");

    tcase_add_test(tc, test_shipped_file_gives_conquest_tables_and_columns);
    tcase_add_test(tc, test_shipped_file_types_lengths_and_tags);
    tcase_add_test(tc, test_commas_between_entries_are_optional);
    tcase_add_test(tc, test_truncation_follows_setting);
    tcase_add_test(tc, test_unknown_dicom_type_names_line_and_token);
    tcase_add_test(tc, test_unknown_sql_type_names_line_and_token);
    tcase_add_test(tc, test_missing_comma_inside_entry_is_an_error);
    tcase_add_test(tc, test_bad_column_name_is_refused);
    tcase_add_test(tc, test_unterminated_comment_and_string);
    tcase_add_test(tc, test_numbers_out_of_range_and_garbage);
    tcase_add_test(tc, test_numbers_without_0x_are_decimal);
    tcase_add_test(tc, test_duplicate_column_after_truncation_is_an_error);
    tcase_add_test(tc, test_missing_block_and_unknown_block);
    tcase_add_test(tc, test_link_must_name_parent_key);
    tcase_add_test(tc, test_dump_matches_conquest_format);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(schema_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
