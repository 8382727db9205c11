/* Unit tests for src/util/log: PacsTrouble.log and PacsUser.log get their
 * lines with Conquest's ctime timestamp, lines of concurrent threads never
 * interleave, and buffered lines reach the file within about a second, at
 * once for trouble, and at log_flush, log_close and exit. */
#include "util/log.h"

#include <check.h>
#include <pthread.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char dir[64], trouble_path[128], user_path[128];

/* A fresh directory with both logs open, the console quiet. */
static void setup(void)
{
    strcpy(dir, "/tmp/check_log_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(trouble_path, sizeof trouble_path, "%s/PacsTrouble.log", dir);
    snprintf(user_path, sizeof user_path, "%s/PacsUser.log", dir);
    log_set_level(LOG_ERROR);
    log_set_stream(fopen("/dev/null", "w"));
    ck_assert_int_eq(log_open_trouble(trouble_path), 0);
    ck_assert_int_eq(log_open_user(user_path), 0);
}

static void teardown(void)
{
    char cmd[128];

    log_close();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

/* The whole file as a string ("" when it does not exist). */
static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *s;
    long n;

    if (!fp)
        return strdup("");
    fseek(fp, 0, SEEK_END);
    n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    s = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(fread(s, 1, (size_t)n, fp), (size_t)n);
    s[n] = '\0';
    fclose(fp);
    return s;
}

static int file_has(const char *path, const char *text)
{
    char *s = slurp(path);
    int found = strstr(s, text) != NULL;

    free(s);
    return found;
}

/* A console file in the test's directory, set as the log's console. */
static FILE *open_console(char *path, size_t pathlen, enum log_level level)
{
    FILE *console;

    snprintf(path, pathlen, "%s/console", dir);
    console = fopen(path, "w");
    ck_assert_ptr_nonnull(console);
    log_set_stream(console);
    log_set_level(level);
    return console;
}

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

START_TEST(test_log_trouble_and_user_files_get_their_lines)
{
    char *t, *u;

    log_error("***Error saving to SQL: x");
    log_warn("C-STORE refused");
    log_info("association accepted");
    log_debug("a debug line");
    log_user("Stored 1.2.3 from MODALITY");
    log_flush();
    t = slurp(trouble_path);
    u = slurp(user_path);
    ck_assert_ptr_nonnull(strstr(t, "***Error saving to SQL: x\n"));
    ck_assert_ptr_nonnull(strstr(t, "C-STORE refused\n"));
    ck_assert_ptr_null(strstr(t, "association accepted"));
    ck_assert_ptr_null(strstr(t, "debug"));
    ck_assert_ptr_null(strstr(t, "Stored"));
    ck_assert_ptr_nonnull(strstr(u, "Stored 1.2.3 from MODALITY\n"));
    ck_assert_ptr_null(strstr(u, "Error"));
    ck_assert_ptr_null(strstr(u, "association"));
    free(t);
    free(u);
}
END_TEST

/* A silent console (plain dgate serving) gets nothing of the log but the
 * notices, which also go to both files at once; the last error is kept for
 * the message of a server that could not start. */
START_TEST(test_log_silent_console_gets_only_notices)
{
    char console_path[160], why[64];
    FILE *console = open_console(console_path, sizeof console_path, LOG_SILENT);
    const char *absent[] = {"cannot listen", "warning", "info", "Stored"};
    char *c;

    log_last_error(why, sizeof why);
    ck_assert_str_eq(why, "");
    log_error("cannot listen on port 1");
    log_warn("a warning");
    log_info("an info line");
    log_user("Stored 1.2.3");
    log_notice("dicom.ini: /x/dicom.ini");
    ck_assert(file_has(trouble_path, "dicom.ini: /x/dicom.ini\n"));
    ck_assert(file_has(user_path, "dicom.ini: /x/dicom.ini\n"));
    log_last_error(why, sizeof why);
    ck_assert_str_eq(why, "cannot listen on port 1");
    fclose(console);
    log_set_stream(NULL);
    c = slurp(console_path);
    ck_assert_ptr_nonnull(strstr(c, "[notice] dicom.ini: /x/dicom.ini\n"));
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
        ck_assert_msg(!strstr(c, absent[i]), "on a silent console: %s", absent[i]);
    free(c);
}
END_TEST

/* Every line starts with ctime()'s text of the moment it was logged. */
START_TEST(test_log_lines_carry_ctime_timestamp)
{
    time_t before = time(NULL), after;
    char *files[2], want[2][48];
    regex_t re;

    log_error("***trouble");
    log_user("event");
    log_flush();
    after = time(NULL);
    /* "Thu Jan  4 09:05:01 2024 " */
    ck_assert_int_eq(regcomp(&re,
                             "^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                             "Sep|Oct|Nov|Dec) [ 123][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9] "
                             "[0-9]{4} (\\*\\*\\*trouble|event)\n$",
                             REG_EXTENDED),
                     0);
    files[0] = slurp(trouble_path);
    files[1] = slurp(user_path);
    for (int t = 0; t < 2; t++) {
        time_t at = t ? after : before;
        char buf[32];

        ctime_r(&at, buf);
        buf[24] = '\0'; /* its newline */
        snprintf(want[t], sizeof want[t], "%s ", buf);
    }
    for (int i = 0; i < 2; i++) {
        ck_assert_msg(regexec(&re, files[i], 0, NULL, 0) == 0, "not a ctime line: '%s'", files[i]);
        ck_assert_msg(strncmp(files[i], want[0], strlen(want[0])) == 0 ||
                          strncmp(files[i], want[1], strlen(want[1])) == 0,
                      "'%s' is not ctime of the logging moment ('%s')", files[i], want[0]);
        free(files[i]);
    }
    regfree(&re);
}
END_TEST

#define THREADS 8
#define LINES 10000

static void *write_lines(void *arg)
{
    int t = (int)(size_t)arg;

    /* A long line, so that many cross the file buffer's boundaries. */
    for (int i = 0; i < LINES; i++)
        log_user("thread %d line %05d %s", t, i,
                 "................................................................"
                 "................................................................");
    return NULL;
}

/* One line of the file: the stamp, then exactly what one thread wrote. */
static void check_lines(char *s, int stamped)
{
    int next[THREADS] = {0};
    int count = 0;
    char *save = NULL;
    regex_t re;

    ck_assert_int_eq(regcomp(&re,
                             stamped ? "^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]{2} [0-9:]{8} [0-9]{4} "
                                       "thread [0-7] line [0-9]{5} \\.{128}$"
                                     : "^[0-9-]{10} [0-9:.]{12} \\[info\\] "
                                       "thread [0-7] line [0-9]{5} \\.{128}$",
                             REG_EXTENDED | REG_NOSUB),
                     0);
    for (char *line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        const char *p = strstr(line, "thread ");
        int t, i;

        ck_assert_msg(regexec(&re, line, 0, NULL, 0) == 0, "cut or mixed line: '%s'", line);
        ck_assert_int_eq(sscanf(p, "thread %d line %d", &t, &i), 2);
        /* Each thread's lines arrive whole, once, in its order. */
        ck_assert_int_eq(i, next[t]);
        next[t]++;
        count++;
    }
    ck_assert_int_eq(count, THREADS * LINES);
    regfree(&re);
}

START_TEST(test_log_eight_threads_never_interleave)
{
    char console_path[160];
    pthread_t th[THREADS];
    FILE *console = open_console(console_path, sizeof console_path, LOG_INFO);
    char *s;

    for (size_t i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&th[i], NULL, write_lines, (void *)i), 0);
    for (size_t i = 0; i < THREADS; i++)
        pthread_join(th[i], NULL);
    log_close();
    fclose(console);
    s = slurp(user_path);
    check_lines(s, 1);
    free(s);
    s = slurp(console_path);
    check_lines(s, 0);
    free(s);
}
END_TEST

/* A user line is buffered, not written per line; it reaches the file within
 * about a second even when nothing else is logged. */
START_TEST(test_log_user_line_on_disk_within_a_second)
{
    double t0, waited;

    log_user("first");
    log_flush();
    ck_assert(file_has(user_path, "first\n"));
    t0 = now_s();
    log_user("second");
    if (now_s() - t0 < 0.5) /* else this machine is too busy to tell */
        ck_assert_msg(!file_has(user_path, "second"), "a user line was flushed at once");
    while (!file_has(user_path, "second\n") && now_s() - t0 < 3)
        usleep(10000);
    waited = now_s() - t0;
    ck_assert_msg(file_has(user_path, "second\n"), "not on disk after 3 s");
    ck_assert_msg(waited <= 1.5, "on disk only after %.2f s", waited);
}
END_TEST

/* Under steady logging no line waits in the buffer longer than about a
 * second: whatever was logged 1.5 s ago is in the file. */
START_TEST(test_log_steady_logging_keeps_file_within_a_second)
{
    double at[200], t0 = now_s();
    int n = 0, flushed_lines;
    char *s;

    log_flush();
    while (n < 200 && now_s() - t0 < 4) {
        at[n] = now_s();
        log_user("tick %03d", n);
        n++;
        s = slurp(user_path);
        flushed_lines = 0;
        for (const char *p = s; *p; p++)
            flushed_lines += *p == '\n';
        free(s);
        /* Lines are written in order: the count tells which are out. */
        for (int k = flushed_lines; k < n; k++)
            ck_assert_msg(now_s() - at[k] <= 1.5, "tick %d buffered for %.2f s", k,
                          now_s() - at[k]);
        usleep(20000);
    }
    ck_assert_int_gt(n, 50);
}
END_TEST

START_TEST(test_log_error_and_flush_write_at_once)
{
    log_flush();
    log_user("before the error");
    log_error("***it failed");
    ck_assert(file_has(user_path, "before the error\n"));
    ck_assert(file_has(trouble_path, "***it failed\n"));
    log_user("before log_flush");
    log_flush();
    ck_assert(file_has(user_path, "before log_flush\n"));
}
END_TEST

/* Lines still buffered at exit() are written then. */
START_TEST(test_log_exit_writes_buffered_lines)
{
    int status;
    pid_t pid;

    log_close();
    pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (log_open_user(user_path) != 0)
            _exit(2);
        log_user("opened");
        log_user("buffered at exit");
        exit(0);
    }
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ck_assert(file_has(user_path, "buffered at exit\n"));
}
END_TEST

START_TEST(test_log_unwritable_file_is_an_errno)
{
    char path[160];

    snprintf(path, sizeof path, "%s/no/such/dir/PacsUser.log", dir);
    ck_assert_int_lt(log_open_user(path), 0);
}
END_TEST

static Suite *log_suite(void)
{
    Suite *s = suite_create("log");
    TCase *tc = tcase_create("core");

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_log_trouble_and_user_files_get_their_lines);
    tcase_add_test(tc, test_log_silent_console_gets_only_notices);
    tcase_add_test(tc, test_log_lines_carry_ctime_timestamp);
    tcase_add_test(tc, test_log_eight_threads_never_interleave);
    tcase_add_test(tc, test_log_user_line_on_disk_within_a_second);
    tcase_add_test(tc, test_log_steady_logging_keeps_file_within_a_second);
    tcase_add_test(tc, test_log_error_and_flush_write_at_once);
    tcase_add_test(tc, test_log_exit_writes_buffered_lines);
    tcase_add_test(tc, test_log_unwritable_file_is_an_errno);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(log_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
