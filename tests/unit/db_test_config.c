/* The database of a unit test, per backend; see db_test_config.h. */
#include "db_test_config.h"
#include "config/config.h"
#include "db/db.h"
#include "db/schema.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

static int conf_from_env(const char *var, int which, struct config *cfg)
{
    const char *s = getenv(var);
    char host[128] = "127.0.0.1", port[16] = "";

    config_defaults(cfg);
    if (!s || !*s)
        return 0;
    char copy[512];
    snprintf(copy, sizeof copy, "%s", s);
    for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " ")) {
        char *eq = strchr(tok, '=');
        if (!eq)
            continue;
        *eq = '\0';
        const char *v = eq + 1;
        if (strcmp(tok, "host") == 0)
            snprintf(host, sizeof host, "%s", v);
        else if (strcmp(tok, "port") == 0)
            snprintf(port, sizeof port, "%s", v);
        else if (strcmp(tok, "user") == 0)
            snprintf(cfg->username, sizeof cfg->username, "%s", v);
        else if (strcmp(tok, "password") == 0)
            snprintf(cfg->password, sizeof cfg->password, "%s", v);
        else if (strcmp(tok, "dbname") == 0)
            snprintf(cfg->sql_server, sizeof cfg->sql_server, "%s", v);
    }
    snprintf(cfg->sql_host, sizeof cfg->sql_host, "%s%s%s", host, port[0] ? ":" : "", port);
    if (which == DB_MYSQL)
        cfg->use_mysql = 1;
    else
        cfg->use_pgsql = 1;
    return 1;
}

/* Config for backend `be`; 0 when it is not available here. */
int db_test_config(int be, const char *sqlite_path, struct config *cfg)
{
    switch (be) {
    case DB_SQLITE:
#ifdef HAVE_SQLITE
        config_defaults(cfg);
        cfg->use_sqlite = 1;
        snprintf(cfg->sql_server, sizeof cfg->sql_server, "%s", sqlite_path);
        return 1;
#else
        return 0;
#endif
    case DB_MYSQL:
#ifdef HAVE_MYSQL
        return conf_from_env("DGATE_TEST_MYSQL", DB_MYSQL, cfg);
#else
        return 0;
#endif
    default:
#ifdef HAVE_PGSQL
        return conf_from_env("DGATE_TEST_PGSQL", DB_PGSQL, cfg);
#else
        return 0;
#endif
    }
}

static int server_missing(int be, const char *var, const char *name, const char *sqlite_path)
{
    struct config cfg;
    struct db *db = NULL;
    char err[512];

    if (!getenv(var)) {
        printf("note: no %s server reachable (see tests/db_servers.sh): not tested\n", name);
        return 1;
    }
    if (!db_test_config(be, sqlite_path, &cfg)) {
        printf("note: this build has no %s backend: not tested\n", name);
        return 1;
    }
    if (db_open(&cfg, &db, err, sizeof err) != 0) {
        printf("note: %s (%s) does not answer: not tested: %s\n", name, var, err);
        unsetenv(var);
        return 1;
    }
    db_close(db);
    return 0;
}

int db_test_servers_missing(const char *sqlite_path)
{
    return server_missing(DB_MYSQL, "DGATE_TEST_MYSQL", "MariaDB/MySQL", sqlite_path) +
           server_missing(DB_PGSQL, "DGATE_TEST_PGSQL", "PostgreSQL", sqlite_path);
}

int db_test_run(Suite *s)
{
    int lock = open("/tmp/dgate-test-db.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    SRunner *sr = srunner_create(s);
    int failed;

    if (lock >= 0)
        flock(lock, LOCK_EX);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    if (lock >= 0)
        close(lock);
    return failed;
}

int db_test_setup(char *dir, struct schema **schema, char *sqlite_path, size_t cap)
{
    const char *top = getenv("top_srcdir");
    char path[1024], err[512];

    snprintf(path, sizeof path, "%s/etc/dicom.sql", top ? top : ".");
    if (schema_load(path, 10, schema, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    if (!mkdtemp(dir)) {
        perror(dir);
        return -1;
    }
    snprintf(sqlite_path, cap, "%s/dbase/conquest.db3", dir);
    return 0;
}

int db_test_finish(const char *dir, struct schema *schema, int failed, int untested)
{
    char cmd[1024];

    schema_free(schema);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        failed++;
    if (failed)
        return EXIT_FAILURE;
    if (untested) {
        printf("SKIP: passed on the backends reached; %d database server(s) not tested\n",
               untested);
        return 77;
    }
    return EXIT_SUCCESS;
}
