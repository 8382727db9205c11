#!/bin/sh
# DICOMweb as a real client library speaks it: the npm dicomweb-client
# (tests/web/dicomweb_client.mjs) against dgate holding the corpus of
# web_ui_corpus.py: QIDO-RS with filters at the three levels, metadata of a
# study and a series, instances, series and studies retrieved, frames,
# rendered images and thumbnails, STOW-RS; the answers expected from the
# corpus. Every DICOM object it retrieved is read here by dcmtk.
. "$top_srcdir/tests/integration/lib.sh"
need node python3 storescu dcmdump dcmftest
WEB_TESTS="$top_srcdir/tests/web"
[ -d "$WEB_TESTS/node_modules/dicomweb-client" ] ||
    skip "no tests/web/node_modules: run npm ci --prefix tests/web"

. "$top_srcdir/tests/integration/web_ui_lib.sh"
web_ui_config
web_ui_start

mkdir "$T/out"
node "$WEB_TESTS/dicomweb_client.mjs" "$URL" "$T/corpus" "$T/out" ||
    { tail -n 30 "$T/dgate.log"; fail "dicomweb-client failed"; }

# Every object retrieved (one file per instance, named by its UID, the
# stored upload among them) is a DICOM file dcmtk reads whole, of that UID.
n=0
for f in "$T/out/"*.dcm; do
    sop=$(basename "$f" .dcm)
    dcmftest "$f" > /dev/null || fail "dcmftest: $sop is not a DICOM file"
    dcmdump +P SOPInstanceUID "$f" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump cannot read $sop"; }
    grep -q "^(0008,0018) UI \[$sop\]" "$T/dump" || { cat "$T/dump"; fail "$sop.dcm holds another instance"; }
    dcmdump "$f" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump cannot read all of $sop"; }
    n=$((n + 1))
done
[ "$n" = 9 ] || fail "$n objects retrieved, expected the 8 stored and the 1 uploaded"
kill -0 "$DGATE_PID" || fail "dgate died"
echo "web dicomweb-client: ok"
