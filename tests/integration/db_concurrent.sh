#!/bin/bash
# 8 storing associations at once into one patient, study and two series, on
# every backend available (SQLite always; MariaDB and PostgreSQL when
# DGATE_TEST_MYSQL / DGATE_TEST_PGSQL are set): every object acknowledged has
# its row, none is lost, and the study's modalities are each listed once.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need storescu dump2dcm
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

choose_backends
for be in $BACKENDS; do
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > /dev/null 2>&1 || fail "$be: dgate -i failed"
    dgate_serves || skip "this dgate does not serve yet"
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
end_backends
