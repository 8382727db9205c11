#!/bin/sh
# The libraries of optional features are loaded when the feature first needs
# them, not at start (src/util/dynlib.h): dgate does not link libpq,
# libmariadb, libmicrohttpd or libarchive; a dgate on SQLite without
# WebPort maps none of them, even after a C-STORE; with WebPort it maps
# libmicrohttpd, and libarchive only from the first ZIP download on, which
# works then. Each costs RSS in every dgate (bench/README.md: peak RSS).
. "$top_srcdir/tests/integration/lib.sh"
need storescu curl readelf unzip
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$SAMPLES" ] || skip "no $SAMPLES"
LAZY='lib(pq|mariadb|mysqlclient|microhttpd|archive)\.so'

readelf -d "$DGATE" > "$T/dynamic" || fail "readelf -d $DGATE"
grep -q '(NEEDED)' "$T/dynamic" || fail "readelf shows no NEEDED entry: not a dynamic dgate?"
if grep '(NEEDED)' "$T/dynamic" | grep -Eq "$LAZY"; then
    grep '(NEEDED)' "$T/dynamic"
    fail "dgate links a library that it should load only when used"
fi

# mapped PATTERN: whether the running dgate has a library of PATTERN mapped.
mapped() {
    grep -Eq "$1" "/proc/$DGATE_PID/maps"
}

make_config
start_dgate
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu of the samples failed"; }
if mapped "$LAZY"; then
    grep -E "$LAZY" "/proc/$DGATE_PID/maps"
    fail "a dgate on SQLite without WebPort mapped an optional library"
fi
mapped 'libsqlite3\.so' || fail "the check cannot see libraries: libsqlite3 is not in the maps"
stop_dgate

WEB_PORT=auto
rm -f "$T/acrnema.map"
PORT=
make_config
start_dgate
mapped 'libmicrohttpd\.so' || fail "the web server runs without libmicrohttpd mapped?"
mapped 'libarchive\.so' && fail "libarchive was loaded before any ZIP download"
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu of the samples failed"; }
study=$(curl -sf "http://127.0.0.1:$WEB_PORT/dicom-web/studies" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["0020000D"]["Value"][0])') ||
    fail "no study from QIDO-RS"
st=$(curl -s -o "$T/s.zip" -w '%{http_code}' "http://127.0.0.1:$WEB_PORT/api/studies/$study/zip")
[ "$st" = 200 ] || fail "ZIP download: $st"
unzip -tq "$T/s.zip" > /dev/null || fail "the ZIP download is not a valid ZIP"
mapped 'libarchive\.so' || fail "a ZIP was made without libarchive mapped?"
