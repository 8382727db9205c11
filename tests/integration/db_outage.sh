#!/bin/bash
# PostgreSQL restarts in the middle of an ingest: C-STOREs get a failure
# status (never success without a row), nothing acknowledged is lost, and
# dgate stores again once the database is back, without a restart
# (ingest_through_outage in db_lib.sh). Runs against a private PostgreSQL
# cluster (initdb in the test directory, its own port), so that stopping it
# disturbs nothing else. Needs PostgreSQL's server binaries and storescu.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need storescu dump2dcm dcmdump psql
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || skip "PostgreSQL server binaries (initdb) not installed"

# initdb refuses to run as root: use the postgres account then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || skip "running as root without a postgres account"
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}
chmod 755 "$T"
PGDATA=$T/pg
PGPORT=$(free_port)
mkdir -p "$PGDATA"
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_pg "'$PGBIN/initdb' -D '$PGDATA' -A trust -U dgate" > "$T/initdb.log" 2>&1 ||
    skip "initdb failed: $(tail -2 "$T/initdb.log")"
pg_start() {
    as_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -w -l '$PGDATA/server.log' -o \"-p $PGPORT -k '$PGDATA' -c listen_addresses=127.0.0.1\" start" \
        > /dev/null 2>&1 || fail "PostgreSQL did not start: $(tail -3 "$PGDATA/server.log")"
}
pg_stop() { as_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -w -m fast stop" > /dev/null 2>&1; }
pg_start
trap 'pg_stop; cleanup' EXIT

make_config
sed -i -e '/^SQLite = 1$/d' -e '/^SQLServer = /d' "$T/dicom.ini"
printf '%s\n' "PostGres = 1" "SQLHost = 127.0.0.1:$PGPORT" "SQLServer = postgres" \
    "Username = dgate" "Password = none" >> "$T/dicom.ini"
"$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "dgate -i failed: $(cat "$T/init.log")"

CONN_HOST=127.0.0.1 CONN_PORT=$PGPORT CONN_USER=dgate CONN_PASS=none CONN_DB=postgres
dgate_serves || skip "this dgate does not serve yet"
start_dgate
ingest_through_outage pgsql pg_stop pg_start
exit 0
