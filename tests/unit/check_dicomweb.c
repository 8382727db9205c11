/* Unit tests for the parts of DICOMweb that need no HTTP: WADO-RS's Accept
 * negotiation (web/wado.c, web/accept.c) and QIDO-RS's query arguments
 * made into a C-FIND identifier (web/qido.c). */
#include "web/qido.h"
#include "web/wado.h"

#include "dicom/dict.h"
#include "util/error.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define EXPLICIT "1.2.840.10008.1.2.1"

static const char *accept_ts(const char *accept)
{
    static char ts[80];
    if (wado_accept_dicom(accept, ts, sizeof ts) != 0)
        return "406";
    return ts;
}

START_TEST(test_wado_accept_default_explicit_star_as_stored)
{
    ck_assert_str_eq(accept_ts(NULL), EXPLICIT);
    ck_assert_str_eq(accept_ts("*/*"), EXPLICIT);
    ck_assert_str_eq(accept_ts("multipart/related; type=\"application/dicom\""), EXPLICIT);
    ck_assert_str_eq(accept_ts("multipart/related; type=application/dicom; transfer-syntax=*"), "");
    ck_assert_str_eq(accept_ts("multipart/related; type=\"application/dicom\"; "
                               "transfer-syntax=1.2.840.10008.1.2.4.80"),
                     "1.2.840.10008.1.2.4.80");
}
END_TEST

START_TEST(test_wado_accept_skips_what_it_cannot_give)
{
    /* An unknown syntax, another type, q=0: the next range answers. */
    ck_assert_str_eq(
        accept_ts("multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.3, "
                  "multipart/related; type=\"application/dicom\""),
        EXPLICIT);
    ck_assert_str_eq(accept_ts("multipart/related; type=\"application/dicom+xml\""), "406");
    ck_assert_str_eq(accept_ts("image/png, text/html"), "406");
    ck_assert_str_eq(accept_ts("*/*;q=0"), "406");
    ck_assert_str_eq(
        accept_ts("multipart/related; type=\"application/dicom\"; transfer-syntax=../x"), "406");
}
END_TEST

static int arg(struct qido_search *q, struct ds *id, const char *name, const char *value)
{
    return qido_arg(q, id, name, value);
}

START_TEST(test_qido_keys_by_keyword_or_tag)
{
    struct qido_search q = {0};
    struct ds *id = ds_new();
    char s[128];
    uint16_t rows;
    ck_assert_int_eq(arg(&q, id, "PatientName", "DOE*"), 0);
    ck_assert_int_eq(arg(&q, id, "00080020", "20200101-20201231"), 0);
    ck_assert_int_eq(arg(&q, id, "Rows", "512"), 0);
    ck_assert_int_eq(arg(&q, id, "StudyInstanceUID", "1.2.3,1.2.4\\1.2.5"), 0);
    ck_assert_int_eq(ds_get_string(id, DICT_TAG(0x0010, 0x0010), s, sizeof s), 0);
    ck_assert_str_eq(s, "DOE*");
    ck_assert_int_eq(ds_get_string(id, DICT_TAG(0x0008, 0x0020), s, sizeof s), 0);
    ck_assert_str_eq(s, "20200101-20201231");
    ck_assert_int_eq(ds_get_u16(id, DICT_TAG(0x0028, 0x0010), 0, &rows), 0);
    ck_assert_uint_eq(rows, 512);
    ck_assert_int_eq(ds_get_string(id, DICT_TAG(0x0020, 0x000D), s, sizeof s), 0);
    ck_assert_str_eq(s, "1.2.3\\1.2.4\\1.2.5");
    ds_free(id);
}
END_TEST

START_TEST(test_qido_controls_and_includefield)
{
    struct qido_search q = {0};
    struct ds *id = ds_new();
    ck_assert_int_eq(arg(&q, id, "limit", "25"), 0);
    ck_assert_int_eq(arg(&q, id, "offset", "50"), 0);
    ck_assert_int_eq(arg(&q, id, "fuzzymatching", "true"), 0);
    ck_assert_int_eq(arg(&q, id, "includefield", "StudyDescription,00100030,all"), 0);
    ck_assert_int_eq(q.limit, 25);
    ck_assert_int_eq(q.offset, 50);
    ck_assert_int_eq(q.fuzzy, 1);
    ck_assert_int_eq(q.all, 1);
    ck_assert_ptr_nonnull(ds_find(id, DICT_TAG(0x0008, 0x1030)));
    ck_assert_ptr_nonnull(ds_find(id, DICT_TAG(0x0010, 0x0030)));
    ds_free(id);
}
END_TEST

START_TEST(test_qido_refusals_say_why)
{
    const char *bad[][2] = {
        {"NoSuchThing", "1"},
        {"limit", "-1"},
        {"limit", "1e9"},
        {"offset", "999999999999"},
        {"fuzzymatching", "yes"},
        {"includefield", "Nope"},
        {"StudyInstanceUID", "1.a"},
        {"StudyInstanceUID", "1.2,"},
        {"Rows", "many"},
        {"ReferencedStudySequence", "x"},
        {"00020010", "1.2"},
        {"FileMetaInformationGroupLength", "1"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct qido_search q = {0};
        struct ds *id = ds_new();
        int rc = arg(&q, id, bad[i][0], bad[i][1]);
        ck_assert_msg(rc == DG_EPARSE || rc == DG_EUID, "%s=%s took: %d", bad[i][0], bad[i][1], rc);
        ck_assert_msg(q.why[0], "%s=%s: no reason", bad[i][0], bad[i][1]);
        ds_free(id);
    }
}
END_TEST

static Suite *dicomweb_suite(void)
{
    Suite *s = suite_create("dicomweb");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_wado_accept_default_explicit_star_as_stored);
    tcase_add_test(tc, test_wado_accept_skips_what_it_cannot_give);
    tcase_add_test(tc, test_qido_keys_by_keyword_or_tag);
    tcase_add_test(tc, test_qido_controls_and_includefield);
    tcase_add_test(tc, test_qido_refusals_say_why);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dicomweb_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
