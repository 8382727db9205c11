#!/bin/sh
# The keys of dicom.ini that this dgate does not implement are reported by
# name at start, on the console of a plain dgate and in PacsTrouble.log: a
# key Conquest reads as "not implemented by this dgate", a key nobody reads
# as "unknown". A misspelt key (`TCPPrt = 5691`) stops dgate with the key
# that was meant, instead of letting it run on the default port.
. "$top_srcdir/tests/integration/lib.sh"

# A typo of TCPPort: refused, the key meant named, exit status 1, and no
# server left running on a default port.
make_config "TCPPrt = 5691"
sed -i '/^TCPPort = /d' "$T/dicom.ini"
"$DGATE" -w "$T" > "$T/stdout" 2> "$T/stderr" &
pid=$!
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    fail "dgate runs with TCPPrt = 5691: $(cat "$T/stderr")"
fi
wait "$pid"
rc=$?
[ "$rc" -eq 1 ] || fail "dgate with a misspelt key exited with $rc, not 1"
assert_contains "$T/stderr" "TCPPrt: unknown key; did you mean TCPPort?"
# The same for the jobs: dgate -r does not index with a misspelt SQLServer.
make_config "SQLSrever = other.db3"
"$DGATE" -w "$T" -r > "$T/stdout" 2> "$T/stderr" && fail "dgate -r ran with SQLSrever"
assert_contains "$T/stderr" "SQLSrever: unknown key; did you mean SQLServer?"

# Conquest's keys that we do not implement, and a key nobody reads: dgate
# serves, and says so on the console of a plain dgate and in the log.
PORT=$(free_port)
make_config "PACSName = CONQUESTSRV1" "ImportConverter0 = nop" "SiteColour = blue"
"$DGATE" -w "$T" > "$T/stdout" 2> "$T/stderr" &
DGATE_PID=$!
wait_listening "$T/stderr"
stop_dgate
for f in "$T/stderr" "$T/PacsTrouble.log"; do
    assert_contains "$f" "dicom.ini: PACSName is not implemented by this dgate and is ignored"
    assert_contains "$f" "dicom.ini: ImportConverter0 is not implemented by this dgate and is ignored"
    assert_contains "$f" "dicom.ini: SiteColour: unknown key (neither this dgate nor Conquest reads it); ignored"
done
# Implemented keys are never reported.
grep -E "dicom\.ini: (MicroPACS|TCPPort|SQLServer|MAGDevice0|TroubleLog)[ :]" "$T/stderr" &&
    fail "an implemented key was reported"

# The listing jobs say it on stderr and keep stdout as Conquest prints it.
"$DGATE" -w "$T" -m > "$T/stdout" 2> "$T/stderr" || fail "dgate -m failed"
assert_contains "$T/stderr" "PACSName is not implemented by this dgate"
grep -q "PACSName" "$T/stdout" && fail "dgate -m printed the report on stdout"
exit 0
