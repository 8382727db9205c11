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
trap 'stop_dgate; umount "$T/mag"; cleanup' EXIT

# A 3 MB object that cannot fit, and a 0.5 MB one that can.
for spec in big:3:6 small:4:1; do
    python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/${spec%%:*}.dcm" \
        "sop=1.2.826.0.1.3680043.2.1125.55.$(echo "$spec" | cut -d: -f2)" patient=FULL \
        study=1.2.826.0.1.3680043.2.1125.55.1 series=1.2.826.0.1.3680043.2.1125.55.2 \
        "frames=${spec##*:}" rows=512 cols=512 || fail "cannot write the test objects"
done

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
[ -z "$(temp_files "$T/mag")" ] || { ls -laR "$T/mag/.incoming"; fail "temporary files left"; }
stop_dgate

# The free-space threshold (MB) above what is left: refused up front.
sed -i 's|^MAGDeviceFullThreshold = 0$|MAGDeviceFullThreshold = 30|' "$T/dicom.ini"
start_dgate
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/small.dcm" > "$T/out" 2>&1 &&
    fail "a store was accepted below MAGDeviceFullThreshold"
assert_contains "$T/dgate.log" "C-STORE-RSP status 0xa700 (message 1)"
[ -z "$(temp_files "$T/mag")" ] || fail "temporary files left"
exit 0
