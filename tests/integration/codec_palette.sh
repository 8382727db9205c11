#!/bin/bash
# PALETTE COLOR through dgate -jc and -jd: images of indices made by
# codec_files.py (8-bit indices with 8-bit and 16-bit table entries, 12-bit
# indices with 16-bit entries; two frames) compressed with RLE (jr),
# JPEG-LS (js), JPEG 2000 (jk) and HTJ2K (jh) keep PALETTE COLOR, the three
# LUT descriptors and the three tables byte for byte (VR too) in the
# compressed file and after -jd, and -jd gives the index bytes made;
# dcmdjpls and gdcmconv --raw decode our JPEG-LS and JPEG 2000 to them too;
# the lossy codes (j3, j4, j7, jl) refuse a palette.
. "$top_srcdir/tests/integration/lib.sh"
need dcmdjpls dcmdump gdcmconv python3
. "$top_srcdir/tests/integration/codec_lib.sh"

make_config
TAGS="0028,0004 0028,1101 0028,1102 0028,1103 0028,1201 0028,1202 0028,1203"
ts_uid() {
    dcmdump -q -M -Un +P 0002,0010 "$1" | sed 's/.*\[\(.*\)\].*/\1/'
}
# The palette attributes of a file, VR and value bytes.
palette_of() {
    # shellcheck disable=SC2086 # the tags are words
    python3 "$FILES" values "$1" $TAGS || fail "cannot read the attributes of $1"
}

checked=0
while read -r ALLOC STORED ENTRY; do
    [ -n "$ALLOC" ] || continue
    CASE="PALETTE COLOR $ALLOC/$STORED, $ENTRY-bit entries"
    python3 "$FILES" palette "$T/n.dcm" $ALLOC $STORED $ENTRY 2 || fail "$CASE: codec_files.py palette"
    palette_of "$T/n.dcm" > "$T/want"
    grep -q absent "$T/want" && fail "$CASE: the image made lacks a palette attribute"
    ROWS=24 COLS=20 SPP=1
    for code in jr:1.2.840.10008.1.2.5 js:1.2.840.10008.1.2.4.80 jk:1.2.840.10008.1.2.4.90 \
        jh:1.2.840.10008.1.2.4.201; do
        c=${code%%:*}
        f=$T/$c.dcm
        cp "$T/n.dcm" "$f"
        out=$("$DGATE" -w "$T/dicom.ini" "-jc$c" "$f" 2>&1) || fail "$CASE: -jc$c: $out"
        [ "$(ts_uid "$f")" = "${code#*:}" ] || fail "$CASE: -jc$c wrote $(ts_uid "$f")"
        palette_of "$f" | diff "$T/want" - > "$T/diff" ||
            { cat "$T/diff"; fail "$CASE: -jc$c changed the palette attributes"; }
        if [ "$c" = js ]; then
            dcmdjpls -q "$f" "$T/d.dcm" || fail "$CASE: dcmdjpls refuses our $c"
            pixels_of "$T/d.dcm" "$T/theirs"
            same "$T/n.dcm.raw" 0 "$T/theirs" 0 "dcmdjpls of our $c is not the indices made"
        fi
        if [ "$c" = js ] || [ "$c" = jk ]; then
            gdcmconv --raw "$f" "$T/g.dcm" || fail "$CASE: gdcmconv --raw refuses our $c"
            pixels_of "$T/g.dcm" "$T/theirs"
            same "$T/n.dcm.raw" 0 "$T/theirs" 0 "gdcmconv of our $c is not the indices made"
        fi
        out=$("$DGATE" -w "$T/dicom.ini" -jd "$f" 2>&1) || fail "$CASE: -jd of $c: $out"
        [ "$(ts_uid "$f")" = 1.2.840.10008.1.2.1 ] || fail "$CASE: -jd of $c wrote $(ts_uid "$f")"
        palette_of "$f" | diff "$T/want" - > "$T/diff" ||
            { cat "$T/diff"; fail "$CASE: -jc$c then -jd changed the palette attributes"; }
        pixels_of "$f" "$T/back"
        cmp -s "$T/n.dcm.raw" "$T/back" || fail "$CASE: -jc$c then -jd changed the indices"
    done
    # The lossy codes refuse a palette (PS3.5 8.2: lossless syntaxes
    # only) and leave the file as it was.
    for c in j3 j4 j7 jl; do
        cp "$T/n.dcm" "$T/l.dcm"
        if "$DGATE" -w "$T/dicom.ini" "-jc$c" "$T/l.dcm" > "$T/out" 2>&1; then
            fail "$CASE: -jc$c coded a palette lossily"
        fi
        cmp -s "$T/n.dcm" "$T/l.dcm" || fail "$CASE: a refused -jc$c changed the file"
    done
    checked=$((checked + 1))
done <<'CASES'
8 8 8
8 8 16
16 12 16
CASES
[ "$checked" = 3 ] || fail "only $checked cases ran"
echo "PASS: $checked palette images through jr, js, jk and jh"
