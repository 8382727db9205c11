/* Tests of src/hl7/hl7.c: messages, segments, separators from MSH, fields,
 * components, repetitions, escape sequences, and the files it refuses. */
#include "hl7/hl7.h"
#include "util/error.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The reference's sample order (conquest-behaviour.md, case 26). */
static const char ORM[] =
    "MSH|^~\\&|HIS|HOSP|DGATE|RAD|200512011230||ORM^O01|MSG0001|P|2.3\r"
    "PID|1||X123|20504567|Zijp^Lambert||19591206|M\r"
    "ORC|NW|1234\r"
    "OBR|1|1234|2005-9999|1234^BRAIN|||200512021415|||||||||Smith^John|||||CT|||CTROOM1|||HIGH\r";

static struct hl7_batch *parse_ok(const char *text)
{
    struct hl7_batch *b = NULL;
    char err[256];
    int rc = hl7_parse((const uint8_t *)text, strlen(text), &b, err, sizeof err);
    ck_assert_msg(rc == 0, "parse failed: %s", err);
    ck_assert_ptr_nonnull(b);
    return b;
}

/* The value as a NUL-terminated string (static storage). */
static const char *value(const struct hl7_msg *m, const char *seg, size_t occ, int field,
                         int component)
{
    static char out[HL7_MAX_FIELD + 1];
    size_t len = 0;
    ck_assert_int_eq(hl7_value(m, seg, occ, field, component, out, HL7_MAX_FIELD, &len), 0);
    out[len] = '\0';
    return out;
}

static int parse_fails(const char *text, size_t len, const char *why)
{
    struct hl7_batch *b = NULL;
    char err[256] = "";
    int rc = hl7_parse((const uint8_t *)text, len, &b, err, sizeof err);
    ck_assert_ptr_null(b);
    ck_assert_msg(strstr(err, why) != NULL, "error '%s' does not say '%s'", err, why);
    return rc;
}

START_TEST(test_hl7_fields_and_components_of_the_sample_order)
{
    struct hl7_batch *b = parse_ok(ORM);
    const struct hl7_msg *m = hl7_message(b, 0);

    ck_assert_uint_eq(hl7_message_count(b), 1);
    ck_assert_str_eq(value(m, "PID", 0, 4, 0), "20504567");
    ck_assert_str_eq(value(m, "PID", 0, 5, 0), "Zijp^Lambert");
    ck_assert_str_eq(value(m, "PID", 0, 5, 1), "Zijp");
    ck_assert_str_eq(value(m, "PID", 0, 5, 2), "Lambert");
    ck_assert_str_eq(value(m, "PID", 0, 5, 3), "");
    ck_assert_str_eq(value(m, "PID", 0, 7, 0), "19591206");
    ck_assert_str_eq(value(m, "OBR", 0, 3, 0), "2005-9999");
    ck_assert_str_eq(value(m, "OBR", 0, 4, 0), "1234^BRAIN");
    ck_assert_str_eq(value(m, "OBR", 0, 4, 1), "1234");
    ck_assert_str_eq(value(m, "OBR", 0, 7, 0), "200512021415");
    ck_assert_str_eq(value(m, "OBR", 0, 16, 0), "Smith^John");
    ck_assert_str_eq(value(m, "OBR", 0, 21, 0), "CT");
    ck_assert_str_eq(value(m, "OBR", 0, 24, 0), "CTROOM1");
    ck_assert_str_eq(value(m, "OBR", 0, 27, 0), "HIGH");
    ck_assert_str_eq(value(m, "OBR", 0, 28, 0), "");   /* beyond the last field */
    ck_assert_str_eq(value(m, "OBR", 1, 3, 0), "");    /* no second OBR */
    ck_assert_str_eq(value(m, "ZZZ", 0, 1, 0), "");    /* no such segment */
    ck_assert_str_eq(value(m, "OBR", 0, 0, 0), "OBR"); /* field 0: the name */
    ck_assert_uint_eq(hl7_segment_count(m, "OBR"), 1);
    ck_assert_uint_eq(hl7_segment_count(m, "OB"), 0);
    hl7_free(b);
}
END_TEST

START_TEST(test_hl7_msh_fields_are_numbered_from_the_separator)
{
    struct hl7_batch *b = parse_ok(ORM);
    const struct hl7_msg *m = hl7_message(b, 0);

    ck_assert_str_eq(value(m, "MSH", 0, 1, 0), "|");
    ck_assert_str_eq(value(m, "MSH", 0, 2, 0), "^~\\&");
    ck_assert_str_eq(value(m, "MSH", 0, 3, 0), "HIS");
    ck_assert_str_eq(value(m, "MSH", 0, 9, 0), "ORM^O01");
    ck_assert_str_eq(value(m, "MSH", 0, 9, 1), "ORM");
    ck_assert_str_eq(value(m, "MSH", 0, 12, 0), "2.3");
    hl7_free(b);
}
END_TEST

START_TEST(test_hl7_separators_come_from_msh)
{
    /* Other characters for every separator, and a repetition. */
    struct hl7_batch *b = parse_ok("MSH#@!$%#|ORM@O01\rPID#1##A!B#X@Y%Z\r");
    const struct hl7_msg *m = hl7_message(b, 0);

    ck_assert_str_eq(value(m, "MSH", 0, 3, 0), "|ORM@O01");
    ck_assert_str_eq(value(m, "PID", 0, 3, 0), "A");     /* the first repetition */
    ck_assert_str_eq(value(m, "PID", 0, 4, 0), "X@Y%Z"); /* subcomponents kept */
    ck_assert_str_eq(value(m, "PID", 0, 4, 2), "Y%Z");
    hl7_free(b);
}
END_TEST

START_TEST(test_hl7_escape_sequences_are_decoded)
{
    struct hl7_batch *b = parse_ok("MSH|^~\\&\r"
                                   "NTE|a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f|\\H\\bold\\N\\|\\X41C3A9\\|"
                                   "\\Z99\\|x\\F|\\X0D0A\\|A\\S\\B^C\r");
    const struct hl7_msg *m = hl7_message(b, 0);

    ck_assert_str_eq(value(m, "NTE", 0, 1, 0), "a|b^c&d~e\\f");
    ck_assert_str_eq(value(m, "NTE", 0, 2, 0), "bold");
    ck_assert_str_eq(value(m, "NTE", 0, 3, 0), "A\xC3\xA9");
    ck_assert_str_eq(value(m, "NTE", 0, 4, 0), "\\Z99\\");   /* unknown: as written */
    ck_assert_str_eq(value(m, "NTE", 0, 5, 0), "x\\F");      /* unterminated: as written */
    ck_assert_str_eq(value(m, "NTE", 0, 6, 0), "\\X0D0A\\"); /* control bytes: not decoded */
    /* An escaped separator does not split components. */
    ck_assert_str_eq(value(m, "NTE", 0, 7, 1), "A^B");
    ck_assert_str_eq(value(m, "NTE", 0, 7, 2), "C");
    hl7_free(b);
}
END_TEST

START_TEST(test_hl7_segment_ends_and_mllp_frames)
{
    const char *const forms[] = {
        "MSH|^~\\&|A\rPID|||1\rMSH|^~\\&|B\rPID|||2\r",
        "MSH|^~\\&|A\nPID|||1\nMSH|^~\\&|B\nPID|||2\n",
        "MSH|^~\\&|A\r\nPID|||1\r\n\r\nMSH|^~\\&|B\r\nPID|||2",
        "\x0bMSH|^~\\&|A\rPID|||1\r\x1c\r\x0bMSH|^~\\&|B\rPID|||2\r\x1c\r",
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        struct hl7_batch *b = parse_ok(forms[i]);
        ck_assert_uint_eq(hl7_message_count(b), 2);
        ck_assert_str_eq(value(hl7_message(b, 0), "PID", 0, 3, 0), "1");
        ck_assert_str_eq(value(hl7_message(b, 1), "PID", 0, 3, 0), "2");
        ck_assert_str_eq(value(hl7_message(b, 1), "MSH", 0, 3, 0), "B");
        ck_assert_uint_eq(hl7_segment_count(hl7_message(b, 0), "PID"), 1);
        ck_assert_ptr_null(hl7_message(b, 2));
        hl7_free(b);
    }
}
END_TEST

START_TEST(test_hl7_refuses_what_is_not_hl7)
{
    static char big[HL7_MAX_FIELD + 64];

    ck_assert_int_eq(parse_fails("", 0, "no HL7 message"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("\r\n\r\n", 4, "no HL7 message"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("PID|1\r", 6, "does not start with an MSH"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH\r", 4, "field separator"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSHA^~\r", 7, "field separator"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH||\r", 6, "encoding characters"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH|^^|\r", 8, "encoding characters"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH|^~\\&#!|\r", 12, "encoding characters"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH|^~\\&\rpid|1\r", 15, "not a segment"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH|^~\\&\rPID^1\r", 15, "message 1, segment 2"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH|^~\\&\rPID|a\0b\r", 16, "binary byte 0x00"), DG_EPARSE);
    ck_assert_int_eq(parse_fails("MSH|^~\\&\rPID|a\x1b"
                                 "b\r",
                                 16, "binary byte 0x1b"),
                     DG_EPARSE);
    ck_assert_int_eq(parse_fails("\x7f"
                                 "ELF\2\1\1",
                                 7, "does not start with an MSH"),
                     DG_EPARSE);
    memcpy(big, "MSH|^~\\&\rPID|", 13);
    memset(big + 13, 'x', HL7_MAX_FIELD + 1);
    ck_assert_int_eq(parse_fails(big, 13 + HL7_MAX_FIELD + 1, "more than"), DG_ETOOBIG);
    /* The second message is broken: nothing of the file is given. */
    ck_assert_int_eq(parse_fails("MSH|^~\\&\rPID|1\rMSH|\r", 20, "message 2, segment 1"),
                     DG_EPARSE);
}
END_TEST

START_TEST(test_hl7_refuses_more_than_the_limits)
{
    size_t n = HL7_MAX_SEGMENTS + 1, len = 9 + n * 4;
    char *text = malloc(len);
    ck_assert_ptr_nonnull(text);
    memcpy(text, "MSH|^~\\&\r", 9);
    for (size_t i = 0; i < n; i++)
        memcpy(text + 9 + i * 4, "NTE\r", 4);
    ck_assert_int_eq(parse_fails(text, len, "segments"), DG_ETOOBIG);
    free(text);
    ck_assert_int_eq(parse_fails("MSH", HL7_MAX_INPUT + 1, "more than"), DG_ETOOBIG);
}
END_TEST

START_TEST(test_hl7_value_longer_than_out_is_refused)
{
    struct hl7_batch *b = parse_ok(ORM);
    char out[4];
    size_t len;

    ck_assert_int_eq(hl7_value(hl7_message(b, 0), "OBR", 0, 3, 0, out, sizeof out, &len),
                     DG_ETOOBIG);
    ck_assert_int_eq(hl7_value(hl7_message(b, 0), "PID", 0, 8, 0, out, sizeof out, &len), 0);
    ck_assert_uint_eq(len, 1);
    hl7_free(b);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("hl7");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_hl7_fields_and_components_of_the_sample_order);
    tcase_add_test(tc, test_hl7_msh_fields_are_numbered_from_the_separator);
    tcase_add_test(tc, test_hl7_separators_come_from_msh);
    tcase_add_test(tc, test_hl7_escape_sequences_are_decoded);
    tcase_add_test(tc, test_hl7_segment_ends_and_mllp_frames);
    tcase_add_test(tc, test_hl7_refuses_what_is_not_hl7);
    tcase_add_test(tc, test_hl7_refuses_more_than_the_limits);
    tcase_add_test(tc, test_hl7_value_longer_than_out_is_refused);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
