#!/bin/sh
# C-STORE in every transfer syntax we accept, each proposed alone (a storescu
# configuration profile with one syntax), so the server must take it as is:
# Implicit LE, Explicit LE, Explicit BE, Deflate, JPEG .50 .51 .57 .70,
# JPEG-LS .80 .81, JPEG 2000 .90 .91 and RLE. The stored file's meta header
# names that syntax and its dataset is byte for byte what was sent.
. "$top_srcdir/tests/integration/lib.sh"
need storescu dcmconv dcmcjpeg dcmcjpls dcmcrle dcmj2pnm img2dcm dcmodify dcmdump python3
SRC="$top_srcdir/data/samples/0009703828"
sample=$(ls "$SRC"/*.dcm | head -n 1)
[ -f "$sample" ] || skip "no sample in $SRC"

make_config
start_dgate
mkdir -p "$T/in"

# The dataset bytes of a Part-10 file: what follows the meta header
# (inflated for the deflate syntax, which storescu compresses anew).
cat > "$T/dataset.py" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[128:132] == b"DICM"
off = 132
while data[off:off + 2] == b"\x02\x00":
    vr = data[off + 4:off + 6]
    if vr in (b"OB", b"OW", b"UN", b"SQ", b"UT"):
        n = struct.unpack_from("<I", data, off + 8)[0]
        off += 12 + n
    else:
        n = struct.unpack_from("<H", data, off + 6)[0]
        off += 8 + n
rest = data[off:]
if b"1.2.840.10008.1.2.1.99" in data[132:off]:
    rest = zlib.decompress(rest, -15)
sys.stdout.buffer.write(rest)
PY

# name  UID  how the file is made (from $sample into $f); opj: compression ratio
i=0
while read -r name uid how; do
    i=$((i + 1))
    f="$T/in/$name.dcm"
    case "$how" in
    conv:*) dcmconv "${how#conv:}" "$sample" "$f" ;;
    cjpeg:*) dcmcjpeg "${how#cjpeg:}" "$sample" "$f" ;;
    cjpls:*) dcmcjpls "${how#cjpls:}" "$sample" "$f" ;;
    crle) dcmcrle "$sample" "$f" ;;
    img2dcm) dcmj2pnm +oj "$sample" "$T/in/x.jpg" && img2dcm "$T/in/x.jpg" "$f" ;;
    opj:*)
        # The sample's pixels through opj_compress, encapsulated in a CT
        # object of our own (dcmtk has no JPEG 2000 encoder).
        if ! command -v opj_compress > /dev/null; then
            echo "SKIP $name: opj_compress (libopenjp2-tools) is not installed"
            continue
        fi
        dcmj2pnm +on2 "$sample" "$T/in/x.png" &&
            opj_compress -i "$T/in/x.png" -o "$T/in/x.j2k" -r "${how#opj:}" > /dev/null 2>&1 &&
            python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$f" \
                "sop=1.2.826.0.1.3680043.2.1125.77.3.$i" "fragment=$T/in/x.j2k" "ts=$uid"
        ;;
    esac > "$T/make.log" 2>&1 || { cat "$T/make.log"; fail "cannot make the $name file"; }
    sop="1.2.826.0.1.3680043.2.1125.77.3.$i"
    dcmodify -nb -ma "(0008,0018)=$sop" "$f" > /dev/null 2>&1 || fail "dcmodify $name failed"
    dcmdump -M -Un +P 0002,0010 "$f" 2>/dev/null | grep -qF "[$uid]" ||
        fail "the $name file is not in $uid"
    class=$(dcmdump -Un +P 0008,0016 "$f" 2>/dev/null | sed -n 's/.*\[\(.*\)\].*/\1/p')
    cat > "$T/in/$name.cfg" <<CFG
[[TransferSyntaxes]]
[Only]
TransferSyntax1 = $uid
[[PresentationContexts]]
[One]
PresentationContext1 = $class\\Only
[[Profiles]]
[Profile]
PresentationContexts = One
CFG
    storescu -xf "$T/in/$name.cfg" Profile -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$f" \
        > "$T/out" 2>&1 || { cat "$T/out"; fail "storescu of $name ($uid) failed"; }
    stored=$(grep -l "$sop" $(find "$T/data" -name '*.dcm') 2>/dev/null | head -n 1)
    [ -n "$stored" ] || fail "$name: no stored file holds $sop"
    dcmdump -M -Un +P 0002,0010 "$stored" 2>/dev/null | grep -qF "[$uid]" ||
        fail "$name: stored in another transfer syntax than $uid"
    python3 "$T/dataset.py" "$f" > "$T/a"
    python3 "$T/dataset.py" "$stored" > "$T/b"
    cmp -s "$T/a" "$T/b" || fail "$name: the stored dataset differs from the one sent"
    echo "ok $name"
done <<LIST
ImplicitLE 1.2.840.10008.1.2 conv:+ti
ExplicitLE 1.2.840.10008.1.2.1 conv:+te
ExplicitBE 1.2.840.10008.1.2.2 conv:+tb
Deflated 1.2.840.10008.1.2.1.99 conv:+td
JPEGBaseline 1.2.840.10008.1.2.4.50 img2dcm
JPEGExtended 1.2.840.10008.1.2.4.51 cjpeg:+ee
JPEGLossless14 1.2.840.10008.1.2.4.57 cjpeg:+el
JPEGLosslessSV1 1.2.840.10008.1.2.4.70 cjpeg:+e1
JPEGLSLossless 1.2.840.10008.1.2.4.80 cjpls:+el
JPEGLSNearLossless 1.2.840.10008.1.2.4.81 cjpls:+en
JPEG2000Lossless 1.2.840.10008.1.2.4.90 opj:1
JPEG2000 1.2.840.10008.1.2.4.91 opj:8
RLE 1.2.840.10008.1.2.5 crle
LIST
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left"
exit 0
