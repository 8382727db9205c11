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
expect_hostile get "$T/hostile.out"
# And dgate serves a good C-GET.
getscu -S -aec CONQUESTSRV1 -od "$T/A" -k QueryRetrieveLevel=STUDY -k StudyInstanceUID=$STUDY2 \
    127.0.0.1 "$PORT" > "$T/out" 2>&1 || { cat "$T/out"; fail "a good C-GET failed"; }
expect_received A "$(sops_of study $STUDY2)"
kill -0 "$DGATE_PID" || fail "dgate died"
exit 0
