#!/bin/sh
# The web server's foundation: dgate with WebPort answers GET /api/status
# (checked against dicom.ini and the index), serves files from WebRoot and
# nothing outside it (no "..", plain or percent-encoded, no symbolic link
# out), answers 404 for what does not exist, and asks a peer that is not
# loopback (127.0.0.2) to log in.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 sqlite3 storescu
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$SAMPLES" ] || skip "no $SAMPLES"

mkdir -p "$T/www/sub"
echo '<!doctype html><title>dgate</title>' > "$T/www/index.html"
echo 'console.log("app");' > "$T/www/app.js"
echo 'nested' > "$T/www/sub/index.html"
echo 'SECRET' > "$T/secret.txt"
ln -s ../secret.txt "$T/www/link.txt"
ln -s .. "$T/www/up"
mkfifo "$T/www/pipe"

WEB_PORT=auto
make_config "WebRoot = www"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
assert_contains "$T/dgate.log" "web interface on http://127.0.0.1:$WEB_PORT/"

storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu of the Conquest samples failed"; }

# code PATH [curl options]: the HTTP status of GET PATH (sent as written).
code() {
    p=$1
    shift
    curl -s --path-as-is -o "$T/body" -D "$T/headers" -w '%{http_code}' "$@" "$URL$p"
}

[ "$(code /api/status)" = 200 ] || { cat "$T/body"; fail "GET /api/status"; }
grep -qi '^content-type: application/json' "$T/headers" || fail "status is not JSON"
db="$T/data/dbase/conquest.db3"
python3 - "$T/body" "$PORT" "$WEB_PORT" "$T/data/" "$db" \
    "$(sqlite3 "$db" 'SELECT COUNT(*) FROM DICOMPatients')" \
    "$(sqlite3 "$db" 'SELECT COUNT(*) FROM DICOMStudies')" \
    "$(sqlite3 "$db" 'SELECT COUNT(*) FROM DICOMSeries')" \
    "$(sqlite3 "$db" 'SELECT COUNT(*) FROM DICOMImages')" <<'EOF' || fail "/api/status is wrong"
import json, sys
s = json.load(open(sys.argv[1]))
port, web_port, mag, db = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
counts = dict(zip(["patients", "studies", "series", "instances"], map(int, sys.argv[6:10])))
def check(what, got, want):
    if got != want:
        sys.exit("%s: %r, expected %r" % (what, got, want))
check("ae", s["ae"], "CONQUESTSRV1")
check("port", s["port"], port)
check("web_port", s["web_port"], web_port)
check("backend", s["database"]["backend"], "SQLite")
check("database name", s["database"]["name"], db)
check("MAG devices", [(m["name"], m["path"]) for m in s["mag"]], [("MAG0", mag)])
check("free space is a number", isinstance(s["mag"][0]["free_mb"], int), True)
check("counts", s["counts"], counts)
check("two instances stored", counts["instances"], 2)
check("version", bool(s["version"]), True)
EOF

[ "$(code /api/whoami)" = 200 ] || fail "GET /api/whoami"
[ "$(cat "$T/body")" = '{"user":"-","roles":["read","upload","delete","admin"]}' ] ||
    { cat "$T/body"; fail "a loopback peer does not get every role"; }

# Static files, with their content types.
[ "$(code /)" = 200 ] || fail "GET / did not answer index.html"
cmp -s "$T/body" "$T/www/index.html" || fail "GET / is not index.html"
grep -qi '^content-type: text/html' "$T/headers" || fail "index.html is not text/html"
[ "$(code /app.js)" = 200 ] || fail "GET /app.js"
cmp -s "$T/body" "$T/www/app.js" || fail "GET /app.js is not app.js"
grep -qi '^content-type: text/javascript' "$T/headers" || fail "app.js is not text/javascript"
[ "$(code /sub/)" = 200 ] && [ "$(cat "$T/body")" = nested ] || fail "GET /sub/ is not its index.html"
[ "$(code /app.js -I)" = 200 ] || fail "HEAD /app.js"
grep -qi '^content-length: 20' "$T/headers" || { cat "$T/headers"; fail "HEAD without the length"; }

# Nothing outside WebRoot, however asked for.
for p in /../secret.txt /sub/../../secret.txt /%2e%2e/secret.txt /%2E%2E/secret.txt \
    /sub/%2e%2e/%2e%2e/secret.txt /..%2fsecret.txt /sub%2f..%2f..%2fsecret.txt /link.txt \
    /up/secret.txt /./app.js /%00 /%zz; do
    c=$(code "$p")
    case $c in
    4??) ;;
    *) fail "GET $p answered $c" ;;
    esac
    if grep -q SECRET "$T/body"; then fail "GET $p served a file outside WebRoot"; fi
done

# Unknown routes and methods.
[ "$(code /nosuch.html)" = 404 ] || fail "a missing file is not 404"
# A FIFO is not a file to serve, and opening it must not wait for a writer.
[ "$(code /pipe -m 5)" = 404 ] || fail "a FIFO below WebRoot is not 404 at once"
[ "$(code /api/nosuch)" = 404 ] || fail "an unknown API route is not 404"
[ "$(code /api/status -X DELETE)" = 405 ] || fail "DELETE /api/status is not 405"
[ "$(code /api/status -X POST -d x=1)" = 405 ] || fail "POST /api/status is not 405"

# A peer that is not loopback must log in (WebAuthentication = remote).
[ "$(code /api/status --interface 127.0.0.2)" = 401 ] || fail "127.0.0.2 was not asked to log in"
grep -qi '^www-authenticate: Basic realm="dgate"' "$T/headers" || fail "401 without WWW-Authenticate"
[ "$(code /index.html --interface 127.0.0.2)" = 401 ] || fail "127.0.0.2 read a file without a login"

# Still serving after all that.
[ "$(code /api/whoami)" = 200 ] || fail "the web server stopped answering"
kill -0 "$DGATE_PID" || fail "dgate died"
stop_dgate

# WebAuthentication = never: no login anywhere, and a warning at start.
WEB_PORT=auto
make_config "WebRoot = www" "WebAuthentication = never"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
assert_contains "$T/dgate.log" "WebAuthentication = never"
[ "$(code /api/whoami --interface 127.0.0.2)" = 200 ] || fail "WebAuthentication = never asked for a login"
stop_dgate

# Quiet about options it does not use (MHD warns of TLS options without TLS).
if grep -q "MHD" "$T/dgate.log"; then cat "$T/dgate.log"; fail "libmicrohttpd warned"; fi

echo "web basic: ok"
