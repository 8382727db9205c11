#!/bin/sh
# A 200 MB object: the dataset streams to disk while the server's peak RSS
# (VmHWM) stays small, and the stored file is complete.
. "$top_srcdir/tests/integration/lib.sh"
need storescu python3
[ -r /proc/self/status ] || skip "no /proc to read VmHWM from"
free_kb=$(df -Pk "$T" | awk 'NR == 2 { print $4 }')
[ "$free_kb" -gt 1200000 ] || skip "less than 1.2 GB free in $T"

# 400 frames of 512 x 512 x 16 bits: 209,715,200 bytes of pixel data.
python3 - "$T/big.dcm" <<'PY'
import struct, sys
def el(g, e, vr, v):
    if len(v) % 2:
        v += b"\0" if vr == b"UI" else b" "
    return struct.pack("<HH2sH", g, e, vr, len(v)) + v
us = lambda n: struct.pack("<H", n)
ct, sop = b"1.2.840.10008.5.1.4.1.1.2", b"1.2.826.0.1.3680043.2.1125.88.1"
meta = el(2, 2, b"UI", ct) + el(2, 3, b"UI", sop) + el(2, 0x10, b"UI", b"1.2.840.10008.1.2.1")
meta = el(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
ds = el(8, 0x16, b"UI", ct) + el(8, 0x18, b"UI", sop) + el(8, 0x60, b"CS", b"CT") + \
    el(0x10, 0x20, b"LO", b"BIG") + el(0x20, 0xD, b"UI", b"1.2.826.0.1.3680043.2.1125.88.2") + \
    el(0x20, 0xE, b"UI", b"1.2.826.0.1.3680043.2.1125.88.3") + el(0x28, 2, b"US", us(1)) + \
    el(0x28, 4, b"CS", b"MONOCHROME2") + el(0x28, 8, b"IS", b"400") + \
    el(0x28, 0x10, b"US", us(512)) + el(0x28, 0x11, b"US", us(512)) + \
    el(0x28, 0x100, b"US", us(16)) + el(0x28, 0x101, b"US", us(16)) + \
    el(0x28, 0x102, b"US", us(15)) + el(0x28, 0x103, b"US", us(0))
frame = bytes(range(256)) * 2048
with open(sys.argv[1], "wb") as f:
    f.write(bytes(128) + b"DICM" + meta + ds)
    f.write(struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, 400 * len(frame)))
    for _ in range(400):
        f.write(frame)
PY
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
exit 0
