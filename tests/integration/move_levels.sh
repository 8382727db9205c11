#!/bin/bash
# C-MOVE with dcmtk's movescu to a storescp listed in acrnema.map, over a
# corpus of CT, MR and SC images in Explicit and Implicit VR LE: Patient
# Root, Study Root and Patient/Study Only at PATIENT, STUDY, SERIES and
# IMAGE level, with lists of UIDs; every image named arrives, and no other,
# with the dataset bytes dgate stored; the sub-association's calling AE is
# MyACRNema; a lower-case destination resolves as Conquest resolves it; one
# PacsUser.log line per image sent and per C-MOVE.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu dcmdump sqlite3 python3

PORT=$(free_port)
start_dest A MOVEDEST +B
echo "MOVEDEST 127.0.0.1 $DEST_PORT as" > "$T/acrnema.map"
make_config "UserLog = PacsUser.log"
start_dgate
store_corpus

# move MODEL KEY=VALUE...: movescu to MOVEDEST (or $AEM), success expected.
move() {
    local model=$1 args=() kv
    shift
    for kv in "$@"; do args+=(-k "$kv"); done
    movescu -v "$model" -aec CONQUESTSRV1 -aem "${AEM:-MOVEDEST}" "${args[@]}" 127.0.0.1 "$PORT" \
        > "$T/move.out" 2>&1 || { cat "$T/move.out"; fail "movescu $* failed"; }
    grep -q "Received Final Move Response (Success)" "$T/move.out" ||
        { cat "$T/move.out"; fail "movescu $*: no final success"; }
}

# PATIENT (Patient Root): both studies of RETPAT1, one pending response each.
move -P QueryRetrieveLevel=PATIENT PatientID=RETPAT1
expect_received A "$( (sops_of study $STUDY1; sops_of study $STUDY2) | sort)"
[ "$(grep -c 'Received Move Response [0-9]* (Pending)' "$T/move.out")" -eq 10 ] ||
    fail "expected 10 pending responses: $(cat "$T/move.out")"

# STUDY (Study Root), one UID and a list of two.
move -S QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
expect_received A "$(sops_of study $STUDY1)"
move -S QueryRetrieveLevel=STUDY "StudyInstanceUID=$STUDY2\\$STUDY3"
expect_received A "$( (sops_of study $STUDY2; sops_of study $STUDY3) | sort)"

# SERIES: the MR series (Study Root); two series with their patient and
# study (Patient Root).
move -S QueryRetrieveLevel=SERIES StudyInstanceUID=$STUDY1 SeriesInstanceUID=$ROOT.1.3
expect_received A "$(sops_of series $ROOT.1.3)"
move -P QueryRetrieveLevel=SERIES PatientID=RETPAT1 StudyInstanceUID=$STUDY1 \
    "SeriesInstanceUID=$ROOT.1.2\\$ROOT.1.4"
expect_received A "$( (sops_of series $ROOT.1.2; sops_of series $ROOT.1.4) | sort)"

# IMAGE: a list of two, and one UID that is not stored.
move -S QueryRetrieveLevel=IMAGE StudyInstanceUID=$STUDY1 SeriesInstanceUID=$ROOT.1.1 \
    "SOPInstanceUID=$ROOT.1.1.1\\$ROOT.1.1.3\\2.25.1234"
expect_received A "$(printf '%s\n' $ROOT.1.1.1 $ROOT.1.1.3)"

# Patient/Study Only: a patient whose ID has a quote, then a study.
move -O QueryRetrieveLevel=PATIENT "PatientID=RET'PAT2"
expect_received A "$(sops_of study $STUDY3)"
move -O QueryRetrieveLevel=STUDY PatientID=RETPAT1 StudyInstanceUID=$STUDY2
expect_received A "$(sops_of study $STUDY2)"

# Nothing matches: success, nothing sent, no association opened.
move -S QueryRetrieveLevel=STUDY StudyInstanceUID=2.25.999
[ -z "$(received A)" ] || fail "a move of nothing sent something"

# The destination asked for in lower case resolves as Conquest resolves it.
AEM=movedest move -S QueryRetrieveLevel=SERIES StudyInstanceUID=$STUDY1 SeriesInstanceUID=$ROOT.1.4
f=$(ls "$T/A"/* | head -1)
dcmdump -q -M +P 0002,0016 "$f" | grep -q "\[CONQUESTSRV1\]" ||
    fail "the sub-association's calling AE is not MyACRNema: $(dcmdump -q -M +P 0002,0016 "$f")"
expect_received A "$(sops_of series $ROOT.1.4)"

# PacsUser.log: one line per image sent, one per C-MOVE.
stop_dgate
sent=$(grep -ci "sent $ROOT[0-9.]* to MOVEDEST (" "$T/PacsUser.log")
[ "$sent" -eq 35 ] || fail "PacsUser.log has $sent sent lines, expected 35"
assert_contains "$T/PacsUser.log" "C-MOVE to MOVEDEST of STUDY $STUDY1: 9 of 9 sent, 0 failed"
assert_contains "$T/PacsUser.log" "C-MOVE to MOVEDEST of STUDY (2 StudyInstanceUIDs): 3 of 3 sent"
assert_contains "$T/PacsUser.log" "C-MOVE to movedest of SERIES $ROOT.1.4: 2 of 2 sent"
stop_dest A
exit 0
