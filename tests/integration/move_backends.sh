#!/bin/bash
# C-MOVE and C-GET on every database backend: SQLite, and MariaDB/MySQL and
# PostgreSQL when their servers answer (a SKIP names those that do not):
# the corpus stored, then moved at PATIENT, STUDY and IMAGE level (a list
# of 600 UIDs: two parts of the IN list) and fetched with C-GET; what
# arrives is what is stored, byte for byte.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu python3

choose_backends
PORT=$(free_port)
start_dest A MOVEDEST +B
echo "MOVEDEST 127.0.0.1 $DEST_PORT as" > "$T/acrnema.map"
uids=$(python3 -c "print('\\\\'.join(['2.25.%d' % i for i in range(598)] + ['$ROOT.1.3.1', '$ROOT.1.3.2']))")
for be in $BACKENDS; do
    index_rows() { sql "$be" "$1"; }
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > /dev/null 2>&1 || fail "$be: dgate -i failed"
    start_dgate
    store_corpus
    out=$(python3 "$RAW" move "$PORT" MOVEDEST P PATIENT PatientID=RETPAT1)
    case $out in "final 0x0000 completed=10 failed=0 "*) ;; *) fail "$be: PATIENT: $out" ;; esac
    expect_received A "$( (sops_of study $STUDY1; sops_of study $STUDY2) | sort)"
    out=$(python3 "$RAW" move "$PORT" MOVEDEST S STUDY "StudyInstanceUID=$STUDY1\\$STUDY3")
    case $out in "final 0x0000 completed=11 failed=0 "*) ;; *) fail "$be: STUDY: $out" ;; esac
    expect_received A "$( (sops_of study $STUDY1; sops_of study $STUDY3) | sort)"
    out=$(python3 "$RAW" move "$PORT" MOVEDEST S IMAGE StudyInstanceUID=$STUDY1 "SOPInstanceUID=$uids")
    case $out in "final 0x0000 completed=2 failed=0 "*) ;; *) fail "$be: IMAGE list: $out" ;; esac
    expect_received A "$(sops_of series $ROOT.1.3)"
    out=$(python3 "$RAW" get "$PORT" S SERIES StudyInstanceUID=$STUDY1 SeriesInstanceUID=$ROOT.1.2)
    case $out in "final 0x0000 completed=2 failed=0 "*"stored=2") ;; *) fail "$be: C-GET: $out" ;; esac
    stop_dgate
done
stop_dest A
end_backends
