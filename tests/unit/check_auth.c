/* Unit tests for src/web/auth: a hash made by web_password_hash verifies
 * its password and no other, the users file's lines (comments, blanks,
 * roles, admin as every role) parse, bad lines are left out and counted
 * while the good ones stay, and web_users_set adds and replaces one line
 * atomically with mode 0600, keeping the rest. */
#include "util/error.h"
#include "util/log.h"
#include "web/auth.h"
#include "web/web.h"

#include <check.h>
#include <crypt.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ALL (WEB_ROLE_READ | WEB_ROLE_UPLOAD | WEB_ROLE_DELETE | WEB_ROLE_ADMIN)

static char hash_a[CRYPT_OUTPUT_SIZE], hash_b[CRYPT_OUTPUT_SIZE];

/* Two hashes, made once (yescrypt is slow on purpose). */
static void make_hashes(void)
{
    log_set_level(LOG_SILENT);
    if (!hash_a[0]) {
        ck_assert_int_eq(web_password_hash("secret a", hash_a, sizeof hash_a), 0);
        ck_assert_int_eq(web_password_hash("secret b", hash_b, sizeof hash_b), 0);
    }
}

static struct web_users *parse(const char *text, int *bad)
{
    struct web_users *u;

    ck_assert_int_eq(web_users_parse(text, "test", &u, bad), 0);
    ck_assert_ptr_nonnull(u);
    return u;
}

START_TEST(test_auth_hash_is_yescrypt_and_salted)
{
    char again[CRYPT_OUTPUT_SIZE];

    make_hashes();
    ck_assert_int_eq(strncmp(hash_a, "$y$", 3), 0);
    ck_assert_int_eq(web_password_hash("secret a", again, sizeof again), 0);
    ck_assert_str_ne(again, hash_a); /* a new salt each time */
    ck_assert_int_eq(web_password_hash("secret a", again, 8), -EIO);
}
END_TEST

START_TEST(test_auth_verify_right_wrong_and_unknown)
{
    char text[2048];
    struct web_users *u;
    unsigned roles = 99;
    int bad;

    make_hashes();
    snprintf(text, sizeof text, "alice:%s:read\nbob:%s:read,upload,delete\n", hash_a, hash_b);
    u = parse(text, &bad);
    ck_assert_int_eq(bad, 0);
    ck_assert_uint_eq(web_users_count(u), 2);
    ck_assert_int_eq(web_users_verify(u, "alice", "secret a", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ);
    ck_assert_int_eq(web_users_verify(u, "bob", "secret b", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ | WEB_ROLE_UPLOAD | WEB_ROLE_DELETE);
    ck_assert_int_eq(web_users_verify(u, "alice", "secret b", &roles), -EACCES);
    ck_assert_uint_eq(roles, 0);
    ck_assert_int_eq(web_users_verify(u, "alice", "", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "alice", "secret a ", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "carol", "secret a", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "", "", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "Alice", "secret a", &roles), -EACCES);
    web_users_free(u);
}
END_TEST

START_TEST(test_auth_file_comments_blanks_spaces_and_admin)
{
    char text[2048];
    struct web_users *u;
    unsigned roles;
    int bad;

    make_hashes();
    snprintf(text, sizeof text,
             "# the users\n\n   \n  # indented comment\r\nroot:%s:admin\r\n"
             "  eve:%s: read , upload \n",
             hash_a, hash_b);
    u = parse(text, &bad);
    ck_assert_int_eq(bad, 0);
    ck_assert_uint_eq(web_users_count(u), 2);
    ck_assert_int_eq(web_users_verify(u, "root", "secret a", &roles), 0);
    ck_assert_uint_eq(roles, ALL);
    ck_assert_int_eq(web_users_verify(u, "eve", "secret b", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ | WEB_ROLE_UPLOAD);
    web_users_free(u);
}
END_TEST

START_TEST(test_auth_bad_lines_left_out_good_ones_kept)
{
    /* Each "NAME:" followed by a valid hash and then ":ROLES", or a whole
     * line when it has no "HASH". */
    static const char *const bad_lines[] = {
        "nocolons",
        "two:fields",
        "plain:password:read",         /* not a crypt hash */
        "four:$y$x:read:extra",        /* one colon too many */
        "nohash::read",                /* empty hash */
        "noroles:HASH:",               /* roles required */
        "badrole:HASH:read,root",      /* unknown role */
        "emptyrole:HASH:read,,upload", /* an empty role */
        "bad name:HASH:read",          /* a space in the name */
        ":HASH:read",                  /* no name */
        "good:HASH:upload",            /* the name again: the first line wins */
        "x/../y:HASH:read",
    };
    char text[8192], line[1024];
    struct web_users *u;
    unsigned roles;
    int bad;

    make_hashes();
    snprintf(text, sizeof text, "good:%s:read\n", hash_a);
    for (size_t i = 0; i < sizeof bad_lines / sizeof bad_lines[0]; i++) {
        const char *h = strstr(bad_lines[i], "HASH");
        if (h)
            snprintf(line, sizeof line, "%.*s%s%s", (int)(h - bad_lines[i]), bad_lines[i], hash_b,
                     h + 4);
        else
            snprintf(line, sizeof line, "%s", bad_lines[i]);
        strcat(text, line);
        strcat(text, "\n");
    }
    snprintf(line, sizeof line, "last:%s:delete", hash_b); /* no final newline */
    strcat(text, line);
    u = parse(text, &bad);
    ck_assert_int_eq(bad, (int)(sizeof bad_lines / sizeof bad_lines[0]));
    ck_assert_uint_eq(web_users_count(u), 2);
    ck_assert_int_eq(web_users_verify(u, "good", "secret a", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ);
    ck_assert_int_eq(web_users_verify(u, "good", "secret b", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "last", "secret b", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_DELETE);
    ck_assert_int_eq(web_users_verify(u, "noroles", "secret b", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "badrole", "secret b", &roles), -EACCES);
    web_users_free(u);
}
END_TEST

START_TEST(test_auth_roles_parse)
{
    unsigned r;

    ck_assert_int_eq(web_roles_parse("read", 4, &r), 0);
    ck_assert_uint_eq(r, WEB_ROLE_READ);
    ck_assert_int_eq(web_roles_parse("delete,read", 11, &r), 0);
    ck_assert_uint_eq(r, WEB_ROLE_READ | WEB_ROLE_DELETE);
    ck_assert_int_eq(web_roles_parse("admin", 5, &r), 0);
    ck_assert_uint_eq(r, ALL);
    ck_assert_int_eq(web_roles_parse("readx", 5, &r), DG_EPARSE);
    ck_assert_int_eq(web_roles_parse("read", 3, &r), DG_EPARSE); /* "rea" */
    ck_assert_int_eq(web_roles_parse("", 0, &r), DG_EPARSE);
    ck_assert_int_eq(web_roles_parse("READ", 4, &r), DG_EPARSE);
}
END_TEST

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    static char buf[8192];
    size_t n;

    ck_assert_ptr_nonnull(fp);
    n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

START_TEST(test_auth_set_adds_replaces_keeps_the_rest)
{
    char dir[] = "/tmp/check_auth_XXXXXX", path[64], err[512], cmd[128];
    struct web_users *u;
    struct stat st;
    unsigned roles;
    FILE *fp;

    log_set_level(LOG_SILENT);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/webusers", dir);

    /* A new file, mode 0600. */
    ck_assert_int_eq(web_users_set(path, "alice", "read", "pw1", err, sizeof err), 0);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq(st.st_mode & 0777, 0600);
    ck_assert_int_eq(web_users_load(path, &u, err, sizeof err), 0);
    ck_assert_int_eq(web_users_verify(u, "alice", "pw1", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ);
    web_users_free(u);

    /* A comment and another user written by hand are kept; alice's line is
     * replaced in place, not added again. */
    fp = fopen(path, "a");
    fputs("# kept\nbob:$y$j9T$x$y:upload\n", fp);
    fclose(fp);
    chmod(path, 0644);
    ck_assert_int_eq(web_users_set(path, "alice", "read,delete", "pw2", err, sizeof err), 0);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq(st.st_mode & 0777, 0600);
    ck_assert_ptr_nonnull(strstr(slurp(path), "# kept\nbob:$y$j9T$x$y:upload\n"));
    ck_assert_ptr_null(strstr(strstr(slurp(path), "alice:") + 1, "alice:"));
    ck_assert_int_eq(web_users_load(path, &u, err, sizeof err), 0);
    ck_assert_uint_eq(web_users_count(u), 2);
    ck_assert_int_eq(web_users_verify(u, "alice", "pw1", &roles), -EACCES);
    ck_assert_int_eq(web_users_verify(u, "alice", "pw2", &roles), 0);
    ck_assert_uint_eq(roles, WEB_ROLE_READ | WEB_ROLE_DELETE);
    web_users_free(u);

    /* Refused: no roles, a bad role, a bad name, an empty password; the
     * file is unchanged. */
    char before[8192];
    strcpy(before, slurp(path));
    ck_assert_int_eq(web_users_set(path, "carol", "", "pw", err, sizeof err), DG_EPARSE);
    ck_assert_int_eq(web_users_set(path, "carol", "root", "pw", err, sizeof err), DG_EPARSE);
    ck_assert_int_eq(web_users_set(path, "ca:rol", "read", "pw", err, sizeof err), DG_EPARSE);
    ck_assert_int_eq(web_users_set(path, "carol", "read", "", err, sizeof err), DG_EPARSE);
    ck_assert_str_eq(slurp(path), before);

    /* A file that is not there loads as no users. */
    snprintf(cmd, sizeof cmd, "%s/none", dir);
    ck_assert_int_eq(web_users_load(cmd, &u, err, sizeof err), DG_ENOTFOUND);
    ck_assert_uint_eq(web_users_count(u), 0);
    ck_assert_int_eq(web_users_verify(u, "alice", "pw2", &roles), -EACCES);
    web_users_free(u);

    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

static Suite *auth_suite(void)
{
    Suite *s = suite_create("auth");
    TCase *tc = tcase_create("core");

    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_auth_hash_is_yescrypt_and_salted);
    tcase_add_test(tc, test_auth_verify_right_wrong_and_unknown);
    tcase_add_test(tc, test_auth_file_comments_blanks_spaces_and_admin);
    tcase_add_test(tc, test_auth_bad_lines_left_out_good_ones_kept);
    tcase_add_test(tc, test_auth_roles_parse);
    tcase_add_test(tc, test_auth_set_adds_replaces_keeps_the_rest);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(auth_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
