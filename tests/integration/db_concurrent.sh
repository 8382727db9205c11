#!/bin/bash
# 8 storing associations at once into one patient, study and two series, on
# every backend available (SQLite always; MariaDB and PostgreSQL when
# DGATE_TEST_MYSQL / DGATE_TEST_PGSQL are set): every object acknowledged has
# its row, none is lost, and the study's modalities are each listed once.
. "$top_srcdir/tests/integration/lib.sh"

need storescu dump2dcm sqlite3
PER=10
NASSOC=8

make_config
mkdir -p "$T/in"
for a in $(seq 1 $NASSOC); do
    mkdir -p "$T/in/$a"
    for i in $(seq 1 $PER); do
        mod=CT num=1
        [ $((i % 2)) = 0 ] && mod=MR num=2
        cat > "$T/o.dump" <<EOF
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.11.1.$num.$a.$i]
(0008,0060) CS [$mod]
(0010,0010) PN [CON^CURRENT]
(0010,0020) LO [CONC01]
(0020,000d) UI [1.2.826.0.1.3680043.9.11.1]
(0020,000e) UI [1.2.826.0.1.3680043.9.11.1.$num]
(0020,0013) IS [$i]
EOF
        dump2dcm -q "$T/o.dump" "$T/in/$a/$i.dcm" || fail "dump2dcm failed"
    done
done

# "host=h port=p user=u password=w dbname=d" -> dicom.ini lines and CONN_*
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
sql() { # backend, query -> rows
    case $1 in
    sqlite) sqlite3 "$T/data/dbase/conquest.db3" "$2" ;;
    mysql) MYSQL_PWD=$CONN_PASS mysql --raw -B -N -h "$CONN_HOST" ${CONN_PORT:+-P "$CONN_PORT"} \
        -u "$CONN_USER" "$CONN_DB" -e "$2" ;;
    pgsql) PGPASSWORD=$CONN_PASS psql -X -q -A -t -h "$CONN_HOST" ${CONN_PORT:+-p "$CONN_PORT"} \
        -U "$CONN_USER" -d "$CONN_DB" -c "$2" ;;
    esac
}

backends=sqlite
if [ -n "${DGATE_TEST_MYSQL:-}" ]; then need mysql; backends="$backends mysql"
else echo "note: DGATE_TEST_MYSQL is not set: MariaDB/MySQL not tested"; fi
if [ -n "${DGATE_TEST_PGSQL:-}" ]; then need psql; backends="$backends pgsql"
else echo "note: DGATE_TEST_PGSQL is not set: PostgreSQL not tested"; fi
exec 9> /tmp/dgate-test-db.lock
flock 9 2>/dev/null || true

for be in $backends; do
    make_config
    case $be in
    mysql) sed -i -e '/^SQLite = 1$/d' -e '/^SQLServer = /d' "$T/dicom.ini"
        ini_for MySQL "$DGATE_TEST_MYSQL" >> "$T/dicom.ini" ;;
    pgsql) sed -i -e '/^SQLite = 1$/d' -e '/^SQLServer = /d' "$T/dicom.ini"
        ini_for PostGres "$DGATE_TEST_PGSQL" >> "$T/dicom.ini" ;;
    esac
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > /dev/null 2>&1 || fail "$be: dgate -i failed"
    "$DGATE" -w "$T" -v > "$T/probe.log" 2>&1 &
    probe=$!
    sleep 0.3
    kill "$probe" 2>/dev/null
    wait "$probe" 2>/dev/null
    grep -q 'not available in this build' "$T/probe.log" && skip "this dgate does not serve yet"
    start_dgate
    pids=
    for a in $(seq 1 $NASSOC); do
        storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/in/$a"/*.dcm > "$T/scu.$a" 2>&1 &
        pids="$pids $!"
    done
    for p in $pids; do wait "$p" || fail "$be: a storescu failed: $(cat "$T"/scu.*; tail -20 "$T/dgate.log")"; done
    stop_dgate
    n=$(sql "$be" "SELECT COUNT(*) FROM DICOMImages")
    [ "$n" = $((NASSOC * PER)) ] || fail "$be: $n image rows, not $((NASSOC * PER))"
    [ "$(sql "$be" "SELECT COUNT(*) FROM DICOMSeries")" = 2 ] || fail "$be: not 2 series"
    [ "$(sql "$be" "SELECT COUNT(*) FROM DICOMStudies")" = 1 ] || fail "$be: not 1 study"
    [ "$(sql "$be" "SELECT COUNT(*) FROM DICOMPatients")" = 1 ] || fail "$be: not 1 patient"
    m=$(sql "$be" "SELECT StudyModal FROM DICOMStudies")
    [ "$m" = 'CT\MR' ] || [ "$m" = 'MR\CT' ] || fail "$be: StudyModal is '$m'"
done
exit 0
