#!/bin/sh
# Rendered images (WADO-RS /rendered and /thumbnail) and WADO-URI (/wado):
# synthetic images of known stored values (web_render.py) stored in dgate,
# fetched with curl, decoded here (PNG by web_render.py, JPEG by djpeg) and
# compared pixel by pixel with the values the windowing formula gives;
# WADO-URI's application/dicom read back by dcmdump, also transcoded; and
# every kind of bad request refused with its 4xx while the server keeps
# serving.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 storescu echoscu dcmdump djpeg cjpeg img2dcm
PY="$top_srcdir/tests/integration/web_render.py"

mkdir -p "$T/in"
python3 "$PY" make "$T/in" || fail "making the images"
# A JPEG baseline colour image (YBR_FULL_422 in the file) in study 2.25.800.
python3 "$PY" ppm "$T/rgb.ppm" && cjpeg -quality 100 -outfile "$T/rgb.jpg" "$T/rgb.ppm" &&
    img2dcm -k StudyInstanceUID=2.25.800 -k SeriesInstanceUID=2.25.801 \
        -k SOPInstanceUID=2.25.8011 -k PatientID=RENDER2 "$T/rgb.jpg" "$T/in/rgb.dcm" ||
    fail "making the JPEG image"
WEB_PORT=auto
make_config
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/in"/ct*.dcm "$T/in/mf.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu failed"; }
storescu -xy -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/in/rgb.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storescu of the JPEG image failed"; }

CT=/dicom-web/studies/2.25.700/series/2.25.701
MF=/dicom-web/studies/2.25.700/series/2.25.702/instances/2.25.7021

# code PATH [curl options]: the HTTP status of GET PATH; the body in $T/body.
code() {
    p=$1
    shift
    curl -s -g -o "$T/body" -D "$T/headers" -w '%{http_code}' "$@" "$URL$p"
}

# get PATH [curl options]: GET PATH, which must answer 200.
get() {
    c=$(code "$@")
    [ "$c" = 200 ] || { cat "$T/body"; fail "GET $1 answered $c"; }
}

# check FORMAT ROWS COLS TOLERANCE KIND ARGS: $T/body against the expected
# pixels (a JPEG through djpeg).
check() {
    f=$T/body
    fmt=$1
    shift
    if [ "$fmt" = jpeg ]; then
        djpeg -pnm -outfile "$T/body.pgm" "$T/body" || fail "djpeg could not read the JPEG"
        f=$T/body.pgm
        fmt=pnm
    fi
    python3 "$PY" check "$f" "$fmt" "$@" || fail "the rendered pixels are wrong ($fmt $*)"
}

type_is() {
    grep -qi "^content-type: $1" "$T/headers" || { cat "$T/headers"; fail "not $1"; }
}

# --- WADO-RS rendered: an instance, through the request's window, as PNG.
get "$CT/instances/2.25.7012/rendered?window=2500,3001,linear" -H 'Accept: image/png'
type_is image/png
check png 16 64 0 ct 2 2500 3001
# The image's own window (its first value, 3000/4000), after its Rescale
# Intercept; the accept parameter instead of the header.
get "$CT/instances/2.25.7013/rendered?accept=image/png"
check png 16 64 0 ct 3 3000 4000
# JPEG is the default; quality 100 keeps it within a few levels.
get "$CT/instances/2.25.7011/rendered?quality=100"
type_is image/jpeg
check jpeg 16 64 3 ct 1 3000 4000
# A viewport of 32 x 32: 16 x 64 fits as 8 x 32, columns averaged in pairs.
get "$CT/instances/2.25.7011/rendered?viewport=32,32" -H 'Accept: image/png'
check png 8 32 0 ct 1 3000 4000 half
# Frames of the multi-frame MONOCHROME1 image, each over its own range,
# inverted.
get "$MF/frames/1/rendered" -H 'Accept: image/png'
check png 8 16 0 mf 0
get "$MF/frames/2/rendered" -H 'Accept: image/png'
check png 8 16 0 mf 1
[ "$(code "$MF/frames/3/rendered")" = 404 ] || fail "frame 3 of 2 is not 404"
[ "$(code "$MF/frames/0/rendered")" = 400 ] || fail "frame 0 is not 400"
[ "$(code "$MF/frames/x/rendered")" = 400 ] || fail "frame x is not 400"

# A series and a study rendered: multipart/related, one part per instance.
get "$CT/rendered?window=2500,3001" -H 'Accept: image/png'
b=$(sed -n 's/^content-type: multipart\/related; type="image\/png"; boundary=\([^[:space:]]*\).*/\1/ip' "$T/headers")
[ -n "$b" ] || { cat "$T/headers"; fail "a series rendered is not multipart/related of PNG"; }
[ "$(python3 "$PY" parts "$T/body" "$b" image/png "$T/part")" = 3 ] || fail "the series has 3 parts"
for i in 1 2 3; do
    python3 "$PY" check "$T/part.$i" png 16 64 0 ct "$i" 2500 3001 ||
        fail "part $i of the series rendered"
done
get "/dicom-web/studies/2.25.700/rendered"
b=$(sed -n 's/^content-type: multipart\/related; type="image\/jpeg"; boundary=\([^[:space:]]*\).*/\1/ip' "$T/headers")
[ "$(python3 "$PY" parts "$T/body" "$b" image/jpeg "$T/part")" = 4 ] || fail "the study has 4 parts"
djpeg -pnm -outfile "$T/part.pgm" "$T/part.4" || fail "part 4 of the study is no JPEG"
python3 "$PY" check "$T/part.pgm" pnm 8 16 3 mf 0 || fail "the study's multi-frame image"
[ "$(code "/dicom-web/studies/2.25.999/rendered")" = 404 ] || fail "an unknown study rendered"

# The JPEG baseline image: decoded, shown as RGB (close to the PPM it was
# made of: JPEG at quality 100 and chroma subsampling lose a little).
RGB=/dicom-web/studies/2.25.800/series/2.25.801/instances/2.25.8011
get "$RGB/rendered" -H 'Accept: image/png'
python3 - "$T/body" <<'EOF' || fail "the colour image is not an RGB PNG"
import sys
d = open(sys.argv[1], "rb").read()
sys.exit(0 if d[:8] == b"\x89PNG\r\n\x1a\n" and d[24:26] == b"\x08\x02" else 1)
EOF
get "/wado?requestType=WADO&studyUID=2.25.800&seriesUID=2.25.801&objectUID=2.25.8011&contentType=application/dicom"
dcmdump "$T/body" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump cannot read the JPEG object"; }
assert_contains "$T/dump" "(0002,0010) UI =JPEGBaseline"
assert_contains "$T/dump" "(0028,0004) CS [YBR_FULL_422]"
get "$RGB/rendered?quality=100"
djpeg -pnm -outfile "$T/body.ppm" "$T/body" || fail "djpeg could not read the colour JPEG"
python3 "$PY" check "$T/body.ppm" pnm 16 64 12 rgb || fail "the colour image's pixels"

# --- Thumbnails: the middle instance by InstanceNumber (2 of 1..3) of the
# first series by SeriesNumber, for the series and for the study.
get "$CT/thumbnail?viewport=64,16" -H 'Accept: image/png'
check png 16 64 0 ct 2 3000 4000
get "/dicom-web/studies/2.25.700/thumbnail?viewport=64,16" -H 'Accept: image/png'
check png 16 64 0 ct 2 3000 4000
# Without a viewport a thumbnail fits 128 x 128.
get "/dicom-web/studies/2.25.700/series/2.25.702/thumbnail" -H 'Accept: image/png'
check png 64 128 0 any
get "$MF/thumbnail"
type_is image/jpeg

# --- Bad requests: refused, with a reason.
for q in "window=1,0" "window=a,b" "window=40,400,cubic" "viewport=0,10" "viewport=99999,10" \
    "viewport=1,2,3,4,5,6" "quality=0" "quality=101" "annotation=patient"; do
    c=$(code "$CT/instances/2.25.7011/rendered?$q")
    [ "$c" = 400 ] || fail "?$q answered $c"
    [ -s "$T/body" ] || fail "?$q was refused without a reason"
done
[ "$(code "$CT/instances/2.25.7011/rendered" -H 'Accept: image/gif')" = 406 ] ||
    fail "Accept: image/gif is not 406"
[ "$(code "$CT/instances/1.2.abc/rendered")" = 400 ] || fail "a bad UID is not 400"
[ "$(code "$CT/instances/2.25.999/rendered")" = 404 ] || fail "an unknown instance is not 404"
[ "$(code "/dicom-web/studies/2.25.700/series/2.25.702/instances/2.25.7011/rendered")" = 404 ] ||
    fail "an instance under another series is not 404"
[ "$(code "/dicom-web/studies/2.25.999/thumbnail")" = 404 ] || fail "an unknown study's thumbnail"

# --- WADO-URI.
W="/wado?requestType=WADO&studyUID=2.25.700&seriesUID=2.25.701&objectUID=2.25.7012"
get "$W&contentType=application/dicom"
type_is application/dicom
dcmdump "$T/body" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump cannot read WADO-URI's DICOM"; }
assert_contains "$T/dump" "(0008,0018) UI [2.25.7012]"
assert_contains "$T/dump" "(0002,0010) UI =LittleEndianExplicit"
cmp -s "$T/body" "$T/in/ct2.dcm" ||
    python3 - "$T/body" "$T/in/ct2.dcm" <<'EOF' || fail "the DICOM is not the object stored"
import sys
# The same dataset behind our own meta header: the pixel data is the tail.
a, b = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
sys.exit(0 if a[-2048:] == b[-2048:] and len(a) > 2048 else 1)
EOF
get "$W&contentType=application/dicom&transferSyntax=1.2.840.10008.1.2.5"
dcmdump "$T/body" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump cannot read the RLE object"; }
assert_contains "$T/dump" "(0002,0010) UI =RLELossless"
get "$W&contentType=application/dicom&transferSyntax=1.2.840.10008.1.2"
dcmdump "$T/body" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump cannot read the implicit object"; }
assert_contains "$T/dump" "(0002,0010) UI =LittleEndianImplicit"
# Rendered: JPEG by default, PNG when asked, windowed and sized.
get "$W"
type_is image/jpeg
get "$W&contentType=image/png&windowCenter=2500&windowWidth=3001"
check png 16 64 0 ct 2 2500 3001
get "$W&contentType=image/png&columns=32"
check png 8 32 0 ct 2 3000 4000 half
WM="/wado?requestType=WADO&studyUID=2.25.700&seriesUID=2.25.702&objectUID=2.25.7021"
get "$WM&contentType=image/png&frameNumber=2"
check png 8 16 0 mf 1
[ "$(code "$WM&frameNumber=5")" = 404 ] || fail "WADO-URI frameNumber 5 of 2 is not 404"

for q in "requestType=WADO&studyUID=2.25.700&seriesUID=2.25.701" \
    "requestType=RIS&studyUID=2.25.700&seriesUID=2.25.701&objectUID=2.25.7012" \
    "requestType=WADO&studyUID=2.25.700&seriesUID=2.25.701&objectUID=../../etc/passwd" \
    "${W#/wado?}&anonymize=yes" "${W#/wado?}&contentType=image/gif" \
    "${W#/wado?}&contentType=image/jpeg&transferSyntax=1.2.840.10008.1.2" \
    "${W#/wado?}&contentType=application/dicom&rows=10" \
    "${W#/wado?}&contentType=application/dicom&transferSyntax=1.2.3.4" \
    "${W#/wado?}&rows=0" "${W#/wado?}&columns=100000" "${W#/wado?}&windowCenter=10" \
    "${W#/wado?}&windowCenter=10&windowWidth=0" "${W#/wado?}&frameNumber=0" \
    "${W#/wado?}&imageQuality=1000" "${W#/wado?}&region=0.1,0.1,0.5,0.5"; do
    c=$(code "/wado?$q")
    [ "$c" = 400 ] || { cat "$T/body"; fail "/wado?$q answered $c"; }
    [ -s "$T/body" ] || fail "/wado?$q was refused without a reason"
done
[ "$(code "/wado?requestType=WADO&studyUID=2.25.700&seriesUID=2.25.702&objectUID=2.25.7012")" = 404 ] ||
    fail "WADO-URI of an object in another series is not 404"
[ "$(code "/wado?requestType=WADO&studyUID=2.25.700&seriesUID=2.25.701&objectUID=2.25.9")" = 404 ] ||
    fail "WADO-URI of an unknown object is not 404"

# Still serving, over DICOM and HTTP.
get "$W"
kill -0 "$DGATE_PID" || fail "dgate died"
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" || fail "C-ECHO after the web requests"
stop_dgate
