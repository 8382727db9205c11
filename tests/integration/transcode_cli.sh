#!/bin/bash
# dgate -jd and -jc (Conquest's switches) on files made here: RLE Lossless
# written by dgate decodes with dcmtk's dcmdrle and GDCM's gdcmconv to the
# pixels it was made from, and dcmcrle's and gdcmconv's RLE decode with
# dgate -jd to them too (8 and 16 bits, signed and unsigned, monochrome and
# RGB in both planar configurations, single and multi-frame); the
# uncompressed codes convert between byte orders; and a compress or
# decompress that fails leaves the file as it was, with no temporary file
# beside it.
. "$(dirname "$0")/lib.sh"
need dcmdump dcmdrle dcmcrle gdcmconv python3

make_config
dgate_j() {
    "$DGATE" -w "$T/dicom.ini" "$@"
}

# An Explicit VR LE Part-10 image of the given geometry, its pixels from a
# fixed generator (runs and noise, signed values sign-extended).
mkimage() { # file rows cols samples bits stored signed planar frames photometric
    python3 - "$@" <<'PY'
import random, struct, sys
path, rows, cols, spp, bits, stored, signed, planar, frames, photo = sys.argv[1:]
rows, cols, spp, bits, stored, signed, planar, frames = map(int, (rows, cols, spp, bits, stored, signed, planar, frames))
rnd = random.Random(rows * 131 + cols * 7 + bits + signed * 3 + frames)
def el(g, e, vr, v):
    if vr in ("OB", "OW", "SQ", "UN", "UT"):
        return struct.pack("<HH2sHI", g, e, vr.encode(), 0, len(v)) + v
    return struct.pack("<HH2sH", g, e, vr.encode(), len(v)) + v
def s(v):
    v = v.encode()
    return v + (b" " if len(v) % 2 else b"")
def ui(v):
    v = v.encode()
    return v + (b"\0" if len(v) % 2 else b"")
us = lambda v: struct.pack("<H", v)
n = rows * cols * spp * frames
vals, v = [], 0
for i in range(n):
    if rnd.random() < 0.4:
        v = rnd.getrandbits(stored)
    vals.append(v)
if bits == 8:
    px = bytes(vals)
else:
    out = []
    for v in vals:
        if signed and v >> (stored - 1):
            v |= (0xFFFF << stored) & 0xFFFF
        out.append(v)
    px = struct.pack("<%dH" % n, *out)
sop = "2.25.%d" % rnd.getrandbits(100)
cls = "1.2.840.10008.5.1.4.1.1.7" if frames == 1 else "1.2.840.10008.5.1.4.1.1.7." + ("4" if spp == 3 else "2" if bits == 8 else "3")
ds = b"".join([
    el(0x0008, 0x0016, "UI", ui(cls)), el(0x0008, 0x0018, "UI", ui(sop)),
    el(0x0008, 0x0060, "CS", s("OT")), el(0x0010, 0x0010, "PN", s("TRANSCODE^CLI")),
    el(0x0010, 0x0020, "LO", s("TC1")),
    el(0x0020, 0x000D, "UI", ui(sop + ".1")), el(0x0020, 0x000E, "UI", ui(sop + ".2")),
    el(0x0028, 0x0002, "US", us(spp)), el(0x0028, 0x0004, "CS", s(photo)),
] + ([el(0x0028, 0x0006, "US", us(planar))] if spp > 1 else []) + [
    el(0x0028, 0x0008, "IS", s(str(frames))),
    el(0x0028, 0x0010, "US", us(rows)), el(0x0028, 0x0011, "US", us(cols)),
    el(0x0028, 0x0100, "US", us(bits)), el(0x0028, 0x0101, "US", us(stored)),
    el(0x0028, 0x0102, "US", us(stored - 1)), el(0x0028, 0x0103, "US", us(signed)),
    el(0x7FE0, 0x0010, "OB" if bits == 8 else "OW", px + (b"\0" if len(px) % 2 else b"")),
])
meta = b"".join([
    el(0x0002, 0x0001, "OB", b"\0\1"), el(0x0002, 0x0002, "UI", ui(cls)),
    el(0x0002, 0x0003, "UI", ui(sop)), el(0x0002, 0x0010, "UI", ui("1.2.840.10008.1.2.1")),
    el(0x0002, 0x0012, "UI", ui("1.2.3.4")),
])
meta = el(0x0002, 0x0000, "UL", struct.pack("<I", len(meta))) + meta
open(path, "wb").write(b"\0" * 128 + b"DICM" + meta + ds)
PY
}

# The pixel bytes of a file with uncompressed pixel data, into $2, colour
# by pixel (RLE leaves the planar configuration to the writer: GDCM writes
# colour by plane, and its decoders keep what the file says).
pixels() {
    rm -rf "$T/w" && mkdir "$T/w" && dcmdump -q +W "$T/w" "$1" > "$T/w.txt" ||
        fail "dcmdump +W $1"
    cat "$T/w"/*.raw > "$2"
    python3 - "$2" "$T/w.txt" <<'PY'
import re, sys
raw, dump = sys.argv[1], open(sys.argv[2]).read()
def num(name, default):
    m = re.search(r"\(0028,%s\) \w\w \[?(\d+)" % name, dump)
    return int(m.group(1)) if m else default
if num("0006", 0) == 1 and num("0002", 1) == 3:
    rows, cols, frames, b = num("0010", 0), num("0011", 0), num("0008", 1), num("0100", 8) // 8
    data, n = open(raw, "rb").read(), rows * cols
    out = bytearray()
    for f in range(frames):
        fr = data[f * n * 3 * b:(f + 1) * n * 3 * b]
        for p in range(n):
            for s in range(3):
                out += fr[(s * n + p) * b:(s * n + p + 1) * b]
    open(raw, "wb").write(bytes(out))
PY
}

ts_of() {
    dcmdump -q -M "$1" 2>/dev/null | sed -n 's/.*(0002,0010) UI =\([A-Za-z]*\).*/\1/p'
}

# No dot file (a temporary file) beside the image.
no_temp() {
    if ls -A "$T/img" | grep -q '^\.'; then
        ls -lA "$T/img"
        fail "a temporary file was left beside $1"
    fi
}

mkdir -p "$T/img"
cases="8x9x1x8x8x0x0x1xMONOCHROME2 33x17x1x16x12x0x0x3xMONOCHROME2 16x16x1x16x12x1x0x2xMONOCHROME1
       20x21x1x16x16x1x0x1xMONOCHROME2 16x13x3x8x8x0x0x2xRGB 12x12x3x8x8x0x1x1xRGB 64x64x1x8x8x0x0x4xMONOCHROME2"
for c in $cases; do
    set -- $(echo "$c" | tr x ' ')
    f="$T/img/$c.dcm"
    mkimage "$f" "$@"
    pixels "$f" "$T/orig.raw"
    cp "$f" "$T/orig.dcm"

    # Ours to RLE; dcmdrle's and gdcmconv's decoding give the pixels made.
    out=$(dgate_j -jcjr "$f" 2>&1) || fail "-jcjr $c: $out"
    [ "$(ts_of "$f")" = RLELossless ] || fail "-jcjr $c wrote $(ts_of "$f")"
    no_temp "$c"
    dcmdrle "$f" "$T/d.dcm" || fail "dcmdrle refused our RLE of $c"
    pixels "$T/d.dcm" "$T/d.raw"
    cmp -s "$T/orig.raw" "$T/d.raw" || fail "dcmdrle of our RLE of $c differs from the pixels made"
    gdcmconv --raw "$f" "$T/g.dcm" || fail "gdcmconv refused our RLE of $c"
    pixels "$T/g.dcm" "$T/g.raw"
    cmp -s "$T/orig.raw" "$T/g.raw" || fail "gdcmconv of our RLE of $c differs from the pixels made"

    # And back with -jd: Explicit VR LE, the same pixels.
    out=$(dgate_j -jd "$f" 2>&1) || fail "-jd $c: $out"
    [ "$(ts_of "$f")" = LittleEndianExplicit ] || fail "-jd $c wrote $(ts_of "$f")"
    pixels "$f" "$T/back.raw"
    cmp -s "$T/orig.raw" "$T/back.raw" || fail "-jcjr then -jd of $c changed the pixels"

    # dcmcrle's and gdcmconv's RLE decode with us to the pixels made.
    dcmcrle "$T/orig.dcm" "$T/img/c.dcm" || fail "dcmcrle $c"
    out=$(dgate_j -jd "$T/img/c.dcm" 2>&1) || fail "-jd of dcmcrle's $c: $out"
    pixels "$T/img/c.dcm" "$T/c.raw"
    cmp -s "$T/orig.raw" "$T/c.raw" || fail "-jd of dcmcrle's RLE of $c differs"
    gdcmconv --rle "$T/orig.dcm" "$T/img/gr.dcm" || fail "gdcmconv --rle $c"
    [ "$(ts_of "$T/img/gr.dcm")" = RLELossless ] || fail "gdcmconv did not write RLE for $c"
    out=$(dgate_j -jd "$T/img/gr.dcm" 2>&1) || fail "-jd of gdcmconv's $c: $out"
    pixels "$T/img/gr.dcm" "$T/gr.raw"
    cmp -s "$T/orig.raw" "$T/gr.raw" || fail "-jd of gdcmconv's RLE of $c differs"
    rm -f "$T/img/c.dcm" "$T/img/gr.dcm"
    no_temp "$c"
done

# The uncompressed codes: Big Endian and back, the pixels as made.
f="$T/img/16x16x1x16x12x1x0x2xMONOCHROME1.dcm"
pixels "$f" "$T/orig.raw"
dgate_j -jcub "$f" >/dev/null || fail "-jcub"
[ "$(ts_of "$f")" = BigEndianExplicit ] || fail "-jcub wrote $(ts_of "$f")"
# A file under un is Explicit LE, as Conquest's IncomingCompression un
# stores it (Implicit LE is what un proposes on the network).
dgate_j -jcun "$f" >/dev/null || fail "-jcun"
[ "$(ts_of "$f")" = LittleEndianExplicit ] || fail "-jcun wrote $(ts_of "$f")"
pixels "$f" "$T/back.raw"
cmp -s "$T/orig.raw" "$T/back.raw" || fail "ub, then un changed the pixels"
dgate_j -jd "$f" > "$T/out" || fail "-jd of an Explicit LE file"
assert_contains "$T/out" "unchanged"

# Failures leave the file as it was: an unknown code, a codec this dgate
# lacks, RLE whose segment offsets point beyond the frame, and a file that
# is no DICOM. Each says why.
dgate_j -jcjr "$f" >/dev/null || fail "-jcjr"
cp "$f" "$T/before.dcm"
expect_refusal() { # what-it-says args...
    local why=$1
    shift
    if dgate_j "$@" > "$T/out" 2>&1; then fail "dgate $* succeeded"; fi
    assert_contains "$T/out" "$why"
    cmp -s "$f" "$T/before.dcm" || fail "dgate $* changed the file"
    no_temp "$*"
}
expect_refusal "not a compression code" -jczz "$f"
expect_refusal "not available" -jcn4 "$f"
python3 - "$f" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
# The RLE header of the first frame: 2 segments, the first at 64.
i = b.index(bytes([2, 0, 0, 0, 64, 0, 0, 0]))
b[i + 8:i + 12] = (0x7FFFFFF0).to_bytes(4, "little")
open(p, "wb").write(b)
PY
cp "$f" "$T/before.dcm"
expect_refusal "cannot transcode" -jd "$f"
echo "not dicom" > "$f"
cp "$f" "$T/before.dcm"
expect_refusal "cannot read it as DICOM" -jcjr "$f"
expect_refusal "needs a file name" -jd
echo "PASS"
