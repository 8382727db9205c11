#!/bin/sh
# dgate -r reads files with the dicom.ini limits that C-STORE applies
# (MaxNestingDepth), so that every file the server accepted can be indexed
# again, and a file nested deeper than the limit is reported, not indexed.
. "$top_srcdir/tests/integration/lib.sh"

need sqlite3 python3
make_config "MaxNestingDepth = 100"
# Raw implicit VR little endian files (no meta header, as Conquest's .v2):
# the five keys and (0008,1140) nested `depth` sequences deep.
python3 - "$T/data" <<'PY'
import struct, sys
def el(g, e, v):
    if len(v) % 2:
        v += b'\0'
    return struct.pack('<HHI', g, e, len(v)) + v
def nested(depth):
    inner = b''
    for _ in range(depth):
        inner = (struct.pack('<HHI', 0x0008, 0x1140, 0xFFFFFFFF) +
                 struct.pack('<HHI', 0xFFFE, 0xE000, 0xFFFFFFFF) + inner +
                 struct.pack('<HHI', 0xFFFE, 0xE00D, 0) +
                 struct.pack('<HHI', 0xFFFE, 0xE0DD, 0))
    return inner
for depth, n in ((80, 1), (120, 2)):
    uid = b'1.2.826.0.1.3680043.9.7.%d' % n
    data = (el(0x0008, 0x0016, b'1.2.840.10008.5.1.4.1.1.7') + el(0x0008, 0x0018, uid + b'.1.1') +
            nested(depth) + el(0x0010, 0x0020, b'DEEP%d' % depth) + el(0x0020, 0x000D, uid) +
            el(0x0020, 0x000E, uid + b'.1'))
    open('%s/deep%d.dcm' % (sys.argv[1], depth), 'wb').write(data)
PY
"$DGATE" -w "$T" -r > "$T/out" 2> "$T/err" || fail "dgate -r exited $?: $(cat "$T/err")"
assert_contains "$T/out" "[Regen] $T/data/deep80.dcm -SUCCESS"
assert_contains "$T/out" "***[Regen] $T/data/deep120.dcm -FAILED: Error on Load"
[ "$(sqlite3 "$T/data/dbase/conquest.db3" 'select ImagePat from DICOMImages')" = DEEP80 ] ||
    fail "the images indexed are not just DEEP80"
exit 0
