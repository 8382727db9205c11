/* Unit tests for src/dicom/uid: the syntax rules of PS3.5 9.1 (strict) and
 * the lenient mode used for what peers send, padding, and
 * generated UIDs being valid, unique across threads and processes, and
 * falling back to 2.25 when the prefix is unusable. */
#include "dicom/uid.h"
#include "util/error.h"

#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The strict check, which generated UIDs must pass. */
static int check_str(const char *s)
{
    return uid_check((const uint8_t *)s, strlen(s), UID_STRICT);
}

#define UID_64 "1.2.3.4567890123456789012345678901234567890123456789012345678901"
#define UID_65 "1.2.3.45678901234567890123456789012345678901234567890123456789012"

START_TEST(test_uid_check_accepts_valid_uids)
{
    const char *good[] = {"1.2.840.10008.1.2.1", "0", "1.0.2",
                          "2.25.329800735698586629295641978511506172918", UID_64};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        ck_assert_msg(uid_check_str(good[i], UID_STRICT) == 0, "strict refused %s", good[i]);
        ck_assert_msg(uid_check_str(good[i], UID_LENIENT) == 0, "lenient refused %s", good[i]);
        ck_assert_int_eq(check_str(good[i]), 0);
    }
    ck_assert_uint_eq(strlen(UID_64), 64);
}
END_TEST

/* What both modes refuse: everything that could be unsafe in a path or a
 * fixed-size field. */
START_TEST(test_uid_check_both_modes_reject_bad_syntax)
{
    const char *bad[] = {"",     ".1",   "1.",   ".1.2", "1.2.", "1..2",       ".",    "..",
                         "1.2a", "1.2 ", " 1.2", "1/2",  "1.-2", "1.2.3/../4", "+1.2", UID_65};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_msg(uid_check_str(bad[i], UID_STRICT) == DG_EUID, "strict took '%s'", bad[i]);
        ck_assert_msg(uid_check_str(bad[i], UID_LENIENT) == DG_EUID, "lenient took '%s'", bad[i]);
    }
    ck_assert_uint_eq(strlen(UID_65), 65);
    ck_assert_int_eq(uid_check((const uint8_t *)"1.2\0", 4, UID_STRICT), DG_EUID);
    ck_assert_int_eq(uid_check((const uint8_t *)"1.2\0", 4, UID_LENIENT), DG_EUID);
    ck_assert_int_eq(uid_check_str(NULL, UID_STRICT), DG_EUID);
    ck_assert_int_eq(uid_check_str(NULL, UID_LENIENT), DG_EUID);
}
END_TEST

/* PS3.5 9.1 forbids a leading zero; real modalities send them and Conquest
 * stores them, so only the strict mode refuses. */
START_TEST(test_uid_check_leading_zero_lenient_ok_strict_fails)
{
    const char *zeros[] = {"1.02", "01.2", "1.2.00", "1.2.3.0004", "00"};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++) {
        ck_assert_msg(uid_check_str(zeros[i], UID_STRICT) == DG_EUID, "strict took %s", zeros[i]);
        ck_assert_msg(uid_check_str(zeros[i], UID_LENIENT) == 0, "lenient refused %s", zeros[i]);
    }
}
END_TEST

/* The (p, len) form reads exactly len bytes: a value from a dataset is not
 * NUL-terminated. */
START_TEST(test_uid_check_reads_only_len_bytes)
{
    const uint8_t v[] = {'1', '.', '2', '.', '3', 'x'};
    ck_assert_int_eq(uid_check(v, 5, UID_STRICT), 0);
    ck_assert_int_eq(uid_check(v, 6, UID_LENIENT), DG_EUID);
    ck_assert_int_eq(uid_check(v, 0, UID_LENIENT), DG_EUID);
}
END_TEST

START_TEST(test_uid_unpad_strips_one_nul_or_space)
{
    ck_assert_uint_eq(uid_unpad((const uint8_t *)"1.2\0", 4), 3);
    ck_assert_uint_eq(uid_unpad((const uint8_t *)"1.23 ", 5), 4);
    ck_assert_uint_eq(uid_unpad((const uint8_t *)"1.2  ", 5), 4);
    ck_assert_uint_eq(uid_unpad((const uint8_t *)"1.23", 4), 4);
    ck_assert_uint_eq(uid_unpad((const uint8_t *)"", 0), 0);
}
END_TEST

START_TEST(test_uid_generate_uses_prefix)
{
    char uid[UID_MAX_LEN + 1];
    const char *prefix = "1.2.826.0.1.3680043.2.135.1066";
    ck_assert_int_eq(uid_generate(prefix, uid, sizeof uid), 0);
    ck_assert_int_eq(check_str(uid), 0);
    ck_assert_int_eq(strncmp(uid, prefix, strlen(prefix)), 0);
    ck_assert_int_eq(uid[strlen(prefix)], '.');
    ck_assert_int_eq(uid_generate("99999.99999", uid, sizeof uid), 0);
    ck_assert_int_eq(strncmp(uid, "99999.99999.", 12), 0);
}
END_TEST

START_TEST(test_uid_generate_falls_back_to_uuid)
{
    char uid[UID_MAX_LEN + 1], other[UID_MAX_LEN + 1];
    const char *bad[] = {"", "1..2", "1.2.", "abc",
                         "1.2.3.4567890123456789012345678901234567890123456789012"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_int_eq(uid_generate(bad[i], uid, sizeof uid), 0);
        ck_assert_msg(strncmp(uid, "2.25.", 5) == 0, "%s gave %s", bad[i], uid);
        ck_assert_int_eq(check_str(uid), 0);
        ck_assert_uint_le(strlen(uid), 44);
    }
    ck_assert_int_eq(uid_generate("", other, sizeof other), 0);
    ck_assert_str_ne(uid, other);
}
END_TEST

START_TEST(test_uid_generate_rejects_small_buffer)
{
    char uid[UID_MAX_LEN];
    ck_assert_int_eq(uid_generate("1.2", uid, sizeof uid), DG_ETOOBIG);
}
END_TEST

#define THREADS 4
#define PER_THREAD 500

static char made[THREADS * PER_THREAD][UID_MAX_LEN + 1];

static void *generate_many(void *arg)
{
    size_t base = (size_t)arg * PER_THREAD;
    for (size_t i = 0; i < PER_THREAD; i++)
        if (uid_generate("1.2.3", made[base + i], sizeof made[0]) != 0)
            made[base + i][0] = '\0';
    return NULL;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(a, b);
}

START_TEST(test_uid_generate_unique_across_threads)
{
    pthread_t t[THREADS];
    for (size_t i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&t[i], NULL, generate_many, (void *)i), 0);
    for (size_t i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    qsort(made, THREADS * PER_THREAD, sizeof made[0], cmp_str);
    for (size_t i = 0; i < THREADS * PER_THREAD; i++) {
        ck_assert_int_eq(check_str(made[i]), 0);
        if (i > 0)
            ck_assert_str_ne(made[i - 1], made[i]);
    }
}
END_TEST

START_TEST(test_uid_generate_unique_across_processes)
{
    int fds[2];
    char parent[UID_MAX_LEN + 1], child[UID_MAX_LEN + 1] = "";
    pid_t pid;
    int status;

    /* Both generate after the fork, from the same counter and start time. */
    ck_assert_int_eq(uid_generate("1.2.3", parent, sizeof parent), 0);
    ck_assert_int_eq(pipe(fds), 0);
    pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        char uid[UID_MAX_LEN + 1];
        int ok = uid_generate("1.2.3", uid, sizeof uid) == 0 &&
                 write(fds[1], uid, strlen(uid) + 1) == (ssize_t)(strlen(uid) + 1);
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    ck_assert_int_eq(uid_generate("1.2.3", parent, sizeof parent), 0);
    ck_assert_int_gt(read(fds[0], child, sizeof child - 1), 0);
    close(fds[0]);
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ck_assert_int_eq(check_str(child), 0);
    ck_assert_str_ne(parent, child);
}
END_TEST

static Suite *uid_suite(void)
{
    Suite *s = suite_create("uid");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_uid_check_accepts_valid_uids);
    tcase_add_test(tc, test_uid_check_both_modes_reject_bad_syntax);
    tcase_add_test(tc, test_uid_check_leading_zero_lenient_ok_strict_fails);
    tcase_add_test(tc, test_uid_check_reads_only_len_bytes);
    tcase_add_test(tc, test_uid_unpad_strips_one_nul_or_space);
    tcase_add_test(tc, test_uid_generate_uses_prefix);
    tcase_add_test(tc, test_uid_generate_falls_back_to_uuid);
    tcase_add_test(tc, test_uid_generate_rejects_small_buffer);
    tcase_add_test(tc, test_uid_generate_unique_across_threads);
    tcase_add_test(tc, test_uid_generate_unique_across_processes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(uid_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
