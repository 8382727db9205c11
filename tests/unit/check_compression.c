/* Tests of src/core/compression.c: Conquest's compression codes, their
 * syntaxes and qualities, '!', and the `~xx` of a called AE. */
#include "core/compression.h"
#include "dicom/ts.h"
#include "util/error.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static struct compression parse_ok(const char *text)
{
    struct compression c;

    ck_assert_int_eq(compression_parse(text, 0, &c), 0);
    return c;
}

START_TEST(test_uncompressed_codes_and_as_is)
{
    struct compression c = parse_ok("un");

    ck_assert_int_eq(c.kind, COMPRESSION_UN);
    ck_assert_str_eq(c.ts, TS_IMPLICIT_LE);
    ck_assert_int_eq(parse_ok("").kind, COMPRESSION_UN); /* a map line of three columns */
    ck_assert_int_eq(parse_ok("AS").kind, COMPRESSION_AS);
    ck_assert_int_eq(parse_ok("is").kind, COMPRESSION_AS);
    ck_assert_int_eq(parse_ok("ue").kind, COMPRESSION_UE);
    c = parse_ok("ul");
    ck_assert_int_eq(c.kind, COMPRESSION_TS);
    ck_assert_str_eq(c.ts, TS_EXPLICIT_LE);
    ck_assert_str_eq(parse_ok("Ub").ts, TS_EXPLICIT_BE);
    ck_assert_int_eq(c.lossy, 0);
    ck_assert_int_eq(c.only, 0);
}
END_TEST

START_TEST(test_jpeg_codes_give_their_syntax_and_quality)
{
    struct compression c = parse_ok("j2");

    ck_assert_str_eq(c.ts, "1.2.840.10008.1.2.4.70");
    ck_assert_int_eq(c.lossy, 0);
    ck_assert_int_eq(c.opt.quality, 0);
    ck_assert_str_eq(parse_ok("j1").ts, "1.2.840.10008.1.2.4.57");
    c = parse_ok("j3");
    ck_assert_str_eq(c.ts, "1.2.840.10008.1.2.4.50");
    ck_assert_int_eq(c.lossy, 1);
    ck_assert_int_eq(c.opt.quality, 95); /* LossyQuality's default */
    ck_assert_int_eq(compression_parse("j3", 80, &c), 0);
    ck_assert_int_eq(c.opt.quality, 80);
    c = parse_ok("j470");
    ck_assert_str_eq(c.ts, "1.2.840.10008.1.2.4.51");
    ck_assert_int_eq(c.opt.quality, 70);
    ck_assert_str_eq(parse_ok("js").ts, "1.2.840.10008.1.2.4.80");
    c = parse_ok("j7");
    ck_assert_str_eq(c.ts, "1.2.840.10008.1.2.4.81");
    ck_assert_int_eq(c.lossy, 1);
    ck_assert_int_ge(c.opt.near, 1);
    ck_assert_str_eq(parse_ok("jk").ts, "1.2.840.10008.1.2.4.90");
    c = parse_ok("jl10");
    ck_assert_str_eq(c.ts, "1.2.840.10008.1.2.4.91");
    ck_assert_int_eq(c.opt.quality, 50);
}
END_TEST

START_TEST(test_bang_proposes_only_that_syntax)
{
    struct compression c = parse_ok("j2!");

    ck_assert_int_eq(c.only, 1);
    ck_assert_str_eq(c.code, "j2");
    ck_assert_int_eq(parse_ok("un!").only, 1);
}
END_TEST

START_TEST(test_unimplemented_and_unknown_codes)
{
    struct compression c;

    ck_assert_int_eq(parse_ok("n4").kind, COMPRESSION_OTHER);
    ck_assert_int_eq(parse_ok("k4").kind, COMPRESSION_OTHER);
    ck_assert_int_eq(parse_ok("uj").kind, COMPRESSION_OTHER);
    ck_assert_int_eq(parse_ok("s3").kind, COMPRESSION_OTHER);
    ck_assert_int_eq(compression_parse("xx", 0, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j2x", 0, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j21", 0, &c), DG_EPARSE); /* j2 takes no quality */
    ck_assert_int_eq(compression_parse("j3101", 0, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j30", 0, &c), DG_EPARSE);
    ck_assert_int_eq(compression_parse("j31000", 0, &c), DG_EPARSE);
}
END_TEST

START_TEST(test_called_ae_tilde)
{
    ck_assert_str_eq(compression_of_called_ae("CONQUESTSRV1~j2"), "j2");
    ck_assert_str_eq(compression_of_called_ae("ABCDEFGHIJKLM~un"), "un");
    ck_assert_ptr_null(compression_of_called_ae("ABCDEFGHIJKLMN~u")); /* 14 before '~' */
    ck_assert_ptr_null(compression_of_called_ae("CONQUESTSRV1"));
    ck_assert_ptr_null(compression_of_called_ae("~j2"));
    ck_assert_ptr_null(compression_of_called_ae("CONQUEST~"));
}
END_TEST

static Suite *compression_suite(void)
{
    Suite *s = suite_create("compression");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_uncompressed_codes_and_as_is);
    tcase_add_test(tc, test_jpeg_codes_give_their_syntax_and_quality);
    tcase_add_test(tc, test_bang_proposes_only_that_syntax);
    tcase_add_test(tc, test_unimplemented_and_unknown_codes);
    tcase_add_test(tc, test_called_ae_tilde);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(compression_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
