#!/bin/sh
# DELETE /dicom-web/studies/{study}[/series/{series}[/instances/{instance}]]:
# an image, a series and a study go (their files, their rows, the rows
# above them left without children), C-FIND no longer finds them, another
# study stays untouched; what is not stored is 404, what is not a UID 400,
# a peer that is not loopback must log in; stores and deletes of one study
# at once leave every row with its file and every file with its row.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 sqlite3 findscu dcmdump
LIB="$top_srcdir/tests/integration/web_lib.py"

WEB_PORT=auto
make_config
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
db="$T/data/dbase/conquest.db3"
q() { sqlite3 "$db" "$1"; }

A=1.2.826.0.1.3680043.9.7002.30
B=1.2.826.0.1.3680043.9.7002.40
C=1.2.826.0.1.3680043.9.7002.50
python3 "$LIB" corpus "$T/c" "$A:$A.1:3" "$A:$A.2:2" "$B:$B.1:2" "$C:$C.1:6" > "$T/corpus" ||
    fail "corpus"
parts() { awk -v s="$1" '$1 == s { print "dicom:" $4 }' "$T/corpus"; }
for s in $A $B; do
    # shellcheck disable=SC2046
    st=$(python3 "$LIB" stow "$URL/dicom-web/studies" "$T/s.json" $(parts "$s"))
    [ "$st" = 200 ] || { cat "$T/s.json"; fail "STOW of $s: $st"; }
done

# del PATH [curl options]: the status of DELETE PATH.
del() {
    p=$1
    shift
    curl -s -o "$T/body" -w '%{http_code}' -X DELETE "$@" "$URL$p"
}
file_of() { q "SELECT ObjectFile FROM DICOMImages WHERE SOPInstanc = '$1'"; }
# found STUDY: the SOP Instance UIDs C-FIND finds in the study, sorted.
found() {
    rm -rf "$T/found" && mkdir "$T/found"
    findscu -S -aec CONQUESTSRV1 -k QueryRetrieveLevel=IMAGE -k "StudyInstanceUID=$1" \
        -k SOPInstanceUID -X -od "$T/found" 127.0.0.1 "$PORT" > "$T/findscu.out" 2>&1 ||
        { cat "$T/findscu.out"; fail "findscu"; }
    for f in "$T"/found/*; do
        [ -f "$f" ] && dcmdump +P SOPInstanceUID "$f"
    done | sed 's/.*\[\(.*\)\].*/\1/' | sort | tr '\n' ' '
}
[ "$(found $A)" = "$A.1.1 $A.1.2 $A.1.3 $A.2.1 $A.2.2 " ] || fail "study A before: $(found $A)"
b1=$(file_of "$B.1.1")
b2=$(file_of "$B.1.2")

# ---- refusals first: nothing changes ----
[ "$(del "/dicom-web/studies/$A" --interface 127.0.0.2)" = 401 ] ||
    fail "127.0.0.2 deleted without a login"
[ "$(del "/dicom-web/studies/1.2.x")" = 400 ] || fail "a study that is not a UID"
[ "$(del "/dicom-web/studies/$A/series/$A.1/instances/1.2.%25")" = 400 ] ||
    fail "an instance that is not a UID"
[ "$(del "/dicom-web/studies/9.9.9")" = 404 ] || fail "a study not stored"
[ "$(del "/dicom-web/studies/$A/series/$B.1")" = 404 ] || fail "a series of another study"
[ "$(del "/dicom-web/studies/$B/series/$B.1/instances/$A.1.1")" = 404 ] ||
    fail "an instance of another series"
[ "$(q 'SELECT COUNT(*) FROM DICOMImages')" = 7 ] || fail "a refused DELETE deleted"

# ---- one image ----
f=$(file_of "$A.1.2")
[ -f "$T/data/$f" ] || fail "no file $f before"
[ "$(del "/dicom-web/studies/$A/series/$A.1/instances/$A.1.2")" = 204 ] || fail "DELETE image"
[ ! -e "$T/data/$f" ] || fail "the image's file $f stays"
[ -z "$(file_of "$A.1.2")" ] || fail "the image's row stays"
[ "$(q "SELECT COUNT(*) FROM InstanceMetadata WHERE SOPInstUID = '$A.1.2'")" = 0 ] ||
    fail "the image's kept metadata stays"
[ "$(q "SELECT COUNT(*) FROM InstanceMetadata WHERE SOPInstUID = '$A.1.1'")" = 1 ] ||
    fail "the kept metadata of another image went"
[ "$(q "SELECT COUNT(*) FROM DICOMSeries WHERE SeriesInst = '$A.1'")" = 1 ] ||
    fail "the series went with one of its images"
[ "$(found $A)" = "$A.1.1 $A.1.3 $A.2.1 $A.2.2 " ] || fail "C-FIND after the image: $(found $A)"
[ "$(del "/dicom-web/studies/$A/series/$A.1/instances/$A.1.2")" = 404 ] ||
    fail "the deleted image deleted again"

# ---- one series ----
f1=$(file_of "$A.2.1")
f2=$(file_of "$A.2.2")
[ "$(del "/dicom-web/studies/$A/series/$A.2")" = 204 ] || fail "DELETE series"
[ ! -e "$T/data/$f1" ] && [ ! -e "$T/data/$f2" ] || fail "the series' files stay"
[ "$(q "SELECT COUNT(*) FROM DICOMSeries WHERE SeriesInst = '$A.2'")" = 0 ] ||
    fail "the series row stays"
[ "$(found $A)" = "$A.1.1 $A.1.3 " ] || fail "C-FIND after the series: $(found $A)"

# ---- the study: its rows and its patient's ----
f1=$(file_of "$A.1.1")
[ "$(del "/dicom-web/studies/$A")" = 204 ] || fail "DELETE study"
[ ! -e "$T/data/$f1" ] || fail "the study's files stay"
[ "$(q "SELECT COUNT(*) FROM DICOMStudies WHERE StudyInsta = '$A'")" = 0 ] ||
    fail "the study row stays"
[ "$(q "SELECT COUNT(*) FROM DICOMPatients WHERE PatientID = 'WEB30'")" = 0 ] ||
    fail "the patient row stays"
[ "$(q "SELECT COUNT(*) FROM InstanceMetadata WHERE SOPInstUID LIKE '$A.%'")" = 0 ] ||
    fail "the study's kept metadata stays"
[ "$(found $A)" = "" ] || fail "C-FIND after the study: $(found $A)"
[ "$(del "/dicom-web/studies/$A")" = 404 ] || fail "the deleted study deleted again"

# ---- the other study untouched ----
[ "$(found $B)" = "$B.1.1 $B.1.2 " ] || fail "study B: $(found $B)"
[ -f "$T/data/$b1" ] && [ -f "$T/data/$b2" ] || fail "study B's files went"
[ "$(q "SELECT COUNT(*) FROM DICOMPatients WHERE PatientID = 'WEB40'")" = 1 ] ||
    fail "study B's patient went"

# ---- stores and deletes of one study at once ----
(
    for _ in 1 2 3 4 5; do
        # shellcheck disable=SC2046
        python3 "$LIB" stow "$URL/dicom-web/studies" "$T/c.json" $(parts "$C") > /dev/null
    done
) &
storer=$!
for _ in $(seq 1 15); do
    del "/dicom-web/studies/$C" > /dev/null
done
wait "$storer"
q "SELECT ObjectFile FROM DICOMImages" | while read -r f; do
    [ -f "$T/data/$f" ] || echo "row without file: $f"
done > "$T/orphans"
(cd "$T/data" && find . -name '*.dcm' -not -path './.incoming/*' | sed 's|^\./||') |
    while read -r f; do
        [ "$(q "SELECT COUNT(*) FROM DICOMImages WHERE ObjectFile = '$f'")" = 1 ] ||
            echo "file without row: $f"
    done >> "$T/orphans"
[ ! -s "$T/orphans" ] || { cat "$T/orphans"; fail "rows and files disagree"; }
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left: $(temp_files "$T/data")"

kill -0 "$DGATE_PID" || fail "dgate died"
stop_dgate
grep -q "deleted image $A.1.2 (1 images) by - via DICOMweb from 127.0.0.1:" "$T/PacsUser.log" ||
    fail "the image's deletion is not in PacsUser.log"
grep -q "deleted study $A (2 images) by -" "$T/PacsUser.log" ||
    fail "the study's deletion is not in PacsUser.log"
echo "web delete: ok"
