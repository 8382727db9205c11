#!/bin/sh
# dgate listens on IPv6 and IPv4 by default, and only where BindAddress says
# when it is set. (dcmtk's echoscu speaks IPv4 only: the IPv6 echoes are
# dicom_raw.py's.)
. "$top_srcdir/tests/integration/lib.sh"
need echoscu python3

# ::1 must exist for the IPv6 half (a kernel or namespace without IPv6 skips).
python3 -c 'import socket; s=socket.socket(socket.AF_INET6); s.bind(("::1", 0))' 2>/dev/null ||
    skip "no IPv6 loopback here"
RAW="$top_srcdir/tests/integration/dicom_raw.py"
echo6() { DICOM_RAW_HOST=::1 python3 "$RAW" echo "$PORT" 2>&1; }

make_config
start_dgate
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out4" 2>&1 || { cat "$T/out4"; fail "no C-ECHO over IPv4"; }
[ "$(echo6)" = "echo ok" ] || { echo6; fail "no C-ECHO over IPv6"; }
assert_contains "$T/dgate.log" "connection from [::1]:"
assert_contains "$T/dgate.log" "connection from 127.0.0.1:"
stop_dgate

# Bound to ::1 only: IPv6 answers, IPv4 is not listened to.
make_config "BindAddress = ::1"
"$DGATE" -w "$T" -v > "$T/dgate.log" 2>&1 &
DGATE_PID=$!
for _ in $(seq 1 50); do
    grep -q "listening on" "$T/dgate.log" && break
    sleep 0.1
done
assert_contains "$T/dgate.log" "listening on [::1]:$PORT"
[ "$(echo6)" = "echo ok" ] || { cat "$T/dgate.log"; fail "no C-ECHO on ::1"; }
if echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out4" 2>&1; then
    fail "BindAddress = ::1 answered on 127.0.0.1"
fi
stop_dgate
echo "bind: ok"
