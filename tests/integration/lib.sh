# Shared helpers for the integration tests: a temporary directory with its
# own dicom.ini, a free loopback port, starting and stopping a real dgate.
# Every test sources this file first. Tests use only 127.0.0.1.

set -u

: "${top_srcdir:?run through make check}"
: "${DGATE:?run through make check}"
SHARED_DIR=${SHARED_DIR:-$top_srcdir/../shared}
export TCP_NODELAY=1 # dcmtk leaves Nagle on otherwise (40 ms per exchange)

skip() {
    echo "SKIP: $*"
    exit 77
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Skip unless every named program is on PATH.
need() {
    for p in "$@"; do
        command -v "$p" >/dev/null 2>&1 || skip "$p is not installed"
    done
}

# need_python MODULE...: PY becomes a python3 that imports every MODULE
# (the one on PATH, else Debian's /usr/bin/python3, where python3-pydicom
# and the like are installed); skip when neither does.
need_python() {
    for PY in python3 /usr/bin/python3; do
        "$PY" -c "import $(echo "$@" | tr ' ' ',')" 2>/dev/null && return 0
    done
    skip "python3 lacks one of: $* (Debian: python3-<module>)"
}

# start_orthanc: run Debian's Orthanc on the $T/orthanc/orthanc.json the
# test wrote (its HTTP port HPORT), stopped when the test ends; API is its
# REST root. Fails, showing its log, when it does not answer in 10 s.
start_orthanc() {
    Orthanc "$T/orthanc/orthanc.json" > "$T/orthanc/log" 2>&1 &
    ORTHANC_PID=$!
    trap 'kill $ORTHANC_PID 2>/dev/null; wait $ORTHANC_PID 2>/dev/null; cleanup' EXIT
    API="http://127.0.0.1:$HPORT"
    for _ in $(seq 1 100); do
        curl -sf "$API/system" > /dev/null && return 0
        sleep 0.1
    done
    cat "$T/orthanc/log"
    fail "Orthanc did not start"
}

# A scratch directory, removed when the test exits (and dgate stopped).
T=$(mktemp -d "${TMPDIR:-/tmp}/dgate-test.XXXXXX")
DGATE_PID=
cleanup() {
    stop_dgate
    rm -rf "$T"
    release_ports
}
trap cleanup EXIT

# A TCP port on 127.0.0.1 that nothing listens on right now and that no
# other test gets until this one ends. Not a port the kernel hands out
# (bind to port 0): those come from the ephemeral range, where the
# outgoing connections of tests running in parallel take their local
# ports, so one could take it before our server binds it (seen: "port
# already in use" under make -j2). Below that range, claimed by a
# directory only one test can create, released by cleanup; a claim left
# by a killed test expires after three hours.
PORT_CLAIMS=${TMPDIR:-/tmp}/dgate-test-ports
free_port() {
    python3 - "$PORT_CLAIMS" "$$" <<'EOF'
import os, random, socket, sys, time
claims, owner = sys.argv[1], sys.argv[2]
os.makedirs(claims, mode=0o1777, exist_ok=True)
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
for _ in range(1000):
    port = random.randint(20000, low - 1) if low > 21000 else random.randint(low, 65535)
    claim = os.path.join(claims, str(port))
    try:
        if time.time() - os.stat(claim).st_mtime > 3 * 3600:
            for f in os.listdir(claim):
                os.unlink(os.path.join(claim, f))
            os.rmdir(claim)
    except OSError:
        pass
    try:
        os.mkdir(claim)
    except FileExistsError:
        continue
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        os.rmdir(claim)
        continue
    finally:
        s.close()
    open(os.path.join(claim, owner), "w").close()
    print(port)
    sys.exit(0)
sys.exit("no free port")
EOF
}

# Give back the ports free_port claimed for this test.
release_ports() {
    for c in "$PORT_CLAIMS"/*/"$$"; do
        [ -e "$c" ] && rm -f "$c" && rmdir "${c%/*}" 2>/dev/null
    done
    return 0
}

# Write $T/dicom.ini (and acrnema.map, dicom.sql, dgatesop.lst, dgate.dic)
# for a server on PORT with MAGDevice0 = $T/data/. Extra `key = value` lines
# may be given as arguments. WEB_PORT=auto (or a port) before it turns the
# web server on, on a free port then kept in WEB_PORT.
make_config() {
    PORT=${PORT:-$(free_port)}
    if [ "${WEB_PORT:-}" = auto ]; then
        WEB_PORT=$(free_port)
        while [ "$WEB_PORT" = "$PORT" ]; do WEB_PORT=$(free_port); done
    fi
    mkdir -p "$T/data/dbase"
    {
        echo "[sscscp]"
        echo "MicroPACS = sscscp"
        echo "MyACRNema = CONQUESTSRV1"
        echo "TCPPort = $PORT"
        echo "SQLite = 1"
        echo "SQLServer = data/dbase/conquest.db3"
        echo "MAGDevices = 1"
        echo "MAGDevice0 = data/"
        echo "FileNameSyntax = 4"
        echo "UIDPrefix = 99999.99999"
        echo "TroubleLog = PacsTrouble.log"
        [ -z "${WEB_PORT:-}" ] || echo "WebPort = $WEB_PORT"
        for kv in "$@"; do echo "$kv"; done
    } > "$T/dicom.ini"
    cp "$top_srcdir/etc/dicom.sql" "$top_srcdir/etc/dgatesop.lst" "$top_srcdir/etc/dgate.dic" "$T/"
    [ -f "$T/acrnema.map" ] || echo "CONQUESTSRV1 127.0.0.1 $PORT un" > "$T/acrnema.map"
}

# wait_listening FILE [P]: wait until the dgate of $DGATE_PID answers on
# port P (default $PORT); fail, showing FILE (its console), when it exits
# first or takes 10 s.
wait_listening() {
    wait_port=${2:-$PORT}
    for _ in $(seq 1 100); do
        if ! kill -0 "$DGATE_PID" 2>/dev/null; then
            cat "$1" >&2
            fail "dgate exited during start-up"
        fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$wait_port") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    fail "dgate did not start listening on port $wait_port"
}

# Start dgate in the background with the config in $CONF_DIR (default $T);
# wait until it answers (on WEB_PORT too when make_config set one).
start_dgate() {
    # DGATE_CONSOLE: the console switch, -v unless set (the benchmark sets
    # it empty: plain dgate, as it runs for real).
    # shellcheck disable=SC2086
    "$DGATE" -w "${CONF_DIR:-$T}" ${DGATE_CONSOLE--v} "$@" > "$T/dgate.log" 2>&1 &
    DGATE_PID=$!
    wait_listening "$T/dgate.log"
    [ -z "${WEB_PORT:-}" ] || wait_listening "$T/dgate.log" "$WEB_PORT"
    # The dicom.ini it announced is the test's, never another one (the
    # current directory's or the machine's installed one).
    assert_contains "$T/dgate.log" "dicom.ini: $(realpath "${CONF_DIR:-$T}")/dicom.ini, from -w"
}

stop_dgate() {
    if [ -n "$DGATE_PID" ] && kill -0 "$DGATE_PID" 2>/dev/null; then
        kill -TERM "$DGATE_PID"
        for _ in $(seq 1 50); do
            kill -0 "$DGATE_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$DGATE_PID" 2>/dev/null || true
        wait "$DGATE_PID" 2>/dev/null || true
    fi
    DGATE_PID=
}

# temp_files MAGDIR: the temporary files of the MAG device MAGDIR, in
# .incoming/0 .. .incoming/7 (or in .incoming itself, where earlier versions
# made them); nothing when none is left.
temp_files() {
    find "$1/.incoming" -type f
}

# assert_contains FILE TEXT: FILE holds TEXT as a fixed string.
assert_contains() {
    grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; cat "$1" >&2; fail "$1 does not contain: $2"; }
}
