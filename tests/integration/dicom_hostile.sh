#!/bin/sh
# Hostile files through `dgate --dump`: each must give a clear error and
# exit status 1 (never a crash, a hang or an over-read; the sanitizer build
# runs this too), and a lying meta group length must not matter.
. "$top_srcdir/tests/integration/lib.sh"
need python3

python3 - "$T" <<'PY'
import struct, sys
d = sys.argv[1]

def el(group, elem, vr, value):
    """An explicit VR little endian element."""
    if vr in (b'OB', b'OW', b'SQ', b'UN', b'UT', b'UC', b'UR'):
        return struct.pack('<HH2sHI', group, elem, vr, 0, len(value)) + value
    return struct.pack('<HH2sH', group, elem, vr, len(value)) + value

def meta(ts, group_length=None):
    body = (el(2, 1, b'OB', b'\x00\x01') + el(2, 2, b'UI', b'1.2.840.10008.5.1.4.1.1.7\x00') +
            el(2, 3, b'UI', b'1.2.3.4\x00') + el(2, 0x10, b'UI', ts))
    gl = len(body) if group_length is None else group_length
    return b'\x00' * 128 + b'DICM' + el(2, 0, b'UL', struct.pack('<I', gl)) + body

EXPLICIT = b'1.2.840.10008.1.2.1\x00'
IMPLICIT = b'1.2.840.10008.1.2\x00'
good = el(0x10, 0x10, b'PN', b'Doe^John') + el(0x10, 0x20, b'LO', b'ID42')

def write(name, data):
    with open(f'{d}/{name}', 'wb') as f:
        f.write(data)

write('lying-group-length.dcm', meta(EXPLICIT, 0x7FFFFFF0) + good)
write('beyond-end.dcm', meta(EXPLICIT) + good + struct.pack('<HH2sH', 0x10, 0x30, b'DA', 200) + b'1999')
write('undefined-us.dcm', meta(IMPLICIT) + struct.pack('<HHI', 0x28, 0x10, 0xFFFFFFFF) + b'\x00' * 8)
write('ts-mismatch.dcm', meta(EXPLICIT) + struct.pack('<HHI', 0x10, 0x10, 8) + b'Doe^John')
deep = struct.pack('<HHI', 0x08, 0x1140, 0xFFFFFFFF) + struct.pack('<HHI', 0xFFFE, 0xE000, 0xFFFFFFFF)
close = struct.pack('<HHI', 0xFFFE, 0xE00D, 0) + struct.pack('<HHI', 0xFFFE, 0xE0DD, 0)
write('deep.dcm', meta(IMPLICIT) + deep * 10000 + close * 10000)
write('truncated-meta.dcm', meta(EXPLICIT)[:150])
write('huge-item.dcm', meta(EXPLICIT) + struct.pack('<HH2sHI', 8, 0x1140, b'SQ', 0, 0xFFFFFFFF) +
      struct.pack('<HHI', 0xFFFE, 0xE000, 0x7FFFFFFF) + good)
PY

# expect_error FILE TEXT: exit status 1 and TEXT in the message.
expect_error() {
    "$DGATE" --dump "$T/$1" > "$T/out.txt" 2> "$T/err.txt"
    rc=$?
    [ "$rc" -eq 1 ] || { cat "$T/err.txt"; fail "$1: exit status $rc, not 1"; }
    assert_contains "$T/err.txt" "$1"
    assert_contains "$T/err.txt" "$2"
}

"$DGATE" --dump "$T/lying-group-length.dcm" > "$T/out.txt" || fail "a lying meta group length broke the read"
assert_contains "$T/out.txt" "(0010,0020) LO [ID42]"
expect_error beyond-end.dcm "input truncated"
expect_error truncated-meta.dcm "input truncated"
expect_error huge-item.dcm "input truncated"
expect_error undefined-us.dcm "malformed input"
expect_error ts-mismatch.dcm "malformed input"
expect_error deep.dcm "nesting too deep"
exit 0
