#!/bin/sh
# Hostile HTTP: oversized headers, a 64 KiB request line, slowloris (a
# header byte a second), a 2 GB chunked body without Content-Length (made as
# it is sent, never stored), a Content-Length over WebMaxUpload, methods we
# do not serve, "..", "%2e%2e%2f" and "%00" in paths and UIDs, and more
# connections than WebMaxConnections and WebMaxConnectionsPerIP allow. Each
# gets a 4xx or its connection closed, never a crash, and after each a
# C-ECHO and GET /api/status still answer. /api/status counts the web
# connections and DICOM associations open.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 echoscu

mkdir -p "$T/www"
echo '<!doctype html><title>dgate</title>' > "$T/www/index.html"
echo 'SECRET' > "$T/secret.txt"
WEB_PORT=auto
make_config "WebRoot = www" "WebTimeout = 3" "WebMaxUpload = 1" "WebMaxConnections = 8" \
    "WebMaxConnectionsPerIP = 4"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"

# code PATH [curl options]: the HTTP status of GET PATH, sent as written
# ("000" when the connection was closed without one).
code() {
    p=$1
    shift
    curl -s -m 20 --path-as-is -o "$T/body" -w '%{http_code}' "$@" "$URL$p"
}
# still_serving WHAT: a C-ECHO and GET /api/status both answer, and dgate
# is alive.
still_serving() {
    kill -0 "$DGATE_PID" 2>/dev/null || fail "dgate died after $1"
    echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/echo.out" 2>&1 ||
        { cat "$T/echo.out"; fail "C-ECHO failed after $1"; }
    [ "$(code /api/status)" = 200 ] || fail "GET /api/status failed after $1"
}
# refused WHAT STATUS: a 4xx, or the connection closed without an answer.
refused() {
    case $2 in
    4?? | 000) ;;
    *) fail "$1 answered $2" ;;
    esac
    if grep -q SECRET "$T/body" 2>/dev/null; then fail "$1 served a file outside WebRoot"; fi
}

# A 100 KiB header, and a request line of 64 KiB.
big=$(python3 -c 'print("a" * 102400)')
refused "a 100 KiB header" "$(code /api/status -H "X-Big: $big")"
still_serving "a 100 KiB header"
long=$(python3 -c 'print("a" * 65536)')
refused "a 64 KiB request line" "$(code "/$long")"
refused "a 64 KiB query" "$(code "/api/status?x=$long")"
still_serving "a 64 KiB request line"

# Slowloris: one header byte a second is cut after WebTimeout (3 s), though
# each byte comes well within it.
python3 - "$WEB_PORT" <<'EOF' || fail "slowloris was not cut"
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
t0 = time.time()
request = b"GET /api/status HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 30
try:
    for c in request:
        s.send(bytes([c]))
        time.sleep(1)
except OSError:
    pass
took = time.time() - t0
if took > 6:
    sys.exit("slowloris held its connection %.1f s" % took)
EOF
assert_contains "$T/dgate.log" "sent no complete request in 3 s (WebTimeout): closed"
still_serving "slowloris"

# A 2 GB chunked body without Content-Length: past WebMaxUpload (1 MB) the
# rest is dropped so that a client that stops gets its 413 (libmicrohttpd
# takes no response while a body comes in), and one that goes on past
# twice the cap has its connection closed, long before 2 GB.
python3 - "$WEB_PORT" <<'EOF' || fail "a 2 GB chunked body"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.settimeout(20)
s.sendall(b"GET /api/status HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
chunk = b"%x\r\n" % 65536 + b"\0" * 65536 + b"\r\n"
sent = 0
try:
    while sent < 2 << 30:
        s.sendall(chunk)
        sent += 65536
except OSError:
    pass
if sent >= 64 << 20:
    sys.exit("%d MB of a chunked body were taken past WebMaxUpload (1 MB)" % (sent >> 20))
EOF
assert_contains "$T/dgate.log" "request body past twice WebMaxUpload (1 MB): closed"
still_serving "a 2 GB chunked body"

# A Content-Length of 2 GB: 413 before any of the body is read.
python3 - "$WEB_PORT" <<'EOF' || fail "a Content-Length of 2 GB"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.settimeout(10)
s.sendall(b"GET /api/status HTTP/1.1\r\nHost: x\r\nContent-Length: 2147483648\r\n\r\n")
answer = s.recv(4096)
if not answer.startswith(b"HTTP/1.1 413"):
    sys.exit("a Content-Length of 2 GB got %r" % answer[:40])
EOF
refused "a body on GET" "$(code /api/status -X GET -d 'x=1')"
refused "a chunked body on GET" "$(code /api/status -X GET -H 'Transfer-Encoding: chunked' -d 'x=1')"
still_serving "Content-Length over WebMaxUpload"

# Methods we do not serve: 405 with Allow.
for m in PUT PATCH DELETE POST TRACE PROPFIND FOO; do
    c=$(curl -s -m 10 -o "$T/body" -D "$T/headers" -w '%{http_code}' -X "$m" "$URL/api/status")
    [ "$c" = 405 ] || fail "$m /api/status answered $c, not 405"
    grep -qi '^allow: GET, HEAD, OPTIONS' "$T/headers" || fail "405 to $m without Allow"
done
[ "$(code /index.html -X PUT -d x)" = 405 ] || fail "PUT of a file is not 405"
refused "CONNECT" "$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X CONNECT "$URL/api/status")"
# OPTIONS answers the methods, without CORS headers unless WebCORSOrigin.
c=$(curl -s -o /dev/null -D "$T/headers" -w '%{http_code}' -X OPTIONS "$URL/api/status")
[ "$c" = 204 ] || fail "OPTIONS answered $c"
grep -qi '^allow: GET, HEAD, OPTIONS' "$T/headers" || fail "OPTIONS without Allow"
if grep -qi '^access-control' "$T/headers"; then fail "CORS headers without WebCORSOrigin"; fi
curl -s -o /dev/null -D "$T/headers" -H 'Origin: http://evil.example' "$URL/api/status"
if grep -qi '^access-control' "$T/headers"; then fail "CORS headers without WebCORSOrigin"; fi
still_serving "bad methods"

# "..", encoded or not, and NUL, in paths and in UIDs.
for p in /../secret.txt /..%2fsecret.txt /%2e%2e%2fsecret.txt /%2e%2e/secret.txt \
    /%2E%2E%2Fsecret.txt /www/%2e%2e%2f%2e%2e%2fsecret.txt /index.html%00.js /%00 /a%00b/ \
    /dicom-web/studies/..%2f..%2fsecret.txt/series /dicom-web/studies/1.2.3%00/series \
    /dicom-web/studies/%2e%2e/series/1.2 /dicom-web/studies/1.2/series/..%2F..%2F \
    /api/status/%2e%2e /%252e%252e%252fsecret.txt '/wado?requestType=WADO&studyUID=..%2f..&objectUID=%00'; do
    refused "GET $p" "$(code "$p")"
done
[ "$(code '/api/status?x=%00')" = 400 ] || fail "a NUL in a query argument is not 400"
still_serving "dots and NULs"

# Connections beyond the limits: the fifth idle connection from one address
# is closed at once (WebMaxConnectionsPerIP = 4); the ninth from anywhere
# (WebMaxConnections = 8) waits unanswered in the listen queue until one of
# them closes. /api/status counts them, and a DICOM association held open.
python3 - "$WEB_PORT" "$PORT" <<'EOF' || fail "connections beyond the limits"
import json, socket, struct, sys, time
web, dicom = int(sys.argv[1]), int(sys.argv[2])

def open_idle(src):
    s = socket.socket()
    s.bind((src, 0))
    s.connect(("127.0.0.1", web))
    return s

def closed_at_once(s, wait=0.5):
    s.settimeout(wait)
    try:
        return s.recv(1) == b""
    except socket.timeout:
        return False
    except ConnectionResetError:
        return True

def status(src):
    s = socket.socket()
    s.bind((src, 0))
    s.connect(("127.0.0.1", web))
    s.sendall(b"GET /api/status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    data = b""
    while True:
        d = s.recv(65536)
        if not d:
            break
        data += d
    s.close()
    time.sleep(0.2)  # libmicrohttpd forgets the connection just after
    return json.loads(data.split(b"\r\n\r\n", 1)[1])

def item(t, value):
    return struct.pack(">BBH", t, 0, len(value)) + value

# A DICOM association (Verification) held open.
pc = item(0x30, b"1.2.840.10008.1.1") + item(0x40, b"1.2.840.10008.1.2")
body = (struct.pack(">HH", 1, 0) + b"CONQUESTSRV1".ljust(16) + b"HOLDER".ljust(16) + b"\0" * 32
        + item(0x10, b"1.2.840.10008.3.1.1.1") + item(0x20, bytes([1, 0, 0, 0]) + pc)
        + item(0x50, item(0x51, struct.pack(">I", 16384))))
assoc = socket.create_connection(("127.0.0.1", dicom))
assoc.sendall(struct.pack(">BBI", 1, 0, len(body)) + body)
if assoc.recv(1) != b"\x02":
    sys.exit("the association was not accepted")

held = [open_idle("127.0.0.1") for _ in range(3)]
s = status("127.0.0.1")
if s["connections"] != {"web": 4, "dicom": 1}:
    sys.exit("/api/status counted %r with 3 idle connections, itself and an association"
             % s["connections"])
held.append(open_idle("127.0.0.1"))
fifth = open_idle("127.0.0.1")
if not closed_at_once(fifth):
    sys.exit("a fifth connection from 127.0.0.1 was not closed")
for s in held:
    if closed_at_once(s, 0.1):
        sys.exit("one of the four allowed connections was closed")
held += [open_idle("127.0.0.2") for _ in range(4)]
# The ninth waits in the listen queue, unanswered, until one closes.
ninth = open_idle("127.0.0.3")
ninth.sendall(b"GET /api/whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
ninth.settimeout(1)
try:
    early = ninth.recv(1)
except socket.timeout:
    early = None
if early is not None:
    sys.exit("a ninth connection was served beside eight (%r)" % early)
for s in held:
    s.close()
ninth.settimeout(5)
if not ninth.recv(12).startswith(b"HTTP/1.1 401"):
    sys.exit("the ninth connection was not served once the others closed")
ninth.close()
assoc.close()
time.sleep(0.5)
s = status("127.0.0.1")
if s["connections"] != {"web": 1, "dicom": 0}:
    sys.exit("/api/status counted %r after they closed" % s["connections"])
EOF
still_serving "connections beyond the limits"
stop_dgate

# CORS: WebCORSOrigin is sent as written, and a preflight for it answered
# without a login.
WEB_PORT=auto
make_config "WebRoot = www" "WebCORSOrigin = https://viewer.example"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
curl -s -o /dev/null -D "$T/headers" -H 'Origin: https://viewer.example' "$URL/api/status"
grep -qi '^access-control-allow-origin: https://viewer.example' "$T/headers" ||
    fail "no Access-Control-Allow-Origin with WebCORSOrigin"
c=$(curl -s -o /dev/null -D "$T/headers" -w '%{http_code}' -X OPTIONS --interface 127.0.0.2 \
    -H 'Origin: https://viewer.example' -H 'Access-Control-Request-Method: GET' \
    -H 'Access-Control-Request-Headers: authorization' "$URL/api/status")
[ "$c" = 204 ] || fail "the CORS preflight answered $c"
grep -qi '^access-control-allow-origin: https://viewer.example' "$T/headers" || fail "preflight origin"
grep -qi '^access-control-allow-methods: GET, HEAD, OPTIONS' "$T/headers" || fail "preflight methods"
grep -qi '^access-control-allow-headers: .*Authorization' "$T/headers" || fail "preflight headers"
[ "$(code /api/status --interface 127.0.0.2)" = 401 ] || fail "CORS let 127.0.0.2 in without a login"
[ "$(code /%2e%2e/x -X OPTIONS)" = 400 ] || fail "OPTIONS of a path with .. is not 400"
still_serving "CORS"
echo "web hostile: ok"
