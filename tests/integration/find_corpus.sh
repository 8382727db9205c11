#!/bin/sh
# C-FIND over a generated corpus (find_lib.py: patients in several
# character sets, dates, modalities, hostile values) on SQLite: every level
# and model, every matching rule, character sets, hostile queries, with the
# expected answers computed from the corpus definition; then the
# identifiers no toolkit sends (find_lib.py raw), on one association that
# must carry on; the PacsUser.log lines; and the server still serves.
. "$top_srcdir/tests/integration/lib.sh"
need findscu python3 sqlite3

LIB="$top_srcdir/tests/integration/find_lib.py"
make_config "UserLog = PacsUser.log"
python3 "$LIB" corpus "$T/data/corpus" || fail "the corpus could not be written"
"$DGATE" -w "$T" -r > "$T/regen.log" 2>&1 || fail "dgate -r: $(tail -3 "$T/regen.log")"
n=$(grep -c -- '-SUCCESS$' "$T/regen.log")
[ "$n" = "$(ls "$T/data/corpus" | wc -l)" ] || fail "$n files indexed: $(grep -v SUCCESS "$T/regen.log" | head)"
start_dgate

python3 "$LIB" check "$PORT" "$T/answers" > "$T/check.log" 2>&1 || {
    cat "$T/check.log"
    tail -20 "$T/dgate.log"
    fail "C-FIND answers differ from the corpus"
}
tail -1 "$T/check.log"

python3 "$LIB" raw "$PORT" > "$T/raw.log" 2>&1 || { cat "$T/raw.log"; fail "raw C-FINDs"; }
cat "$T/raw.log"
assert_contains "$T/dgate.log" "C-FIND with QueryRetrieveLevel 'FOO': not PATIENT, STUDY, SERIES or IMAGE: status 0xc001"
assert_contains "$T/dgate.log" "C-FIND without QueryRetrieveLevel (0008,0052): status 0xc001"
assert_contains "$T/dgate.log" "C-FIND identifier does not parse"

# The index is intact and the server serves.
kill -0 "$DGATE_PID" 2>/dev/null || fail "dgate died"
[ "$(sqlite3 "$T/data/dbase/conquest.db3" 'SELECT COUNT(*) FROM DICOMPatients')" = 14 ] ||
    fail "DICOMPatients changed"
findscu -aec CONQUESTSRV1 -S -k QueryRetrieveLevel=STUDY -k PatientID=P1 -k StudyInstanceUID \
    127.0.0.1 "$PORT" > "$T/after.log" 2>&1 || fail "C-FIND after the hostile ones: $(cat "$T/after.log")"

# One PacsUser.log line per query answered: level, keys, matches.
stop_dgate
assert_contains "$T/PacsUser.log" "queried STUDY PatientID=P1: 3 matches"
assert_contains "$T/PacsUser.log" "queried PATIENT PatientName=doe*: 3 matches"
assert_contains "$T/PacsUser.log" "queried IMAGE SOPInstanceUID=1.2.826.0.1.3680043.9.7001.3.*: 4 matches"
# Matching asked on a key the index does not hold: answered 0xFF00 (the
# check above), said here.
assert_contains "$T/PacsUser.log" "queried STUDY PatientID=P1: 3 matches (keys the index does not hold were not matched)"
exit 0
