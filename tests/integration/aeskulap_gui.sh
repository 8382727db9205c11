#!/bin/bash
# The real Aeskulap (Debian's aeskulap) against dgate, under Xvfb, driven by
# xdotool: its settings name dgate as its one server (written into a
# GSettings keyfile before it starts), Search lists the study found by the
# name typed, a double click opens it: Aeskulap queries its series and
# moves them to itself, one C-MOVE per series, and its viewer gets every
# image. Skipped (77) without aeskulap, Xvfb or xdotool.
# The clicks are at fixed places of the window, made 1200x800 at 0,0.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/aeskulap_lib.sh"
need aeskulap Xvfb xdotool

AESK_PORT=$(free_port)
serve_corpus "AESKULAP $AESK_PORT un"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3> "$T/display" > "$T/xvfb.log" 2>&1 &
HELPERS="$HELPERS $!"
for _ in $(seq 1 50); do [ -s "$T/display" ] && break; sleep 0.1; done
[ -s "$T/display" ] || fail "Xvfb did not start: $(cat "$T/xvfb.log")"
DISPLAY=":$(cat "$T/display")"
export DISPLAY

# Aeskulap's settings (org.gnu.aeskulap), in the keyfile GSettings backend.
mkdir -p "$T/home/.config/glib-2.0/settings"
cat > "$T/home/.config/glib-2.0/settings/keyfile" << EOF
[org/gnu/aeskulap/settings]
local-aet='AESKULAP'
local-port=$AESK_PORT
characterset='ISO_IR 100'
server-aet=['CONQUESTSRV1']
server-port=['$PORT']
server-hostname=['127.0.0.1']
server-description=['dgate']
server-group=['']
server-lossy=['false']
server-relational=['false']
EOF
HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" GSETTINGS_BACKEND=keyfile \
    aeskulap > "$T/aeskulap.log" 2>&1 &
AESKULAP_PID=$!
HELPERS="$HELPERS $AESKULAP_PID"

# until SECONDS PATTERN: wait for PATTERN in Aeskulap's output; fail at
# once when it logs a failed or empty C-MOVE.
until_logged() {
    for _ in $(seq 1 $(($1 * 10))); do
        grep -q "$2" "$T/aeskulap.log" && return 0
        grep -q "C-MOVE failed\|C-MOVE: 0 responses" "$T/aeskulap.log" && break
        kill -0 "$AESKULAP_PID" 2>/dev/null || break
        sleep 0.1
    done
    tail -n 20 "$T/aeskulap.log"
    fail "Aeskulap did not log '$2' within $1 s"
}
window=
for _ in $(seq 1 100); do
    window=$(xdotool search --name '^Aeskulap Viewer$' 2>/dev/null | head -1)
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { tail "$T/aeskulap.log"; fail "no Aeskulap window"; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1200 800
sleep 1

# The name field, then Search: one study, PHANTOM^ASCII's.
xdotool mousemove 500 48 click 1 type --delay 20 'PHANTOM*'
xdotool mousemove 61 48 click 1
until_logged 10 "signal_server_result('dgate')"
assert_contains "$T/dgate.log" "queried STUDY"
sleep 1
# Its row, opened with a double click.
xdotool mousemove 108 183 click --repeat 2 --delay 80 1
study=$("$PY" "$CORPUS" study-uid AESKACC3)
for series in $("$PY" "$CORPUS" series-uids AESKACC3); do
    until_logged 20 "C-MOVE: 2 responses (seriesinstanceuid: $series)"
    until_logged 10 "new series $series"
done
assert_contains "$T/dgate.log" "C-MOVE to AESKULAP of SERIES $study.1: 2 objects"
assert_contains "$T/dgate.log" "C-MOVE to AESKULAP of SERIES $study.2: 2 objects"
kill -0 "$DGATE_PID" || fail "dgate died"
echo "aeskulap gui: ok"
