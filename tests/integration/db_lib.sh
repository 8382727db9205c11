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

# BACKENDS: sqlite, plus mysql / pgsql when their connection strings are
# set (a note says which are not tested). Takes the lock that serialises
# the users of the shared test databases (check_db takes it too).
choose_backends() {
    need sqlite3
    BACKENDS=sqlite
    if [ -n "${DGATE_TEST_MYSQL:-}" ]; then need mysql; BACKENDS="$BACKENDS mysql"
    else echo "note: no MariaDB/MySQL server reachable (see tests/db_servers.sh): not tested"; fi
    if [ -n "${DGATE_TEST_PGSQL:-}" ]; then need psql; BACKENDS="$BACKENDS pgsql"
    else echo "note: no PostgreSQL server reachable (see tests/db_servers.sh): not tested"; fi
    exec 9> /tmp/dgate-test-db.lock
    flock 9 2>/dev/null || true
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
