# Helpers of the database integration tests (sourced after lib.sh): which
# backends to test, dicom.ini for each, running SQL on each with its own
# client, and skipping when this dgate cannot serve yet.

# "host=h port=p user=u password=w dbname=d" -> dicom.ini lines on stdout and
# CONN_HOST, CONN_PORT, CONN_USER, CONN_PASS, CONN_DB for sql().
ini_for() {
    local kind=$1 host=127.0.0.1 port= user= password= dbname=
    for kv in $2; do
        case $kv in
        host=*) host=${kv#host=} ;; port=*) port=${kv#port=} ;; user=*) user=${kv#user=} ;;
        password=*) password=${kv#password=} ;; dbname=*) dbname=${kv#dbname=} ;;
        esac
    done
    printf '%s\n' "$kind = 1" "SQLHost = $host${port:+:$port}" "SQLServer = $dbname" \
        "Username = $user" "Password = $password"
    CONN_HOST=$host CONN_PORT=$port CONN_USER=$user CONN_PASS=$password CONN_DB=$dbname
}

# set_backend BACKEND [LINE...]: a fresh $T/dicom.ini (make_config with the
# lines) for backend sqlite, mysql or pgsql.
set_backend() {
    local be=$1
    shift
    make_config "$@"
    [ "$be" = sqlite ] && return 0
    sed -i -e '/^SQLite = 1$/d' -e '/^SQLServer = /d' "$T/dicom.ini"
    case $be in
    mysql) ini_for MySQL "$DGATE_TEST_MYSQL" >> "$T/dicom.ini" ;;
    pgsql) ini_for PostGres "$DGATE_TEST_PGSQL" >> "$T/dicom.ini" ;;
    esac
}

# sql BACKEND QUERY: the rows, columns separated by '|', NULL as the client
# prints it (use COALESCE for text that must agree across clients).
sql() {
    case $1 in
    sqlite) sqlite3 -separator '|' "$T/data/dbase/conquest.db3" "$2" ;;
    mysql) MYSQL_PWD=$CONN_PASS mysql --raw -B -N -h "$CONN_HOST" ${CONN_PORT:+-P "$CONN_PORT"} \
        -u "$CONN_USER" "$CONN_DB" -e "$2" | tr '\t' '|' ;;
    pgsql) PGPASSWORD=$CONN_PASS psql -X -q -A -t -F '|' -h "$CONN_HOST" ${CONN_PORT:+-p "$CONN_PORT"} \
        -U "$CONN_USER" -d "$CONN_DB" -c "$2" ;;
    esac
}

# 0 when the server of BACKEND answers at connection string CONN.
server_answers() {
    ini_for x "$2" > /dev/null
    case $1 in
    mysql) MYSQL_PWD=$CONN_PASS mysql --connect-timeout=3 -h "$CONN_HOST" ${CONN_PORT:+-P "$CONN_PORT"} \
        -u "$CONN_USER" "$CONN_DB" -e 'SELECT 1' > /dev/null 2>&1 ;;
    pgsql) PGPASSWORD=$CONN_PASS PGCONNECT_TIMEOUT=3 psql -X -q -h "$CONN_HOST" ${CONN_PORT:+-p "$CONN_PORT"} \
        -U "$CONN_USER" -d "$CONN_DB" -c 'SELECT 1' > /dev/null 2>&1 ;;
    esac
}

# BACKENDS: sqlite, plus mysql / pgsql when their connection strings are
# set and their servers answer; UNTESTED names those that are not tested
# (a note says why), and end_backends then makes the test a SKIP: a test
# whose database server could not be reached never passes. Takes the lock
# that serialises the users of the shared test databases (check_db takes
# it too).
choose_backends() {
    need sqlite3
    BACKENDS=sqlite UNTESTED=
    if [ -z "${DGATE_TEST_MYSQL:-}" ]; then
        UNTESTED="$UNTESTED MariaDB/MySQL (no server reachable, see tests/db_servers.sh)"
    elif need mysql && ! server_answers mysql "$DGATE_TEST_MYSQL"; then
        UNTESTED="$UNTESTED MariaDB/MySQL (DGATE_TEST_MYSQL does not answer)"
    else
        BACKENDS="$BACKENDS mysql"
    fi
    if [ -z "${DGATE_TEST_PGSQL:-}" ]; then
        UNTESTED="$UNTESTED PostgreSQL (no server reachable, see tests/db_servers.sh)"
    elif need psql && ! server_answers pgsql "$DGATE_TEST_PGSQL"; then
        UNTESTED="$UNTESTED PostgreSQL (DGATE_TEST_PGSQL does not answer)"
    else
        BACKENDS="$BACKENDS pgsql"
    fi
    [ -z "$UNTESTED" ] || echo "note: not tested:$UNTESTED"
    exec 9> /tmp/dgate-test-db.lock
    flock 9 2>/dev/null || true
}

# cases_on BACKEND LIB WHAT: with dgate serving on $PORT, LIB's `check`
# cases (answers into $T/answers.BACKEND) and `raw` ones (statuses into
# $T/raw.BACKEND); a failing case or an [error] line in dgate's log fails
# the test, saying WHAT differs.
cases_on() {
    local be=$1 lib=$2 what=$3
    python3 "$lib" check "$PORT" "$T/answers.$be" > "$T/check.$be" 2>&1 || {
        cat "$T/check.$be"
        tail -20 "$T/dgate.log"
        fail "$be: $what"
    }
    echo "$be: $(tail -1 "$T/check.$be")"
    python3 "$lib" raw "$PORT" > "$T/raw.$be" 2>&1 || { cat "$T/raw.$be"; fail "$be: raw C-FINDs"; }
    grep -q '^ERROR\|\[error\]' "$T/dgate.log" && fail "$be: errors in the log: $(grep '\[error\]' "$T/dgate.log" | head -3)"
    return 0
}

# Every backend's answers and raw statuses (cases_on) equal SQLite's.
same_answers() {
    for be in $BACKENDS; do
        [ "$be" = sqlite ] && continue
        cmp -s "$T/answers.sqlite" "$T/answers.$be" ||
            fail "$be answers differ from SQLite's: $(diff "$T/answers.sqlite" "$T/answers.$be" | head -10)"
        cmp -s "$T/raw.sqlite" "$T/raw.$be" || fail "$be raw statuses differ: $(diff "$T/raw.sqlite" "$T/raw.$be")"
    done
}

# The end of a test over $BACKENDS: a SKIP when a server was not tested.
end_backends() {
    [ -z "$UNTESTED" ] || skip "passed on $BACKENDS; not tested:$UNTESTED"
    exit 0
}

# 0 when this dgate runs as a server (with the config in $T), 1 when it was
# built before the server existed.
dgate_serves() {
    "$DGATE" -w "$T" -v > "$T/probe.log" 2>&1 &
    local probe=$!
    sleep 0.3
    kill "$probe" 2>/dev/null
    wait "$probe" 2>/dev/null
    ! grep -q 'not available in this build' "$T/probe.log"
}

# ingest_through_outage BACKEND STOP START: dgate (started, on $PORT, its
# MAG device $T/data/) receives a stream of new instances from three
# senders, one association per instance, while the database server is
# stopped (STOP) and started again (START). Every instance answered with
# success must have its row and its complete file; those answered with a
# failure status are sent again once the server is back and must then be
# stored, by the same dgate (no restart); no file is left without a row.
# Needs sql BACKEND to reach the server.
ingest_through_outage() {
    local be=$1 stop=$2 start=$3 j n
    mkdir -p "$T/ot"
    rm -f "$T/ot/halt" "$T/ot"/ledger.*
    outage_sender() { # j: instances j, j+3, ... until $T/ot/halt
        local j=$1 n=$1
        while [ ! -e "$T/ot/halt" ] && [ "$n" -le 600 ]; do
            cat > "$T/ot/$n.dump" <<EOD
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.13.1.$((n % 3)).$n]
(0008,0060) CS [OT]
(0010,0010) PN [OUT^AGE]
(0010,0020) LO [OUTAGE]
(0020,000d) UI [1.2.826.0.1.3680043.9.13]
(0020,000e) UI [1.2.826.0.1.3680043.9.13.1.$((n % 3))]
(0020,0013) IS [$n]
EOD
            dump2dcm -q "$T/ot/$n.dump" "$T/ot/$n.dcm" || { echo "$n nodcm" >> "$T/ot/ledger.$j"; break; }
            if storescu -v -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/ot/$n.dcm" > "$T/ot/$n.log" 2>&1 &&
                grep -q 'Received Store Response (Success)' "$T/ot/$n.log"; then
                echo "$n ok" >> "$T/ot/ledger.$j"
            elif grep -q 'Received Store Response' "$T/ot/$n.log"; then
                echo "$n failed" >> "$T/ot/ledger.$j"
            else
                echo "$n noresponse" >> "$T/ot/ledger.$j"
            fi
            n=$((n + 3))
            sleep 0.02
        done
    }
    local senders=
    for j in 1 2 3; do
        outage_sender $j &
        senders="$senders $!"
    done
    sleep 1
    $stop
    sleep 1.5
    $start
    sleep 1.5
    touch "$T/ot/halt"
    for j in $senders; do wait "$j"; done
    kill -0 "$DGATE_PID" 2>/dev/null || fail "$be: dgate died: $(tail "$T/dgate.log")"
    cat "$T"/ot/ledger.* | sort -n > "$T/ot/ledger"
    grep -q ' nodcm$' "$T/ot/ledger" && fail "dump2dcm failed"
    local nok nfailed nnone
    nok=$(grep -c ' ok$' "$T/ot/ledger")
    nfailed=$(grep -c ' failed$' "$T/ot/ledger")
    nnone=$(grep -c ' noresponse$' "$T/ot/ledger")
    echo "$be: $nok stored, $nfailed answered with a failure, $nnone without a response"
    [ "$nfailed" -gt 0 ] || fail "$be: no C-STORE failed while the database was down"
    # The stream goes on into the same dgate: stores succeed again.
    awk 'FNR == 1 { f = 0 } / failed$/ { f = 1 } f && / ok$/ { r = 1 } END { exit !r }' "$T"/ot/ledger.* ||
        fail "$be: no C-STORE succeeded after the outage: $(tail -5 "$T/dgate.log")"
    grep -h 'Received Store Response' "$T"/ot/*.log | grep -v Success | grep -qv '0x0110\|0x110' &&
        fail "$be: a failure status other than 0x0110: $(grep -h 'Received Store Response' "$T"/ot/*.log | grep -v Success | sort | uniq -c)"
    # Nothing acknowledged is lost.
    sql "$be" "SELECT SOPInstanc, ObjectFile FROM DICOMImages" | sort > "$T/ot/rows"
    for n in $(sed -n 's/ ok$//p' "$T/ot/ledger"); do
        grep -q "^1.2.826.0.1.3680043.9.13.1.$((n % 3)).$n|" "$T/ot/rows" ||
            fail "$be: instance $n was acknowledged but has no row"
    done
    # The failed ones once more, to the same dgate: stored now.
    for n in $(sed -n 's/ \(failed\|noresponse\)$//p' "$T/ot/ledger"); do
        storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/ot/$n.dcm" > "$T/ot/again.log" 2>&1 ||
            fail "$be: instance $n not stored after the database came back: $(cat "$T/ot/again.log"; tail -5 "$T/dgate.log")"
    done
    stop_dgate
    sql "$be" "SELECT SOPInstanc, ObjectFile FROM DICOMImages" | sort > "$T/ot/rows"
    [ "$(grep -c . "$T/ot/rows")" = "$(grep -c . "$T/ot/ledger")" ] ||
        fail "$be: $(grep -c . "$T/ot/rows") rows for $(grep -c . "$T/ot/ledger") instances"
    local sop file got
    while IFS='|' read -r sop file; do
        got=$(dcmdump -q +P 0008,0018 "$T/data/$file" 2>&1) || fail "$be: row $sop: $file: $got"
        case $got in *"[$sop]"*) ;; *) fail "$be: $file holds '$got', not $sop" ;; esac
    done < "$T/ot/rows"
    (cd "$T/data" && find . -path ./dbase -prune -o -path ./.incoming -prune -o -type f -print) |
        sed 's|^\./||' | sort > "$T/ot/files"
    cut -d'|' -f2 "$T/ot/rows" | sort | comm -13 - "$T/ot/files" > "$T/ot/orphans"
    [ ! -s "$T/ot/orphans" ] || fail "$be: files without a row: $(head -3 "$T/ot/orphans")"
    [ -z "$(temp_files "$T/data" 2>/dev/null)" ] || fail "$be: .incoming not empty"
}

# ---- several dgate on one index and one MAG directory ----
# dgate_dir DIR PORT [LINE...]: DIR/dicom.ini (and its files) from
# $T/dicom.ini, on TCPPort PORT, its paths made absolute (MAGDevice0 is
# $T/data/), the extra lines appended.
dgate_dir() {
    local d=$1 p=$2
    shift 2
    mkdir -p "$d"
    cp "$T/acrnema.map" "$T/dicom.sql" "$T/dgatesop.lst" "$T/dgate.dic" "$d/"
    sed -e "s|^TCPPort = .*|TCPPort = $p|" -e "s|^MAGDevice0 = .*|MAGDevice0 = $T/data/|" \
        -e "s|^SQLServer = data/|SQLServer = $T/data/|" "$T/dicom.ini" > "$d/dicom.ini"
    for kv in "$@"; do echo "$kv" >> "$d/dicom.ini"; done
}

# start_one DIR: dgate -w DIR in the background, its pid added to PIDS;
# waits until it listens on its TCPPort (and WebPort, when set).
start_one() {
    "$DGATE" -w "$1" -v > "$1/dgate.log" 2>&1 &
    local pid=$! port
    PIDS="$PIDS $pid"
    for port in $(sed -n 's/^\(TCPPort\|WebPort\) = //p' "$1/dicom.ini"); do
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || fail "dgate in $1 exited during start-up: $(cat "$1/dgate.log")"
            (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue 2
            sleep 0.1
        done
        fail "dgate in $1 did not listen on $port"
    done
}

# stop_all: stop every dgate of PIDS (TERM, then KILL after 5 s).
stop_all() {
    for pid in $PIDS; do kill -TERM "$pid" 2>/dev/null; done
    for pid in $PIDS; do
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    PIDS=
}
