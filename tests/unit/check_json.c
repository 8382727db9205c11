/* Unit tests for src/web/json (DICOM JSON, PS3.18 F.2) and util/base64:
 * each value kind written as the standard's examples write it, character
 * sets decoded, bulk values by reference, and DICOM number forms that are no
 * JSON numbers rewritten. */
#include "web/json.h"

#include "db/metadata.h"
#include "dicom/dict.h"
#include "util/base64.h"
#include "util/error.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define TAG DICT_TAG

/* The JSON of ds as a NUL-terminated string (the caller frees it). */
static char *to_json(const struct ds *ds, const struct json_opts *o)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    ck_assert_int_eq(json_dataset(ds, o, &b), 0);
    ck_assert_int_eq(buf_append(&b, "", 1), 0);
    return (char *)b.data;
}

static void expect(const struct ds *ds, const struct json_opts *o, const char *want)
{
    char *got = to_json(ds, o);
    ck_assert_str_eq(got, want);
    free(got);
}

START_TEST(test_json_strings_split_trimmed_and_empty_values_null)
{
    struct ds *ds = ds_new();
    struct json_opts o = {0};
    ds_set_string(ds, TAG(0x0008, 0x0060), VR_CS, "CT");
    ds_set_string(ds, TAG(0x0008, 0x0008), VR_CS, "ORIGINAL\\\\ AXIAL ");
    ds_set_string(ds, TAG(0x0008, 0x0050), VR_SH, "");
    ds_set_string(ds, TAG(0x0008, 0x1030), VR_LO, "say \"hi\"\\there\x01");
    ds_set_string(ds, TAG(0x0020, 0x4000), VR_LT, "  a\\b  ");
    expect(ds, &o,
           "{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",null,\"AXIAL\"]},"
           "\"00080050\":{\"vr\":\"SH\"},"
           "\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]},"
           "\"00081030\":{\"vr\":\"LO\",\"Value\":[\"say \\\"hi\\\"\",\"there\xef\xbf\xbd\"]},"
           "\"00204000\":{\"vr\":\"LT\",\"Value\":[\"  a\\\\b\"]}}");
    ds_free(ds);
}
END_TEST

START_TEST(test_json_person_names_by_component_group)
{
    struct ds *ds = ds_new();
    struct json_opts o = {0};
    ds_set_string(ds, TAG(0x0010, 0x0010), VR_PN, "Yamada^Tarou=YAMADA^TAROU=yamada^tarou\\\\Doe");
    expect(ds, &o,
           "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\","
           "\"Ideographic\":\"YAMADA^TAROU\",\"Phonetic\":\"yamada^tarou\"},null,"
           "{\"Alphabetic\":\"Doe\"}]}}");
    ds_set_string(ds, TAG(0x0010, 0x0010), VR_PN, "=Ideo");
    expect(ds, &o, "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Ideographic\":\"Ideo\"}]}}");
    ds_free(ds);
}
END_TEST

START_TEST(test_json_text_decoded_from_specific_character_set)
{
    struct ds *ds = ds_new();
    struct json_opts o = {0};
    ds_set_string(ds, TAG(0x0008, 0x0005), VR_CS, "ISO_IR 100");
    ds_set_string(ds, TAG(0x0010, 0x0010), VR_PN, "M\xfcller");
    expect(ds, &o,
           "{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
           "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"M\xc3\xbcller\"}]}}");
    ds_free(ds);
}
END_TEST

START_TEST(test_json_numbers_as_json_numbers)
{
    struct ds *ds = ds_new();
    struct json_opts o = {0};
    uint8_t fl[8], fd[8], ss[2] = {0xFE, 0xFF}, at[4] = {0x10, 0x00, 0x20, 0x00};
    float f[2] = {0.5f, 0.1f};
    double d = -1e300;
    memcpy(fl, f, 8);
    memcpy(fd, &d, 8);
    ds_set_string(ds, TAG(0x0018, 0x0050), VR_DS, "+1.50\\.5\\007\\1e3\\abc");
    ds_set_string(ds, TAG(0x0020, 0x0013), VR_IS, "+12\\-3");
    ds_set_u16(ds, TAG(0x0028, 0x0010), 512);
    ds_set(ds, TAG(0x0028, 0x0106), VR_SS, ss, 2);
    ds_set(ds, TAG(0x0018, 0x9087), VR_FD, fd, 8);
    ds_set(ds, TAG(0x0018, 0x1318), VR_FL, fl, 8);
    ds_set(ds, TAG(0x0020, 0x5000), VR_AT, at, 4);
    expect(ds, &o,
           "{\"00180050\":{\"vr\":\"DS\",\"Value\":[1.5,0.5,7,1e3,\"abc\"]},"
           "\"00181318\":{\"vr\":\"FL\",\"Value\":[0.5,0.1]},"
           "\"00189087\":{\"vr\":\"FD\",\"Value\":[-1e+300]},"
           "\"00200013\":{\"vr\":\"IS\",\"Value\":[12,-3]},"
           "\"00205000\":{\"vr\":\"AT\",\"Value\":[\"00100020\"]},"
           "\"00280010\":{\"vr\":\"US\",\"Value\":[512]},"
           "\"00280106\":{\"vr\":\"SS\",\"Value\":[-2]}}");
    ds_free(ds);
}
END_TEST

START_TEST(test_json_bulk_by_reference_small_bytes_inline)
{
    struct ds *ds = ds_new();
    struct ds *item;
    struct json_opts o = {"http://h/i/bulkdata", 0};
    static uint8_t big[DS_BULK_MIN + 1], small[3] = {'a', 'b', 'c'};
    ds_set(ds, TAG(0x7FE0, 0x0010), VR_OW, small, 2);
    ds_set(ds, TAG(0x0009, 0x1001), VR_UN, small, 3);
    ck_assert_int_eq(ds_add_item(ds, TAG(0x0054, 0x0016), &item), 0);
    ds_set(item, TAG(0x0011, 0x1010), VR_OB, big, sizeof big);
    expect(ds, &o,
           "{\"00091001\":{\"vr\":\"UN\",\"InlineBinary\":\"YWJj\"},"
           "\"00540016\":{\"vr\":\"SQ\",\"Value\":[{\"00111010\":{\"vr\":\"OB\","
           "\"BulkDataURI\":\"http://h/i/bulkdata/00540016/0/00111010\"}}]},"
           "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"http://h/i/bulkdata/7FE00010\"}}");
    /* Kept metadata: an empty bytes value stands for a bulk one. */
    ds_set(ds, TAG(0x0009, 0x1001), VR_UN, small, 0);
    o.kept = 1;
    char *got = to_json(ds, &o);
    ck_assert_ptr_nonnull(strstr(got, "\"00091001\":{\"vr\":\"UN\",\"BulkDataURI\":"
                                      "\"http://h/i/bulkdata/00091001\"}"));
    free(got);
    o.bulk_url = NULL;
    o.kept = 0;
    expect(ds, &o,
           "{\"00091001\":{\"vr\":\"UN\"},\"00540016\":{\"vr\":\"SQ\",\"Value\":[{\"00111010\":"
           "{\"vr\":\"OB\"}}]},\"7FE00010\":{\"vr\":\"OW\"}}");
    ds_free(ds);
}
END_TEST

START_TEST(test_json_empty_sequence_and_group_length_left_out)
{
    struct ds *ds = ds_new();
    struct json_opts o = {0};
    ds_set_u32(ds, TAG(0x0008, 0x0000), 10);
    ds_set_empty_sequence(ds, TAG(0x0008, 0x1140));
    expect(ds, &o, "{\"00081140\":{\"vr\":\"SQ\"}}");
    ds_free(ds);
}
END_TEST

START_TEST(test_json_stops_at_the_cap)
{
    struct ds *ds = ds_new();
    struct json_opts o = {0};
    struct buf b;
    ds_set_string(ds, TAG(0x0010, 0x0020), VR_LO, "0123456789");
    buf_init(&b, 16);
    ck_assert_int_eq(json_dataset(ds, &o, &b), DG_ETOOBIG);
    buf_free(&b);
    ds_free(ds);
}
END_TEST

/* The kept metadata (db/metadata.c) reads back as the dataset it was made
 * from, its bulk values by reference, and a Pixel Data where the header
 * ended before the pixels. */
START_TEST(test_json_of_kept_metadata)
{
    struct ds *ds = ds_new(), *back = ds_new();
    struct json_opts o = {"u", 0};
    static uint8_t big[DS_BULK_MIN + 2];
    struct buf text, raw;
    buf_init(&text, METADATA_MAX);
    buf_init(&raw, METADATA_MAX);
    ds_set_string(ds, TAG(0x0008, 0x0018), VR_UI, "1.2.3");
    ds_set_string(ds, TAG(0x0010, 0x0010), VR_PN, "Doe^J");
    ds_set_u16(ds, TAG(0x0028, 0x0010), 2);
    ds_set_u16(ds, TAG(0x0028, 0x0100), 16);
    ds_set(ds, TAG(0x0029, 0x1010), VR_OB, big, sizeof big);
    ck_assert_int_eq(metadata_encode(ds, &text), 0);
    ck_assert_uint_lt(text.len, 200); /* the bulk value is not in it */
    ck_assert_int_eq(metadata_decode((const char *)text.data, text.len, &raw, back), 0);
    o.kept = 1;
    expect(back, &o,
           "{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},"
           "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^J\"}]},"
           "\"00280010\":{\"vr\":\"US\",\"Value\":[2]},"
           "\"00280100\":{\"vr\":\"US\",\"Value\":[16]},"
           "\"00291010\":{\"vr\":\"OB\",\"BulkDataURI\":\"u/00291010\"},"
           "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"u/7FE00010\"}}");
    ck_assert_int_eq(metadata_decode("AAAA!", 5, &raw, back), DG_EPARSE);
    buf_free(&text);
    buf_free(&raw);
    ds_free(ds);
    ds_free(back);
}
END_TEST

START_TEST(test_base64_round_trip_and_strict_decode)
{
    struct buf b;
    const char *want[] = {"", "YQ==", "YWI=", "YWJj", "YWJjZA=="};
    buf_init(&b, 64);
    for (size_t n = 0; n < 5; n++) {
        buf_reset(&b);
        ck_assert_int_eq(base64_encode((const uint8_t *)"abcd", n, &b), 0);
        ck_assert_uint_eq(b.len, strlen(want[n]));
        /* An empty buffer may have no memory at all: memcmp takes no NULL. */
        ck_assert(b.len == 0 || memcmp(b.data, want[n], b.len) == 0);
        buf_reset(&b);
        ck_assert_int_eq(base64_decode(want[n], strlen(want[n]), &b), 0);
        ck_assert_uint_eq(b.len, n);
        ck_assert(n == 0 || memcmp(b.data, "abcd", n) == 0);
    }
    ck_assert_int_eq(base64_decode("YWJ", 3, &b), DG_EPARSE);
    ck_assert_int_eq(base64_decode("YW=j", 4, &b), DG_EPARSE);
    ck_assert_int_eq(base64_decode("YW J", 4, &b), DG_EPARSE);
    buf_free(&b);
}
END_TEST

static Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_json_strings_split_trimmed_and_empty_values_null);
    tcase_add_test(tc, test_json_person_names_by_component_group);
    tcase_add_test(tc, test_json_text_decoded_from_specific_character_set);
    tcase_add_test(tc, test_json_numbers_as_json_numbers);
    tcase_add_test(tc, test_json_bulk_by_reference_small_bytes_inline);
    tcase_add_test(tc, test_json_empty_sequence_and_group_length_left_out);
    tcase_add_test(tc, test_json_stops_at_the_cap);
    tcase_add_test(tc, test_json_of_kept_metadata);
    tcase_add_test(tc, test_base64_round_trip_and_strict_decode);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(json_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
