/* Unit tests for src/web/login: who must log in under each
 * WebAuthentication (local is exactly 127.0.0.1, ::1 and ::ffff:127.0.0.1),
 * logins checked against the users file and its changes (a remembered
 * right login forgotten when the file changes), and failures from one
 * address answered later each time, another address not slowed. */
#include "config/config.h"
#include "util/log.h"
#include "web/auth.h"
#include "web/login.h"
#include "web/web.h"

#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static struct config cfg;
static char dir[] = "/tmp/check_login_XXXXXX";

static void start(const char *policy)
{
    char err[512];

    log_set_level(LOG_SILENT);
    memset(&cfg, 0, sizeof cfg);
    strcpy(dir, "/tmp/check_login_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cfg.web_users, sizeof cfg.web_users, "%s/webusers", dir);
    snprintf(cfg.web_authentication, sizeof cfg.web_authentication, "%s", policy);
    ck_assert_int_eq(web_users_set(cfg.web_users, "alice", "read", "pw", err, sizeof err), 0);
    ck_assert_int_eq(web_login_start(&cfg), 0);
}

static void stop(void)
{
    char cmd[64];

    web_login_stop();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

/* The need of a peer at a numeric address. */
static enum web_login_need need(const char *addr)
{
    struct sockaddr_storage ss;

    memset(&ss, 0, sizeof ss);
    if (strchr(addr, ':')) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        a->sin6_family = AF_INET6;
        ck_assert_int_eq(inet_pton(AF_INET6, addr, &a->sin6_addr), 1);
    } else {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        a->sin_family = AF_INET;
        ck_assert_int_eq(inet_pton(AF_INET, addr, &a->sin_addr), 1);
    }
    return web_login_need((struct sockaddr *)&ss);
}

static const char *const local[] = {"127.0.0.1", "::1", "::ffff:127.0.0.1"};
static const char *const not_local[] = {"127.0.0.2", "127.1.0.1",   "::ffff:127.0.0.2",
                                        "::2",       "10.0.0.1",    "192.168.1.7",
                                        "fe80::1",   "::127.0.0.1", "0.0.0.0"};

START_TEST(test_login_remote_asks_all_but_loopback)
{
    start("remote");
    for (size_t i = 0; i < sizeof local / sizeof local[0]; i++)
        ck_assert_msg(need(local[i]) == WEB_LOGIN_OPTIONAL, "%s must be local", local[i]);
    for (size_t i = 0; i < sizeof not_local / sizeof not_local[0]; i++)
        ck_assert_msg(need(not_local[i]) == WEB_LOGIN_REQUIRED, "%s must log in", not_local[i]);
    stop();
}
END_TEST

START_TEST(test_login_always_and_never)
{
    start("always");
    ck_assert_int_eq(need("127.0.0.1"), WEB_LOGIN_REQUIRED);
    ck_assert_int_eq(need("::1"), WEB_LOGIN_REQUIRED);
    ck_assert_int_eq(need("10.0.0.1"), WEB_LOGIN_REQUIRED);
    stop();
    start("never");
    ck_assert_int_eq(need("127.0.0.1"), WEB_LOGIN_NONE);
    ck_assert_int_eq(need("10.0.0.1"), WEB_LOGIN_NONE);
    stop();
}
END_TEST

static struct sockaddr_in peer(const char *addr)
{
    struct sockaddr_in a;

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    ck_assert_int_eq(inet_pton(AF_INET, addr, &a.sin_addr), 1);
    return a;
}

/* web_login_check's answer and how long it took, in ms. */
static int check(const char *addr, const char *name, const char *password, unsigned *roles,
                 double *ms)
{
    struct sockaddr_in a = peer(addr);
    struct timespec t0, t1;
    int rc;

    clock_gettime(CLOCK_MONOTONIC, &t0);
    rc = web_login_check((struct sockaddr *)&a, name, password, roles);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    *ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    return rc;
}

START_TEST(test_login_follows_the_users_file)
{
    char err[512];
    unsigned roles = 0;
    double ms;

    start("remote");
    ck_assert_int_eq(check("10.0.0.1", "alice", "pw", &roles, &ms), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ);
    /* Remembered, and still right. */
    ck_assert_int_eq(check("10.0.0.1", "alice", "pw", &roles, &ms), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ);
    /* A new password and roles: the old password is refused at once. */
    ck_assert_int_eq(web_users_set(cfg.web_users, "alice", "upload", "new", err, sizeof err), 0);
    ck_assert_int_eq(check("10.0.0.1", "alice", "pw", &roles, &ms), -EACCES);
    ck_assert_int_eq(check("10.0.0.1", "alice", "new", &roles, &ms), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_UPLOAD);
    /* No file: nobody. */
    ck_assert_int_eq(unlink(cfg.web_users), 0);
    ck_assert_int_eq(check("10.0.0.1", "alice", "new", &roles, &ms), -EACCES);
    stop();
}
END_TEST

START_TEST(test_login_failures_wait_longer_per_address)
{
    unsigned roles;
    double first, third, other;

    start("remote");
    ck_assert_int_eq(check("10.0.0.9", "alice", "wrong", &roles, &first), -EACCES);
    ck_assert_int_eq(check("10.0.0.9", "nobody", "pw", &roles, &third), -EACCES);
    ck_assert_int_eq(check("10.0.0.9", "alice", "", &roles, &third), -EACCES);
    ck_assert_double_ge(first, 250);
    ck_assert_double_ge(third, 750);
    /* Another address is not slowed by them. */
    ck_assert_int_eq(check("10.0.0.8", "alice", "wrong", &roles, &other), -EACCES);
    ck_assert_double_lt(other, 700);
    /* A right login clears the address's failures. */
    ck_assert_int_eq(check("10.0.0.9", "alice", "pw", &roles, &other), 0);
    ck_assert_int_eq(check("10.0.0.9", "alice", "wrong", &roles, &other), -EACCES);
    ck_assert_double_lt(other, 700);
    stop();
}
END_TEST

static Suite *login_suite(void)
{
    Suite *s = suite_create("login");
    TCase *tc = tcase_create("core");

    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_login_remote_asks_all_but_loopback);
    tcase_add_test(tc, test_login_always_and_never);
    tcase_add_test(tc, test_login_follows_the_users_file);
    tcase_add_test(tc, test_login_failures_wait_longer_per_address);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(login_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
