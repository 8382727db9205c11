#!/bin/bash
# Conquest's maintenance switches on a real data directory, each checked
# against the index (sqlite3) and the files on disk: -fa/--addimagefile
# copies into MAG0; -f? prints a file's SOPInstanceUID; -fu/--genuid: new
# UIDs under UIDPrefix; -fi/-fs/-ft/-fp/-z and --delete*: remove exactly
# the rows and files they name (exit 0), and a hostile value (quotes, %, *,
# _, ../, a wrong PatientID) matches nothing (exit 1, nothing removed);
# -fe/--regenfile: indexes a file where it lies (no copy), -fr/--regendir:
# a directory, -ar/--regendevice:/--regen: a device or all, each without
# dropping the tables (a row the files do not hold survives); paths outside
# the device, a missing directory and an unknown device are exit 1. Then a
# delete while dgate serves on SQLite, which C-FIND no longer answers.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need findscu echoscu python3 sqlite3 dcmdump

make_config
mkdir -p "$T/corpus"
python3 "$RAW" corpus "$T/corpus" > "$T/manifest" || fail "cannot write the corpus"
P1=RETPAT1
P2="RET'PAT2"

# job ARGS...: dgate on the test's configuration, its output in $T/job;
# the exit status is dgate's.
job() {
    "$DGATE" -w "$T" "$@" > "$T/job" 2>&1
}
# ok ARGS... / refused ARGS...: the job exits 0 / 1.
ok() {
    job "$@"
    local rc=$?
    [ "$rc" -eq 0 ] || { cat "$T/job"; fail "dgate $* exited with $rc"; }
}
refused() {
    job "$@"
    local rc=$?
    [ "$rc" -eq 1 ] || { cat "$T/job"; fail "dgate $* exited with $rc, not 1"; }
}
images() { index_rows "SELECT COUNT(*) FROM DICOMImages"; }
files() { find "$T/data" -path "$T/data/.incoming" -prune -o -name '*.dcm' -print | wc -l; }
# counts IMAGES FILES: the index and the device hold that many.
counts() {
    [ "$(images)" -eq "$1" ] || fail "the index holds $(images) images, not $1"
    [ "$(files)" -eq "$2" ] || fail "the device holds $(files) files, not $2"
}
indexed() { [ "$(index_rows "SELECT COUNT(*) FROM DICOMImages WHERE SOPInstanc = '$1'")" -eq 1 ]; }
# import_all: every file of the corpus, in the switch's forms in turn.
import_all() {
    local n=0 sop
    for sop in $(sops_of all); do
        case $((n++ % 3)) in
        0) ok -fa"$T/corpus/$sop.dcm" ;;
        1) ok -fa "$T/corpus/$sop.dcm" ;;
        2) ok "--addimagefile:$T/corpus/$sop.dcm" ;;
        esac
    done
    counts 12 12
}
# gone_all SOP...: neither a row nor a file of each is left.
gone_all() {
    local sop
    for sop in "$@"; do
        indexed "$sop" && fail "$sop is still indexed"
        [ -z "$(grep -rlaF --include='*.dcm' "$sop" "$T/data")" ] || fail "a file of $sop is left"
    done
    return 0
}

# Every switch is in the usage text.
"$DGATE" -? > "$T/help" || fail "-? failed"
for w in -fa -fe -fr -ar -fp -zPATID -ft -fs -fi "-f?" -fu --regen: --regendevice: --regendir: \
    --regenfile: --deletepatient: --deletestudy: --deleteseries: --deleteimage: --genuid:; do
    assert_contains "$T/help" "$w"
done

import_all
[ "$(index_rows "SELECT COUNT(*) FROM DICOMPatients")" -eq 2 ] || fail "two patients expected"

# -f?: the SOPInstanceUID of a file; not DICOM: exit 1.
SOP=$(sops_of all | head -1)
ok -f? "$T/corpus/$SOP.dcm"
[ "$(cat "$T/job")" = "$SOP" ] || fail "-f? printed $(cat "$T/job"), not $SOP"
ok "-f?$(stored_file "$SOP")"
[ "$(cat "$T/job")" = "$SOP" ] || fail "-f? of the stored file printed $(cat "$T/job")"
echo "no DICOM" > "$T/text.dcm"
refused -f? "$T/text.dcm"
assert_contains "$T/job" "$T/text.dcm"

# -fu and --genuid: new UIDs under UIDPrefix, never twice the same.
ok -fu
U1=$(cat "$T/job")
ok --genuid:
U2=$(cat "$T/job")
for u in "$U1" "$U2"; do
    [[ $u =~ ^99999\.99999(\.[1-9][0-9]*)+$ && ${#u} -le 64 ]] || fail "-fu gave '$u'"
done
[ "$U1" != "$U2" ] || fail "-fu and --genuid: gave the same UID twice"

# Hostile values match no more than the exact ID or UID: here nothing.
for v in "%" "*" "RET%" "RET*" "RET_PAT2" "RETPAT1' OR '1'='1" "../RETPAT1" "retpat1" "RETPAT1 "; do
    refused -fp "$v"
    refused -z"$v"
    refused "--deletepatient:$v"
done
for v in "%" "*" "1.2.826.0.1.3680043.2.1125.600.%" "1.2.826.0.1.3680043.2.1125.600.1' OR '1'='1" \
    "../../etc" "1.2.826.0.1.3680043.2.1125.600"; do
    refused -ft "$v"
    refused -fs"$v"
    refused -fi "$v"
    refused "--deletestudy:%:$v"
done
assert_contains "$T/job" "nothing deleted"
# The right UID under another patient: not that one's.
refused "--deletestudy:$P2:$STUDY1"
refused "--deleteimage:$P1:$(sops_of study "$STUDY3" | head -1)"
# No value at all: a usage error.
job -fp "" && fail "-fp with an empty PatientID succeeded"
job -fp && fail "-fp without a PatientID succeeded"
counts 12 12

# -fi and --deleteimage: one image each, its row and its file.
I1=$(sops_of series "$STUDY1.1" | head -1)
I2=$(sops_of series "$STUDY1.1" | tail -1)
F1=$(stored_file "$I1")
ok -fi "$I1"
assert_contains "$T/job" "deleted image $I1: 1 images"
[ -e "$F1" ] && fail "-fi left the file $F1"
ok "--deleteimage:$P1:$I2"
gone_all "$I1" "$I2"
counts 10 10
assert_contains "$T/PacsUser.log" "deleted image $I2 (1 images)"
# Deleted already: nothing matched, exit 1.
refused -fi"$I1"
assert_contains "$T/job" "no image $I1"

# -fs and --deleteseries: (with an empty PatientID: any patient).
ok -fs"$STUDY1.2"
ok "--deleteseries::$STUDY1.3"
gone_all $(sops_of series "$STUDY1.2") $(sops_of series "$STUDY1.3")
counts 6 6
[ "$(index_rows "SELECT COUNT(*) FROM DICOMSeries WHERE SeriesInst IN ('$STUDY1.2', '$STUDY1.3')")" -eq 0 ] ||
    fail "the series rows are left"

# -ft and --deletestudy: the study rows too.
ok -ft "$STUDY2"
gone_all $(sops_of study "$STUDY2")
ok "--deletestudy:$P1:$STUDY1"
gone_all $(sops_of study "$STUDY1")
[ "$(index_rows "SELECT COUNT(*) FROM DICOMStudies WHERE PatientID = '$P1'")" -eq 0 ] ||
    fail "the studies of $P1 are left"
counts 2 2

# -z (zap), -fp and --deletepatient: every row and file of the patient,
# the patient row too; the other patient untouched.
ok -z "$P2"
gone_all $(sops_of study "$STUDY3")
counts 0 0
[ "$(index_rows "SELECT COUNT(*) FROM DICOMPatients")" -eq 0 ] || fail "patient rows are left"
import_all
ok -fp"$P1"
assert_contains "$T/job" "deleted patient $P1: 10 images"
counts 2 2
ok "--deletepatient:$P2"
counts 0 0
refused -fp "$P1"
assert_contains "$T/job" "no patient $P1"

# The regens that keep the tables. A patient row that no file holds shows
# that nothing is dropped; the index rows of the files are removed by hand
# and found again part by part, where the files lie (none copied).
import_all
index_rows "INSERT INTO DICOMPatients (PatientID, PatientNam) VALUES ('KEEPME', 'KEPT^ROW')"
FE=$(stored_file "$SOP")
DIR2=$(dirname "$(stored_file "$(sops_of study "$STUDY3" | head -1)")")
clear_images() { index_rows "DELETE FROM DICOMImages"; }
kept() {
    [ "$(index_rows "SELECT COUNT(*) FROM DICOMPatients WHERE PatientID = 'KEEPME'")" -eq 1 ] ||
        fail "$1 dropped the tables"
}
clear_images
ok -fe "$FE"
assert_contains "$T/job" "[Regen] $FE -SUCCESS"
counts 1 12
indexed "$SOP" || fail "-fe did not index $SOP"
[ "$T/data/$(index_rows "SELECT ObjectFile FROM DICOMImages WHERE SOPInstanc = '$SOP'")" = "$FE" ] ||
    fail "-fe indexed another file than $FE"
kept -fe
clear_images
ok "--regenfile:$FE"
counts 1 12
clear_images
ok -fr"${DIR2#"$T/data/"}"
counts 2 12
kept -fr
clear_images
ok -fr "MAG0,$DIR2"
counts 2 12
clear_images
ok "--regendir:MAG0,$DIR2/"
counts 2 12
ok -arMAG0
counts 12 12
kept -ar
clear_images
ok --regendevice:mag0
counts 12 12
clear_images
ok --regen:
counts 12 12
assert_contains "$T/job" "Regeneration Complete"
kept --regen:
# Outside the device, missing, unknown: exit 1, nothing copied.
cp "$FE" "$T/outside.dcm"
refused -fe "$T/outside.dcm"
assert_contains "$T/job" "not on a MAG device"
refused -fe "$T/data/none.dcm"
refused -fr "MAG0,/etc"
refused -fr "../corpus"
refused -fr "MAG0,nonexistent"
refused -arMAG7
assert_contains "$T/job" "no MAG device named MAG7"
refused --regendir:MAG0,../corpus
counts 12 12

# A delete while dgate serves (SQLite, two processes): C-FIND no longer
# answers the image, the other images still are, the server goes on.
image_found() {
    findscu -aec CONQUESTSRV1 -P -k QueryRetrieveLevel=IMAGE -k PatientID -k SOPInstanceUID="$1" \
        127.0.0.1 "$PORT" > "$T/find" 2>&1 && grep -q "$1" "$T/find"
}
start_dgate
image_found "$SOP" || { cat "$T/find"; fail "C-FIND does not find $SOP before the delete"; }
ok -fi "$SOP"
image_found "$SOP" && fail "C-FIND still finds $SOP after -fi"
OTHER=$(sops_of all | tail -1)
image_found "$OTHER" || { cat "$T/find"; fail "C-FIND lost $OTHER"; }
gone_all "$SOP"
counts 11 11
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" || fail "dgate stopped answering"
stop_dgate
