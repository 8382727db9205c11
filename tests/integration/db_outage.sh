#!/bin/bash
# The database goes away in the middle of an ingest: C-STOREs get a failure
# status (never success without a row), and dgate stores again once the
# database is back, without a restart. Runs against a private PostgreSQL
# cluster (initdb in the test directory, its own port), so that stopping it
# disturbs nothing else. Needs PostgreSQL's server binaries and storescu.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need storescu dump2dcm psql
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

make_file() { # n -> $T/f$n.dcm
    cat > "$T/f$1.dump" <<EOF
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.10.1.1.$1]
(0008,0060) CS [OT]
(0010,0010) PN [OUT^AGE]
(0010,0020) LO [OUTAGE]
(0020,000d) UI [1.2.826.0.1.3680043.9.10.1]
(0020,000e) UI [1.2.826.0.1.3680043.9.10.1.1]
(0020,0013) IS [$1]
EOF
    dump2dcm -q "$T/f$1.dump" "$T/f$1.dcm" || fail "dump2dcm failed"
}
for n in 1 2 3 4; do make_file $n; done
rows() {
    PGPASSWORD=none psql -X -q -A -t -h 127.0.0.1 -p "$PGPORT" -U dgate -d postgres \
        -c "SELECT ImageNumbe FROM DICOMImages ORDER BY ImageNumbe"
}
store() { storescu -v -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$@" > "$T/storescu.log" 2>&1; }

dgate_serves || skip "this dgate does not serve yet"
start_dgate
store "$T/f1.dcm" || fail "store with the database up failed: $(cat "$T/storescu.log")"
pg_stop
if store "$T/f2.dcm"; then
    fail "C-STORE answered success while the database was down"
fi
grep -q 'Received Store Response (.*0x110)' "$T/storescu.log" ||
    fail "storescu saw no failure status: $(cat "$T/storescu.log"; tail "$T/dgate.log")"
pg_start
# The same association-per-store: the server reconnects on its own.
store "$T/f3.dcm" || fail "store after the database came back failed: $(cat "$T/storescu.log"; tail -5 "$T/dgate.log")"
store "$T/f4.dcm" || fail "second store after the database came back failed"
[ "$(rows | tr '\n' ' ')" = "1 3 4 " ] || fail "rows are not exactly 1 3 4: $(rows | tr '\n' ' ')"
kill -0 "$DGATE_PID" || fail "dgate died"
exit 0
