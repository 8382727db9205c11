/* Unit tests for the dictionary (every line of etc/dgate.dic found by tag
 * and by keyword), the VR table and the transfer syntax table. */
#include "dicom/dict.h"
#include "dicom/ts.h"
#include "dicom/vr.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

START_TEST(test_dict_finds_exact_tag)
{
    const struct dict_entry *e = dict_find(DICT_TAG(0x0010, 0x0010));
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->keyword, "PatientName");
    ck_assert_int_eq(e->vr, VR_PN);
    ck_assert_str_eq(e->vm, "1");
    ck_assert_str_eq(e->name, "Patient Name");
}
END_TEST

START_TEST(test_dict_finds_repeating_groups)
{
    const struct dict_entry *e = dict_find(DICT_TAG(0x6002, 0x0010));
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->keyword, "OverlayRows");
    ck_assert_uint_eq(e->mask, 0xFF00FFFF);
    e = dict_find(DICT_TAG(0x0020, 0x3105));
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->keyword, "SourceImageIDs");
    /* Odd groups are private and never repeat. */
    ck_assert_ptr_null(dict_find(DICT_TAG(0x6001, 0x0010)));
}
END_TEST

START_TEST(test_dict_unknown_and_private_tags)
{
    ck_assert_ptr_null(dict_find(DICT_TAG(0x0029, 0x1010)));
    ck_assert_int_eq(dict_vr(DICT_TAG(0x0029, 0x1010)), VR_UN);
    ck_assert_int_eq(dict_vr(DICT_TAG(0x0029, 0x0010)), VR_LO);
    ck_assert_int_eq(dict_vr(DICT_TAG(0x0008, 0x0000)), VR_UL);
    ck_assert_str_eq(dict_keyword(DICT_TAG(0x0029, 0x0010)), "PrivateCreator");
    ck_assert_str_eq(dict_keyword(DICT_TAG(0x0029, 0x1010)), "Unknown");
    ck_assert_str_eq(dict_keyword(DICT_TAG(0x0008, 0x0000)), "GenericGroupLength");
    ck_assert_str_eq(dict_keyword(DICT_TAG(0x0000, 0x0000)), "CommandGroupLength");
}
END_TEST

START_TEST(test_dict_implicit_vr_of_ambiguous_entries)
{
    const struct dict_entry *e = dict_find(DICT_TAG(0x7FE0, 0x0010));
    ck_assert_int_eq(e->vr, VR_OB);
    ck_assert_int_eq(e->vr_alt, VR_OW);
    ck_assert_int_eq(dict_vr(DICT_TAG(0x7FE0, 0x0010)), VR_OW);
    ck_assert_int_eq(dict_vr(DICT_TAG(0x0028, 0x0106)), VR_US);
    ck_assert_int_eq(dict_vr(DICT_TAG(0x0008, 0x1140)), VR_SQ);
}
END_TEST

START_TEST(test_dict_keyword_lookup)
{
    const struct dict_entry *e = dict_find_keyword("PatientID");
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->tag, DICT_TAG(0x0010, 0x0020));
    e = dict_find_keyword("OverlayRows");
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->tag, DICT_TAG(0x6000, 0x0010));
    ck_assert_ptr_null(dict_find_keyword("patientid"));
    ck_assert_ptr_null(dict_find_keyword(""));
    ck_assert_ptr_null(dict_find_keyword("NoSuchKeyword"));
}
END_TEST

/* Every line of the dictionary file is found by its tag and its keyword
 * with the VR and VM the file gives. */
START_TEST(test_dict_has_every_line_of_dgate_dic)
{
    const char *srcdir = getenv("top_srcdir");
    char path[4096], line[1024];
    FILE *f;
    size_t lines = 0;

    snprintf(path, sizeof path, "%s/etc/dgate.dic", srcdir ? srcdir : ".");
    f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    while (fgets(line, sizeof line, f)) {
        char tagtext[12], vr[8], vm[16], keyword[128], hex[9];
        const struct dict_entry *e;
        unsigned long tag;

        if (line[0] == '#')
            continue;
        ck_assert_int_eq(sscanf(line, "%11s\t%7s\t%15s\t%127s", tagtext, vr, vm, keyword), 4);
        snprintf(hex, sizeof hex, "%.4s%.4s", tagtext + 1, tagtext + 6);
        for (char *c = hex; *c; c++)
            if (*c == 'x')
                *c = '0';
        tag = strtoul(hex, NULL, 16);
        e = dict_find((uint32_t)tag);
        ck_assert_msg(e != NULL, "%s not found", tagtext);
        ck_assert_str_eq(e->keyword, keyword);
        ck_assert_str_eq(e->vm, vm);
        ck_assert_int_eq(strncasecmp(vr_name((enum vr)e->vr), vr, 2), 0);
        ck_assert_ptr_eq(dict_find_keyword(keyword), e);
        lines++;
    }
    fclose(f);
    ck_assert_uint_eq(dict_size(), lines);
}
END_TEST

START_TEST(test_vr_codes_and_properties)
{
    ck_assert_int_eq(vr_from_code((const uint8_t *)"PN"), VR_PN);
    ck_assert_int_eq(vr_from_code((const uint8_t *)"UV"), VR_UV);
    ck_assert_int_eq(vr_from_code((const uint8_t *)"XX"), -1);
    ck_assert_int_eq(vr_from_code((const uint8_t *)"na"), -1);
    ck_assert_str_eq(vr_name(VR_SQ), "SQ");
    ck_assert_str_eq(vr_name((enum vr)99), "??");
    ck_assert_int_eq(vr_has_long_length(VR_UT), 1);
    ck_assert_int_eq(vr_has_long_length(VR_UC), 1);
    ck_assert_int_eq(vr_has_long_length(VR_US), 0);
    ck_assert_int_eq(vr_has_long_length(VR_LT), 0);
    ck_assert_int_eq(vr_pad_byte(VR_UI), 0);
    ck_assert_int_eq(vr_pad_byte(VR_PN), ' ');
    ck_assert_int_eq(vr_pad_byte(VR_OB), 0);
    ck_assert_uint_eq(vr_swap_unit(VR_AT), 2);
    ck_assert_uint_eq(vr_swap_unit(VR_FD), 8);
    ck_assert_uint_eq(vr_swap_unit(VR_OB), 1);
    ck_assert_uint_eq(vr_number_size(VR_AT), 4);
    ck_assert_uint_eq(vr_number_size(VR_SS), 2);
    ck_assert_uint_eq(vr_number_size(VR_UV), 8);
    ck_assert_uint_eq(vr_number_size(VR_OW), 0);
    ck_assert_int_eq(vr_is_single_text(VR_UT), 1);
    ck_assert_int_eq(vr_is_single_text(VR_LO), 0);
}
END_TEST

START_TEST(test_ts_lookup)
{
    const struct ts *ts = ts_find("1.2.840.10008.1.2\0", 18);
    ck_assert_ptr_eq(ts, ts_implicit_le());
    ck_assert_int_eq(ts->explicit_vr, 0);
    ts = ts_find("1.2.840.10008.1.2.2 ", 20);
    ck_assert_ptr_eq(ts, ts_explicit_be());
    ck_assert_int_eq(ts->big_endian, 1);
    ck_assert_int_eq(ts_find(TS_DEFLATED_LE, strlen(TS_DEFLATED_LE))->deflated, 1);
    ts = ts_find(TS_JPEG_LS_LOSSLESS, strlen(TS_JPEG_LS_LOSSLESS));
    ck_assert_int_eq(ts->encapsulated, 1);
    ck_assert_int_eq(ts->explicit_vr, 1);
    /* A prefix of a known UID is not that UID. */
    ck_assert_ptr_null(ts_find("1.2.840.10008.1", 15));
    ck_assert_ptr_null(ts_find("1.2.3", 5));
    ck_assert_ptr_null(ts_find_or_encapsulated("1.2.3", 5));
    ts = ts_find_or_encapsulated("1.2.840.10008.1.2.4.999", 23);
    ck_assert_ptr_nonnull(ts);
    ck_assert_int_eq(ts->encapsulated, 1);
    ck_assert_int_eq(ts->explicit_vr, 1);
    ck_assert_int_eq(ts->big_endian, 0);
}
END_TEST

static Suite *dict_suite(void)
{
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("dict");

    tcase_add_test(tc, test_dict_finds_exact_tag);
    tcase_add_test(tc, test_dict_finds_repeating_groups);
    tcase_add_test(tc, test_dict_unknown_and_private_tags);
    tcase_add_test(tc, test_dict_implicit_vr_of_ambiguous_entries);
    tcase_add_test(tc, test_dict_keyword_lookup);
    tcase_add_test(tc, test_dict_has_every_line_of_dgate_dic);
    tcase_add_test(tc, test_vr_codes_and_properties);
    tcase_add_test(tc, test_ts_lookup);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dict_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
