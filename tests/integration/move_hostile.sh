#!/bin/bash
# Hostile C-MOVE identifiers get a status, never a wrong match, and the
# association and the server go on: no or an unknown QueryRetrieveLevel
# (0xC001), a level the model does not have, no key at the level, UIDs that
# are not UIDs (quotes, 10 KB) (0xA900), SQL and wildcards in a PatientID
# (matched literally), a list of 1000 and one of 16000 UIDs, an identifier
# that does not parse, none at all, one of 2 MB (0xC000), a C-MOVE on a
# C-FIND or C-GET context (0x0122), an empty or overlong destination
# (0xA801). get_hostile.sh sends the same identifiers by C-GET.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu sqlite3 python3

PORT=$(free_port)
start_dest A MOVEDEST +B
echo "MOVEDEST 127.0.0.1 $DEST_PORT as" > "$T/acrnema.map"
make_config
start_dgate
store_corpus

python3 "$RAW" hostile "$PORT" MOVEDEST > "$T/hostile.out" 2>&1 ||
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
quoted-patient-id 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=0
1000-uids 0x0000 completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=0
16000-uids 0x0000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
unparseable 0xc000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
no-identifier 0xc000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
2mb-identifier 0xc000 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
move-on-find-context 0x0122 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
move-on-get-context 0x0122 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
empty-destination 0xa801 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
long-destination 0xa801 completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0
echo ok
EOF2
diff "$T/expected" "$T/hostile.out" || fail "hostile identifiers: unexpected answers (above)"
# Exactly what the matching cases named arrived.
expect_received A "$( (sops_of study $STUDY3; printf '%s\n' $ROOT.1.1.1 $ROOT.1.1.2) | sort)"
# Each refusal says why.
assert_contains "$T/dgate.log" "the identifier has no QueryRetrieveLevel"
assert_contains "$T/dgate.log" "its QueryRetrieveLevel is not PATIENT, STUDY, SERIES or IMAGE"
assert_contains "$T/dgate.log" "level PATIENT is not a level of the Study Root information model"
assert_contains "$T/dgate.log" "no StudyInstanceUID at level STUDY"
assert_contains "$T/dgate.log" "StudyInstanceUID value '1.2.3' OR '1'='1' is not a UID"
assert_contains "$T/dgate.log" "an identifier of more than 1048576 bytes"
# The index is intact and dgate serves a good C-MOVE.
[ "$(sqlite_rows "SELECT COUNT(*) FROM DICOMPatients")" -eq 2 ] || fail "DICOMPatients changed"
movescu -S -aec CONQUESTSRV1 -aem MOVEDEST -k QueryRetrieveLevel=STUDY -k StudyInstanceUID=$STUDY2 \
    127.0.0.1 "$PORT" > "$T/out" 2>&1 || { cat "$T/out"; fail "a good C-MOVE failed"; }
expect_received A "$(sops_of study $STUDY2)"
stop_dest A
exit 0
