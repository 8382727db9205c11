#!/bin/bash
# The K-PACS viewer's workflow from our users' setup guide: KPServer is
# listed in acrnema.map; the viewer checks the connection (C-ECHO), queries
# patient → study → series → image, retrieves a series to itself (every
# image of it and nothing else arrives, each with the values the viewer
# sent and dgate stored), "transfers"
# (C-STORE from the viewer to the server) and "imports" a JPEG (img2dcm, then
# C-STORE), and the imported image is then found by C-FIND.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need echoscu findscu movescu storescp storescu dcmdjpls dcmj2pnm img2dcm dcmdump
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$SAMPLES" ] || skip "no $SAMPLES (a tarball without ../shared)"

KP_PORT=$(free_port)
PORT=$(free_port)
mkdir -p "$T"
echo "CONQUESTSRV1 127.0.0.1 $PORT un" > "$T/acrnema.map"
echo "KPServer 127.0.0.1 $KP_PORT un" >> "$T/acrnema.map"
make_config
start_dgate
q() { findscu -P -aet KPServer -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$@" 2>&1; }

# C-ECHO: K-PACS's "test connection".
echoscu -aet KPServer -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/echo" 2>&1 ||
    { cat "$T/echo"; fail "C-ECHO failed"; }

# "Transfer": the viewer sends the guide's study (decompressed) to the server.
mkdir -p "$T/in"
for f in "$SAMPLES"/*.dcm; do
    dcmdjpls "$f" "$T/in/$(basename "$f")" || fail "dcmdjpls $f failed"
done
storescu -aet KPServer -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T"/in/*.dcm > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "the transfer failed"; }
first=$T/in/$(ls "$T/in" | head -1)
value() { dcmdump +P "$1" "$2" | sed 's/.*\[\(.*\)\].*/\1/'; }
pid=$(value 0010,0020 "$first")
study=$(value 0020,000d "$first")
series=$(value 0020,000e "$first")

# Patient → study → series → image, as K-PACS's query tree opens.
q -k QueryRetrieveLevel=PATIENT -k PatientName= -k PatientID= > "$T/p"
grep -q "\[$pid\]" "$T/p" || { cat "$T/p"; fail "patient $pid not found"; }
q -k QueryRetrieveLevel=STUDY -k "PatientID=$pid" -k StudyInstanceUID= -k StudyDate= > "$T/s"
grep -q "\[$study\]" "$T/s" || { cat "$T/s"; fail "study $study not found"; }
q -k QueryRetrieveLevel=SERIES -k "PatientID=$pid" -k "StudyInstanceUID=$study" \
    -k SeriesInstanceUID= -k Modality= > "$T/se"
grep -q "\[$series\]" "$T/se" || { cat "$T/se"; fail "series $series not found"; }
q -k QueryRetrieveLevel=IMAGE -k "PatientID=$pid" -k "StudyInstanceUID=$study" \
    -k "SeriesInstanceUID=$series" -k SOPInstanceUID= -k InstanceNumber= > "$T/i"
n_series=$(for f in "$T"/in/*.dcm; do value 0020,000e "$f"; done | grep -cx "$series")
n_images=$(grep -c "(0008,0018)" "$T/i")
[ "$n_images" -eq "$n_series" ] || { cat "$T/i"; fail "$n_images images in the series, $n_series expected"; }

# Retrieve the series to KPServer (K-PACS's own storage SCP).
mkdir -p "$T/kp"
storescp -aet KPServer -od "$T/kp" "$KP_PORT" > "$T/storescp.log" 2>&1 &
SCP=$!
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$KP_PORT") 2> /dev/null && break; sleep 0.1; done
movescu -P -aet KPServer -aem KPServer -aec CONQUESTSRV1 127.0.0.1 "$PORT" \
    -k QueryRetrieveLevel=SERIES -k "PatientID=$pid" -k "StudyInstanceUID=$study" \
    -k "SeriesInstanceUID=$series" > "$T/move" 2>&1
rc=$?
kill "$SCP" 2> /dev/null
wait "$SCP" 2> /dev/null
[ "$rc" -eq 0 ] || { cat "$T/move"; fail "movescu failed"; }
[ "$(ls "$T/kp" | wc -l)" -eq "$n_series" ] || { ls -l "$T/kp"; fail "the series did not arrive whole"; }
# The SOP instances of the series, as the viewer sent them, are what
# arrived; each with the dataset (its values, whatever the transfer syntax
# `un` chose) the viewer sent and dgate stored, pixel data included.
for f in "$T"/in/*.dcm; do
    [ "$(value 0020,000e "$f")" = "$series" ] && echo "$(value 0008,0018 "$f") $f"
done | sort > "$T/sent"
[ "$(received kp)" = "$(cut -d' ' -f1 "$T/sent")" ] ||
    fail "KPServer received [$(echo $(received kp))], the series is [$(echo $(cut -d' ' -f1 "$T/sent"))]"
while read -r sop f; do
    got=$(received_file kp "$sop")
    values_of "$got" > "$T/got.values"
    [ -s "$T/got.values" ] && grep -q '^(7fe0,0010)' "$T/got.values" || fail "$sop arrived without pixel data"
    values_of "$f" | diff - "$T/got.values" > "$T/diff" ||
        fail "$sop differs from what the viewer sent (<sent, >received): $(head -6 "$T/diff")"
    values_of "$(stored_file "$sop")" | diff - "$T/got.values" > "$T/diff" ||
        fail "$sop differs from what dgate stored (<stored, >received): $(head -6 "$T/diff")"
done < "$T/sent"

# "Import": a JPEG made into DICOM by img2dcm, sent, then found.
dcmj2pnm +oj "$first" "$T/photo.jpg" > /dev/null 2>&1 || fail "dcmj2pnm failed"
img2dcm -k "PatientName=IMPORT^JPEG" -k "PatientID=IMP0001" -k "StudyDescription=imported" \
    "$T/photo.jpg" "$T/photo.dcm" > "$T/img2dcm" 2>&1 || { cat "$T/img2dcm"; fail "img2dcm failed"; }
storescu -xy -aet KPServer -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/photo.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storing the imported JPEG failed"; }
q -k QueryRetrieveLevel=STUDY -k "PatientID=IMP0001" -k PatientName= -k StudyDescription= > "$T/imp"
grep -q "IMPORT^JPEG" "$T/imp" || { cat "$T/imp"; fail "the imported image is not found"; }
grep -q "\[imported\]" "$T/imp" || { cat "$T/imp"; fail "the imported study lost its description"; }
echo "kpacs workflow: ok"
