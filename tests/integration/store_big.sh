#!/bin/sh
# A 200 MB object: the dataset streams to disk while the server's peak RSS
# (VmHWM) stays small, and the stored file is complete.
. "$top_srcdir/tests/integration/lib.sh"
need storescu python3
[ -r /proc/self/status ] || skip "no /proc to read VmHWM from"
free_kb=$(df -Pk "$T" | awk 'NR == 2 { print $4 }')
[ "$free_kb" -gt 1200000 ] || skip "less than 1.2 GB free in $T"

# 400 frames of 512 x 512 x 16 bits: 209,715,200 bytes of pixel data.
python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/big.dcm" \
    sop=1.2.826.0.1.3680043.2.1125.88.1 patient=BIG study=1.2.826.0.1.3680043.2.1125.88.2 \
    series=1.2.826.0.1.3680043.2.1125.88.3 frames=400 rows=512 cols=512 ||
    fail "cannot write the test object"
size=$(stat -c %s "$T/big.dcm")
[ "$size" -gt 209715200 ] || fail "the test object is only $size bytes"

make_config "FileSync = 0"
start_dgate
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/big.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu of the 200 MB object failed"; }
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$DGATE_PID/status")
echo "dgate VmHWM after a $size byte store: $hwm kB"
stored=$(find "$T/data/BIG" -name '*.dcm')
[ -n "$stored" ] || { find "$T/data"; fail "the object was not stored"; }
ssize=$(stat -c %s "$stored")
# Same dataset; the meta header is ours (a few bytes longer).
[ "$ssize" -gt 209715200 ] && [ "$((ssize - size))" -lt 200 ] && [ "$((size - ssize))" -lt 200 ] ||
    fail "stored $ssize bytes for a $size byte file"
cmp -s <(tail -c 209715200 "$T/big.dcm") <(tail -c 209715200 "$stored") ||
    fail "the stored pixel data differs"
# Bounded memory: a few buffers, far below the object's size.
[ "$hwm" -lt 32768 ] || fail "dgate's peak RSS was $hwm kB for a 200 MB object"

# Eight associations at once sending a 200 KB deflated dataset that
# inflates to 50 MB: reading its header inflates only the start of it (the
# whole inflated copy, eight at once, took over 500 MB).
if command -v dcmconv > /dev/null; then
    python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/plain.dcm" \
        sop=1.2.826.0.1.3680043.2.1125.88.4 patient=DEFLATED frames=100 rows=512 cols=512 ||
        fail "cannot write the deflated test object"
    dcmconv +td "$T/plain.dcm" "$T/deflated.dcm" || fail "dcmconv +td failed"
    rm -f "$T/plain.dcm"
    pids=
    for i in 1 2 3 4 5 6 7 8; do
        storescu -xd -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/deflated.dcm" > "$T/defl$i" 2>&1 &
        pids="$pids $!"
    done
    for pid in $pids; do
        wait "$pid" || { cat "$T"/defl[0-9]; fail "a deflated store failed"; }
    done
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$DGATE_PID/status")
    echo "dgate VmHWM after eight deflated stores at once: $hwm kB"
    [ "$hwm" -lt 65536 ] || fail "dgate's peak RSS was $hwm kB for eight deflated stores"
fi
exit 0
