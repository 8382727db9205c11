#!/bin/sh
# C-STORE into dgate with dcmtk's storescu: the files land under their
# FileNameSyntax 4 names with our meta header, the index gets their rows,
# storing an instance again replaces its file, an empty PatientID becomes
# 00000000, and no temporary file is left behind.
. "$top_srcdir/tests/integration/lib.sh"
need storescu dcmdump dcmodify dcmconv
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$SAMPLES" ] || skip "no $SAMPLES"

make_config "FileSync = 1" # the durable path end to end; the other store tests run the default 0
start_dgate

# The JPEG-LS samples, proposed as they are (-R -xt), stay JPEG-LS.
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu of the Conquest samples failed"; }
n=$(find "$T/data/0009703828" -name '1.3.46.670589.5.2.10.2156913941.892665339.860724_0001_00[23]000_*.dcm' | wc -l)
[ "$n" -eq 2 ] || { find "$T/data"; fail "expected 2 files under 0009703828/, found $n"; }
f=$(find "$T/data/0009703828" -name '*_0001_002000_*.dcm')
dcmdump -M "$f" > "$T/dump" 2>/dev/null || fail "dcmdump cannot read $f"
assert_contains "$T/dump" "(0002,0010) UI =JPEGLSLossless"
assert_contains "$T/dump" "(0002,0012) UI [2.25.296084370392227497552676553157715707448]"
assert_contains "$T/dump" "(0002,0013) SH [CDS_"
assert_contains "$T/dump" "(0002,0016) AE [STORESCU]"
assert_contains "$T/dump" "(0010,0020) LO [0009703828]"

# Stored again: the same two files are replaced, no third appears.
before=$(find "$T/data/0009703828" -type f | sort)
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storing the samples again failed"; }
after=$(find "$T/data/0009703828" -type f | sort)
[ "$before" = "$after" ] || fail "storing again did not replace the files: $before / $after"
assert_contains "$T/dgate.log" "again ("

# An empty PatientID becomes 00000000 (AllowEmptyPatientID = 0). In the
# samples' study that is another patient: refused with 0x0110 (Conquest's
# StorageFailedErrorCode) and no file kept.
cp "$SAMPLES"/*_002000_*.dcm "$T/empty.dcm"
dcmodify -nb -ma "(0010,0020)=" -ma "(0008,0018)=1.2.826.0.1.3680043.2.1125.42.1" \
    "$T/empty.dcm" > /dev/null 2>&1 || fail "dcmodify failed"
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/empty.dcm" > "$T/out" 2>&1
assert_contains "$T/dgate.log" "C-STORE-RSP status 0x0110"
[ ! -d "$T/data/00000000" ] || [ -z "$(find "$T/data/00000000" -type f)" ] ||
    fail "a refused object left its file"
# A stored instance sent again under another patient is refused the same
# way, and the file already stored for it keeps its bytes.
f=$(find "$T/data/0009703828" -name '*_0001_002000_*.dcm')
sum_before=$(md5sum < "$f")
cp "$SAMPLES"/*_002000_*.dcm "$T/intruder.dcm"
dcmodify -nb -ma "(0010,0020)=INTRUDER" "$T/intruder.dcm" > /dev/null 2>&1 || fail "dcmodify failed"
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/intruder.dcm" > "$T/out" 2>&1
[ "$(grep -c 'C-STORE-RSP status 0x0110' "$T/dgate.log")" -eq 2 ] ||
    fail "a re-store under another patient was not refused"
[ "$(md5sum < "$f")" = "$sum_before" ] || fail "a refused re-store overwrote the stored image"
dcmdump "$f" 2>/dev/null | grep -q "(0010,0020) LO \[0009703828\]" || fail "the stored image changed patient"
# In a study of its own it is stored under 00000000/.
dcmodify -nb -ma "(0020,000d)=1.2.826.0.1.3680043.2.1125.42.2" \
    -ma "(0020,000e)=1.2.826.0.1.3680043.2.1125.42.3" "$T/empty.dcm" > /dev/null 2>&1 ||
    fail "dcmodify failed"
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/empty.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storing an object with an empty PatientID failed"; }
[ "$(find "$T/data/00000000" -name '*.dcm' | wc -l)" -eq 1 ] ||
    { find "$T/data"; fail "the empty PatientID was not stored under 00000000/"; }

# A header of 200 KB (a private element before the pixel data) is longer
# than what the server keeps in memory: it is read back from the file.
python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/long.dcm" private=200000 \
    sop=1.2.826.0.1.3680043.2.1125.42.5 patient=LONGHEADER study=1.2.826.0.1.3680043.2.1125.42.6 \
    series=1.2.826.0.1.3680043.2.1125.42.7 || fail "cannot write the long header object"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/long.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storing an object with a 200 KB header failed"; }
[ "$(find "$T/data/LONGHEADER" -name '*.dcm' | wc -l)" -eq 1 ] ||
    { find "$T/data"; fail "the long header object was not stored under its PatientID"; }

# Deflated, with a header of 400 KB: only the start of the stream is
# inflated, and more of it when the header goes on.
python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/long2.dcm" private=400000 \
    sop=1.2.826.0.1.3680043.2.1125.42.17 patient=LONGDEFLATED \
    study=1.2.826.0.1.3680043.2.1125.42.15 series=1.2.826.0.1.3680043.2.1125.42.16 ||
    fail "cannot write the long deflated object"
dcmconv +td "$T/long2.dcm" "$T/long2d.dcm" || fail "dcmconv +td failed"
storescu -xd -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/long2d.dcm" > "$T/out" 2>&1 ||
    { tail -5 "$T/dgate.log"; fail "storing a deflated object with a 400 KB header failed"; }
[ "$(find "$T/data/LONGDEFLATED" -name '*.dcm' | wc -l)" -eq 1 ] ||
    { find "$T/data"; fail "the long deflated object was not stored under its PatientID"; }

# Values that would leave the MAG device: a PatientID with "../" is
# sanitised into a name inside it; a study UID with '/' and a series UID of
# 70 digits are not UIDs: refused with 0xC000 (cannot understand).
RAW="$top_srcdir/tests/integration/dicom_raw.py"
mkdir -p "$T/in"
python3 "$RAW" ct "$T/in/escape.dcm" sop=1.2.826.0.1.3680043.2.1125.42.8 \
    patient=../../escape study=1.2.826.0.1.3680043.2.1125.42.9 \
    series=1.2.826.0.1.3680043.2.1125.42.12 || fail "cannot write"
python3 "$RAW" ct "$T/in/slash.dcm" sop=1.2.826.0.1.3680043.2.1125.42.10 \
    patient=SLASH study=1.2.3/../../4 series=1.2.826.0.1.3680043.2.1125.42.13 ||
    fail "cannot write"
python3 "$RAW" ct "$T/in/longuid.dcm" sop=1.2.826.0.1.3680043.2.1125.42.11 \
    patient=LONGUID study=1.2.826.0.1.3680043.2.1125.42.14 series=1.$(printf '%068d' 7) ||
    fail "cannot write"
storescu -nh -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/in/escape.dcm" "$T/in/slash.dcm" \
    "$T/in/longuid.dcm" > "$T/out" 2>&1
outside=$(grep -rl 1.2.826.0.1.3680043.2.1125.42.8 "$T" | grep -v -e "^$T/data/" -e "^$T/in/" \
    -e "^$T/dgate.log")
[ -z "$outside" ] && [ ! -e "$(dirname "$T")/escape" ] ||
    fail "a file was written outside the MAG device: $outside"
[ "$(grep -rl 1.2.826.0.1.3680043.2.1125.42.8 "$T/data" --include='*.dcm' | wc -l)" -eq 1 ] ||
    fail "the object with PatientID ../../escape was not stored inside the MAG device"
assert_contains "$T/dgate.log" "C-STORE-RSP status 0xc000 (message 2)"
assert_contains "$T/dgate.log" "C-STORE-RSP status 0xc000 (message 3)"
[ ! -d "$T/data/SLASH" ] && [ ! -d "$T/data/LONGUID" ] || fail "a refused object left a directory"

# The index has one row per instance.
if command -v sqlite3 > /dev/null; then
    rows=$(sqlite3 -cmd ".timeout 10000" "$T/data/dbase/conquest.db3" "select count(*) from DICOMImages")
    [ "$rows" -eq 6 ] || fail "DICOMImages has $rows rows, expected 6"
    pat=$(sqlite3 -cmd ".timeout 10000" "$T/data/dbase/conquest.db3" \
        "select ImagePat from DICOMImages where SOPInstanc = '1.2.826.0.1.3680043.2.1125.42.1'")
    [ "$pat" = "00000000" ] || fail "the empty PatientID was indexed as '$pat'"
fi

# Nothing is left in the temporary directory.
[ -z "$(temp_files "$T/data")" ] || { ls -laR "$T/data/.incoming"; fail "temporary files left"; }
assert_contains "$T/dgate.log" "C-STORE-RSP status 0x0000"
exit 0
