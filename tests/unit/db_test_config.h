/* The database a unit test runs on, per backend: SQLite in a file of the
 * test's, MariaDB/MySQL and PostgreSQL from DGATE_TEST_MYSQL and
 * DGATE_TEST_PGSQL ("host=H port=P user=U password=W dbname=D"). Shared by
 * the Check suites that run on every backend. */
#ifndef DG_TESTS_DB_TEST_CONFIG_H
#define DG_TESTS_DB_TEST_CONFIG_H

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

/* The exit status of a database suite: failure; else 77, saying so, when
 * a server could not be tested (such a test never passes); else success. */
int db_test_exit(int failed, int untested);

#endif
