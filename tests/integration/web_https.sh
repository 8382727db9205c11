#!/bin/sh
# HTTPS: with WebCertificate and WebPrivateKey (PEM) the web port speaks
# TLS only (a self-signed certificate made here, trusted by curl with
# --cacert; refused without it; plain HTTP gets no answer) and logins work
# over it; a certificate that is missing, not PEM, or not the key's stops
# dgate at start with a message that says which.
. "$top_srcdir/tests/integration/lib.sh"
need curl openssl python3 echoscu

mkdir -p "$T/www"
echo 'console.log("app");' > "$T/www/app.js"
# cert NAME: NAME.pem and NAME.key, self-signed for localhost and 127.0.0.1.
cert() {
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/$1.key" -out "$T/$1.pem" -days 1 \
        -subj /CN=localhost -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1' \
        > "$T/openssl.log" 2>&1 || { cat "$T/openssl.log"; fail "openssl made no certificate"; }
}
cert good
cert other

WEB_PORT=auto
make_config "WebRoot = www" "WebCertificate = good.pem" "WebPrivateKey = good.key"
printf 'alice pw\n' | "$DGATE" -w "$T" --webuser:alice:read > "$T/webuser.out" 2>&1 ||
    { cat "$T/webuser.out"; fail "--webuser"; }
start_dgate
assert_contains "$T/dgate.log" "web interface on https://127.0.0.1:$WEB_PORT/"
HOST="localhost:$WEB_PORT"
TLS="--cacert $T/good.pem --resolve $HOST:127.0.0.1"

# code URL [curl options]: the HTTP status of GET URL.
code() {
    u=$1
    shift
    curl -s -o "$T/body" -w '%{http_code}' "$@" "$u"
}

# shellcheck disable=SC2086
[ "$(code "https://$HOST/app.js" $TLS)" = 200 ] || fail "GET /app.js over HTTPS"
cmp -s "$T/body" "$T/www/app.js" || fail "/app.js over HTTPS is not the file"
[ "$(code "https://127.0.0.1:$WEB_PORT/api/status" --cacert "$T/good.pem")" = 200 ] ||
    fail "GET /api/status over HTTPS by address"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/body" || fail "status is not JSON"
# A client that does not trust the certificate refuses it: it is TLS for real.
if curl -s -o /dev/null "https://127.0.0.1:$WEB_PORT/api/status"; then
    fail "curl accepted a self-signed certificate it was not given"
fi
# A certificate curl was given that is not the server's: refused too.
if curl -s -o /dev/null --cacert "$T/other.pem" "https://127.0.0.1:$WEB_PORT/api/status"; then
    fail "curl accepted the server with another certificate"
fi
# Plain HTTP on the HTTPS port: no HTTP answer.
c=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$WEB_PORT/api/status")
[ "$c" = 000 ] || [ "$c" = 400 ] || fail "plain HTTP on the HTTPS port answered $c"
# Logins over HTTPS from a peer that is not loopback.
# shellcheck disable=SC2086
[ "$(code "https://$HOST/api/status" $TLS --interface 127.0.0.2)" = 401 ] ||
    fail "127.0.0.2 over HTTPS without a login"
# shellcheck disable=SC2086
[ "$(code "https://$HOST/api/whoami" $TLS --interface 127.0.0.2 -u 'alice:alice pw')" = 200 ] ||
    fail "alice over HTTPS"
[ "$(cat "$T/body")" = '{"user":"alice","roles":["read"]}' ] || fail "alice's roles over HTTPS"
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/echo.out" 2>&1 || fail "C-ECHO beside HTTPS"
# shellcheck disable=SC2086
[ "$(code "https://$HOST/api/status" $TLS)" = 200 ] || fail "HTTPS stopped answering"
if grep -q "MHD" "$T/dgate.log"; then cat "$T/dgate.log"; fail "libmicrohttpd warned"; fi
stop_dgate

# refused TEXT KEY=VALUE...: dgate with these keys does not start, and
# says TEXT on its console.
refused() {
    text=$1
    shift
    WEB_PORT=auto
    make_config "WebRoot = www" "$@"
    timeout 20 "$DGATE" -w "$T" -v > "$T/refused.log" 2>&1
    rc=$?
    [ "$rc" != 0 ] && [ "$rc" != 124 ] || { cat "$T/refused.log"; fail "dgate started with $*"; }
    assert_contains "$T/refused.log" "$text"
}
refused "WebCertificate: $T/nosuch.pem: No such file or directory" \
    "WebCertificate = nosuch.pem" "WebPrivateKey = good.key"
refused "WebPrivateKey: $T/nosuch.key: No such file or directory" \
    "WebCertificate = good.pem" "WebPrivateKey = nosuch.key"
echo "not a certificate" > "$T/junk.pem"
refused "are WebCertificate and WebPrivateKey a PEM certificate and its key?" \
    "WebCertificate = junk.pem" "WebPrivateKey = good.key"
refused "are WebCertificate and WebPrivateKey a PEM certificate and its key?" \
    "WebCertificate = good.pem" "WebPrivateKey = other.key"
refused "HTTPS needs both WebCertificate and WebPrivateKey" "WebCertificate = good.pem"
echo "web https: ok"
