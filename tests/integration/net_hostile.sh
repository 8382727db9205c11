#!/bin/sh
# Hostile peers (ecosystem.md 4.3): PDU lengths of 0xFFFFFFFF and beyond our
# maximum, garbage, truncated and overrunning A-ASSOCIATE-RQs, PDVs of
# unaccepted contexts, a dataset before its command, a command that never
# ends, connections dropped or aborted in the middle of a dataset, and an
# association left idle beyond TCPIPTimeOut (aborted by the server), and a
# flood of 300 silent connections, silent connections holding every slot,
# and more connections than the descriptor limit allows. The server answers each with an abort or a close, keeps
# serving (echoscu works afterwards), leaks no descriptor and leaves no
# file, partial or not, behind.
. "$top_srcdir/tests/integration/lib.sh"
need echoscu python3

make_config "TCPIPTimeOut = 2" "MaxAssociations = 8"
start_dgate
sleep 0.2
fds_before=$(ls "/proc/$DGATE_PID/fd" | wc -l)
python3 "$top_srcdir/tests/integration/dicom_raw.py" hostile "$PORT" > "$T/raw" 2>&1 ||
    { cat "$T/raw"; fail "the raw client failed"; }
cat "$T/raw"
for expect in "huge-rq abort" "huge-pdata abort" "garbage abort" "truncated-rq closed" \
    "overrun-item abort" "wrong-context abort" "dataset-first abort" \
    "dropped-mid-dataset sent" "abort-mid-dataset sent" "class-mismatch 0x0122 echo-ok" \
    "overlong-uid 0xc000 echo-ok" \
    "echo-without-class class=1.2.840.10008.1.1 responded=7 dataset=0x0101" "echo-after ok" \
    "response-command abort" "release ok"; do
    assert_contains "$T/raw" "$expect"
done
# The endless command is cut at the command cap: the abort may reach the
# client, or the close may hit it while it is still sending.
grep -qE "endless-command (abort|closed)" "$T/raw" || fail "the endless command was not cut"
assert_contains "$T/dgate.log" "length beyond limit"
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "echoscu failed after the hostile peers"; }
kill -0 "$DGATE_PID" || fail "dgate died"

# The two interrupted stores left nothing: no stored file, no temporary one.
sleep 0.2
[ -z "$(find "$T/data" -name '*.dcm')" ] || { find "$T/data"; fail "a partial file was kept"; }
[ -z "$(temp_files "$T/data")" ] || { ls -laR "$T/data/.incoming"; fail "temporary files left"; }
assert_contains "$T/dgate.log" "ended (aborted by the peer)"

python3 "$top_srcdir/tests/integration/dicom_raw.py" idle "$PORT" > "$T/raw" 2>&1
grep -qE "^idle abort after [23] s" "$T/raw" || { cat "$T/raw"; fail "an idle association was not aborted"; }
assert_contains "$T/dgate.log" "ended (timed out)"

# 300 connections that never send a byte: beyond MaxAssociations + the
# rejection headroom they are closed at once, the rest wait for the ARTIM
# timer (TCPIPTimeOut); afterwards the server serves again.
python3 "$top_srcdir/tests/integration/dicom_raw.py" flood "$PORT" 300 1 > "$T/raw" 2>&1 ||
    { cat "$T/raw"; fail "the flood failed"; }
assert_contains "$T/dgate.log" "connections open already: closed"
sleep 3
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "echoscu failed after the flood"; }
sleep 0.5
fds_after=$(ls "/proc/$DGATE_PID/fd" | wc -l)
[ "$fds_after" -le "$fds_before" ] ||
    fail "dgate had $fds_before descriptors before the hostile peers and $fds_after after"
assert_contains "$T/dgate.log" "ended (connection closed without release)"

# Silent connections holding every slot (MaxAssociations + headroom) for
# the ARTIM time: a real peer still gets in, in the slot of the oldest one.
stop_dgate
make_config "TCPIPTimeOut = 60" "MaxAssociations = 2"
start_dgate
# The real peer comes once every silent connection is made and older than
# the eviction age (1 s): on a loaded machine the flood's own connects can
# take longer than a fixed pause, and the newest are not evictable yet.
python3 "$top_srcdir/tests/integration/dicom_raw.py" flood "$PORT" 40 8 > "$T/raw" 2>&1 &
FLOOD=$!
i=0
until grep -q "^flooding with" "$T/raw"; do
    i=$((i + 1))
    [ "$i" -le 100 ] || { cat "$T/raw"; fail "the flood did not connect within 10 s"; }
    sleep 0.1
done
sleep 1.5
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "silent connections locked echoscu out"; }
assert_contains "$T/dgate.log" "while all 18 connections are taken: closed"
wait "$FLOOD"

# Out of descriptors (more connections than a low limit allows): accepting
# pauses instead of spinning on EMFILE, and serves again once they end.
stop_dgate
make_config "TCPIPTimeOut = 2" "MaxAssociations = 200"
nofile=$(ulimit -S -n)
ulimit -S -n 40
start_dgate
ulimit -S -n "$nofile"
python3 "$top_srcdir/tests/integration/dicom_raw.py" flood "$PORT" 60 1 > "$T/raw" 2>&1 ||
    { cat "$T/raw"; fail "the flood failed"; }
sleep 3
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "echoscu failed after running out of descriptors"; }
assert_contains "$T/dgate.log" "Too many open files"
n=$(grep -c "accept:" "$T/dgate.log")
[ "$n" -le 50 ] || fail "$n accept warnings: the accept loop spun"
exit 0
