#!/bin/bash
# C-MOVE when things go wrong, and the counts and statuses of the final
# response: an unknown destination (0xA801, and a log line with the
# acrnema.map line to add), one that is down or refuses the association
# (0xA702, every image failed and listed), one that answers every C-STORE
# with a failure as a real viewer does (every image still attempted,
# 0xB000 with the Failed SOP Instance UID List), or with a warning, or
# with success, failure and warning in turn, one that aborts every
# association; C-CANCEL between sub-operations (0xFE00 with the remaining
# count); a wildcard acrnema.map entry; and dgate serving a good C-MOVE
# after all of it. Every pending response carries the four counts, climbing
# as the receiver answered; a final one carries Remaining only at a cancel.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu dcmdump sqlite3 python3

PORT=$(free_port)
DOWN=$(free_port)
FAIL_PORT=$(free_port)
WARN_PORT=$(free_port)
MIXED_PORT=$(free_port)
SLOW_PORT=$(free_port)
start_dest R REFUSER --refuse
REFUSE_PORT=$DEST_PORT
start_dest X ABORTER --abort-after
ABORT_PORT=$DEST_PORT
start_dest G GOOD +B
GOOD_PORT=$DEST_PORT
cat > "$T/acrnema.map" << EOF
DOWN      127.0.0.1  $DOWN        un
REFUSER   127.0.0.1  $REFUSE_PORT un
FAILER    127.0.0.1  $FAIL_PORT   un
WARNER    127.0.0.1  $WARN_PORT   un
MIXED     127.0.0.1  $MIXED_PORT  un
ABORTER   127.0.0.1  $ABORT_PORT  un
SLOW      127.0.0.1  $SLOW_PORT   un
GOOD      127.0.0.1  $GOOD_PORT   as
V*        *          $GOOD_PORT   as
EOF
python3 "$RAW" failscp "$FAIL_PORT" A900 "$T/failer.log" &
HELPER_PIDS="$HELPER_PIDS $!"
python3 "$RAW" failscp "$WARN_PORT" B007 "$T/warner.log" &
HELPER_PIDS="$HELPER_PIDS $!"
python3 "$RAW" failscp "$MIXED_PORT" 0000,A900,B007 "$T/mixed.log" &
HELPER_PIDS="$HELPER_PIDS $!"
python3 "$RAW" failscp "$SLOW_PORT" 0000 "$T/slow.log" 0.4 &
HELPER_PIDS="$HELPER_PIDS $!"
make_config
start_dgate
store_corpus
sleep 0.3 # the fake destinations listen

# expect OUTCOME DEST LEVEL KEY=VALUE...: the raw C-MOVE's summary starts so;
# its pending responses' counts in $T/pending, its failed list in $T/failed.
expect() {
    local want=$1 out
    shift
    out=$(python3 "$RAW" move "$PORT" "$@" pending="$T/pending" failed="$T/failed")
    case $out in
    "$want"*) ;;
    *) tail -5 "$T/dgate.log"; fail "move to $1: '$out', expected '$want'" ;;
    esac
}

# Unknown: 0xA801, no sub-operation, the line that would fix it logged.
expect "final 0xa801 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0" \
    XYZ S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 0 ""
assert_contains "$T/dgate.log" "C-MOVE to unknown destination 'XYZ' refused (0xa801): it is not in acrnema.map; to allow it, add: XYZ 127.0.0.1 104 un"
movescu -S -aec CONQUESTSRV1 -aem XYZ -k QueryRetrieveLevel=STUDY -k StudyInstanceUID=$STUDY1 \
    127.0.0.1 "$PORT" > "$T/out" 2>&1
assert_contains "$T/out" "MoveDestinationUnknown"

# Down, or refusing: 0xA702, all nine failed and listed, logged once each.
expect "final 0xa702 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9" \
    DOWN S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat f 9)"
[ "$(sort "$T/failed")" = "$(sops_of study $STUDY1)" ] || fail "DOWN: the failed list is not the study"
assert_contains "$T/dgate.log" "C-MOVE to DOWN: cannot associate with 127.0.0.1:$DOWN: "
expect "final 0xa702 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9" \
    REFUSER S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat f 9)"
assert_contains "$T/dgate.log" "C-MOVE to REFUSER: 127.0.0.1:$REFUSE_PORT rejected the association"
[ "$(grep -c "cannot associate with 127.0.0.1:$DOWN" "$T/dgate.log")" -eq 1 ] ||
    fail "the unreachable destination was logged more than once"

# Every C-STORE answered 0xA900: all nine attempted, 0xB000, all listed.
expect "final 0xb000 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9" \
    FAILER S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat f 9)"
[ "$(sort "$T/failed")" = "$(sops_of study $STUDY1)" ] || fail "FAILER: the failed list is not the study"
[ "$(grep -c '^store ' "$T/failer.log")" -eq 9 ] ||
    fail "the failing destination got $(grep -c '^store ' "$T/failer.log") C-STOREs, not 9"
assert_contains "$T/dgate.log" "refused with status 0xa900"
movescu -S -aec CONQUESTSRV1 -aem FAILER -k QueryRetrieveLevel=SERIES -k StudyInstanceUID=$STUDY1 \
    -k SeriesInstanceUID=$ROOT.1.1 127.0.0.1 "$PORT" > "$T/out" 2>&1
assert_contains "$T/out" "SubOperationsCompleteOneOrMoreFailures"
# Warnings are counted as warnings, not failures.
expect "final 0xb000 completed=0 failed=0 warning=9 remaining=none pending=9 listed=0" \
    WARNER S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat w 9)"
# Success, failure and warning in turn: each count climbs at its own
# sub-operations; the failed list names the 2nd, 5th and 8th image sent.
expect "final 0xb000 completed=3 failed=3 warning=3 remaining=none pending=9 listed=3" \
    MIXED S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat cfw 3)"
[ "$(cat "$T/failed")" = "$(awk 'NR % 3 == 2 { print $2 }' "$T/mixed.log")" ] ||
    fail "MIXED: failed list [$(tr "\n" " " < "$T/failed")], the receiver failed [$(awk 'NR % 3 == 2 { print $2 }' "$T/mixed.log" | tr '\n' ' ')]"

# Aborted at every C-STORE: one new association is tried, then the rest
# fail; the final response still comes.
expect "final 0xb000 completed=0 failed=9 warning=0 remaining=none pending=9 listed=9" \
    ABORTER S STUDY StudyInstanceUID=$STUDY1
expect_pending "$T/pending" 9 "$(repeat f 9)"
assert_contains "$T/dgate.log" "C-MOVE to ABORTER: the association was lost"

# C-CANCEL after the first pending response: 0xFE00, with what remains.
out=$(python3 "$RAW" cancel-move "$PORT" SLOW STUDY StudyInstanceUID=$STUDY1 pending="$T/pending")
expect_cancelled "$out"
sleep 1
[ "$(grep -c '^store ' "$T/slow.log")" -eq "$completed" ] ||
    fail "cancel: $(grep -c '^store ' "$T/slow.log") C-STOREs sent for $completed completed"

# A wildcard entry: V<host> is <host> on the entry's port.
expect "final 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0" \
    V127.0.0.1 S SERIES StudyInstanceUID=$STUDY1 SeriesInstanceUID=$ROOT.1.3
expect_pending "$T/pending" 2 cc
expect_received G "$(sops_of series $ROOT.1.3)"

# And dgate still serves, with movescu.
movescu -S -aec CONQUESTSRV1 -aem GOOD -k QueryRetrieveLevel=STUDY -k StudyInstanceUID=$STUDY1 \
    127.0.0.1 "$PORT" > "$T/out" 2>&1 || { cat "$T/out"; fail "a good C-MOVE failed"; }
expect_received G "$(sops_of study $STUDY1)"
kill -0 "$DGATE_PID" || fail "dgate died"
for d in R X G; do stop_dest $d; done
exit 0
