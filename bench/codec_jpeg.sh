#!/bin/bash
# The JPEG rows of the codec benchmark (issue 11): MB/s of native pixels
# encoded and decoded per codec, ours (bench/codec_speed, one frame at a
# time through codec.h) against dcmtk's dcmcjpeg/dcmdjpeg and GDCM's
# gdcmconv on the same multi-frame files. The tools' times include their
# start and their file I/O; each number is the best of $ROUNDS runs.
# Needs python3, dcmtk; gdcmconv (libgdcm-tools) when there. Exits 0.
set -u
: "${top_builddir:=.}"
SPEED=${SPEED:-$top_builddir/bench/codec_speed}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d /tmp/bench-codec-jpeg.XXXXXX)
trap 'rm -rf "$work"' EXIT

# make_native FILE ROWS COLS FRAMES SAMPLES BITS_ALLOCATED BITS_STORED:
# smooth anatomy-like gradients with a little noise, Explicit VR LE.
make_native() {
    python3 - "$@" <<'PY'
import struct, sys, random
path, rows, cols, frames, spp, ba, bs = sys.argv[1], *map(int, sys.argv[2:])
rnd = random.Random(1)
top = (1 << bs) - 1
row_bytes = []
fmt = 'B' if ba == 8 else 'H'
for f in range(frames):
    for y in range(rows):
        base = [((x * 3 + y * 2 + f * 5) * top) // (5 * (rows + cols)) for x in range(cols)]
        vals = []
        for v in base:
            for k in range(spp):
                vals.append(min(top, max(0, v + k * top // 7 + rnd.randint(-3, 3))))
        row_bytes.append(struct.pack('<%d%s' % (len(vals), fmt), *vals))
px = b''.join(row_bytes)
def el(g, e, vr, val):
    if vr in ('OB', 'OW'):
        return struct.pack('<HH2sHI', g, e, vr.encode(), 0, len(val)) + val
    return struct.pack('<HH2sH', g, e, vr.encode(), len(val)) + val
def txt(v, pad=b' '):
    v = v.encode()
    return v + (pad if len(v) % 2 else b'')
us = lambda v: struct.pack('<H', v)
sop = '1.2.840.10008.5.1.4.1.1.7.2' if spp == 1 and ba == 16 else '1.2.840.10008.5.1.4.1.1.7.4'
body = el(2, 1, 'OB', b'\0\1') + el(2, 2, 'UI', txt(sop, b'\0')) + el(2, 3, 'UI', txt('2.25.77', b'\0')) \
    + el(2, 0x10, 'UI', txt('1.2.840.10008.1.2.1', b'\0'))
meta = el(2, 0, 'UL', struct.pack('<I', len(body))) + body
ds = el(8, 0x16, 'UI', txt(sop, b'\0')) + el(8, 0x18, 'UI', txt('2.25.77', b'\0')) \
    + el(0x10, 0x10, 'PN', txt('BENCH^JPEG')) + el(0x28, 2, 'US', us(spp)) \
    + el(0x28, 4, 'CS', txt('RGB' if spp == 3 else 'MONOCHROME2'))
if spp == 3:
    ds += el(0x28, 6, 'US', us(0))
ds += el(0x28, 8, 'IS', txt(str(frames))) + el(0x28, 0x10, 'US', us(rows)) + el(0x28, 0x11, 'US', us(cols)) \
    + el(0x28, 0x100, 'US', us(ba)) + el(0x28, 0x101, 'US', us(bs)) + el(0x28, 0x102, 'US', us(bs - 1)) \
    + el(0x28, 0x103, 'US', us(0)) + el(0x7fe0, 0x10, 'OB' if ba == 8 else 'OW', px)
open(path, 'wb').write(b'\0' * 128 + b'DICM' + meta + ds)
PY
}

# best_seconds COMMAND...: the shortest wall time of $ROUNDS runs, or
# nothing when the command fails.
best_seconds() {
    local best="" t0 t1 t
    for _ in $(seq "$ROUNDS"); do
        t0=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || return 0
        t1=$(date +%s.%N)
        t=$(echo "$t1 - $t0" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

mbps() { # BYTES SECONDS
    if [ -n "$2" ]; then
        printf '%.1f' "$(echo "$1 / 1000000 / $2" | bc -l)"
    else
        printf -- '-'
    fi
}

have_gdcm=0
command -v gdcmconv >/dev/null && have_gdcm=1
command -v dcmcjpeg >/dev/null || { echo "dcmcjpeg missing: benchmark skipped"; exit 0; }
[ -x "$SPEED" ] || { echo "$SPEED missing (make bench-codec-jpeg builds it)"; exit 0; }

make_native "$work/ct12.dcm" 512 512 16 1 16 12
make_native "$work/mono8.dcm" 512 512 16 1 8 8
make_native "$work/rgb8.dcm" 512 512 8 3 8 8
bytes_of() { case $1 in ct12) echo $((512 * 512 * 2 * 16)) ;; mono8) echo $((512 * 512 * 16)) ;; rgb8) echo $((512 * 512 * 3 * 8)) ;; esac; }

printf '%-26s %-6s | %9s %9s | %9s %9s | %9s %9s | MB/s\n' codec image \
    "ours enc" "ours dec" "dcmtk enc" "dcmtk dec" "gdcm enc" "gdcm dec"
# row NAME UID IMAGE DCMCJPEG-OPTIONS GDCMCONV-OPTIONS ('' for none)
row() {
    local name=$1 uid=$2 image=$3 in="$work/$3.dcm" bytes ours
    local -a dopt gopt
    read -ra dopt <<<"$4"
    read -ra gopt <<<"$5"
    bytes=$(bytes_of "$image")
    ours=$("$SPEED" "$uid" "$in" "$ROUNDS") || ours="- - 0"
    local oe=${ours%% *} rest=${ours#* } de dd ge="" gd=""
    local od=${rest%% *}
    dcmcjpeg "${dopt[@]}" "$in" "$work/d.dcm" >/dev/null 2>&1
    de=$(best_seconds dcmcjpeg "${dopt[@]}" "$in" "$work/d.dcm")
    dd=$(best_seconds dcmdjpeg "$work/d.dcm" "$work/dd.dcm")
    if [ "$have_gdcm" = 1 ] && [ "${#gopt[@]}" -gt 0 ]; then
        gdcmconv "${gopt[@]}" "$in" "$work/g.dcm" >/dev/null 2>&1
        ge=$(best_seconds gdcmconv "${gopt[@]}" "$in" "$work/g.dcm")
        gd=$(best_seconds gdcmconv --raw "$work/g.dcm" "$work/gd.dcm")
    fi
    printf '%-26s %-6s | %9s %9s | %9s %9s | %9s %9s |\n' "$name" "$image" "$oe" "$od" \
        "$(mbps "$bytes" "$de")" "$(mbps "$bytes" "$dd")" "$(mbps "$bytes" "$ge")" "$(mbps "$bytes" "$gd")"
}
row "JPEG lossless SV1 .4.70" 1.2.840.10008.1.2.4.70 ct12 "+e1" "-J"
row "JPEG lossless SV1 .4.70" 1.2.840.10008.1.2.4.70 mono8 "+e1" "-J"
row "JPEG lossless SV1 .4.70" 1.2.840.10008.1.2.4.70 rgb8 "+e1" "-J"
row "JPEG lossless .4.57" 1.2.840.10008.1.2.4.57 ct12 "+el +sv 1" ""
row "JPEG extended .4.51" 1.2.840.10008.1.2.4.51 ct12 "+ee" "-J --lossy -q 90"
row "JPEG baseline .4.50" 1.2.840.10008.1.2.4.50 mono8 "+eb" "-J --lossy -q 90"
row "JPEG baseline .4.50" 1.2.840.10008.1.2.4.50 rgb8 "+eb" "-J --lossy -q 90"
exit 0
