#!/bin/bash
# MariaDB restarts in the middle of an ingest: C-STOREs get a failure status
# (never success without a row), nothing acknowledged is lost, and dgate
# stores again once the database is back, without a restart
# (ingest_through_outage in db_lib.sh). Runs against a private MariaDB
# server (mariadb-install-db into the test directory; mariadbd with its own
# data directory, socket and port on 127.0.0.1), so that stopping it
# disturbs nothing else. Needs MariaDB's server binaries and storescu.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need storescu dump2dcm dcmdump mysql
INSTALL_DB=$(command -v mariadb-install-db || command -v mysql_install_db)
MYSQLD=$(command -v mariadbd || command -v mysqld || ls /usr/sbin/mariadbd /usr/sbin/mysqld 2>/dev/null | head -1)
[ -n "$INSTALL_DB" ] && [ -n "$MYSQLD" ] ||
    skip "MariaDB server binaries (mariadb-install-db, mariadbd) not installed"

MY=$T/my
MYPORT=$(free_port)
mkdir -p "$MY"
# As root the server must be told to stay root; the files are ours then.
user=$(id -un)
small="--innodb-buffer-pool-size=16M --innodb-log-file-size=8M"
# shellcheck disable=SC2086
"$INSTALL_DB" --no-defaults --datadir="$MY/data" --user="$user" \
    --auth-root-authentication-method=normal --skip-test-db $small > "$T/install-db.log" 2>&1 ||
    skip "mariadb-install-db failed: $(tail -2 "$T/install-db.log")"
MYPID=
my_start() {
    # shellcheck disable=SC2086
    "$MYSQLD" --no-defaults --user="$user" --datadir="$MY/data" --socket="$MY/sock" \
        --port="$MYPORT" --bind-address=127.0.0.1 --skip-name-resolve --pid-file="$MY/pid" \
        --log-error="$MY/error.log" $small > /dev/null 2>&1 &
    MYPID=$!
    for _ in $(seq 1 150); do
        mysql --no-defaults -S "$MY/sock" -u root -e 'SELECT 1' > /dev/null 2>&1 && return 0
        kill -0 "$MYPID" 2>/dev/null || break
        sleep 0.1
    done
    fail "MariaDB did not start: $(tail -3 "$MY/error.log")"
}
my_stop() {
    [ -n "$MYPID" ] || return 0
    mysqladmin --no-defaults -S "$MY/sock" -u root shutdown > /dev/null 2>&1 || kill "$MYPID" 2>/dev/null
    wait "$MYPID" 2>/dev/null
    MYPID=
}
my_start
trap 'stop_dgate; my_stop; cleanup' EXIT
mysql --no-defaults -S "$MY/sock" -u root -e "CREATE DATABASE dgate_outage;
    CREATE USER 'dgate'@'127.0.0.1' IDENTIFIED BY 'dgate';
    GRANT ALL ON dgate_outage.* TO 'dgate'@'127.0.0.1';" || fail "cannot create the database"

make_config
sed -i -e '/^SQLite = 1$/d' -e '/^SQLServer = /d' "$T/dicom.ini"
ini_for MySQL "host=127.0.0.1 port=$MYPORT user=dgate password=dgate dbname=dgate_outage" >> "$T/dicom.ini"
"$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "dgate -i failed: $(cat "$T/init.log")"
dgate_serves || skip "this dgate does not serve yet"
start_dgate
ingest_through_outage mysql my_stop my_start
exit 0
