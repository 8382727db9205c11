#!/bin/sh
# The server's association layer with dcmtk's echoscu: the start banner,
# any AE accepted by default, MaxAssociations answered with "local limit
# exceeded", RequireKnownAE, debug mode (-b) and a clean stop on SIGTERM.
. "$top_srcdir/tests/integration/lib.sh"
need echoscu python3
RAW="$top_srcdir/tests/integration/dicom_raw.py"

make_config "MaxAssociations = 2"
start_dgate
assert_contains "$T/dgate.log" "DGATE ("
assert_contains "$T/dgate.log" ") is running as threaded server"

echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 || { cat "$T/out"; fail "echoscu failed"; }
# Conquest accepts any calling and called AE by default.
echoscu -aet UNKNOWNAE -aec WRONGAE 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "echoscu with unknown AEs was refused"; }
assert_contains "$T/dgate.log" "calling 'UNKNOWNAE' called 'WRONGAE'"
assert_contains "$T/dgate.log" "C-ECHO-RSP status 0x0000"

# Two associations held open fill MaxAssociations = 2: the third is rejected
# transient, by the presentation layer, "local limit exceeded".
python3 "$RAW" hold "$PORT" 2 4 > "$T/hold" 2>&1 &
HOLD=$!
for _ in $(seq 1 50); do grep -q holding "$T/hold" && break; sleep 0.1; done
grep -q "holding 2" "$T/hold" || { cat "$T/hold"; fail "could not hold two associations"; }
if echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1; then
    fail "a third association was accepted with MaxAssociations = 2"
fi
assert_contains "$T/out" "Rejected Transient"
assert_contains "$T/out" "Reason: Local Limit Exceeded"
assert_contains "$T/dgate.log" "MaxAssociations (2) reached"
wait "$HOLD"
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "echoscu failed after the held associations ended"; }

# SIGTERM with two associations open (MaxAssociations), one idle and one in
# the middle of a store: they are ended at once (not after TCPIPTimeOut),
# the listener closes, dgate exits 0, and the half-received object leaves no
# file at all, temporary or final.
python3 "$RAW" hold "$PORT" 1 30 > "$T/hold" 2>&1 &
HOLD=$!
python3 "$RAW" slowstore "$PORT" 30 > "$T/slow" 2>&1 &
SLOW=$!
for _ in $(seq 1 50); do grep -q holding "$T/hold" && grep -q storing "$T/slow" && break; sleep 0.1; done
grep -q "holding 1" "$T/hold" || { cat "$T/hold"; fail "could not hold an association"; }
grep -q "storing" "$T/slow" || { cat "$T/slow"; fail "could not start a slow store"; }
sleep 0.3
[ -n "$(temp_files "$T/data")" ] || fail "the slow store has no temporary file"
start=$(date +%s)
kill -TERM "$DGATE_PID"
wait "$DGATE_PID"
rc=$?
DGATE_PID=
[ "$rc" -eq 0 ] || fail "dgate exited with $rc after SIGTERM"
[ $(($(date +%s) - start)) -le 3 ] || fail "dgate took more than 3 s to stop"
assert_contains "$T/dgate.log" "stopped"
kill "$HOLD" "$SLOW" 2>/dev/null
wait "$HOLD" "$SLOW" 2>/dev/null
[ -z "$(temp_files "$T/data")" ] || { ls -laR "$T/data/.incoming"; fail "temporary file left"; }
[ -z "$(find "$T/data" -name '*.dcm')" ] || fail "a file of the interrupted store was kept"

# RequireKnownAE = 1: only calling AEs in acrnema.map.
PORT=$(free_port)
echo "KNOWNSCU 127.0.0.1 104 un" > "$T/acrnema.map"
make_config "RequireKnownAE = 1"
start_dgate
echoscu -aet KNOWNSCU -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "a known calling AE was refused"; }
if echoscu -aet STRANGER -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1; then
    fail "an unknown calling AE was accepted with RequireKnownAE = 1"
fi
assert_contains "$T/out" "Rejected Permanent"
assert_contains "$T/out" "Calling AE Title Not Recognized"
assert_contains "$T/dgate.log" "calling AE 'STRANGER' is not in acrnema.map"
stop_dgate

# RemoteAE / LocalAE lines in dgatesop.lst restrict the calling and called
# AE titles (Conquest's way).
PORT=$(free_port)
make_config
printf 'Modality1\tMODALITY1\tRemoteAE\nServer\tCONQUESTSRV1\tLocalAE\n' >> "$T/dgatesop.lst"
start_dgate
echoscu -aet MODALITY1 -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "a RemoteAE was refused"; }
if echoscu -aet OTHER -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1; then
    fail "a calling AE missing from the RemoteAE lines was accepted"
fi
assert_contains "$T/out" "Calling AE Title Not Recognized"
if echoscu -aet MODALITY1 -aec ELSEWHERE 127.0.0.1 "$PORT" > "$T/out" 2>&1; then
    fail "a called AE missing from the LocalAE lines was accepted"
fi
assert_contains "$T/out" "Called AE Title Not Recognized"
stop_dgate

# Debug mode: one association at a time in the foreground; SIGINT stops it.
rm -f "$T/acrnema.map"
PORT=$(free_port)
make_config
start_dgate -b
assert_contains "$T/dgate.log" ") runs in non-threaded debug mode"
for i in 1 2; do
    echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
        { cat "$T/out"; fail "echo $i in debug mode failed"; }
done
assert_contains "$T/dgate.log" "[debug]"
kill -INT "$DGATE_PID"
wait "$DGATE_PID"
rc=$?
DGATE_PID=
[ "$rc" -eq 0 ] || fail "dgate -b exited with $rc after SIGINT"
exit 0
