#!/bin/sh
# WADO-RS over objects stored by C-STORE (the sample phantoms, stored
# uncompressed, and Conquest's JPEG-LS samples): a study, a series and an
# instance as multipart/related Part-10 parts (split by wado_lib.py, each
# read by dcmdump), in Explicit VR Little Endian by default (the JPEG-LS
# decoded to the pixels dcmdjpls gives), as stored with transfer-syntax=*,
# in JPEG-LS when asked; 406, 404 and 400; metadata at the three levels
# from the index with the files moved away, an instance without its kept
# row read from its file and kept again; the server keeps serving.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 sqlite3 storescu dcmdump dcmdjpls
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$SAMPLES" ] || skip "no $SAMPLES"
LIB="$top_srcdir/tests/integration/wado_lib.py"

WEB_PORT=auto
make_config "UserLog = PacsUser.log"
start_dgate
URL="http://127.0.0.1:$WEB_PORT/dicom-web"
storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$top_srcdir"/data/samples/*/*.dcm "$SAMPLES"/*.dcm \
    > "$T/store.out" 2>&1 || { cat "$T/store.out"; fail "storescu failed"; }
DB=$T/data/dbase/conquest.db3
q() { sqlite3 "$DB" "$1"; }
uid_of() { dcmdump -q +P "$1" "$2" | sed 's/.*\[\(.*\)\].*/\1/'; }
# body FILE: the dataset's dump without the meta header, for comparing.
body() { dcmdump -q +L "$1" | grep -v '^(0002,' | grep -v '^# '; }
# pixels FILE: its Pixel Data's bytes on stdout (dcmdump writes them out).
pixels() {
    rm -rf "$T/px" && mkdir "$T/px" && dcmdump -q +W "$T/px" "$1" > /dev/null && cat "$T/px"/*.raw
}

st() { python3 "$LIB" status "$@"; }

PH=$(ls "$top_srcdir"/data/samples/PHANTOM-MR1/*.dcm | head -1)
PH_STUDY=$(uid_of StudyInstanceUID "$PH")
LS=$(ls "$SAMPLES"/*.dcm | head -1)
LS_STUDY=$(uid_of StudyInstanceUID "$LS")
LS_SERIES=$(uid_of SeriesInstanceUID "$LS")
LS_SOP=$(uid_of SOPInstanceUID "$LS")

# ---- a study, default syntax: Explicit VR Little Endian, every instance ----
python3 "$LIB" parts "$URL/studies/$PH_STUDY" "$T/ph" > "$T/ph.ts" || fail "GET study"
n=$(q "select count(*) from DICOMImages i join DICOMSeries s on i.SeriesInst = s.SeriesInst where s.StudyInsta = '$PH_STUDY'")
[ "$(wc -l < "$T/ph.ts")" = "$n" ] || fail "study: $(wc -l < "$T/ph.ts") parts, $n instances"
grep -qv ' 1.2.840.10008.1.2.1$' "$T/ph.ts" && fail "study: a part not Explicit VR LE: $(cat "$T/ph.ts")"
for f in "$T"/ph/*.dcm; do
    sop=$(uid_of SOPInstanceUID "$f")
    orig=$(grep -l "$sop" "$top_srcdir"/data/samples/*/*.dcm | head -1)
    [ -n "$orig" ] || fail "$f: an instance that was not stored ($sop)"
    body "$f" > "$T/got" && body "$orig" > "$T/want" || fail "dcmdump $f"
    cmp -s "$T/got" "$T/want" || { diff "$T/want" "$T/got" | head; fail "$sop differs from what was stored"; }
done

# ---- JPEG-LS stored: decoded by default, as stored with *, ----------------
python3 "$LIB" parts "$URL/studies/$LS_STUDY/series/$LS_SERIES/instances/$LS_SOP" "$T/ls" > "$T/ls.ts" ||
    fail "GET instance"
[ "$(cat "$T/ls.ts")" = "0 1.2.840.10008.1.2.1" ] || fail "instance: $(cat "$T/ls.ts")"
dcmdjpls +px "$LS" "$T/ls-ref.dcm" || fail "dcmdjpls"
pixels "$T/ls/part-0.dcm" > "$T/got"
pixels "$T/ls-ref.dcm" > "$T/want"
cmp -s "$T/got" "$T/want" || fail "the JPEG-LS instance's pixels are not dcmdjpls's"
python3 "$LIB" parts "$URL/studies/$LS_STUDY/series/$LS_SERIES" "$T/lsa" \
    'multipart/related; type="application/dicom"; transfer-syntax=*' > "$T/lsa.ts" || fail "GET series as stored"
[ "$(grep -c ' 1.2.840.10008.1.2.4.80$' "$T/lsa.ts")" = 2 ] || fail "series as stored: $(cat "$T/lsa.ts")"
for f in "$T"/lsa/*.dcm; do
    sop=$(uid_of SOPInstanceUID "$f")
    stored=$T/data/$(q "select ObjectFile from DICOMImages where SOPInstanc = '$sop'")
    body "$f" > "$T/got"; body "$stored" > "$T/want"
    cmp -s "$T/got" "$T/want" || { diff "$T/want" "$T/got" | cut -c1-200 | head; fail "$sop as stored differs from the stored file"; }
done
# Asked in JPEG-LS: the phantom series compressed, decoding to its pixels.
PH_SERIES=$(uid_of SeriesInstanceUID "$PH")
python3 "$LIB" parts "$URL/studies/$PH_STUDY/series/$PH_SERIES" "$T/phls" \
    'multipart/related; type="application/dicom"; transfer-syntax=1.2.840.10008.1.2.4.80, */*;q=0.5' > "$T/phls.ts" ||
    fail "GET series in JPEG-LS"
grep -qv ' 1.2.840.10008.1.2.4.80$' "$T/phls.ts" && fail "not JPEG-LS: $(cat "$T/phls.ts")"
for f in "$T"/phls/*.dcm; do
    sop=$(uid_of SOPInstanceUID "$f")
    orig=$(grep -l "$sop" "$top_srcdir"/data/samples/*/*.dcm | head -1)
    dcmdjpls +px "$f" "$f.raw" || fail "dcmdjpls cannot read our JPEG-LS part"
    pixels "$f.raw" > "$T/got"; pixels "$orig" > "$T/want"
    cmp -s "$T/got" "$T/want" || fail "$sop: JPEG-LS part does not decode to the stored pixels"
done

# ---- frames -------------------------------------------------------------------
# Multi-frame images of our own (mkmf.py OUT SOP_LAST FRAMES SIDE PRIVATE):
# FRAMES frames of SIDE x SIDE 16-bit samples, sample i of frame f (from 0)
# being (100 (f + 1) + i) mod 65536; PRIVATE 1 adds a private OB of 2 KiB.
cat > "$T/mkmf.py" <<'PY'
import struct, sys
def el(g, e, vr, v):
    if len(v) % 2:
        v += b"\0" if vr == "UI" else b" "
    if vr in ("OB", "OW", "SQ", "UN", "UT"):
        return struct.pack("<HH2sHI", g, e, vr.encode(), 0, len(v)) + v
    return struct.pack("<HH2sH", g, e, vr.encode(), len(v)) + v
out, last, frames, side, private = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "1"
sop, cls = b"1.2.826.0.1.3680043.9.7002.1.1." + last.encode(), b"1.2.840.10008.5.1.4.1.1.7"
meta = el(2, 1, "OB", b"\0\1") + el(2, 2, "UI", cls) + el(2, 3, "UI", sop) + el(2, 0x10, "UI", b"1.2.840.10008.1.2.1") + el(2, 0x12, "UI", b"1.2.3.4")
pix = b"".join(struct.pack("<H", (100 * (f + 1) + i) % 65536) for f in range(frames) for i in range(side * side))
ds = (el(8, 0x16, "UI", cls) + el(8, 0x18, "UI", sop) + el(8, 0x60, "CS", b"OT") +
      (el(9, 0x10, "LO", b"DGTEST") + el(9, 0x1010, "OB", bytes(range(256)) * 8) if private else b"") +
      el(0x10, 0x10, "PN", b"Multi^Frame") +
      el(0x10, 0x20, "LO", b"MF1") + el(0x20, 0xD, "UI", b"1.2.826.0.1.3680043.9.7002.1") + el(0x20, 0xE, "UI", b"1.2.826.0.1.3680043.9.7002.1.1") +
      el(0x28, 2, "US", struct.pack("<H", 1)) + el(0x28, 4, "CS", b"MONOCHROME2") + el(0x28, 8, "IS", str(frames).encode()) +
      el(0x28, 0x10, "US", struct.pack("<H", side)) + el(0x28, 0x11, "US", struct.pack("<H", side)) +
      el(0x28, 0x100, "US", struct.pack("<H", 16)) + el(0x28, 0x101, "US", struct.pack("<H", 16)) +
      el(0x28, 0x102, "US", struct.pack("<H", 15)) + el(0x28, 0x103, "US", struct.pack("<H", 0)) + el(0x7FE0, 0x10, "OW", pix))
open(out, "wb").write(b"\0" * 128 + b"DICM" + el(2, 0, "UL", struct.pack("<I", len(meta))) + meta + ds)
PY
# Three 4x4 frames, each frame's samples its number (1, 2, 3) times 100
# plus the pixel index.
python3 "$T/mkmf.py" "$T/mf.dcm" 1 3 4 1
dcmdump -q "$T/mf.dcm" > /dev/null || fail "the multi-frame file is not DICOM"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/mf.dcm" > "$T/mf.out" 2>&1 || fail "storing the multi-frame: $(cat "$T/mf.out")"
MF="$URL/studies/1.2.826.0.1.3680043.9.7002.1/series/1.2.826.0.1.3680043.9.7002.1.1/instances/1.2.826.0.1.3680043.9.7002.1.1.1"
python3 "$LIB" frames "$MF/frames/3,1" "$T/f1" > "$T/f1.types" || fail "frames 3,1"
[ "$(cat "$T/f1.types")" = "0 application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1
1 application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1" ] || fail "frames 3,1: $(cat "$T/f1.types")"
python3 - "$T/f1" <<'PY' || fail "frames 3,1 are not the third and first frames"
import struct, sys
for part, f in ((0, 3), (1, 1)):
    got = open("%s/frame-%d.bin" % (sys.argv[1], part), "rb").read()
    assert got == b"".join(struct.pack("<H", 100 * f + i) for i in range(16)), (part, got[:8])
PY
# The same frames as JPEG-LS, one codestream each, decoding to them.
python3 "$LIB" frames "$MF/frames/2" "$T/f2" 'multipart/related; type="image/jls"' > "$T/f2.types" ||
    fail "frame 2 as image/jls"
[ "$(cat "$T/f2.types")" = "0 image/jls; transfer-syntax=1.2.840.10008.1.2.4.80" ] || fail "image/jls: $(cat "$T/f2.types")"
[ "$(head -c 2 "$T/f2/frame-0.bin" | od -An -tx1 | tr -d ' ')" = ffd8 ] || fail "the image/jls frame is not a JPEG-LS stream"
# Every frame as JPEG-LS (the transcoded copy: one fragment per frame, an
# empty offset table), each decoding to its own frame's samples.
python3 "$LIB" frames "$MF/frames/1,2,3" "$T/f5" 'multipart/related; type="image/jls"' > "$T/f5.types" ||
    fail "frames 1,2,3 as image/jls"
for k in 0 1 2; do
    "$top_builddir/tests/tools/codec_frame" decode 1.2.840.10008.1.2.4.80 4 4 1 16 16 0 MONOCHROME2 0 \
        "$T/f5/frame-$k.bin" "$T/f5/native-$k.bin" > /dev/null ||
        fail "frame $((k + 1)) as image/jls does not decode"
done
python3 - "$T/f5" <<'PY' || fail "frames 1,2,3 as image/jls are not the first, second and third frames"
import struct, sys
for k in range(3):
    got = open("%s/native-%d.bin" % (sys.argv[1], k), "rb").read()
    assert got == b"".join(struct.pack("<H", 100 * (k + 1) + i) for i in range(16)), (k, got[:8])
PY
# A JPEG-LS instance's frame: native by default (dcmdjpls's pixels), as stored with *.
python3 "$LIB" frames "$URL/studies/$LS_STUDY/series/$LS_SERIES/instances/$LS_SOP/frames/1" "$T/f3" > "$T/f3.types" ||
    fail "frame of a JPEG-LS instance"
pixels "$T/ls-ref.dcm" > "$T/want"
cmp -s "$T/f3/frame-0.bin" "$T/want" || fail "the JPEG-LS instance's native frame is not dcmdjpls's pixels"
python3 "$LIB" frames "$URL/studies/$LS_STUDY/series/$LS_SERIES/instances/$LS_SOP/frames/1" "$T/f4" \
    'multipart/related; type="image/jls"; transfer-syntax=*' > "$T/f4.types" || fail "frame as stored"
grep -q '^0 image/jls; transfer-syntax=1.2.840.10008.1.2.4.80$' "$T/f4.types" || fail "as stored: $(cat "$T/f4.types")"
# Bulk data by the metadata's BulkDataURIs: a private OB of 2 KiB, and
# the Pixel Data (every frame in one part).
curl -s -o "$T/mf.json" "$MF/metadata"
python3 - "$T/mf.json" "$MF" <<'PY' > "$T/bulk.urls" || fail "the multi-frame's metadata: $(head -c 400 "$T/mf.json")"
import json, sys
a = json.load(open(sys.argv[1]))[0]
assert "InlineBinary" not in a["00091010"], a["00091010"]
assert a["00091010"]["BulkDataURI"] == sys.argv[2] + "/bulkdata/00091010", a["00091010"]
print(a["00091010"]["BulkDataURI"])
print(a["7FE00010"]["BulkDataURI"])
PY
python3 "$LIB" frames "$(sed -n 1p "$T/bulk.urls")" "$T/b1" > "$T/b1.types" || fail "bulk data of the private OB"
python3 -c "import sys; assert open('$T/b1/frame-0.bin', 'rb').read() == bytes(range(256)) * 8" ||
    fail "the private OB's bulk data is not its value"
python3 "$LIB" frames "$(sed -n 2p "$T/bulk.urls")" "$T/b2" > "$T/b2.types" || fail "bulk data of the Pixel Data"
[ "$(wc -l < "$T/b2.types")" = 1 ] || fail "Pixel Data's bulk data is not one part"
python3 -c "
import struct
assert open('$T/b2/frame-0.bin', 'rb').read() == b''.join(struct.pack('<H', 100 * f + i) for f in (1, 2, 3) for i in range(16))
" || fail "the Pixel Data's bulk data is not the three frames"
[ "$(st "$MF/bulkdata/00100010")" = 404 ] || fail "bulk data of PatientName not 404"
[ "$(st "$MF/bulkdata/12345")" = 400 ] || fail "a bad bulk data path not 400"
[ "$(st "$MF/frames/4")" = 404 ] || fail "frame 4 of 3 not 404"
for bad in 0 1,x 1, ,1 -1 99999999999; do
    [ "$(st "$MF/frames/$bad")" = 400 ] || fail "frames/$bad not 400"
done
[ "$(st "$MF/frames/1" 'multipart/related; type="image/png"')" = 406 ] || fail "frames as image/png not 406"

# The Pixel Data of 2000 frames as bulk data: one part, streamed a frame at a
# time (no cap on the frame count), every frame in order.
python3 "$T/mkmf.py" "$T/big.dcm" 2 2000 2 0
dcmdump -q +P NumberOfFrames "$T/big.dcm" | grep -q '2000' || fail "the 2000-frame file is not what was meant"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/big.dcm" > "$T/big.out" 2>&1 || fail "storing 2000 frames: $(cat "$T/big.out")"
BIG="$URL/studies/1.2.826.0.1.3680043.9.7002.1/series/1.2.826.0.1.3680043.9.7002.1.1/instances/1.2.826.0.1.3680043.9.7002.1.1.2"
python3 "$LIB" frames "$BIG/bulkdata/7FE00010" "$T/b3" > "$T/b3.types" || fail "bulk data of 2000 frames"
python3 -c "
import struct
assert open('$T/b3/frame-0.bin', 'rb').read() == b''.join(struct.pack('<H', (100 * (f + 1) + i) % 65536) for f in range(2000) for i in range(4))
" || fail "the bulk data of 2000 frames is not every frame in order"
python3 "$LIB" frames "$BIG/frames/2000,1" "$T/b4" > /dev/null || fail "frames 2000,1 of 2000"
python3 -c "
import struct
assert open('$T/b4/frame-0.bin', 'rb').read() == b''.join(struct.pack('<H', (200000 + i) % 65536) for i in range(4))
assert open('$T/b4/frame-1.bin', 'rb').read() == struct.pack('<4H', 100, 101, 102, 103)
" || fail "frames 2000,1 are not the last and the first"

# A compressed image whose NumberOfFrames says one more frame than it has:
# the missing frame is an error, never an empty part; the others are given.
cp "$T/mf.dcm" "$T/lie.dcm"
"$DGATE" -w "$T/dicom.ini" -jcjr "$T/lie.dcm" > /dev/null 2>&1 || fail "-jcjr of the multi-frame"
dcmodify -nb -m NumberOfFrames=4 -m SOPInstanceUID=1.2.826.0.1.3680043.9.7002.1.1.3 \
    "$T/lie.dcm" > "$T/dcmodify.out" 2>&1 || fail "dcmodify of the lying file: $(cat "$T/dcmodify.out")"
storescu -xr -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/lie.dcm" > "$T/lie.out" 2>&1 || fail "storing the lying file: $(cat "$T/lie.out")"
LIE="$URL/studies/1.2.826.0.1.3680043.9.7002.1/series/1.2.826.0.1.3680043.9.7002.1.1/instances/1.2.826.0.1.3680043.9.7002.1.1.3"
python3 "$LIB" frames "$LIE/frames/3" "$T/l3" 'multipart/related; type="image/dicom-rle"' > /dev/null ||
    fail "frame 3 of the lying RLE image"
[ -s "$T/l3/frame-0.bin" ] || fail "frame 3 of the lying RLE image is empty"
code=$(st "$LIE/frames/4" 'multipart/related; type="image/dicom-rle"')
[ "$code" = 500 ] || fail "the fourth frame that is not there was answered $code, not 500"

# ---- refusals ------------------------------------------------------------
[ "$(st "$URL/studies/$PH_STUDY" 'multipart/related; type="application/dicom"; transfer-syntax=1.2.3.4')" = 406 ] ||
    fail "unknown transfer syntax not 406"
[ "$(st "$URL/studies/$PH_STUDY" 'image/png')" = 406 ] || fail "image/png not 406"
[ "$(st "$URL/studies/1.2.3.4.5")" = 404 ] || fail "unknown study not 404"
[ "$(st "$URL/studies/1.2.x")" = 400 ] || fail "bad UID not 400"
[ "$(st "$URL/studies/$PH_STUDY/series/1.2.3/instances/$LS_SOP")" = 404 ] || fail "instance under another series not 404"

# ---- metadata: JSON only (XML is not made) -----------------------------------
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/dicom+xml' "$URL/studies/$PH_STUDY/metadata")" = 406 ] ||
    fail "metadata as XML is not refused"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/dicom+xml, application/dicom+json;q=0.9' "$URL/studies/$PH_STUDY/metadata")" = 200 ] ||
    fail "metadata as JSON at q=0.9 is refused"

# ---- metadata, from the index only: the files moved away ------------------
mkdir "$T/away"
for d in "$T"/data/*; do [ "$d" = "$T/data/dbase" ] || mv "$d" "$T/away/"; done
mkdir -p "$T/meta"
for level in "studies/$PH_STUDY" "studies/$PH_STUDY/series/$PH_SERIES" "studies/$LS_STUDY/series/$LS_SERIES/instances/$LS_SOP"; do
    curl -s -o "$T/meta/m.json" -w '%{http_code} %{content_type}\n' "$URL/$level/metadata" > "$T/meta/code"
    [ "$(cut -d' ' -f1 "$T/meta/code")" = 200 ] || fail "$level/metadata: $(cat "$T/meta/code" "$T/meta/m.json")"
    grep -q 'application/dicom+json' "$T/meta/code" || fail "$level/metadata: $(cat "$T/meta/code")"
    python3 - "$T/meta/m.json" "$URL" "$DB" "$level" <<'PY' || fail "$level/metadata is wrong"
import json, sqlite3, sys
a = json.load(open(sys.argv[1]))
url, db, level = sys.argv[2], sqlite3.connect(sys.argv[3]), sys.argv[4]
parts = level.split("/")
sql = "select i.SOPInstanc, i.QRows, p.PatientNam from DICOMImages i join DICOMSeries s on i.SeriesInst = s.SeriesInst join DICOMStudies t on s.StudyInsta = t.StudyInsta join DICOMPatients p on t.PatientID = p.PatientID where t.StudyInsta = ?"
args = [parts[1]]
if len(parts) > 3:
    sql += " and s.SeriesInst = ?"; args.append(parts[3])
if len(parts) > 5:
    sql += " and i.SOPInstanc = ?"; args.append(parts[5])
rows = {r[0]: r for r in db.execute(sql, args)}
got = {x["00080018"]["Value"][0]: x for x in a}
assert set(got) == set(rows), (sorted(got), sorted(rows))
for sop, x in got.items():
    assert x["00280010"]["Value"] == [int(rows[sop][1])], x["00280010"]
    pn = x["00100010"]["Value"][0]["Alphabetic"]
    assert pn == rows[sop][2], (pn, rows[sop][2])
    study, series = x["0020000D"]["Value"][0], x["0020000E"]["Value"][0]
    want = "%s/studies/%s/series/%s/instances/%s/bulkdata/7FE00010" % (url, study, series, sop)
    assert x["7FE00010"]["BulkDataURI"] == want, x["7FE00010"]
    assert x["7FE00010"]["vr"] in ("OB", "OW")
    assert "00020010" not in x
PY
done
[ "$(st "$URL/studies/$PH_STUDY")" = 200 ] && [ -z "$(python3 "$LIB" parts "$URL/studies/$PH_STUDY" "$T/gone" 2>&1)" ] ||
    fail "with the files away the study's retrieve is not an empty multipart"
grep -q "WADO-RS: .* not sent: MAG0/" "$T/dgate.log" || fail "the unreadable files were not logged"
# Neither a row nor a file: that instance is left out of the metadata, logged.
lost=$(q "select SOPInstanc from DICOMImages where SeriesInst = '$PH_SERIES' limit 1")
q "delete from InstanceMetadata where SOPInstUID = '$lost'"
curl -s -o "$T/lost.json" "$URL/studies/$PH_STUDY/series/$PH_SERIES/metadata"
python3 -c "
import json
a = json.load(open('$T/lost.json'))
sops = [x['00080018']['Value'][0] for x in a]
assert '$lost' not in sops and len(sops) == $(q "select count(*) from DICOMImages where SeriesInst = '$PH_SERIES'") - 1, sops
" || fail "metadata without a row or a file: $(head -c 300 "$T/lost.json")"
assert_contains "$T/dgate.log" "WADO-RS: the metadata of $lost left out"
mv "$T"/away/* "$T/data/"

# An instance stored before the index kept metadata: read from its file once.
q "delete from InstanceMetadata where SOPInstUID = '$LS_SOP'"
curl -s -o "$T/m1.json" "$URL/studies/$LS_STUDY/series/$LS_SERIES/instances/$LS_SOP/metadata"
python3 -c "import json; a = json.load(open('$T/m1.json')); assert a[0]['00080018']['Value'] == ['$LS_SOP']" ||
    fail "metadata of an instance without its row: $(head -c 300 "$T/m1.json")"
[ "$(q "select count(*) from InstanceMetadata where SOPInstUID = '$LS_SOP'")" = 1 ] || fail "its row was not kept"
assert_contains "$T/dgate.log" "the metadata of $LS_SOP read from its file and kept"
curl -s -o "$T/m2.json" "$URL/studies/$LS_STUDY/series/$LS_SERIES/instances/$LS_SOP/metadata"
cmp -s "$T/m1.json" "$T/m2.json" || fail "metadata from the file and from the index differ"

[ "$(st "$URL/studies/$PH_STUDY/metadata")" = 200 ] || fail "not serving"
kill -0 "$DGATE_PID" 2>/dev/null || fail "dgate died"
stop_dgate
