#!/bin/bash
# IncomingCompression, a file -> file step of the ingest before the rename:
# with `un` an RLE image is stored as Explicit VR LE with the pixels dcmdrle
# decodes (its index row pointing at that file) and an Implicit VR LE one
# stays as it is (Conquest's rule); hostile RLE data is stored as received,
# logged, and so is hostile JPEG-LS and JPEG 2000 data; with `jr` an
# uncompressed image is stored as RLE that dcmdrle
# decodes to the sent pixels, likewise with `js` (JPEG-LS, dcmdjpls) and
# `j2` (JPEG Lossless SV1, dcmdjpeg); `jl` stores lossy JPEG 2000 marked
# LossyImageCompression 01, its row naming the instance the file holds;
# the called AE's `~un` overrides `as`; no temporary file is left.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu echoscu dcmdump dcmcrle dcmdrle dcmconv dcmcjpls dcmdjpls dcmdjpeg dcmodify python3 sqlite3
SAMPLES=$top_srcdir/data/samples

# run_with CODE: a fresh dgate whose IncomingCompression is CODE.
run_with() {
    stop_dgate
    rm -rf "$T/data"
    make_config "IncomingCompression = $1"
    start_dgate
}
# store [-xr] FILES...: storescu, proposing RLE with -xr.
store() {
    local opts=()
    [ "$1" = -xr ] && { opts=(-xr); shift; }
    storescu -v "${opts[@]}" -aec "${CALLED:-CONQUESTSRV1}" 127.0.0.1 "$PORT" "$@" > "$T/out" 2>&1 ||
        { cat "$T/out"; tail -5 "$T/dgate.log"; fail "storescu $*"; }
}

set -- "$SAMPLES"/0009703828/*.dcm
mkdir -p "$T/in"
dcmcrle "$1" "$T/in/rle.dcm" || fail "dcmcrle"
dcmdrle "$T/in/rle.dcm" "$T/in/ref.dcm" || fail "dcmdrle"
dcmconv +ti "$2" "$T/in/implicit.dcm" || fail "dcmconv"
dcmcrle "$3" "$T/in/bad.dcm" || fail "dcmcrle"
damage_frame "$T/in/bad.dcm" rle
RLE=$(uid_of "$T/in/rle.dcm" 0008,0018)
IMPLICIT=$(uid_of "$T/in/implicit.dcm" 0008,0018)
BAD=$(uid_of "$T/in/bad.dcm" 0008,0018)

PORT=$(free_port)
run_with un
store -xr "$T/in/rle.dcm" "$T/in/bad.dcm"
store "$T/in/implicit.dcm"
f=$(stored_file "$RLE")
[ "$(syntax_of "$f")" = LittleEndianExplicit ] || fail "un: $RLE stored as $(syntax_of "$f")"
[ "$(pixel_md5 "$f")" = "$(pixel_md5 "$T/in/ref.dcm")" ] || fail "un: the pixels of $RLE are not dcmdrle's"
[ "$(uid_of "$f" 0002,0003)" = "$RLE" ] || fail "un: the meta header names another instance"
[ "$(syntax_of "$(stored_file "$IMPLICIT")")" = LittleEndianImplicit ] || fail "un: the Implicit VR LE image was re-encoded"
[ "$(syntax_of "$(stored_file "$BAD")")" = RLELossless ] || fail "un: the hostile image was not stored as received"
assert_contains "$T/dgate.log" "$BAD: not transcoded from RLE Lossless"
assert_contains "$T/dgate.log" "stored as received"
[ -z "$(temp_files "$T/data")" ] || fail "un: temporary files left: $(temp_files "$T/data")"
[ "$(index_rows "SELECT COUNT(*) FROM DICOMImages")" -eq 3 ] || fail "un: not 3 rows"

# Hostile JPEG-LS and JPEG 2000 data (cut short, a SIZ of 65535x65535, a
# zero-length fragment as the frame, a NumberOfFrames the fragments do not
# hold): each stored as received, logged, and dgate answers an echo.
hostile_compressed "$3" "$T/hostile" 1.2.826.0.1.3680043.2.1125.602
storescu -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T"/hostile/jls-*.dcm > "$T/out" 2>&1 &&
    storescu -xv -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T"/hostile/j2k-*.dcm >> "$T/out" 2>&1 ||
    { cat "$T/out"; fail "un: storescu of the hostile images"; }
for f in "$T"/hostile/*.dcm; do
    sop=$(uid_of "$f" 0008,0018)
    read -r kept sent < <(python3 "$RAW" dataset "$(stored_file "$sop")" "$f" | tr '\n' ' ')
    [ -n "$sent" ] && [ "$kept" = "$sent" ] || fail "un: hostile $(basename "$f") was not stored as received"
    assert_contains "$T/dgate.log" "$sop: not transcoded from"
done
[ -z "$(temp_files "$T/data")" ] || fail "un: temporary files left after the hostile images"
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" || fail "un: dgate does not answer after the hostile images"

run_with jr
store "$T/in/ref.dcm"
f=$(stored_file "$RLE")
[ "$(syntax_of "$f")" = RLELossless ] || fail "jr: stored as $(syntax_of "$f")"
dcmdrle "$f" "$T/back.dcm" || fail "jr: dcmdrle cannot read the stored file"
[ "$(pixel_md5 "$T/back.dcm")" = "$(pixel_md5 "$T/in/ref.dcm")" ] || fail "jr: the pixels changed"
[ -z "$(temp_files "$T/data")" ] || fail "jr: temporary files left"

# Lossless JPEG-LS and JPEG: the decoders of dcmtk give the sent pixels.
for code in js:1.2.840.10008.1.2.4.80:dcmdjpls j2:1.2.840.10008.1.2.4.70:dcmdjpeg; do
    IFS=: read -r c ts decoder <<< "$code"
    run_with "$c"
    store "$T/in/ref.dcm"
    f=$(stored_file "$RLE")
    [ "$(dcmdump -Un -M +P 0002,0010 "$f" | sed 's/.*\[\(.*\)\].*/\1/')" = "$ts" ] || fail "$c: stored as $(syntax_of "$f")"
    "$decoder" "$f" "$T/back.dcm" || fail "$c: $decoder cannot read the stored file"
    [ "$(pixel_md5 "$T/back.dcm")" = "$(pixel_md5 "$T/in/ref.dcm")" ] || fail "$c: the pixels changed"
done

# Lossy JPEG 2000: marked so; the row names the instance in the file.
run_with jl
store "$T/in/ref.dcm"
f=$T/data/$(index_rows "SELECT ObjectFile FROM DICOMImages")
[ "$(dcmdump -Un -M +P 0002,0010 "$f" | sed 's/.*\[\(.*\)\].*/\1/')" = 1.2.840.10008.1.2.4.91 ] || fail "jl: stored as $(syntax_of "$f")"
[ "$(uid_of "$f" 0028,2110)" = 01 ] || fail "jl: LossyImageCompression is not 01"
[ "$(index_rows "SELECT SOPInstanc FROM DICOMImages")" = "$(uid_of "$f" 0008,0018)" ] ||
    fail "jl: the row names another instance than the file"
[ "$(uid_of "$f" 0002,0003)" = "$(uid_of "$f" 0008,0018)" ] || fail "jl: the meta header names another instance"

# The called AE's ~un instead of IncomingCompression = as.
run_with as
CALLED='CONQUESTSRV1~un' store -xr "$T/in/rle.dcm"
[ "$(syntax_of "$(stored_file "$RLE")")" = LittleEndianExplicit ] || fail "~un: stored as $(syntax_of "$(stored_file "$RLE")")"
store -xr "$T/in/rle.dcm"
[ "$(syntax_of "$(stored_file "$RLE")")" = RLELossless ] || fail "as: stored as $(syntax_of "$(stored_file "$RLE")")"
exit 0
