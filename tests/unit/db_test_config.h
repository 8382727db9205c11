/* The database a unit test runs on, per backend: SQLite in a file of the
 * test's, MariaDB/MySQL and PostgreSQL from DGATE_TEST_MYSQL and
 * DGATE_TEST_PGSQL ("host=H port=P user=U password=W dbname=D"). Shared by
 * the Check suites that run on every backend. */
#ifndef DG_TESTS_DB_TEST_CONFIG_H
#define DG_TESTS_DB_TEST_CONFIG_H

#include <stddef.h>

struct config;

/* Fill cfg for backend be (enum db_backend); 0 when that backend is not
 * built in or its variable is unset. */
int db_test_config(int be, const char *sqlite_path, struct config *cfg);

/* How many of the two database servers (MariaDB/MySQL, PostgreSQL) this
 * run cannot test: not configured, not built in, or not answering (its
 * variable is then unset, so the tests pass it over). Each is noted on
 * stdout. */
int db_test_servers_missing(const char *sqlite_path);

/* Run the suite (taken) while holding the lock of the test databases,
 * which every database test shares: one at a time. Returns its failures. */
struct Suite;
int db_test_run(struct Suite *s);

/* The start of a database suite: the shipped dicom.sql into *schema, the
 * temporary directory made from the template dir ("/tmp/x.XXXXXX"), the
 * SQLite file's path in it. Returns 0, or -1 with the reason on stderr. */
struct schema;
int db_test_setup(char *dir, struct schema **schema, char *sqlite_path, size_t cap);

/* The end of one: the schema freed and the directory removed (a failure
 * when it cannot be), then the exit status: failure; else 77, saying so,
 * when a server could not be tested (such a test never passes); else
 * success. */
int db_test_finish(const char *dir, struct schema *schema, int failed, int untested);

#endif
