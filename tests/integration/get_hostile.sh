#!/bin/bash
# The hostile identifiers of move_hostile.sh by C-GET (which has no
# destination, so its cases do not apply): each gets a status, never a
# wrong match, and the association and the server go on. The statuses are
# C-GET's of PS3.4 C.4.3.1.4 as the README maps them: no or an unknown
# QueryRetrieveLevel is Cxxx "unable to process" (0xC001, as Conquest); a
# level the model does not have, no key at the level, a UID that is not a
# UID (quotes, 10 KB) do not match the SOP class (0xA900); an identifier
# that does not parse, none at all, one of 2 MB cannot be processed
# (0xC000); a C-GET on a C-FIND or C-MOVE context is refused (0x0122, SOP
# class not supported); SQL and wildcards in a PatientID are matched
# literally (a retrieve's keys are single values or UID lists, never
# wildcards: nothing matches, 0x0000); lists of 1000 and 16000 UIDs match
# what they name.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu getscu sqlite3 python3

PORT=$(free_port)
make_config
start_dgate
store_corpus

mkdir -p "$T/A"
python3 "$RAW" hostile-get "$PORT" out="$T/A" > "$T/hostile.out" 2>&1 ||
    { cat "$T/hostile.out"; fail "the hostile sequence did not finish"; }
cat > "$T/expected" << 'EOF2'
no-level 0xc001 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
bad-level 0xc001 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
patient-level-in-study-root 0xa900 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
no-key-at-level 0xa900 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
quote-in-uid 0xa900 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
10k-uid 0xa900 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
sql-patient-id 0x0000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
wildcard-patient-id 0x0000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
quoted-patient-id 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=2
1000-uids 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=2
16000-uids 0x0000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
unparseable 0xc000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
no-identifier 0xc000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
2mb-identifier 0xc000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
get-on-find-context 0x0122 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
get-on-move-context 0x0122 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
echo ok
EOF2
diff "$T/expected" "$T/hostile.out" || fail "hostile identifiers: unexpected answers (above)"
# Exactly what the matching cases named arrived, as stored.
expect_received A "$( (sops_of study $STUDY3; printf '%s\n' $ROOT.1.1.1 $ROOT.1.1.2) | sort)"
# Each refusal says why.
assert_contains "$T/dgate.log" "the identifier has no QueryRetrieveLevel"
assert_contains "$T/dgate.log" "its QueryRetrieveLevel is not PATIENT, STUDY, SERIES or IMAGE"
assert_contains "$T/dgate.log" "level PATIENT is not a level of the Study Root information model"
assert_contains "$T/dgate.log" "no StudyInstanceUID at level STUDY"
assert_contains "$T/dgate.log" "StudyInstanceUID value '1.2.3' OR '1'='1' is not a UID"
assert_contains "$T/dgate.log" "an identifier of more than 1048576 bytes"
# The index is intact and dgate serves a good C-GET.
[ "$(sqlite_rows "SELECT COUNT(*) FROM DICOMPatients")" -eq 2 ] || fail "DICOMPatients changed"
getscu -S -aec CONQUESTSRV1 -od "$T/A" -k QueryRetrieveLevel=STUDY -k StudyInstanceUID=$STUDY2 \
    127.0.0.1 "$PORT" > "$T/out" 2>&1 || { cat "$T/out"; fail "a good C-GET failed"; }
expect_received A "$(sops_of study $STUDY2)"
kill -0 "$DGATE_PID" || fail "dgate died"
exit 0
