/* Unit tests for src/util/dynlib: a library's symbols all resolved into
 * their typed pointers, or none of them and an error naming the missing
 * library or symbol; a library is tried once, whatever the number of
 * calls. */
#include "util/dynlib.h"
#include "util/error.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct m_api {
    __typeof__(cos) *cos;
    __typeof__(sqrt) *sqrt;
};

START_TEST(test_dynlib_resolves_every_symbol)
{
    struct m_api api = {0};
    const struct dynlib_sym syms[] = {DYNLIB_ENTRY(api, cos) DYNLIB_ENTRY(api, sqrt)};
    struct dynlib lib = DYNLIB_INIT("libm.so.6", syms);
    char err[256] = "";

    ck_assert_int_eq(dynlib_load(&lib, err, sizeof err), 0);
    ck_assert_str_eq(err, "");
    ck_assert_ptr_nonnull(api.cos);
    ck_assert(api.cos(0.0) == 1.0);
    ck_assert(api.sqrt(16.0) == 4.0);
    /* Again: loaded already, nothing changes. */
    ck_assert_int_eq(dynlib_load(&lib, err, sizeof err), 0);
}
END_TEST

START_TEST(test_dynlib_missing_library_is_unsupported_with_its_name)
{
    struct m_api api = {0};
    const struct dynlib_sym syms[] = {DYNLIB_ENTRY(api, cos)};
    struct dynlib lib = DYNLIB_INIT("libdgate-no-such.so.1", syms);
    char err[256] = "";

    ck_assert_int_eq(dynlib_load(&lib, err, sizeof err), DG_EUNSUPPORTED);
    ck_assert_ptr_nonnull(strstr(err, "cannot load libdgate-no-such.so.1"));
    ck_assert_ptr_null(api.cos);
    /* Tried once: the second call answers the same without a new try (one
     * would now find the library). */
    lib.soname = "libm.so.6";
    err[0] = '\0';
    ck_assert_int_eq(dynlib_load(&lib, err, sizeof err), DG_EUNSUPPORTED);
    ck_assert_ptr_nonnull(strstr(err, "libdgate-no-such.so.1"));
    ck_assert_ptr_null(api.cos);
}
END_TEST

START_TEST(test_dynlib_missing_symbol_sets_no_slot)
{
    struct {
        __typeof__(cos) *cos;
        __typeof__(cos) *dgate_no_such_function;
    } api = {0};
    const struct dynlib_sym syms[] = {DYNLIB_ENTRY(api, cos)
                                          DYNLIB_ENTRY(api, dgate_no_such_function)};
    struct dynlib lib = DYNLIB_INIT("libm.so.6", syms);
    char err[256] = "";

    ck_assert_int_eq(dynlib_load(&lib, err, sizeof err), DG_EUNSUPPORTED);
    ck_assert_str_eq(err, "libm.so.6 has no dgate_no_such_function (a version too old?)");
    ck_assert_ptr_null(api.cos);
    ck_assert_ptr_null(api.dgate_no_such_function);
}
END_TEST

static Suite *dynlib_suite(void)
{
    Suite *s = suite_create("dynlib");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_dynlib_resolves_every_symbol);
    tcase_add_test(tc, test_dynlib_missing_library_is_unsupported_with_its_name);
    tcase_add_test(tc, test_dynlib_missing_symbol_sets_no_slot);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dynlib_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
