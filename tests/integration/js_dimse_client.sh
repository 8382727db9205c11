#!/bin/sh
# DIMSE as a JavaScript client speaks it: the npm dcmjs-dimse
# (tests/web/dimse_client.mjs) against dgate, with the corpus of
# js_dimse_corpus.py: C-ECHO; C-STORE of CT, MR and Secondary Capture in
# Implicit and Explicit VR Little Endian and RLE Lossless; C-FIND at the
# four levels in Patient and Study Root with wildcards, date ranges and
# dcmjs-dimse's own many-keyed queries; C-MOVE of each study to a
# dcmjs-dimse SCP in the same node process; C-GET of series (RLE
# decompressed for a requester that takes only uncompressed syntaxes);
# 0xA801 for an unknown destination; C-CANCEL of a C-FIND, a C-GET and a
# C-MOVE; a Modality Worklist query. The answers are expected from the
# corpus; what dgate stored and every object it sent are compared here
# with the corpus's files by pydicom.
. "$top_srcdir/tests/integration/lib.sh"
need node
need_python pydicom numpy
WEB_TESTS="$top_srcdir/tests/web"
[ -d "$WEB_TESTS/node_modules/dcmjs-dimse" ] ||
    skip "no tests/web/node_modules: run npm ci --prefix tests/web"
CORPUS="$top_srcdir/tests/integration/js_dimse_corpus.py"

"$PY" "$CORPUS" write "$T/corpus" || fail "the corpus could not be written"
PORT=$(free_port)
SCP_PORT=$(free_port)
while [ "$SCP_PORT" = "$PORT" ]; do SCP_PORT=$(free_port); done
{
    echo "CONQUESTSRV1 127.0.0.1 $PORT un"
    echo "JSSCP 127.0.0.1 $SCP_PORT un"
} > "$T/acrnema.map"
make_config
"$DGATE" -w "$T" --loadhl7:"$T/corpus/order.hl7" > "$T/load.log" 2>&1 ||
    fail "--loadhl7: $(cat "$T/load.log")"
start_dgate

mkdir "$T/out"
node "$WEB_TESTS/dimse_client.mjs" "$PORT" "$SCP_PORT" "$T/corpus" "$T/out" ||
    { tail -n 30 "$T/dgate.log"; fail "dcmjs-dimse failed"; }
kill -0 "$DGATE_PID" || fail "dgate died"

# What dgate stored under MAGDevice0: one file per instance sent, each
# holding the dataset sent (elements and pixels).
n_corpus=$(find "$T/corpus" -name '*.dcm' | wc -l)
find "$T/data" -name '*.dcm' > "$T/stored"
[ "$(wc -l < "$T/stored")" = "$n_corpus" ] ||
    fail "$(wc -l < "$T/stored") files stored, expected $n_corpus: $(cat "$T/stored")"
# shellcheck disable=SC2046
"$PY" "$CORPUS" same "$T/corpus" $(cat "$T/stored") || fail "a stored file differs from the one sent"

# What JSSCP received by C-MOVE (every instance) and the C-GET requester
# received: the datasets of the corpus.
[ "$(find "$T/out/move" -name '*.dcm' | wc -l)" = "$n_corpus" ] || fail "C-MOVE: not every instance arrived"
"$PY" "$CORPUS" same "$T/corpus" "$T/out/move/"*.dcm || fail "an instance moved differs from the corpus"
"$PY" "$CORPUS" same "$T/corpus" "$T/out/get/"*.dcm || fail "an instance got by C-GET differs from the corpus"
echo "js dcmjs-dimse: ok"
