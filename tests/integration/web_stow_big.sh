#!/bin/sh
# Memory stays bounded whatever the size: a 256 MB instance stored through
# STOW-RS and downloaded again as a ZIP leave dgate's peak resident memory
# far below the instance's size, and the ZIP holds the stored file exactly.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 sqlite3 unzip
LIB="$top_srcdir/tests/integration/web_lib.py"
S=1.2.826.0.1.3680043.9.7002.70

WEB_PORT=auto
make_config
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
python3 "$LIB" big "$T/big.dcm" "$S" 256 || fail "the big instance"
peak() { sed -n 's/^VmHWM:[^0-9]*\([0-9]*\) kB/\1/p' "/proc/$DGATE_PID/status"; }
before=$(peak)

st=$(python3 "$LIB" stow "$URL/dicom-web/studies" "$T/a.json" "dicom:$T/big.dcm")
[ "$st" = 200 ] || { cat "$T/a.json"; fail "STOW of 256 MB: $st"; }
after_stow=$(peak)
[ $((after_stow - before)) -lt 65536 ] ||
    fail "STOW of 256 MB grew the peak memory by $((after_stow - before)) kB"

file=$(sqlite3 "$T/data/dbase/conquest.db3" "SELECT ObjectFile FROM DICOMImages")
[ -f "$T/data/$file" ] || fail "no stored file"
curl -s -o "$T/big.zip" "$URL/api/studies/$S/zip" || fail "GET the ZIP"
after_zip=$(peak)
[ $((after_zip - before)) -lt 65536 ] ||
    fail "the ZIP of 256 MB grew the peak memory by $((after_zip - before)) kB"
unzip -p "$T/big.zip" "$S/$S.1/$S.1.1.dcm" | cmp -s - "$T/data/$file" ||
    fail "the ZIP's file differs from the stored one"
echo "peak memory: $before kB, after STOW $after_stow kB, after the ZIP $after_zip kB"
kill -0 "$DGATE_PID" || fail "dgate died"
stop_dgate
echo "web stow big: ok"
