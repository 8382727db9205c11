#!/bin/sh
# Eight storescu processes at once, 25 objects each, into one dgate: every
# object stored under its own name and indexed, nothing left over.
. "$top_srcdir/tests/integration/lib.sh"
need storescu python3

# 8 studies of 25 small CT objects, one directory per sender; the last two
# senders share a patient and a study, so their rows meet in the index.
python3 - "$T/in" <<'PY'
import os, struct, sys
def el(g, e, vr, v):
    if len(v) % 2:
        v += b"\0" if vr == b"UI" else b" "
    return struct.pack("<HH2sH", g, e, vr, len(v)) + v
us = lambda n: struct.pack("<H", n)
ct, root = b"1.2.840.10008.5.1.4.1.1.2", "1.2.826.0.1.3680043.2.1125.66"
for p in range(8):
    d = os.path.join(sys.argv[1], str(p))
    os.makedirs(d)
    study = min(p, 6)
    for i in range(25):
        sop = ("%s.%d.%d" % (root, p + 10, i + 1)).encode()
        meta = el(2, 2, b"UI", ct) + el(2, 3, b"UI", sop) + el(2, 0x10, b"UI", b"1.2.840.10008.1.2.1")
        meta = el(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
        ds = el(8, 0x16, b"UI", ct) + el(8, 0x18, b"UI", sop) + el(8, 0x60, b"CS", b"CT") + \
            el(0x10, 0x20, b"LO", b"PAR%d" % study) + \
            el(0x20, 0xD, b"UI", ("%s.%d" % (root, study + 1)).encode()) + \
            el(0x20, 0xE, b"UI", ("%s.%d.100" % (root, p + 1)).encode()) + \
            el(0x20, 0x13, b"IS", b"%d" % (i + 1)) + el(0x28, 2, b"US", us(1)) + \
            el(0x28, 4, b"CS", b"MONOCHROME2") + el(0x28, 0x10, b"US", us(64)) + \
            el(0x28, 0x11, b"US", us(64)) + el(0x28, 0x100, b"US", us(16)) + \
            el(0x28, 0x101, b"US", us(16)) + el(0x28, 0x102, b"US", us(15)) + \
            el(0x28, 0x103, b"US", us(0)) + \
            struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, 8192) + bytes([i]) * 8192
        with open(os.path.join(d, "%d.dcm" % i), "wb") as f:
            f.write(bytes(128) + b"DICM" + meta + ds)
PY

make_config "FileSync = 0"
start_dgate
pids=
for p in 0 1 2 3 4 5 6 7; do
    storescu -aec CONQUESTSRV1 -aet "SENDER$p" 127.0.0.1 "$PORT" "$T/in/$p"/*.dcm \
        > "$T/out$p" 2>&1 &
    pids="$pids $!"
done
rc=0
for pid in $pids; do
    wait "$pid" || rc=1
done
[ "$rc" -eq 0 ] || { cat "$T"/out*; tail -50 "$T/dgate.log"; fail "a storescu failed"; }
n=$(find "$T/data" -name '*.dcm' | wc -l)
[ "$n" -eq 200 ] || fail "$n files stored, expected 200"
[ "$(grep -c 'C-STORE-RSP status 0x0000' "$T/dgate.log")" -eq 200 ] || fail "not 200 successes"
if command -v sqlite3 > /dev/null; then
    rows=$(sqlite3 "$T/data/dbase/conquest.db3" "select count(*) from DICOMImages")
    [ "$rows" -eq 200 ] || fail "DICOMImages has $rows rows, expected 200"
fi
[ -z "$(ls -A "$T/data/.incoming")" ] || fail "temporary files left"
exit 0
