# Start MariaDB and PostgreSQL for the tests and export the connection
# strings the tests read (DGATE_TEST_MYSQL, DGATE_TEST_PGSQL). Each server
# gets a database `dgate_test` and a password user `dgate` on 127.0.0.1.
start_databases() {
    if command -v mysqld >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; then
        service mariadb start >/dev/null 2>&1 || service mysql start >/dev/null 2>&1
        if mysql -e "CREATE DATABASE IF NOT EXISTS dgate_test; CREATE USER IF NOT EXISTS 'dgate'@'127.0.0.1' IDENTIFIED BY 'dgate'; CREATE USER IF NOT EXISTS 'dgate'@'localhost' IDENTIFIED BY 'dgate'; GRANT ALL ON dgate_test.* TO 'dgate'@'127.0.0.1'; GRANT ALL ON dgate_test.* TO 'dgate'@'localhost'; FLUSH PRIVILEGES;" 2>/dev/null; then
            export DGATE_TEST_MYSQL="host=127.0.0.1 port=3306 user=dgate password=dgate dbname=dgate_test"
        else
            echo "note: MariaDB could not be started; its tests will be skipped"
        fi
    fi
    if command -v pg_ctlcluster >/dev/null 2>&1; then
        service postgresql start >/dev/null 2>&1
        for _ in $(seq 1 30); do su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break; sleep 1; done
        su postgres -c "psql -qc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dgate') THEN CREATE ROLE dgate LOGIN PASSWORD 'dgate'; END IF; END \\\$\\\$;\"" >/dev/null 2>&1
        su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = 'dgate_test'\"" 2>/dev/null | grep -q 1 ||
            su postgres -c "createdb -O dgate dgate_test" >/dev/null 2>&1
        if PGPASSWORD=dgate psql -h 127.0.0.1 -U dgate -d dgate_test -qAtc 'select 1' >/dev/null 2>&1; then
            export DGATE_TEST_PGSQL="host=127.0.0.1 port=5432 user=dgate password=dgate dbname=dgate_test"
        else
            echo "note: PostgreSQL could not be started; its tests will be skipped"
        fi
    fi
}
