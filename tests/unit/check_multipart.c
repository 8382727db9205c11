/* Tests of src/web/multipart.c: the boundary of a Content-Type, parts and
 * their headers and bodies whatever the chunks the body arrives in (split at
 * every byte position, byte by byte), and the bodies it refuses. */
#include "web/multipart.h"

#include "util/error.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARTS 8

/* What a parse produced, as text: "[type|body]" per part. */
struct collect {
    char out[1 << 21];
    size_t len;
    int fail_at_part; /* begin returns an error at this part (1-based), or 0 */
};

static void put(struct collect *c, const void *p, size_t n)
{
    ck_assert_uint_lt(c->len + n, sizeof c->out);
    memcpy(c->out + c->len, p, n);
    c->len += n;
    c->out[c->len] = '\0';
}

static int on_begin(void *ctx, const struct multipart *m)
{
    struct collect *c = ctx;
    const char *t = multipart_header(m, "content-type");
    if (c->fail_at_part && multipart_parts(m) == (size_t)c->fail_at_part)
        return DG_EUNSUPPORTED;
    put(c, "[", 1);
    put(c, t ? t : "-", strlen(t ? t : "-"));
    put(c, "|", 1);
    return 0;
}

static int on_data(void *ctx, const uint8_t *p, size_t n)
{
    ck_assert_uint_gt(n, 0);
    put(ctx, p, n);
    return 0;
}

static int on_end(void *ctx)
{
    put(ctx, "]", 1);
    return 0;
}

static const struct multipart_handler handler = {on_begin, on_data, on_end};

/* Parse body in pieces cut at the given positions (ascending, then the
 * end); returns the first error of feed or finish. */
static int parse_cut(const char *boundary, const char *body, size_t len, const size_t *cuts,
                     size_t ncuts, struct collect *c)
{
    struct multipart *m = NULL;
    size_t at = 0;
    int rc;

    c->len = 0;
    c->out[0] = '\0';
    ck_assert_int_eq(multipart_new(boundary, &handler, c, &m), 0);
    for (size_t i = 0; i <= ncuts; i++) {
        size_t to = i < ncuts ? cuts[i] : len;
        rc = multipart_feed(m, (const uint8_t *)body + at, to - at);
        if (rc != 0) {
            multipart_free(m);
            return rc;
        }
        at = to;
    }
    rc = multipart_finish(m);
    multipart_free(m);
    return rc;
}

static int parse(const char *boundary, const char *body, struct collect *c)
{
    return parse_cut(boundary, body, strlen(body), NULL, 0, c);
}

static struct collect C, D;

static const char TWO_PARTS[] = "--b0und\r\n"
                                "Content-Type: application/dicom\r\n"
                                "\r\n"
                                "DICM\r\n--b0un\r\nd-data\r\n"
                                "--b0und\r\n"
                                "content-type:   text/plain  \r\n"
                                "X-Other: 1\r\n"
                                "\r\n"
                                "second\r\n"
                                "--b0und--\r\n";
static const char TWO_PARTS_OUT[] =
    "[application/dicom|DICM\r\n--b0un\r\nd-data][text/plain|second]";

START_TEST(test_multipart_boundary_quoted_or_not)
{
    char b[MULTIPART_BOUNDARY_MAX + 1];

    ck_assert_int_eq(multipart_boundary("multipart/related; type=\"application/dicom\"; "
                                        "boundary=abc123",
                                        b, sizeof b),
                     0);
    ck_assert_str_eq(b, "abc123");
    ck_assert_int_eq(
        multipart_boundary("Multipart/Related;BOUNDARY=\"a b:c?\";type=x", b, sizeof b), 0);
    ck_assert_str_eq(b, "a b:c?");
    ck_assert_int_eq(
        multipart_boundary("multipart/form-data; boundary=----WebKitFormBoundaryX", b, sizeof b),
        0);
    ck_assert_str_eq(b, "----WebKitFormBoundaryX");
    ck_assert_int_eq(multipart_param("multipart/related; type=\"application/dicom\"; boundary=x",
                                     "type", b, sizeof b),
                     0);
    ck_assert_str_eq(b, "application/dicom");
    ck_assert_int_eq(multipart_media_type(" Multipart/Related ; boundary=x", b, sizeof b), 0);
    ck_assert_str_eq(b, "multipart/related");
}
END_TEST

START_TEST(test_multipart_boundary_limits)
{
    char b[MULTIPART_BOUNDARY_MAX + 1];
    char ct[300];
    char longest[129], too_long[130];
    /* What Orthanc's DICOMweb plugin sends: longer than RFC 2046's 70. */
    const char *orthanc =
        "48e56109-3548-4e62-a790-788aab507a14-48e56109-3548-4e62-a790-788aab507a14";

    memset(longest, 'x', 128);
    longest[128] = '\0';
    memset(too_long, 'x', 129);
    too_long[129] = '\0';
    snprintf(ct, sizeof ct, "multipart/related; boundary=%s", longest);
    ck_assert_int_eq(multipart_boundary(ct, b, sizeof b), 0);
    ck_assert_str_eq(b, longest);
    snprintf(ct, sizeof ct, "multipart/related; type=\"application/dicom\"; boundary=%s", orthanc);
    ck_assert_int_eq(multipart_boundary(ct, b, sizeof b), 0);
    ck_assert_str_eq(b, orthanc);
    snprintf(ct, sizeof ct, "multipart/related; boundary=%s", too_long);
    ck_assert_int_eq(multipart_boundary(ct, b, sizeof b), DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related; boundary=\"\"", b, sizeof b),
                     DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related; boundary=\"ab \"", b, sizeof b),
                     DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related; boundary=\"a\\\"b\"", b, sizeof b),
                     DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related; boundary=\"ab", b, sizeof b),
                     DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related", b, sizeof b), DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related; type=x", b, sizeof b), DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("multipart/related boundary=x", b, sizeof b), DG_EPARSE);
    ck_assert_int_eq(multipart_boundary("application/dicom; boundary=x", b, sizeof b),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(multipart_boundary("", b, sizeof b), DG_EPARSE);
    ck_assert_int_eq(multipart_new("", &handler, NULL, &(struct multipart *){NULL}), DG_EPARSE);
}
END_TEST

START_TEST(test_multipart_parts_and_headers)
{
    ck_assert_int_eq(parse("b0und", TWO_PARTS, &C), 0);
    ck_assert_str_eq(C.out, TWO_PARTS_OUT);
}
END_TEST

/* The same parts wherever the body is cut in two, and byte by byte. */
START_TEST(test_multipart_split_at_every_byte)
{
    size_t len = strlen(TWO_PARTS);
    size_t cuts[sizeof TWO_PARTS];

    for (size_t i = 0; i <= len; i++) {
        ck_assert_int_eq(parse_cut("b0und", TWO_PARTS, len, &i, 1, &C), 0);
        ck_assert_msg(strcmp(C.out, TWO_PARTS_OUT) == 0, "cut at %zu: %s", i, C.out);
        for (size_t j = i; j <= len; j += 7) {
            size_t two[2] = {i, j};
            ck_assert_int_eq(parse_cut("b0und", TWO_PARTS, len, two, 2, &C), 0);
            ck_assert_msg(strcmp(C.out, TWO_PARTS_OUT) == 0, "cut at %zu, %zu", i, j);
        }
    }
    for (size_t i = 0; i < len; i++)
        cuts[i] = i;
    ck_assert_int_eq(parse_cut("b0und", TWO_PARTS, len, cuts, len, &C), 0);
    ck_assert_str_eq(C.out, TWO_PARTS_OUT);
}
END_TEST

START_TEST(test_multipart_preamble_padding_epilogue)
{
    ck_assert_int_eq(
        parse("x", "This is a preamble.\r\n--x  \t\r\n\r\nbody\r\n--x--  epilogue\r\n--x\r\n", &C),
        0);
    ck_assert_str_eq(C.out, "[-|body]");
    /* A boundary-like text inside a line is data: a delimiter starts a line. */
    ck_assert_int_eq(parse("x", "--x\r\n\r\na--x\r\n--x--", &C), 0);
    ck_assert_str_eq(C.out, "[-|a--x]");
    /* An empty part, and folded headers. */
    ck_assert_int_eq(parse("x", "--x\r\nContent-Type: a;\r\n b=1\r\n\r\n\r\n--x--", &C), 0);
    ck_assert_str_eq(C.out, "[a;  b=1|]");
}
END_TEST

/* A megabyte-sized part in uneven chunks: every byte out once, in order. */
START_TEST(test_multipart_large_part_in_chunks)
{
    size_t n = 1u << 20, len;
    char *body = malloc(n + 100);
    size_t cuts[64], nc = 0;

    ck_assert_ptr_nonnull(body);
    len = (size_t)sprintf(body, "--q\r\n\r\n");
    for (size_t i = 0; i < n; i++)
        body[len + i] = (char)('a' + (i * 7919) % 26);
    len += n;
    len += (size_t)sprintf(body + len, "\r\n--q--\r\n");
    for (size_t at = 3; at < len && nc < 64; at += 1 + (at * 31) % 70000)
        cuts[nc++] = at;
    ck_assert_int_eq(parse_cut("q", body, len, cuts, nc, &D), 0);
    ck_assert_uint_eq(D.len, n + 4);
    ck_assert_int_eq(memcmp(D.out + 3, body + 7, n), 0);
    free(body);
}
END_TEST

START_TEST(test_multipart_refuses_bad_bodies)
{
    char big[MULTIPART_HEADERS_MAX + 200];
    int n;

    /* No close delimiter; no delimiter at all; cut inside a part. */
    ck_assert_int_eq(parse("x", "--x\r\n\r\nbody\r\n--x\r\n\r\nmore", &C), DG_ETRUNC);
    ck_assert_int_eq(parse("x", "just text", &C), DG_ETRUNC);
    ck_assert_int_eq(parse("x", "", &C), DG_ETRUNC);
    ck_assert_int_eq(parse("x", "--x\r\n\r\nbody\r\n--x", &C), DG_ETRUNC);
    ck_assert_int_eq(parse("x", "--x\r\nContent-Type: a\r\n", &C), DG_ETRUNC);
    /* A delimiter followed by neither CRLF nor "--"; a header without a colon. */
    ck_assert_int_eq(parse("x", "--x\r\n\r\nbody\r\n--xy\r\n--x--", &C), DG_EPARSE);
    ck_assert_int_eq(parse("x", "--x\r\nNoColon\r\n\r\nb\r\n--x--", &C), DG_EPARSE);
    ck_assert_int_eq(parse("x", "--x\r\n: v\r\n\r\nb\r\n--x--", &C), DG_EPARSE);
    /* Headers over the cap, in one line or in many. */
    n = snprintf(big, sizeof big, "--x\r\nX-Big: ");
    memset(big + n, 'v', MULTIPART_HEADERS_MAX);
    strcpy(big + n + MULTIPART_HEADERS_MAX, "\r\n\r\nb\r\n--x--");
    ck_assert_int_eq(parse("x", big, &C), DG_ETOOBIG);
    n = snprintf(big, sizeof big, "--x\r\n");
    while ((size_t)n + 20 < sizeof big - 40)
        n += snprintf(big + n, sizeof big - (size_t)n, "X-Many: 0123456789\r\n");
    strcpy(big + n, "\r\nb\r\n--x--");
    ck_assert_int_eq(parse("x", big, &C), DG_ETOOBIG);
    /* Headers just under the cap pass. */
    n = snprintf(big, sizeof big, "--x\r\nX-Big: ");
    memset(big + n, 'v', MULTIPART_HEADERS_MAX - 9 - 2);
    strcpy(big + n + MULTIPART_HEADERS_MAX - 9 - 2, "\r\n\r\nb\r\n--x--");
    ck_assert_int_eq(parse("x", big, &C), 0);
}
END_TEST

START_TEST(test_multipart_handler_error_stops_the_parse)
{
    struct multipart *m = NULL;

    C.fail_at_part = 2;
    C.len = 0;
    ck_assert_int_eq(multipart_new("b0und", &handler, &C, &m), 0);
    ck_assert_int_eq(multipart_feed(m, (const uint8_t *)TWO_PARTS, strlen(TWO_PARTS)),
                     DG_EUNSUPPORTED);
    ck_assert_int_eq(multipart_feed(m, (const uint8_t *)"x", 1), DG_EUNSUPPORTED);
    ck_assert_int_eq(multipart_finish(m), DG_EUNSUPPORTED);
    ck_assert_str_eq(C.out, "[application/dicom|DICM\r\n--b0un\r\nd-data]");
    multipart_free(m);
    C.fail_at_part = 0;
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("multipart");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_multipart_boundary_quoted_or_not);
    tcase_add_test(tc, test_multipart_boundary_limits);
    tcase_add_test(tc, test_multipart_parts_and_headers);
    tcase_add_test(tc, test_multipart_split_at_every_byte);
    tcase_add_test(tc, test_multipart_preamble_padding_epilogue);
    tcase_add_test(tc, test_multipart_large_part_in_chunks);
    tcase_add_test(tc, test_multipart_refuses_bad_bodies);
    tcase_add_test(tc, test_multipart_handler_error_stops_the_parse);
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
