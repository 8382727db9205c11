# Sourced before every test (AM_TESTS_ENVIRONMENT) and by .ci/databases.sh:
# the MariaDB/MySQL and PostgreSQL servers the database tests use, as
# connection strings "host=H port=P user=U password=W dbname=D" in
# DGATE_TEST_MYSQL and DGATE_TEST_PGSQL. One that is unset is set to the
# server .ci/databases.sh prepares (user dgate, password dgate, database
# dgate_test on 127.0.0.1) when that server answers, so that the tests skip
# only when no server is reachable (and say so).
if [ -z "${DGATE_TEST_MYSQL:-}" ] && command -v mysql >/dev/null 2>&1 &&
    MYSQL_PWD=dgate mysql --connect-timeout=2 -h 127.0.0.1 -P 3306 -u dgate dgate_test \
        -e 'SELECT 1' >/dev/null 2>&1; then
    DGATE_TEST_MYSQL="host=127.0.0.1 port=3306 user=dgate password=dgate dbname=dgate_test"
    export DGATE_TEST_MYSQL
fi
if [ -z "${DGATE_TEST_PGSQL:-}" ] && command -v psql >/dev/null 2>&1 &&
    PGPASSWORD=dgate PGCONNECT_TIMEOUT=2 psql -X -h 127.0.0.1 -p 5432 -U dgate -d dgate_test \
        -qAtc 'SELECT 1' >/dev/null 2>&1; then
    DGATE_TEST_PGSQL="host=127.0.0.1 port=5432 user=dgate password=dgate dbname=dgate_test"
    export DGATE_TEST_PGSQL
fi
