#!/bin/bash
# C-GET with dcmtk's getscu and raw requests: Patient Root, Study Root and
# Patient/Study Only at PATIENT, STUDY, SERIES and IMAGE level, with lists
# of UIDs; every image named arrives on the requester's association with
# the values stored, in a transfer syntax the requester accepted (transcoded
# when it took another uncompressed one; JPEG-LS as stored to a requester
# that takes it); a requester that did not take the SCP role gets every
# sub-operation failed (0xB000, all listed); a requester that answers its
# C-STOREs with failures, warnings or both counts them so; C-CANCEL
# honoured (0xFE00). Every pending response carries the four counts,
# climbing as the requester answered; a final one carries Remaining only at
# a cancel.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu getscu dcmdump sqlite3 python3

PORT=$(free_port)
make_config "UserLog = PacsUser.log"
start_dgate
store_corpus

# get NAME GETSCU-OPTIONS... -- KEY=VALUE...: getscu into $T/NAME, success.
get() {
    local name=$1 opts=() args=()
    shift
    while [ "$1" != -- ]; do opts+=("$1"); shift; done
    shift
    for kv in "$@"; do args+=(-k "$kv"); done
    mkdir -p "$T/$name"
    getscu -v "${opts[@]}" -aec CONQUESTSRV1 -od "$T/$name" "${args[@]}" 127.0.0.1 "$PORT" \
        > "$T/get.out" 2>&1 || { cat "$T/get.out"; fail "getscu $* failed"; }
    grep -q "Received C-GET Response (Success)" "$T/get.out" ||
        { cat "$T/get.out"; tail "$T/dgate.log"; fail "getscu $*: no final success"; }
}

# expect_values NAME SOPS [SYNTAX]: exactly SOPS arrived in $T/NAME with the
# stored values (and in SYNTAX); the directory is emptied.
expect_values() {
    local name=$1 want=$2 syntax=${3:-} got sop f
    got=$(received "$name")
    [ "$got" = "$want" ] || fail "$name received [$(echo $got)], expected [$(echo $want)]"
    for sop in $got; do
        f=$(ls "$T/$name"/*."$sop")
        [ "$(values_of "$f")" = "$(values_of "$(stored_file "$sop")")" ] ||
            fail "$name: the values of $sop differ from the stored ones: $(diff <(values_of "$f") <(values_of "$(stored_file "$sop")") | head -5)"
        [ -z "$syntax" ] || [ "$(syntax_of "$f")" = "$syntax" ] ||
            fail "$name: $sop arrived as $(syntax_of "$f"), not $syntax"
    done
    rm -f "$T/$name"/*
}

get A -P -- QueryRetrieveLevel=PATIENT PatientID=RETPAT1
expect_values A "$( (sops_of study $STUDY1; sops_of study $STUDY2) | sort)"
get A -S -- QueryRetrieveLevel=STUDY "StudyInstanceUID=$STUDY1\\$STUDY3"
expect_values A "$( (sops_of study $STUDY1; sops_of study $STUDY3) | sort)"
get A -S -- QueryRetrieveLevel=SERIES StudyInstanceUID=$STUDY1 "SeriesInstanceUID=$ROOT.1.2\\$ROOT.1.3"
expect_values A "$( (sops_of series $ROOT.1.2; sops_of series $ROOT.1.3) | sort)"
get A -P -- QueryRetrieveLevel=IMAGE PatientID=RETPAT1 StudyInstanceUID=$STUDY1 \
    SeriesInstanceUID=$ROOT.1.4 "SOPInstanceUID=$ROOT.1.4.2"
expect_values A "$ROOT.1.4.2"
get A -O -- QueryRetrieveLevel=PATIENT "PatientID=RET'PAT2"
expect_values A "$(sops_of study $STUDY3)"
# A requester that takes only Big Endian, or only Implicit VR LE: whatever
# is stored arrives so, with the same values.
mkdir -p "$T/A"
python3 "$RAW" get "$PORT" S STUDY StudyInstanceUID=$STUDY1 ts=be out="$T/A" > "$T/out"
assert_contains "$T/out" "final 0x0000 completed=9"
expect_values A "$(sops_of study $STUDY1)" BigEndianExplicit
assert_contains "$T/dgate.log" "by C-GET (Explicit VR Big Endian, transcoded from"
python3 "$RAW" get "$PORT" S STUDY StudyInstanceUID=$STUDY1 ts=ile out="$T/A" > "$T/out"
assert_contains "$T/out" "final 0x0000 completed=9"
expect_values A "$(sops_of study $STUDY1)" LittleEndianImplicit
# A viewer that would rather have lossy JPEG (getscu +xy: JPEG Baseline,
# then the uncompressed syntaxes, in one context per class): the study,
# stored uncompressed with 16-bit CT, arrives whole, uncompressed; a lossy
# syntax taken for the context could carry only what is stored in it.
get A +xy -S -- QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
expect_values A "$(sops_of study $STUDY1)" LittleEndianExplicit

# Raw: the counts of the final response; its pending responses' counts in
# $T/pending, its failed list in $T/failed.
expect() {
    local want=$1 out
    shift
    out=$(python3 "$RAW" get "$PORT" "$@" pending="$T/pending" failed="$T/failed")
    case $out in
    "$want"*) ;;
    *) tail -5 "$T/dgate.log"; fail "get $*: '$out', expected '$want'" ;;
    esac
}
expect "final 0x0000 completed=9 failed=0 warning=0 remaining=none pending=9 listed=0 stored=9" \
    S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat c 9)"
# Without the SCP role nothing can be sent: each failed, listed, logged.
expect "final 0xb000 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9 stored=0" \
    S STUDY StudyInstanceUID=$STUDY1 roles=0
expect_pending "$T/pending" 9 "$(repeat f 9)"
[ "$(sort "$T/failed")" = "$(sops_of study $STUDY1)" ] || fail "roles=0: the failed list is not the study"
assert_contains "$T/dgate.log" "the requester did not take the SCP role for 1.2.840.10008.5.1.4.1.1.2"
# Nothing matches: success, no sub-operation.
expect "final 0x0000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0" \
    S STUDY StudyInstanceUID=2.25.77
expect_pending "$T/pending" 0 ""
# A requester that answers every C-STORE with a failure (as a real viewer
# does), with a warning, or with success, failure and warning in turn.
expect "final 0xb000 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9 stored=9" \
    S STUDY StudyInstanceUID=$STUDY1 answer=A900
expect_pending "$T/pending" 9 "$(repeat f 9)"
[ "$(sort "$T/failed")" = "$(sops_of study $STUDY1)" ] || fail "answer=A900: the failed list is not the study"
expect "final 0xb000 completed=0 failed=0 warning=9 remaining=none pending=9 listed=0 stored=9" \
    S STUDY StudyInstanceUID=$STUDY1 answer=B007
expect_pending "$T/pending" 9 "$(repeat w 9)"
expect "final 0xb000 completed=3 failed=3 warning=3 remaining=none pending=9 listed=3 stored=9" \
    S STUDY StudyInstanceUID=$STUDY1 answer=0000,A900,B007 log="$T/mixed.log"
expect_pending "$T/pending" 9 "$(repeat cfw 3)"
[ "$(cat "$T/failed")" = "$(awk '$3 == "a900" { print $2 }' "$T/mixed.log")" ] ||
    fail "answer=0000,A900,B007: failed list [$(tr "\n" " " < "$T/failed")], the requester failed [$(awk '$3 == "a900" { print $2 }' "$T/mixed.log" | tr '\n' ' ')]"
# C-CANCEL after the first pending response (it arrives while dgate waits
# for the next C-STORE-RSP).
out=$(python3 "$RAW" cancel-get "$PORT" STUDY StudyInstanceUID=$STUDY1 pending="$T/pending")
expect_cancelled "$out"

# JPEG-LS, to a requester that takes it: as stored.
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
if [ -d "$SAMPLES" ]; then
    storescu -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
        { cat "$T/out"; fail "storescu of the samples failed"; }
    jls=$(sqlite_rows "SELECT SOPInstanc FROM DICOMImages WHERE SeriesInst LIKE '1.3.46.%' ORDER BY 1")
    get A -S +xt -- QueryRetrieveLevel=STUDY StudyInstanceUID=1.3.46.670589.5.2.10.2156913941.892665384.993397
    expect_values A "$jls" JPEGLSLossless
else
    echo "note: no $SAMPLES: the JPEG-LS case is not tested"
fi

stop_dgate
# getscu 37, raw 27 and 15 (9 and 6 with warnings, not those refused), and
# those sent before the cancel.
n=$(grep -c "sent $ROOT[0-9.]* by C-GET (" "$T/PacsUser.log")
[ "$n" -eq $((79 + completed)) ] || fail "PacsUser.log has $n C-GET lines, not $((79 + completed))"
assert_contains "$T/PacsUser.log" "C-GET of PATIENT RETPAT1: 10 of 10 sent, 0 failed"
exit 0
