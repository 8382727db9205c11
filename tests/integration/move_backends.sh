#!/bin/bash
# C-MOVE and C-GET on every database backend: SQLite, and MariaDB/MySQL and
# PostgreSQL when their servers answer (a SKIP names those that do not):
# the corpus stored, then moved at PATIENT, STUDY and IMAGE level (a list
# of 600 UIDs: two parts of the IN list) and fetched with C-GET; what
# arrives is what is stored, byte for byte. Then a receiver that fails
# every C-STORE (0xB000, the study in the Failed SOP Instance UID List), a
# C-CANCEL (0xFE00, what remains) and two hostile PatientIDs (SQL, a
# quote: matched literally). Every answer is checked against the corpus and
# the three backends' answers compared (db_lib.sh same_answers).
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu python3

choose_backends
PORT=$(free_port)
FAIL_PORT=$(free_port)
SLOW_PORT=$(free_port)
start_dest A MOVEDEST +B
cat > "$T/acrnema.map" << EOF2
MOVEDEST 127.0.0.1 $DEST_PORT as
FAILER   127.0.0.1 $FAIL_PORT un
SLOW     127.0.0.1 $SLOW_PORT un
EOF2
python3 "$RAW" failscp "$FAIL_PORT" A900 "$T/failer.log" &
HELPER_PIDS="$HELPER_PIDS $!"
python3 "$RAW" failscp "$SLOW_PORT" 0000 "$T/slow.log" 0.4 &
HELPER_PIDS="$HELPER_PIDS $!"
uids=$(python3 -c "print('\\\\'.join(['2.25.%d' % i for i in range(598)] + ['$ROOT.1.3.1', '$ROOT.1.3.2']))")

# retrieve BACKEND WANT N OUTCOMES move|get ARGS...: the raw C-MOVE or
# C-GET's summary starts with WANT, its pending responses are those of N
# sub-operations with OUTCOMES (expect_pending); the summary, the pending
# counts and the failed list go into $T/answers.BACKEND.
retrieve() {
    local be=$1 want=$2 n=$3 outcomes=$4 verb=$5 out
    shift 5
    out=$(python3 "$RAW" "$verb" "$PORT" "$@" pending="$T/pending" failed="$T/failed")
    case $out in "$want"*) ;; *) tail -5 "$T/dgate.log"; fail "$be: $verb $*: '$out', expected '$want'" ;; esac
    expect_pending "$T/pending" "$n" "$outcomes"
    { echo "$verb $* $out"; cat "$T/pending"; sort "$T/failed"; } >> "$T/answers.$be"
}

for be in $BACKENDS; do
    index_rows() { sql "$be" "$1"; }
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > /dev/null 2>&1 || fail "$be: dgate -i failed"
    start_dgate
    store_corpus
    : > "$T/answers.$be"
    retrieve "$be" "final 0x0000 completed=10 failed=0 " 10 "$(repeat c 10)" \
        move MOVEDEST P PATIENT PatientID=RETPAT1
    expect_received A "$( (sops_of study $STUDY1; sops_of study $STUDY2) | sort)"
    retrieve "$be" "final 0x0000 completed=11 failed=0 " 11 "$(repeat c 11)" \
        move MOVEDEST S STUDY "StudyInstanceUID=$STUDY1\\$STUDY3"
    expect_received A "$( (sops_of study $STUDY1; sops_of study $STUDY3) | sort)"
    retrieve "$be" "final 0x0000 completed=2 failed=0 " 2 cc \
        move MOVEDEST S IMAGE StudyInstanceUID=$STUDY1 "SOPInstanceUID=$uids"
    expect_received A "$(sops_of series $ROOT.1.3)"
    retrieve "$be" "final 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=2" 2 cc \
        get S SERIES StudyInstanceUID=$STUDY1 SeriesInstanceUID=$ROOT.1.2

    # A receiver that fails every C-STORE: each attempted, the study listed.
    retrieve "$be" "final 0xb000 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9" \
        9 "$(repeat f 9)" move FAILER S STUDY StudyInstanceUID=$STUDY1
    [ "$(sort "$T/failed")" = "$(sops_of study $STUDY1)" ] || fail "$be: the failed list is not the study"

    # C-CANCEL after the first pending response: the completed ones were
    # sent, the rest remain (how many is a race: the invariants are kept).
    rm -f "$T/slow.log"
    out=$(python3 "$RAW" cancel-move "$PORT" SLOW STUDY StudyInstanceUID=$STUDY1 pending="$T/pending")
    expect_cancelled "$out"
    sleep 1
    [ "$(grep -c '^store ' "$T/slow.log")" -eq "$completed" ] ||
        fail "$be: cancel: $(grep -c '^store ' "$T/slow.log") C-STOREs sent for $completed completed"
    echo "cancel 0xfe00: completed + remaining = 9, each completed one sent" >> "$T/answers.$be"

    # Hostile PatientIDs reach the SQL of every backend: matched literally.
    python3 "$RAW" hostile "$PORT" MOVEDEST sql-patient-id quoted-patient-id > "$T/raw.$be" 2>&1 ||
        { cat "$T/raw.$be"; fail "$be: the hostile identifiers did not finish"; }
    cat > "$T/expected" << 'EOF2'
sql-patient-id 0x0000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
quoted-patient-id 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=0
  pending remaining=1 completed=1 failed=0 warning=0
  pending remaining=0 completed=2 failed=0 warning=0
echo ok
EOF2
    diff "$T/expected" "$T/raw.$be" || fail "$be: hostile identifiers: unexpected answers (above)"
    expect_received A "$(sops_of study $STUDY3)"
    [ "$(index_rows "SELECT COUNT(*) FROM DICOMPatients")" -eq 2 ] || fail "$be: DICOMPatients changed"
    stop_dgate
done
stop_dest A
same_answers
end_backends
