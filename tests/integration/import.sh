#!/bin/bash
# Dropped files (Conquest's addimagefile, loadanddeletedir and incoming
# folder), each through the ingest core with DroppedFileCompression:
# --addimagefile stores a sample that C-FIND then finds, the source left in
# place, "imported" in PacsUser.log; with ,PATID under that PatientID; with
# DroppedFileCompression js the stored file is JPEG-LS, with un a JPEG-LS
# file is stored decompressed (IncomingCompression stays as); a file that
# is not DICOM is a non-zero exit with the reason. --loadanddeletedir
# deletes what it imported and keeps a non-DICOM file with its line. While
# dgate runs, a file dropped into <MAG0>/incoming/ (and a WatchFolder) is
# found by C-FIND within seconds and deleted there; one written in parts
# with pauses is imported only once complete; a bad one ends in failed/;
# dgate -b watches too; dgate stops cleanly with the monitor running.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need findscu dcmdump dcmcjpls dcmdjpls python3 sqlite3
SAMPLES=$top_srcdir/data/samples
JPEGLS=1.2.840.10008.1.2.4.80

# s1-s4: a CT study; s5, s6: an MR study of another patient.
set -- "$SAMPLES"/0009703828/*.dcm "$SAMPLES"/PHANTOM-MR1/*
[ $# -ge 6 ] || fail "the samples are missing"
mkdir -p "$T/in"
for i in 1 2 3 4 5 6; do cp "${!i}" "$T/in/s$i.dcm"; done
sop() { uid_of "$T/in/s$1.dcm" 0008,0018; }
PATIENT=$(uid_of "$T/in/s5.dcm" 0010,0020)
# The transfer syntax UID of a file's meta header.
ts_of() { dcmdump -Un -M +P 0002,0010 "$1" | sed 's/.*\[\(.*\)\].*/\1/'; }
# found SOP: C-FIND at IMAGE level answers that instance.
found() {
    findscu -aec CONQUESTSRV1 -P -k QueryRetrieveLevel=IMAGE -k PatientID -k SOPInstanceUID="$1" \
        127.0.0.1 "$PORT" > "$T/find" 2>&1 && grep -q "$1" "$T/find"
}
# addimagefile ARG: the job; its output in $T/job.
addimagefile() {
    "$DGATE" -w "$T" "--addimagefile:$1" > "$T/job" 2>&1
}
# wait_for SECONDS COMMAND...: until COMMAND succeeds; 1 after SECONDS.
wait_for() {
    local n=$(($1 * 10))
    shift
    for _ in $(seq 1 "$n"); do
        "$@" && return 0
        sleep 0.1
    done
    return 1
}
gone() { [ ! -e "$1" ]; }

# --addimagefile: a sample, found by C-FIND, the source left in place.
make_config "DroppedFileCompression = as"
addimagefile "$T/in/s1.dcm" || { cat "$T/job"; fail "addimagefile exited with $?"; }
[ -f "$T/in/s1.dcm" ] || fail "addimagefile removed its source"
assert_contains "$T/PacsUser.log" "imported"
assert_contains "$T/job" "imported as MAG0"
start_dgate
found "$(sop 1)" || { cat "$T/find"; fail "C-FIND does not find the imported file"; }
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left: $(temp_files "$T/data")"

# With a PatientID: stored and found under it, the source unchanged.
addimagefile "$T/in/s5.dcm,NEWPAT7" || { cat "$T/job"; fail "addimagefile with PATID failed"; }
[ "$(uid_of "$T/in/s5.dcm" 0010,0020)" = "$PATIENT" ] || fail "the source file was changed"
[ "$(uid_of "$(stored_file "$(sop 5)")" 0010,0020)" = NEWPAT7 ] || fail "the stored file keeps its PatientID"
[ "$(index_rows "SELECT ImagePat FROM DICOMImages WHERE SOPInstanc = '$(sop 5)'")" = NEWPAT7 ] ||
    fail "the index row keeps the old PatientID"
found "$(sop 5)" && grep -q NEWPAT7 "$T/find" || { cat "$T/find"; fail "C-FIND does not answer NEWPAT7"; }

# Not DICOM, missing: a non-zero exit and the reason.
echo "just text, no DICOM here" > "$T/in/text.txt"
addimagefile "$T/in/text.txt" && fail "a text file was imported"
assert_contains "$T/job" "not imported"
assert_contains "$T/job" "$T/in/text.txt"
addimagefile "$T/in/none.dcm" && fail "a missing file was imported"
assert_contains "$T/job" "No such file"
stop_dgate

# DroppedFileCompression js: JPEG-LS on disk, pixels as sent; un: a JPEG-LS
# file stored decompressed. IncomingCompression (as) does not apply.
rm -rf "$T/data" "$T/PacsUser.log"
make_config "DroppedFileCompression = js" "IncomingCompression = as"
addimagefile "$T/in/s3.dcm" || { cat "$T/job"; fail "addimagefile js failed"; }
f=$(stored_file "$(sop 3)")
[ "$(ts_of "$f")" = "$JPEGLS" ] || fail "js: stored as $(ts_of "$f")"
dcmdjpls "$f" "$T/back.dcm" || fail "js: dcmdjpls cannot read the stored file"
[ "$(pixel_md5 "$T/back.dcm")" = "$(pixel_md5 "$T/in/s3.dcm")" ] || fail "js: the pixels changed"
dcmcjpls "$T/in/s4.dcm" "$T/in/jls.dcm" || fail "dcmcjpls"
rm -rf "$T/data"
make_config "DroppedFileCompression = un"
addimagefile "$T/in/jls.dcm" || { cat "$T/job"; fail "addimagefile un failed"; }
f=$(stored_file "$(sop 4)")
[ "$(ts_of "$f")" = 1.2.840.10008.1.2.1 ] || fail "un: stored as $(ts_of "$f")"
[ "$(pixel_md5 "$f")" = "$(pixel_md5 "$T/in/s4.dcm")" ] || fail "un: the pixels are not the original's"
[ -z "$(temp_files "$T/data")" ] || fail "un: temporary files left"

# --loadanddeletedir: the DICOM files (one a level down) imported and
# deleted, the text file kept with its line, exit status 1.
rm -rf "$T/data"
make_config "DroppedFileCompression = as"
mkdir -p "$T/load/sub"
cp "$T/in/s2.dcm" "$T/load/a.dcm"
cp "$T/in/s3.dcm" "$T/load/sub/b.dcm"
cp "$T/in/text.txt" "$T/load/sub/notes.txt"
"$DGATE" -w "$T" "--loadanddeletedir:$T/load" > "$T/job" 2>&1 && fail "loadanddeletedir: exit 0 with a failed file"
[ ! -e "$T/load/a.dcm" ] && [ ! -e "$T/load/sub/b.dcm" ] || { cat "$T/job"; fail "loadanddeletedir: imported files not deleted"; }
[ -f "$T/load/sub/notes.txt" ] || fail "loadanddeletedir: the text file was deleted"
assert_contains "$T/job" "$T/load/sub/notes.txt: not imported: "
[ "$(index_rows "SELECT COUNT(*) FROM DICOMImages")" -eq 2 ] || fail "loadanddeletedir: not 2 rows"

# The incoming folder and a WatchFolder, while dgate runs.
rm -rf "$T/data"
mkdir -p "$T/data/incoming" "$T/watch"
make_config "DroppedFileCompression = as" "WatchFolder = watch"
start_dgate
assert_contains "$T/dgate.log" "Monitoring for files in: $T/data/incoming/"
assert_contains "$T/dgate.log" "Monitoring for files in: $T/watch/"
cp "$T/in/s1.dcm" "$T/data/incoming/drop1.dcm"
cp "$T/in/s2.dcm" "$T/watch/drop2.dcm"
wait_for 8 found "$(sop 1)" || { tail "$T/dgate.log"; fail "a dropped file is not found by C-FIND"; }
wait_for 8 found "$(sop 2)" || fail "a file of the WatchFolder is not found by C-FIND"
wait_for 3 gone "$T/data/incoming/drop1.dcm" || fail "the dropped file stays in incoming"
wait_for 3 gone "$T/watch/drop2.dcm" || fail "the dropped file stays in the WatchFolder"
# PacsUser.log is written within a second.
wait_for 3 grep -qF "[incoming] imported" "$T/PacsUser.log" || fail "no [incoming] line in PacsUser.log"

# Written in parts, 0.6 s apart over 3 s: a look at any moment before the
# end would find a truncated file (which would end in failed/).
python3 - "$T/in/s3.dcm" "$T/data/incoming/partial.dcm" <<'PY'
import sys, time
data = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "wb") as out:
    for i in range(6):
        out.write(data[i * len(data) // 6:(i + 1) * len(data) // 6])
        out.flush()
        time.sleep(0.6)
PY
wait_for 8 found "$(sop 3)" || { tail "$T/dgate.log"; fail "the file written in parts is not imported"; }
[ ! -e "$T/data/incoming/failed/partial.dcm" ] || fail "the file written in parts was taken before it was complete"
wait_for 3 gone "$T/data/incoming/partial.dcm" || fail "the file written in parts stays in incoming"

# A bad file and a dot-file: the bad one moved into failed/ with a line,
# the dot-file left alone.
cp "$T/in/text.txt" "$T/data/incoming/bad.dcm"
cp "$T/in/s4.dcm" "$T/data/incoming/.hidden.dcm"
wait_for 8 test -f "$T/data/incoming/failed/bad.dcm" || fail "the bad file is not in failed/"
gone "$T/data/incoming/bad.dcm" || fail "the bad file is still in incoming"
assert_contains "$T/dgate.log" "bad.dcm: not imported: "
assert_contains "$T/dgate.log" "moved to $T/data/incoming/failed/bad.dcm"
[ -f "$T/data/incoming/.hidden.dcm" ] || fail "the dot-file was taken"
found "$(sop 4)" && fail "the dot-file was imported"

# A clean stop with the monitor running, then dgate -b watches too.
kill -TERM "$DGATE_PID"
for _ in $(seq 1 50); do kill -0 "$DGATE_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$DGATE_PID" 2>/dev/null && fail "dgate does not stop with the monitor running"
wait "$DGATE_PID"
rc=$?
DGATE_PID=
[ "$rc" -eq 0 ] || fail "dgate stopped with status $rc"
assert_contains "$T/dgate.log" "stopped"
start_dgate -b
cp "$T/in/s6.dcm" "$T/data/incoming/drop6.dcm"
wait_for 8 gone "$T/data/incoming/drop6.dcm" || fail "dgate -b does not watch incoming"
found "$(sop 6)" || fail "dgate -b: the dropped file is not found"
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left: $(temp_files "$T/data")"
echo "ok"
