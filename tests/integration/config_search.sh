#!/bin/sh
# Where dgate finds dicom.ini: -w DIR (the only place then), else the
# current directory, else beside the dgate binary, else the installed
# configuration directory; and what it says at start: which dicom.ini and
# which database, on the console and in PacsTrouble.log.
. "$top_srcdir/tests/integration/lib.sh"

# conf DIR NAME: a dicom.ini in DIR whose SQLite index is DIR/NAME.db3.
conf() {
    mkdir -p "$1/data"
    printf '[sscscp]\nMicroPACS = sscscp\nMyACRNema = CONQUESTSRV1\nTCPPort = %s\nSQLite = 1\nSQLServer = %s.db3\nMAGDevice0 = data/\n' \
        "${PORT:-5678}" "$2" > "$1/dicom.ini"
    cp "$top_srcdir/etc/dicom.sql" "$top_srcdir/etc/dgatesop.lst" "$1/"
}

T=$(realpath "$T") # dgate names the real paths

# A dgate of its own beside which dicom.ini may lie (the build tree's
# directory is not the test's to write).
mkdir -p "$T/bin" "$T/cwd" "$T/empty"
cp "$DGATE" "$T/bin/dgate"
conf "$T/cwd" cwd
conf "$T/bin" bin
conf "$T/w" w

# -r from the current directory: that dicom.ini, and it says so.
(cd "$T/cwd" && "$T/bin/dgate" -r > "$T/out" 2> "$T/err") || { cat "$T/err"; fail "dgate -r in the current directory failed"; }
assert_contains "$T/err" "dicom.ini: $T/cwd/dicom.ini, from the current directory"
assert_contains "$T/err" "database: SQLite $T/cwd/cwd.db3"
[ -f "$T/cwd/cwd.db3" ] || fail "the current directory's database was not made"
[ -f "$T/bin/bin.db3" ] && fail "the dicom.ini beside dgate was used, not the current directory's"
# ... and the same lines open PacsTrouble.log, beside that dicom.ini.
assert_contains "$T/cwd/PacsTrouble.log" "dicom.ini: $T/cwd/dicom.ini, from the current directory"
assert_contains "$T/cwd/PacsTrouble.log" "database: SQLite $T/cwd/cwd.db3"

# From a directory without dicom.ini: the one beside the binary.
(cd "$T/empty" && "$T/bin/dgate" -r > "$T/out" 2> "$T/err") || { cat "$T/err"; fail "dgate -r beside the binary failed"; }
assert_contains "$T/err" "dicom.ini: $T/bin/dicom.ini, from beside dgate"
[ -f "$T/bin/bin.db3" ] || fail "the database of the dicom.ini beside dgate was not made"

# -w wins over the current directory, relative or absolute, and is the only
# place: a -w without dicom.ini never falls back to another one.
(cd "$T/cwd" && "$T/bin/dgate" -w ../w -r > "$T/out" 2> "$T/err") || { cat "$T/err"; fail "dgate -w ../w -r failed"; }
assert_contains "$T/err" "dicom.ini: $T/w/dicom.ini, from -w"
[ -f "$T/w/w.db3" ] || fail "-w ../w did not use its database"
if (cd "$T/cwd" && "$T/bin/dgate" -w "$T/empty" -r > "$T/out" 2> "$T/err"); then
    fail "-w of a directory without dicom.ini fell back to another one"
fi
assert_contains "$T/err" "Configuration file $T/empty/dicom.ini not found, but required."
if "$T/bin/dgate" -w "$T/nowhere" -r > "$T/out" 2> "$T/err"; then fail "-w of a missing directory accepted"; fi
assert_contains "$T/err" "Directory $T/nowhere does not exist."

# Nowhere at all: every place named, exit status 1 (conquest-behaviour.md
# case 31). Only when the machine has no installed dicom.ini: a test never
# reads the machine's configuration.
installed=$("$DGATE" --help | sed -n 's/.*beside the dgate binary, else in \(.*\)\.$/\1/p')
[ -n "$installed" ] || fail "--help does not name the installed configuration directory"
rm "$T/bin/dicom.ini"
if [ -e "$installed/dicom.ini" ]; then
    echo "$installed/dicom.ini exists: the not-found case is left to check_config"
else
    (cd "$T/empty" && "$T/bin/dgate" -r > "$T/out" 2> "$T/err")
    rc=$?
    [ "$rc" -eq 1 ] || fail "no dicom.ini anywhere gave exit status $rc, not 1"
    assert_contains "$T/err" "Configuration file dicom.ini not found, but required."
    assert_contains "$T/err" "the current directory ($T/empty/dicom.ini)"
    assert_contains "$T/err" "beside dgate ($T/bin/dicom.ini)"
    assert_contains "$T/err" "the installed configuration directory ($installed/dicom.ini)"
fi

# The server says it too: plain dgate on its console (stderr) and in
# PacsTrouble.log, before anything else.
PORT=$(free_port)
conf "$T/srv" srv
(cd "$T/srv" && exec "$T/bin/dgate") > "$T/stdout" 2> "$T/stderr" &
DGATE_PID=$!
wait_listening "$T/stderr"
stop_dgate
assert_contains "$T/stderr" "dicom.ini: $T/srv/dicom.ini, from the current directory"
assert_contains "$T/stderr" "database: SQLite $T/srv/srv.db3"
head -n 1 "$T/srv/PacsTrouble.log" | grep -qF "dicom.ini: $T/srv/dicom.ini, from the current directory" ||
    fail "PacsTrouble.log does not start with the dicom.ini: $(cat "$T/srv/PacsTrouble.log")"
exit 0
