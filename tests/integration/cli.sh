#!/bin/sh
# The dgate command line: configuration lookup, -m and -d on files full of
# tricky whitespace, usage and version, --dump of a file that is not DICOM,
# and the clear error for a missing dicom.ini.
. "$top_srcdir/tests/integration/lib.sh"

# --version and --help need no configuration.
"$DGATE" --version > "$T/out" || fail "--version failed"
assert_contains "$T/out" "dgate (conquest-dicom-server)"
"$DGATE" --help > "$T/out" || fail "--help failed"
assert_contains "$T/out" "[-wDIR]"
assert_contains "$T/out" "--version"
"$DGATE" '-?' > "$T/out" || fail "-? failed"
assert_contains "$T/out" "Usage:"

# An unknown switch prints the usage and fails.
if "$DGATE" -Q > "$T/out" 2>&1; then fail "unknown switch accepted"; fi
assert_contains "$T/out" "Usage:"

# --dump of a file that is not DICOM says so (not "input truncated"), with
# exit status 1 and no dicom.ini needed.
printf 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n' > "$T/passwd"
"$DGATE" --dump "$T/passwd" > "$T/out" 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "--dump of a text file gave exit status $rc, not 1"
assert_contains "$T/out" "dgate: cannot read $T/passwd: not a DICOM file"

# A missing dicom.ini is an error naming the path tried, exit status 1.
mkdir "$T/empty"
"$DGATE" -w "$T/empty" -m > "$T/out" 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "missing dicom.ini gave exit status $rc, not 1"
assert_contains "$T/out" "$T/empty/dicom.ini"

# A dicom.ini written the hard way: CRLF, tabs, trailing spaces, quotes,
# comments, a duplicate key, and relative paths.
mkdir -p "$T/conf/my data/dbase"
printf '; a comment line\r\n[sscscp]\r\n MyACRNema = NOTME\r\nMicroPACS\t=\tsscscp \t\r\nMyACRNema   =  "TRICKYAE"  \r\nTCPPort = 5679   \r\nTCPPort = 1\r\nMAGDevices = 1\r\nMAGDevice0 = my data \t\r\nACRNemaMap = ./peers.map  \r\n' > "$T/conf/dicom.ini"
cat > "$T/conf/peers.map" <<'MAP'
/* the header
   spans lines */
MITO_CLIENT	127.0.0.1		5000    // the viewer
KPServer   127.0.0.1   6000   j2
  # a comment
V*	*	1234	un
MAP

# Run from another working directory: relative paths follow dicom.ini.
cd /
"$DGATE" -w "$T/conf" -m > "$T/out" 2>&1 || { cat "$T/out"; fail "-m failed"; }
# Conquest's PrintAMap: the title, an empty line, then "%-17s %-30s %-10s %-16s".
sed -n 1,3p "$T/out" > "$T/head"
printf '**\tAE / IP-PORT Map dump\n\nMITO_CLIENT       127.0.0.1                      5000       un              \n' |
    diff - "$T/head" || fail "-m did not print its title and MITO_CLIENT as Conquest lays them out"
grep -q '^KPServer          127.0.0.1                      6000       j2              $' "$T/out" ||
    { cat "$T/out"; fail "-m did not print KPServer"; }
grep -q '^V\*' "$T/out" || fail "-m lost the wildcard entry"
[ "$(grep -c 127.0.0.1 "$T/out")" -eq 2 ] || fail "-m printed a commented entry"

"$DGATE" -w "$T/conf" -d > "$T/out" 2>&1 || { cat "$T/out"; fail "-d failed"; }
# Conquest's PrintFreeSpace, line for line; "my data" resolved against the
# directory of dicom.ini (from /, a wrong resolution would fail statvfs).
printf '** MAG DEVICE CHECK\n\n' > "$T/want"
sed -n 1,2p "$T/out" | diff "$T/want" - || fail "-d did not start as Conquest's"
grep -Eq '^Free space on MAG   Device 0 := [0-9]+ MByte$' "$T/out" ||
    { cat "$T/out"; fail "-d did not print MAG0's free space as Conquest does"; }

# -w may also name the ini file itself (Conquest's -wfile.ini), attached.
"$DGATE" "-w$T/conf/dicom.ini" -m > "$T/out" 2>&1 || fail "-wFILE.ini failed"
assert_contains "$T/out" "KPServer"

# A bad value is a clear error, not a silent default.
printf '[sscscp]\nMicroPACS = sscscp\nTCPPort = http\nMAGDevice0 = /tmp/\n' > "$T/empty/dicom.ini"
if "$DGATE" -w "$T/empty" -d > "$T/out" 2>&1; then fail "TCPPort = http accepted"; fi
assert_contains "$T/out" "TCPPort"
exit 0
