#!/bin/sh
# dgate listens on IPv6 and IPv4 by default, and only where BindAddress says
# when it is set. (dcmtk's echoscu speaks IPv4 only: the IPv6 echoes are
# dicom_raw.py's.) A port below 1024 that it may not bind is refused with
# what it needs.
. "$top_srcdir/tests/integration/lib.sh"
need echoscu python3

# ---- a low port without the right to it: the error says what is needed ----
# As the user nobody (setpriv, so only as root), on a free port below 1024,
# with a data directory nobody can write: dgate gets as far as the bind.
low_port() {
    python3 -c '
import socket
for p in range(1023, 900, -1):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p))
    except OSError:
        continue
    finally:
        s.close()
    print(p)
    break'
}
if [ "$(id -u)" -ne 0 ] || ! command -v setpriv >/dev/null 2>&1; then
    echo "bind: not root (or no setpriv): the EACCES case on a port below 1024 is skipped"
elif [ "$(cat /proc/sys/net/ipv4/ip_unprivileged_port_start 2>/dev/null || echo 1024)" -lt 1024 ]; then
    echo "bind: every user may bind a low port here (ip_unprivileged_port_start): the EACCES case is skipped"
else
    PORT=$(low_port)
    [ -n "$PORT" ] || fail "no free port below 1024 on 127.0.0.1"
    make_config "BindAddress = 127.0.0.1"
    # nobody reaches its files through $T, runs its own copy of dgate (the
    # build tree may be closed to it) and owns the data directory.
    chmod 711 "$T"
    cp "$DGATE" "$T/dgate-nobody"
    chown -R nobody:nogroup "$T/data"
    as_nobody() { timeout 20 setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$T/dgate-nobody" -w "$T" "$@"; }
    want="cannot listen on port $PORT: Permission denied (a port below 1024 needs root or the capability CAP_NET_BIND_SERVICE)"
    if as_nobody -v > "$T/nobody.log" 2>&1; then
        cat "$T/nobody.log"
        fail "dgate as nobody did not fail on port $PORT"
    fi
    assert_contains "$T/nobody.log" "$want"
    # Plain dgate (the service) says it on stderr too, for the journal.
    if as_nobody > "$T/nobody.out" 2> "$T/nobody.err"; then
        fail "plain dgate as nobody did not fail on port $PORT"
    fi
    assert_contains "$T/nobody.err" "$want"
    PORT=
fi

# ---- IPv6 and IPv4 ---------------------------------------------------------
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
