# Start MariaDB and PostgreSQL for the tests and export the connection
# strings the tests read (DGATE_TEST_MYSQL, DGATE_TEST_PGSQL, by
# tests/db_servers.sh). Each server gets a database `dgate_test` and a
# password user `dgate` on 127.0.0.1.
start_databases() {
    if command -v mysqld >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; then
        service mariadb start >/dev/null 2>&1 || service mysql start >/dev/null 2>&1
        mysql -e "CREATE DATABASE IF NOT EXISTS dgate_test; CREATE USER IF NOT EXISTS 'dgate'@'127.0.0.1' IDENTIFIED BY 'dgate'; CREATE USER IF NOT EXISTS 'dgate'@'localhost' IDENTIFIED BY 'dgate'; GRANT ALL ON dgate_test.* TO 'dgate'@'127.0.0.1'; GRANT ALL ON dgate_test.* TO 'dgate'@'localhost'; FLUSH PRIVILEGES;" 2>/dev/null ||
            echo "note: MariaDB could not be started; its tests will be skipped"
    fi
    if command -v pg_ctlcluster >/dev/null 2>&1; then
        service postgresql start >/dev/null 2>&1
        for _ in $(seq 1 30); do su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break; sleep 1; done
        su postgres -c "psql -qc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dgate') THEN CREATE ROLE dgate LOGIN PASSWORD 'dgate'; END IF; END \\\$\\\$;\"" >/dev/null 2>&1
        su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = 'dgate_test'\"" 2>/dev/null | grep -q 1 ||
            su postgres -c "createdb -O dgate dgate_test" >/dev/null 2>&1
    fi
    . tests/db_servers.sh
    [ -n "${DGATE_TEST_PGSQL:-}" ] || ! command -v pg_ctlcluster >/dev/null 2>&1 ||
        echo "note: PostgreSQL could not be started; its tests will be skipped"
}
