#!/bin/sh
# A store into a full file system: a MAG device on a 2 MB tmpfs (mounted by
# the test, so root only). An object that does not fit fails with 0xA700
# (out of resources) and leaves no file, partial or temporary; the same
# association then stores a small object; with the MAGDeviceFullThreshold
# above the free space, stores are refused before anything is written.
. "$top_srcdir/tests/integration/lib.sh"
need storescu python3
[ "$(id -u)" -eq 0 ] || skip "needs root to mount a small tmpfs"
mkdir -p "$T/mag"
mount -t tmpfs -o size=2m tmpfs "$T/mag" 2> "$T/mount.err" ||
    skip "cannot mount a tmpfs here: $(cat "$T/mount.err")"
trap 'stop_dgate; umount "$T/mag"; rm -rf "$T"' EXIT

# make NAME SOP FRAMES: a CT object of FRAMES 512x512x16 frames (512 KB each).
make_object() {
    python3 - "$T/$1.dcm" "$2" "$3" <<'PY'
import struct, sys
def el(g, e, vr, v):
    if len(v) % 2:
        v += b"\0" if vr == b"UI" else b" "
    return struct.pack("<HH2sH", g, e, vr, len(v)) + v
us = lambda n: struct.pack("<H", n)
ct, sop, frames = b"1.2.840.10008.5.1.4.1.1.2", sys.argv[2].encode(), int(sys.argv[3])
meta = el(2, 2, b"UI", ct) + el(2, 3, b"UI", sop) + el(2, 0x10, b"UI", b"1.2.840.10008.1.2.1")
meta = el(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
ds = el(8, 0x16, b"UI", ct) + el(8, 0x18, b"UI", sop) + el(0x10, 0x20, b"LO", b"FULL") + \
    el(0x20, 0xD, b"UI", b"1.2.826.0.1.3680043.2.1125.55.1") + \
    el(0x20, 0xE, b"UI", b"1.2.826.0.1.3680043.2.1125.55.2") + el(0x28, 2, b"US", us(1)) + \
    el(0x28, 4, b"CS", b"MONOCHROME2") + el(0x28, 8, b"IS", str(frames).encode()) + \
    el(0x28, 0x10, b"US", us(512)) + el(0x28, 0x11, b"US", us(512)) + \
    el(0x28, 0x100, b"US", us(16)) + el(0x28, 0x101, b"US", us(16)) + \
    el(0x28, 0x102, b"US", us(15)) + el(0x28, 0x103, b"US", us(0))
with open(sys.argv[1], "wb") as f:
    f.write(bytes(128) + b"DICM" + meta + ds)
    f.write(struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, frames * 524288))
    f.write(b"\x55" * (frames * 524288))
PY
}
make_object big 1.2.826.0.1.3680043.2.1125.55.3 6
make_object small 1.2.826.0.1.3680043.2.1125.55.4 1

make_config "MAGDeviceFullThreshold = 0"
sed -i 's|^MAGDevice0 = data/$|MAGDevice0 = mag/|' "$T/dicom.ini"
start_dgate
# One association: the 3 MB object first (fails), then the 0.5 MB one.
storescu -nh -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/big.dcm" "$T/small.dcm" > "$T/out" 2>&1
assert_contains "$T/dgate.log" "C-STORE-RSP status 0xa700 (message 1)"
assert_contains "$T/dgate.log" "C-STORE-RSP status 0x0000 (message 2)"
n=$(find "$T/mag" -name '*.dcm' | wc -l)
[ "$n" -eq 1 ] || { find "$T/mag" -ls; fail "$n files in the full MAG device, expected the small one"; }
[ "$(find "$T/mag" -name '*.dcm' -size +1000k | wc -l)" -eq 0 ] || fail "a partial big file was kept"
[ -z "$(ls -A "$T/mag/.incoming")" ] || { ls -la "$T/mag/.incoming"; fail "temporary files left"; }
stop_dgate

# The free-space threshold (MB) above what is left: refused up front.
sed -i 's|^MAGDeviceFullThreshold = 0$|MAGDeviceFullThreshold = 30|' "$T/dicom.ini"
start_dgate
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/small.dcm" > "$T/out" 2>&1 &&
    fail "a store was accepted below MAGDeviceFullThreshold"
assert_contains "$T/dgate.log" "C-STORE-RSP status 0xa700 (message 1)"
[ -z "$(ls -A "$T/mag/.incoming")" ] || fail "temporary files left"
exit 0
