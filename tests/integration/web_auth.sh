#!/bin/sh
# Users and roles of the web server: dgate --webuser writes the users file
# (mode 0600, yescrypt hashes, roles required); a peer that is not loopback
# (127.0.0.2) gets 401 without a login or with a wrong one (the same answer
# for an unknown name), 403 without the route's role, 200 with it; failed
# logins are logged and answered later each time; loopback needs no login
# unless WebAuthentication = always, nobody does with never; the users file
# is re-read when it changes. DICOM and HTTP keep serving throughout.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 echoscu

mkdir -p "$T/www"
echo '<!doctype html><title>dgate</title>' > "$T/www/index.html"
WEB_PORT=auto
make_config "WebRoot = www"
USERS="$T/webusers"

# webuser NAME:ROLES PASSWORD: dgate --webuser with the password on stdin.
webuser() {
    printf '%s\n' "$2" | "$DGATE" -w "$T" "--webuser:$1" > "$T/webuser.out" 2>&1
}

webuser alice:read 'alice pw' || { cat "$T/webuser.out"; fail "--webuser alice"; }
webuser bob:upload,delete 'bob:pw' || { cat "$T/webuser.out"; fail "--webuser bob"; }
webuser root:admin 'root pw' || { cat "$T/webuser.out"; fail "--webuser root"; }
[ "$(stat -c %a "$USERS")" = 600 ] || fail "the users file is not mode 0600"
grep -q '^alice:\$y\$[^:]*:read$' "$USERS" || { cat "$USERS"; fail "alice's line"; }
grep -q '^bob:\$y\$[^:]*:upload,delete$' "$USERS" || { cat "$USERS"; fail "bob's line"; }
# The passwords whole: "pw" alone is in about one yescrypt hash in 60.
if grep -qF -e 'alice pw' -e 'bob:pw' -e 'root pw' "$USERS"; then fail "a password is in the users file as written"; fi
cp "$USERS" "$T/users.before"
for bad in carol: carol:root 'ca rol:read' carol; do
    if webuser "$bad" 'x'; then fail "--webuser:$bad was accepted"; fi
done
if webuser carol:read ''; then fail "an empty password was accepted"; fi
cmp -s "$USERS" "$T/users.before" || fail "a refused --webuser changed the users file"

start_dgate
URL="http://127.0.0.1:$WEB_PORT"
assert_contains "$T/dgate.log" "web: 3 user(s) from $USERS"

# code PATH [curl options]: the HTTP status of GET PATH.
code() {
    p=$1
    shift
    curl -s -o "$T/body" -D "$T/headers" -w '%{http_code}' "$@" "$URL$p"
}
# remote PATH [curl options]: the same from 127.0.0.2, not loopback.
remote() {
    p=$1
    shift
    code "$p" --interface 127.0.0.2 "$@"
}
# still_serving: a C-ECHO and GET /api/status from loopback both answer.
still_serving() {
    echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/echo.out" 2>&1 ||
        { cat "$T/echo.out"; fail "C-ECHO failed after $1"; }
    [ "$(code /api/status)" = 200 ] || fail "GET /api/status failed after $1"
}

# No login from 127.0.0.2: 401 with the challenge, for files and API alike.
for p in /api/status /api/whoami /index.html /nosuch; do
    [ "$(remote $p)" = 401 ] || fail "GET $p from 127.0.0.2 without a login is not 401"
    grep -qi '^www-authenticate: Basic realm="dgate"' "$T/headers" || fail "no challenge on $p"
done

# Right logins: the roles of the users file.
[ "$(remote /api/status -u 'alice:alice pw')" = 200 ] || fail "alice (read) cannot read /api/status"
[ "$(remote /index.html -u 'alice:alice pw')" = 200 ] || fail "alice (read) cannot read a file"
[ "$(remote /api/whoami -u 'alice:alice pw')" = 200 ] || fail "alice's whoami"
[ "$(cat "$T/body")" = '{"user":"alice","roles":["read"]}' ] || { cat "$T/body"; fail "alice's roles"; }
[ "$(remote /api/status -u 'bob:bob:pw')" = 403 ] || fail "bob (upload,delete) read /api/status"
[ "$(remote /index.html -u 'bob:bob:pw')" = 403 ] || fail "bob (upload,delete) read a file"
[ "$(remote /api/whoami -u 'bob:bob:pw')" = 200 ] || fail "bob's whoami"
[ "$(cat "$T/body")" = '{"user":"bob","roles":["upload","delete"]}' ] || { cat "$T/body"; fail "bob's roles"; }
[ "$(remote /api/whoami -u 'root:root pw')" = 200 ] || fail "root's whoami"
[ "$(cat "$T/body")" = '{"user":"root","roles":["read","upload","delete","admin"]}' ] ||
    { cat "$T/body"; fail "admin is not every role"; }
[ "$(remote /api/status -u 'root:root pw')" = 200 ] || fail "root (admin) cannot read"

# Wrong logins: 401, logged, the same for an unknown name; each failure from
# one address waits longer (the fourth at least a second).
[ "$(remote /api/status -u 'alice:wrong')" = 401 ] || fail "a wrong password is not 401"
grep -qi '^www-authenticate: Basic' "$T/headers" || fail "no challenge after a wrong password"
[ "$(remote /api/status -u 'mallory:alice pw')" = 401 ] || fail "an unknown user is not 401"
[ "$(remote /api/status -u 'alice:')" = 401 ] || fail "an empty password is not 401"
[ "$(remote /api/status -H 'Authorization: Bearer abc')" = 401 ] || fail "a Bearer token is not 401"
[ "$(remote /api/status -H 'Authorization: Basic !!!notbase64')" = 401 ] || fail "bad Basic is not 401"
t=$(curl -s -o /dev/null -w '%{time_total}' --interface 127.0.0.2 -u alice:wrong "$URL/api/status")
python3 -c "import sys; sys.exit(0 if float('$t') >= 1.0 else 1)" ||
    fail "the fourth failed login was answered after $t s, not after a growing delay"
assert_contains "$T/dgate.log" "web: login failed for 'alice' from 127.0.0.2"
assert_contains "$T/dgate.log" "web: login failed for 'mallory' from 127.0.0.2"
assert_contains "$T/PacsTrouble.log" "login failed for 'mallory' from 127.0.0.2"
# A right login clears the address's failures.
[ "$(remote /api/status -u 'alice:alice pw')" = 200 ] || fail "alice after failures"
t=$(curl -s -o /dev/null -w '%{time_total}' --interface 127.0.0.2 -u alice:wrong "$URL/api/status")
python3 -c "import sys; sys.exit(0 if float('$t') < 0.9 else 1)" ||
    fail "a failure after a right login still waited $t s"
still_serving "failed logins"

# Loopback: every role without a login; a login sent is checked and used.
[ "$(code /api/whoami)" = 200 ] || fail "loopback whoami"
[ "$(cat "$T/body")" = '{"user":"-","roles":["read","upload","delete","admin"]}' ] ||
    fail "loopback without a login does not have every role"
[ "$(code /api/whoami -u 'alice:alice pw')" = 200 ] || fail "loopback whoami as alice"
[ "$(cat "$T/body")" = '{"user":"alice","roles":["read"]}' ] || fail "loopback login not used"
[ "$(code /api/status -u 'bob:bob:pw')" = 403 ] || fail "bob read /api/status from loopback"
[ "$(code /api/status -u 'alice:wrong')" = 401 ] || fail "a wrong login from loopback is not 401"

# The users file is re-read when it changes: a new password, a new user,
# and no file at all (every login refused).
webuser alice:read,upload 'alice new' || fail "--webuser alice again"
[ "$(grep -c '^alice:' "$USERS")" = 1 ] || fail "alice's line was added, not replaced"
[ "$(remote /api/status -u 'alice:alice pw')" = 401 ] || fail "alice's old password still works"
[ "$(remote /api/whoami -u 'alice:alice new')" = 200 ] || fail "alice's new password"
[ "$(cat "$T/body")" = '{"user":"alice","roles":["read","upload"]}' ] || fail "alice's new roles"
webuser dave:read 'dave pw' || fail "--webuser dave"
[ "$(remote /api/status -u 'dave:dave pw')" = 200 ] || fail "a user added while running"
mv "$USERS" "$T/users.away"
[ "$(remote /api/status -u 'dave:dave pw')" = 401 ] || fail "a login without a users file"
assert_contains "$T/dgate.log" "web: no users file"
mv "$T/users.away" "$USERS"
[ "$(remote /api/status -u 'dave:dave pw')" = 200 ] || fail "the users file back"
still_serving "the users file changed"
stop_dgate

# WebAuthentication = always: loopback logs in too.
WEB_PORT=auto
make_config "WebRoot = www" "WebAuthentication = always"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
[ "$(code /api/status)" = 401 ] || fail "always: loopback without a login is not 401"
[ "$(code /api/whoami -u 'alice:alice new')" = 200 ] || fail "always: alice from loopback"
[ "$(cat "$T/body")" = '{"user":"alice","roles":["read","upload"]}' ] || fail "always: alice's roles"
[ "$(remote /api/status -u 'root:root pw')" = 200 ] || fail "always: root from 127.0.0.2"
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/echo.out" 2>&1 || fail "C-ECHO with always"
stop_dgate

# WebAuthentication = never: nobody logs in, a login sent is not looked at,
# and the start says so.
WEB_PORT=auto
make_config "WebRoot = www" "WebAuthentication = never"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
assert_contains "$T/dgate.log" "WebAuthentication = never: every peer may read, store and delete"
[ "$(remote /api/whoami)" = 200 ] || fail "never: 127.0.0.2 asked to log in"
[ "$(cat "$T/body")" = '{"user":"-","roles":["read","upload","delete","admin"]}' ] ||
    fail "never: 127.0.0.2 does not have every role"
[ "$(remote /api/status -u 'alice:wrong')" = 200 ] || fail "never: a login sent was checked"
still_serving "never"
stop_dgate

# No users file: said once at start; every remote request 401.
rm -f "$USERS"
WEB_PORT=auto
make_config "WebRoot = www"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
[ "$(grep -c 'web: no users file' "$T/dgate.log")" = 1 ] || fail "no users file is not said at start"
[ "$(remote /api/status -u 'root:root pw')" = 401 ] || fail "a login without a users file"
[ "$(code /api/status)" = 200 ] || fail "loopback without a users file"
stop_dgate

# A users file dgate cannot read (here a directory): dgate still starts and
# serves DICOM; every login is refused, and the start says why.
mkdir -p "$USERS"
WEB_PORT=auto
make_config "WebRoot = www"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
assert_contains "$T/dgate.log" "users file not read (every login is refused until it can be)"
[ "$(remote /api/status -u 'root:root pw')" = 401 ] || fail "a login with an unreadable users file"
still_serving "an unreadable users file"
rmdir "$USERS"
echo "web auth: ok"
