#!/bin/sh
# Logging as a Conquest user expects it: the server writes PacsTrouble.log
# and PacsUser.log (TroubleLog, UserLog; relative to the directory of
# dicom.ini; PacsUser.log beside PacsTrouble.log by default), trouble lines
# carry a ctime stamp. Plain dgate logs to these files only: its console
# shows what it announces at start (its dicom.ini and database), and why it
# stopped when it could not start; with -v every line also goes to stdout.
. "$top_srcdir/tests/integration/lib.sh"
need echoscu

# Start dgate without -v, stdout and stderr apart; wait until it answers.
start_quiet() {
    "$DGATE" -w "$T" "$@" > "$T/stdout" 2> "$T/stderr" &
    DGATE_PID=$!
    wait_listening "$T/stderr"
}

echo "KNOWNSCU 127.0.0.1 104 un" > "$T/acrnema.map"
make_config "RequireKnownAE = 1"
start_quiet
[ -f "$T/PacsTrouble.log" ] || fail "no PacsTrouble.log in the directory of dicom.ini"
[ -f "$T/PacsUser.log" ] || fail "no PacsUser.log beside PacsTrouble.log"
echoscu -aet KNOWNSCU -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "a known calling AE was refused"; }
if echoscu -aet STRANGER -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1; then
    fail "an unknown calling AE was accepted with RequireKnownAE = 1"
fi
# Trouble is written at once, behind ctime()'s text of the moment.
grep -Eq "^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} [ 123][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4} \[[0-9]+\] .*calling AE 'STRANGER' is not in acrnema.map \(RequireKnownAE\): rejected$" \
    "$T/PacsTrouble.log" || { cat "$T/PacsTrouble.log"; fail "PacsTrouble.log lacks the rejection with its ctime stamp"; }
grep -q "KNOWNSCU" "$T/PacsTrouble.log" && fail "an accepted association is in PacsTrouble.log"
stop_dgate
# The console of a server without -v: the start notices and nothing of the
# log, neither info nor trouble (the rejection is in PacsTrouble.log only).
grep -v '\[notice\] ' "$T/stdout" "$T/stderr" | grep -v 'is running as threaded server$' > "$T/console"
[ -s "$T/console" ] && fail "plain dgate logged on its console: $(cat "$T/console")"
assert_contains "$T/stderr" "[notice] dicom.ini: $T/dicom.ini, from -w"
grep -q "STRANGER" "$T/PacsUser.log" && fail "the rejection is in PacsUser.log"

# A plain dgate that cannot start says why on stderr, though its console is
# otherwise silent: here its port is taken by the first one.
start_quiet
"$DGATE" -w "$T" > "$T/stdout2" 2> "$T/stderr2" && fail "a second dgate on port $PORT started"
assert_contains "$T/stderr2" "cannot listen on port $PORT"
assert_contains "$T/stderr2" "$T/PacsTrouble.log"
stop_dgate

# UserLog and TroubleLog honoured, relative to the directory of dicom.ini,
# whatever the working directory; -v: every line also on stdout.
PORT=$(free_port)
mkdir -p "$T/logs"
rm -f "$T/PacsTrouble.log" "$T/PacsUser.log"
sed -i 's|^TroubleLog = .*|TroubleLog = logs/trouble.log\nUserLog = logs/user.log|; s|^TCPPort = .*|TCPPort = '"$PORT"'|' "$T/dicom.ini"
cd /
start_dgate
[ -f "$T/logs/trouble.log" ] || fail "TroubleLog = logs/trouble.log not honoured"
[ -f "$T/logs/user.log" ] || fail "UserLog = logs/user.log not honoured"
[ -e "$T/PacsUser.log" ] && fail "PacsUser.log written although UserLog names another file"
grep -qE "\[info\] listening on (\[::\]|0\.0\.0\.0):$PORT " "$T/dgate.log" || fail "no listening line for port $PORT"
# -v: the log lines on stdout, the same lines plain dgate keeps to its files.
grep -q "\[info\] " "$T/dgate.log" || fail "dgate -v printed no info lines"
grep -q "UserLog" "$T/dgate.log" && fail "UserLog reported as not implemented: $(grep UserLog "$T/dgate.log")"
stop_dgate
exit 0
