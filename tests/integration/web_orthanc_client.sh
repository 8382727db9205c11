#!/bin/sh
# Orthanc (Debian's, with its DICOMweb plugin) as a DICOMweb client of
# dgate, driven through Orthanc's REST API (web_orthanc_client.py): QIDO-RS
# at the study and series levels with filters; WADO-RS retrieve of a study
# into Orthanc, every instance's pixels identical; STOW-RS of a study
# Orthanc holds, found in dgate by C-FIND and WADO-RS afterwards; series
# metadata through Orthanc's /get, attribute by attribute. Expected answers
# come from the corpus the test writes (web_corpus.py), never from dgate.
. "$top_srcdir/tests/integration/lib.sh"
need Orthanc curl storescu findscu dcmdump
need_python pydicom numpy
PLUGIN=${ORTHANC_DICOMWEB:-/usr/share/orthanc/plugins/libOrthancDicomWeb.so}
[ -f "$PLUGIN" ] || skip "no Orthanc DICOMweb plugin ($PLUGIN): install orthanc-dicomweb"
DRIVE="$top_srcdir/tests/integration/web_orthanc_client.py"

WEB_PORT=auto
make_config
start_dgate
"$PY" "$top_srcdir/tests/integration/web_corpus.py" "$T/c" || fail "the corpus could not be written"
# Patient WEB001's two studies go to dgate; WEB002's to Orthanc, for STOW.
IN_DGATE=$(grep -l WEB001 "$T"/c/*.dcm)
IN_ORTHANC=$(grep -l WEB002 "$T"/c/*.dcm)
# shellcheck disable=SC2086
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" $IN_DGATE > "$T/store.out" 2>&1 ||
    { cat "$T/store.out"; fail "storescu of the corpus failed"; }
uid_of() { dcmdump -q +P "$1" "$2" | sed 's/.*\[\(.*\)\].*/\1/'; }

HPORT=$(free_port)
OPORT=$(free_port)
mkdir -p "$T/orthanc/storage" "$T/orthanc/index"
cat > "$T/orthanc/orthanc.json" <<JSON
{
  "Name": "dgate-web-test",
  "StorageDirectory": "$T/orthanc/storage",
  "IndexDirectory": "$T/orthanc/index",
  "HttpPort": $HPORT,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false,
  "Plugins": ["$PLUGIN"],
  "DicomAet": "ORTHANC",
  "DicomPort": $OPORT,
  "SaveJobs": false,
  "DicomWeb": { "Enable": true, "Servers": { "dgate": ["http://127.0.0.1:$WEB_PORT/dicom-web/"] } }
}
JSON
start_orthanc
curl -sf "$API/dicom-web/servers" | grep -q dgate || { cat "$T/orthanc/log"; fail "Orthanc's DICOMweb plugin did not start"; }

# drive STEP ARGS...: one step of web_orthanc_client.py; its failure fails the test.
drive() {
    "$PY" "$DRIVE" "$@" || { tail -n 20 "$T/orthanc/log"; tail -n 20 "$T/dgate.log"; fail "Orthanc's $1 through DICOMweb"; }
}

# shellcheck disable=SC2086
drive qido "$API" $IN_DGATE
STUDY=$(uid_of StudyInstanceUID "$(echo "$IN_DGATE" | head -n 1)")
# shellcheck disable=SC2086
drive retrieve "$API" "$STUDY" $IN_DGATE
# The metadata of the last MR series (the multi-frame one).
for f in $IN_DGATE; do
    [ "$(uid_of Modality "$f")" = MR ] && MR=$f
done
# shellcheck disable=SC2086
drive metadata "$API" "$(uid_of StudyInstanceUID "$MR")" "$(uid_of SeriesInstanceUID "$MR")" $IN_DGATE

# STOW-RS from Orthanc: then C-FIND finds every instance, WADO-RS gives them back.
# shellcheck disable=SC2086
drive stow "$API" $IN_ORTHANC
assert_contains "$T/dgate.log" "via STOW"
findscu -S -aec CONQUESTSRV1 -k QueryRetrieveLevel=IMAGE -k PatientID=WEB002 -k SOPInstanceUID \
    127.0.0.1 "$PORT" > "$T/find.out" 2>&1
n=$(grep -c '(0008,0018) UI \[' "$T/find.out")
[ "$n" = "$(echo "$IN_ORTHANC" | wc -l)" ] || { cat "$T/find.out"; fail "C-FIND finds $n of the instances Orthanc sent"; }
STUDY2=$(uid_of StudyInstanceUID "$(echo "$IN_ORTHANC" | head -n 1)")
python3 "$top_srcdir/tests/integration/wado_lib.py" parts "http://127.0.0.1:$WEB_PORT/dicom-web/studies/$STUDY2" \
    "$T/stowed" > "$T/stowed.ts" || fail "WADO-RS of the study Orthanc sent"
[ "$(wc -l < "$T/stowed.ts")" = "$n" ] || fail "WADO-RS gives $(wc -l < "$T/stowed.ts") instances, not $n"
# shellcheck disable=SC2086
drive same "$T/stowed" $IN_ORTHANC
exit 0
