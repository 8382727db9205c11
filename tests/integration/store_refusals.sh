#!/bin/sh
# What must not be stored is refused with a failure status, leaves no file
# and no row, and the association goes on: a dataset that is another SOP
# instance or class than its C-STORE command announces (its meta header
# would contradict it), and a dataset whose elements declare more bytes than
# arrived (a 300 MB pixel data with 10 bytes of value, a deflate stream
# cut short after the header).
. "$top_srcdir/tests/integration/lib.sh"
need python3 sqlite3

make_config
start_dgate
python3 "$top_srcdir/tests/integration/dicom_raw.py" refusals "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "the raw client failed"; }
cat "$T/out"
assert_contains "$T/out" "other-instance 0xa900"
assert_contains "$T/out" "other-class 0xa900"
assert_contains "$T/out" "short-last-element 0xc000"
assert_contains "$T/out" "overrunning-element 0xc000"
assert_contains "$T/out" "cut-deflate 0xc000"
assert_contains "$T/out" "good 0x0000"
stop_dgate

# Only the good object is on disk and in the index.
files=$(find "$T/data" -type f -name '*.dcm' | wc -l)
[ "$files" -eq 1 ] || { find "$T/data" -type f; fail "expected 1 stored file, found $files"; }
rows=$(sqlite3 "$T/data/dbase/conquest.db3" "SELECT SOPInstanc FROM DICOMImages")
[ "$rows" = "1.2.826.0.1.3680043.2.1125.77.1.6" ] || fail "index rows: $rows"
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left: $(temp_files "$T/data")"
echo "refusals: ok"
