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
expect_hostile move "$T/hostile.out"
# And dgate serves a good C-MOVE.
movescu -S -aec CONQUESTSRV1 -aem MOVEDEST -k QueryRetrieveLevel=STUDY -k StudyInstanceUID=$STUDY2 \
    127.0.0.1 "$PORT" > "$T/out" 2>&1 || { cat "$T/out"; fail "a good C-MOVE failed"; }
expect_received A "$(sops_of study $STUDY2)"
stop_dest A
exit 0
