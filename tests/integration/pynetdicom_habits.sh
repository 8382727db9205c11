#!/bin/bash
# dgate driven as pynetdicom 2.x's default AE drives a server, byte for byte
# on the wire (pynetdicom_habits.py says how): its association request of
# 128 storage contexts in its four default syntaxes, extended negotiation
# and role selection; C-ECHO; C-STORE in each default syntax (Deflated and
# Big Endian too), stored equal to the dataset sent; C-FIND at each level of
# Patient and Study Root in each syntax accepted; C-CANCEL of a C-FIND;
# C-MOVE to a stand-in for pynetdicom's storage SCP; C-GET as its getscu
# asks (role selection for 126 storage classes); one association idle and
# reused; A-RELEASE and A-ABORT (one in the middle of a C-GET) as it sends
# them. Every response is checked as pynetdicom decodes it (command sets per
# PS3.7, datasets in the context's syntax, PDUs within its 16382).
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need_python pydicom
HABITS="$top_srcdir/tests/integration/pynetdicom_habits.py"

# The C-MOVE destination: pynetdicom's AE as a storage SCP.
DEST_PORT=$(free_port)
mkdir -p "$T/DEST"
"$PY" "$HABITS" scp "$DEST_PORT" "$T/DEST" > "$T/scp.out" 2>&1 &
HELPER_PIDS="$HELPER_PIDS $!"
PORT=$(free_port)
while [ "$PORT" = "$DEST_PORT" ]; do PORT=$(free_port); done
echo "PYDEST 127.0.0.1 $DEST_PORT un" > "$T/acrnema.map"
make_config
start_dgate

"$PY" "$HABITS" "$PORT" "$T/data" PYDEST "$T/DEST" > "$T/out" 2>&1
rc=$?
cat "$T/out" "$T/scp.out"
[ $rc -eq 0 ] || { tail -30 "$T/dgate.log"; fail "pynetdicom's habits: $(grep -c FAIL "$T/out") failures"; }
assert_contains "$T/out" "0 failures"
! grep FAIL "$T/scp.out" || fail "the C-MOVE destination found faults"
# Both A-ABORTs (one in the middle of a C-GET) ended their association so.
n=$(grep -c "ended (aborted by the peer)" "$T/dgate.log")
[ "$n" -eq 2 ] || fail "$n associations ended as aborted by the peer, not 2"
# A C-CANCEL that crossed the final response is ignored, and said so.
if grep -q "cancel after one: final 0x0000" "$T/out"; then
    grep -q "C-CANCEL-RQ on context [0-9]* for message 1, answered already: ignored" "$T/dgate.log" ||
        fail "the late C-CANCEL-RQ is not logged as ignored"
fi
# The server is still up and logged no crash.
kill -0 "$DGATE_PID" || fail "dgate is gone"
exit 0
