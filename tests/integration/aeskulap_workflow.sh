#!/bin/bash
# Aeskulap's workflow (Debian 12's GUI viewer, dcmtk 3.6.7 inside), its
# requests replayed with dcmtk's tools exactly as it makes them (seen on
# the wire with Aeskulap 0.2.2-beta2+git20190406 against dgate):
#  - the study list: a Study Root C-FIND at STUDY level with its 16 keys,
#    Specific Character Set ISO_IR 100, PatientName "*" (or as typed),
#    ModalitiesInStudy, a StudyDate or range, StudyDescription, PatientID
#    and AccessionNumber as typed when filtered; it shows the
#    name, birth date, description, date and time, and counts the series
#    and images from NumberOfStudyRelated*;
#  - a study opened in the tree: a SERIES C-FIND with its 10 keys (number,
#    modality, description, station, time, image count), and, when a study
#    had no NumberOfStudyRelatedInstances, an IMAGE C-FIND per series;
#  - a study opened in the viewer: a SERIES C-FIND, then one Study Root
#    C-MOVE per series at SERIES level to its own AE ("relational" servers:
#    one C-MOVE of the STUDY), on an association with a third context that
#    offers MPEG2 only (refused, the others accepted);
#  - its receiver: prefers JPEG Lossless SV1, then Explicit LE, Explicit
#    BE, Implicit LE (storescp +xs); Debian's build answers every C-STORE
#    0xA900 (it sizes the UIDs it compares by strlen of empty buffers) yet
#    shows each image it got: dgate must send the rest after a refusal.
# The answers are checked against the corpus (aeskulap_corpus.py).
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/aeskulap_lib.sh"
need findscu movescu storescp echoscu dcmdjpeg
RAW="$top_srcdir/tests/integration/retrieve_raw.py"
C() { "$PY" "$CORPUS" "$@"; }

AESK_PORT=$(free_port)
DEB_PORT=$(free_port)
serve_corpus "AESKULAP $AESK_PORT un" "AESKULAPJ $AESK_PORT j2" "AESKULAPD $DEB_PORT un"
wait_port() {
    for _ in $(seq 1 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    fail "nothing listens on port $1"
}
mkdir -p "$T/viewer"
storescp +xs -aet AESKULAP -od "$T/viewer" "$AESK_PORT" > "$T/viewer.log" 2>&1 &
HELPERS="$HELPERS $!"
"$PY" "$RAW" failscp "$DEB_PORT" A900 "$T/debian.log" &
HELPERS="$HELPERS $!"
wait_port "$AESK_PORT"
wait_port "$DEB_PORT"

# KEYS becomes "-k KEY=VALUE" for each argument.
keys() {
    KEYS=()
    for kv in "$@"; do KEYS+=(-k "$kv"); done
}
# query NAME KEY=VALUE...: Aeskulap's C-FIND (Study Root, calling AESKULAP),
# its answers extracted into $T/NAME.
query() {
    local name=$1
    shift
    rm -rf "${T:?}/$name" && mkdir -p "$T/$name"
    keys "$@"
    findscu -S -aet AESKULAP -aec CONQUESTSRV1 -X -od "$T/$name" 127.0.0.1 "$PORT" \
        "${KEYS[@]}" > "$T/$name.log" 2>&1 || { cat "$T/$name.log"; fail "C-FIND $name failed"; }
}
# The study list's query; a filter's key given again takes its value.
study_list() {
    local name=$1
    shift
    query "$name" "SpecificCharacterSet=ISO_IR 100" StudyDate= StudyTime= AccessionNumber= \
        QueryRetrieveLevel=STUDY ModalitiesInStudy= SOPClassesInStudy= StudyDescription= \
        "PatientName=*" PatientID= PatientBirthDate= PatientSex= StudyInstanceUID= StudyID= \
        NumberOfStudyRelatedSeries= NumberOfStudyRelatedInstances= "$@"
}
expect() {
    C "$@" > "$T/problems" || fail "$(head -5 "$T/problems")"
}

# The study list: unfiltered, then each of Aeskulap's filters.
study_list all
expect studies "$T/all" AESKACC1 AESKACC2 AESKACC3
study_list mr ModalitiesInStudy=MR
expect studies "$T/mr" AESKACC2 AESKACC3
study_list q1 StudyDate=20240101-20240331
expect studies "$T/q1" AESKACC1 AESKACC2
study_list today StudyDate=20240105
expect studies "$T/today" AESKACC1
study_list since StudyDate=20240201-
expect studies "$T/since" AESKACC2
# The name as typed, in ISO_IR 100 as the query says (M, U umlaut, LLER*).
study_list name "PatientName=$(printf 'M\334LLER*')"
expect studies "$T/name" AESKACC1 AESKACC2
# Its advanced options, also sent as typed: description, ID, accession.
study_list desc "StudyDescription=$(printf 'Sch\344del*')"
expect studies "$T/desc" AESKACC1
study_list pid PatientID=AESK002
expect studies "$T/pid" AESKACC3
study_list acc AccessionNumber=AESKACC2 "StudyDescription=Knie*"
expect studies "$T/acc" AESKACC2

# The tree: each study's series, and the images a series holds.
for acc in AESKACC1 AESKACC2 AESKACC3; do
    query "series-$acc" SpecificCharacterSet= SeriesTime= QueryRetrieveLevel=SERIES Modality= \
        StationName= SeriesDescription= "StudyInstanceUID=$(C study-uid $acc)" \
        SeriesInstanceUID= SeriesNumber= NumberOfSeriesRelatedInstances=
    expect series "$T/series-$acc" "$acc"
done
study=$(C study-uid AESKACC1)
query images QueryRetrieveLevel=IMAGE "StudyInstanceUID=$study" \
    "SeriesInstanceUID=$study.1" SOPInstanceUID= InstanceNumber=
expect images "$T/images" AESKACC1 1

# The C-MOVE association's contexts.
expect associate "$PORT"

# move AE LEVEL KEY=VALUE...: Aeskulap's C-MOVE to AE; fails unless every
# sub-operation completed.
move() {
    local ae=$1 level=$2
    shift 2
    keys "QueryRetrieveLevel=$level" "$@"
    movescu -S -aet AESKULAP -aem "$ae" -aec CONQUESTSRV1 127.0.0.1 "$PORT" \
        "${KEYS[@]}" > "$T/move.log" 2>&1 ||
        { cat "$T/move.log"; fail "C-MOVE to $ae failed"; }
    grep -q "Error\|Failed\|Warning" "$T/move.log" && { cat "$T/move.log"; fail "C-MOVE to $ae: not all sent"; }
    return 0
}
# received DIR: the SOP instances in DIR, sorted.
received() {
    for f in "$1"/*; do dcmdump +P 0008,0018 "$f" | sed 's/.*\[\(.*\)\].*/\1/'; done | sort
}

# Open a study, per series (Aeskulap's default): the series C-FIND it
# makes first, then a C-MOVE of each series; each series arrives whole,
# every image as the corpus has it.
study=$(C study-uid AESKACC1)
query open QueryRetrieveLevel=SERIES Modality= "StudyInstanceUID=$study" SeriesInstanceUID= SeriesNumber=
expect series "$T/open" AESKACC1 QueryRetrieveLevel Modality StudyInstanceUID SeriesNumber
for n in 1 99; do
    rm -f "$T"/viewer/*
    move AESKULAP SERIES Modality= "StudyInstanceUID=$study" "SeriesInstanceUID=$study.$n" SeriesNumber=
    [ "$(received "$T/viewer")" = "$(C sops AESKACC1 $n)" ] ||
        fail "series $n: received [$(received "$T/viewer" | tr '\n' ' ')]"
    "$PY" "$top_srcdir/tests/integration/js_dimse_corpus.py" same "$T/corpus" "$T"/viewer/* ||
        fail "series $n arrived other than stored"
done

# A "relational" server: one C-MOVE of the study, with Aeskulap's keys.
rm -f "$T"/viewer/*
study=$(C study-uid AESKACC3)
move AESKULAP STUDY StudyDate= StudyTime= AccessionNumber= PatientName= PatientID= \
    "StudyInstanceUID=$study" StudyID=
[ "$(received "$T/viewer")" = "$(C sops AESKACC3)" ] || fail "the study did not arrive whole"
"$PY" "$top_srcdir/tests/integration/js_dimse_corpus.py" same "$T/corpus" "$T"/viewer/* ||
    fail "the study arrived other than stored"

# A site that sends Aeskulap lossless JPEG (j2): it takes JPEG Lossless SV1
# first, and the images are the corpus's once decoded.
rm -f "$T"/viewer/*
study=$(C study-uid AESKACC2)
move AESKULAPJ SERIES Modality= "StudyInstanceUID=$study" "SeriesInstanceUID=$study.1" SeriesNumber=
[ "$(received "$T/viewer")" = "$(C sops AESKACC2 1)" ] || fail "the JPEG series did not arrive whole"
for f in "$T"/viewer/*; do
    dcmdump +P 0002,0010 "$f" | grep -q "1.2.840.10008.1.2.4.70\|JPEGLossless:Non-hierarchical-1stOrderPrediction" ||
        fail "$f did not arrive in JPEG Lossless SV1: $(dcmdump +P 0002,0010 "$f")"
    dcmdjpeg "$f" "$f.plain" || fail "dcmdjpeg $f failed"
    rm "$f"
done
"$PY" "$top_srcdir/tests/integration/js_dimse_corpus.py" same "$T/corpus" "$T"/viewer/*.plain ||
    fail "a JPEG image decoded differs from the corpus"

# Debian's build: every C-STORE answered 0xA900. Every image of the study
# is still sent (the viewer shows what it got); the final response says
# so: 0 completed, all failed (0xA702 would mean dgate gave up).
study=$(C study-uid AESKACC1)
"$PY" "$RAW" move "$PORT" AESKULAPD S STUDY "StudyInstanceUID=$study" > "$T/deb.out" ||
    fail "C-MOVE to the refusing viewer failed: $(cat "$T/deb.out")"
grep -q "final 0xb000 completed=0 failed=4 warning=0 remaining=none" "$T/deb.out" ||
    fail "C-MOVE to the refusing viewer: $(cat "$T/deb.out")"
[ "$(awk '{ print $2 }' "$T/debian.log" | sort)" = "$(C sops AESKACC1)" ] ||
    fail "the refusing viewer was sent [$(awk '{ print $2 }' "$T/debian.log" | tr '\n' ' ')]"

echoscu -aet AESKULAP -aec CONQUESTSRV1 127.0.0.1 "$PORT" > /dev/null 2>&1 || fail "dgate stopped answering"
kill -0 "$DGATE_PID" || fail "dgate died"
echo "aeskulap workflow: ok"
