#!/bin/bash
# Multi-frame lossless round trips through dgate -jc and -jd for JPEG-LS
# (js), JPEG 2000 (jk) and HTJ2K (jh): 3-frame images made by
# codec_files.py (8, 12 and 16 bits, signed and unsigned, MONOCHROME2, and
# RGB of 8, 12 and 16 bits in both planar configurations), compressed with
# one fragment per frame, then decompressed to the very pixel bytes they
# were made from (the same samples when the codec changed the planar
# configuration: JPEG 2000 keeps none); and our compressed files decode
# with dcmdjpls (JPEG-LS) and gdcmconv --raw (JPEG-LS and JPEG 2000) to
# the original pixels, every frame in its place.
. "$top_srcdir/tests/integration/lib.sh"
need dcmdjpls dcmdump gdcmconv python3
. "$top_srcdir/tests/integration/codec_lib.sh"

make_config
FRAMES=3

# The transfer syntax UID of a file's meta header.
ts_uid() {
    dcmdump -q -M -Un +P 0002,0010 "$1" | sed 's/.*\[\(.*\)\].*/\1/'
}
# A US value of a file's dataset (empty when absent).
us_of() {
    dcmdump -q +P "$2" "$1" | sed -n 's/^.* US \([0-9]*\).*$/\1/p'
}
# The items of a file's encapsulated Pixel Data: the offset table, then
# the fragments.
items_of() {
    dcmdump -q +P 7fe0,0010 "$1" > /dev/null &&
        dcmdump -q "$1" | sed -n '/(7fe0,0010)/,/(fffe,e0dd)/p' | grep -c '(fffe,e000)'
}

checked=0
while read -r ROWS COLS SPP ALLOC STORED SIGNED PHOTO PLAN; do
    [ -n "$ROWS" ] || continue
    CASE="$FRAMES frames ${ROWS}x${COLS}x$SPP $ALLOC/$STORED signed=$SIGNED $PHOTO planar=$PLAN"
    python3 "$FILES" native "$T/n.dcm" $ROWS $COLS $SPP $ALLOC $STORED $SIGNED $PHOTO $PLAN $FRAMES ||
        fail "$CASE: codec_files.py native"
    ORIG=$T/n.dcm.raw
    for code in js:1.2.840.10008.1.2.4.80 jk:1.2.840.10008.1.2.4.90 jh:1.2.840.10008.1.2.4.201; do
        c=${code%%:*}
        f=$T/$c.dcm
        cp "$T/n.dcm" "$f"
        out=$("$DGATE" -w "$T/dicom.ini" "-jc$c" "$f" 2>&1) || fail "$CASE: -jc$c: $out"
        [ "$(ts_uid "$f")" = "${code#*:}" ] || fail "$CASE: -jc$c wrote $(ts_uid "$f")"
        [ "$(items_of "$f")" = $((FRAMES + 1)) ] || fail "$CASE: -jc$c did not write one fragment per frame"

        # Their decoders: the original samples, frame by frame.
        if [ "$c" = js ]; then
            dcmdjpls -q +px "$f" "$T/d.dcm" || fail "$CASE: dcmdjpls refuses our $c"
            pixels_of "$T/d.dcm" "$T/theirs"
            same "$ORIG" $PLAN "$T/theirs" 0 "dcmdjpls of our $c is not the original"
        fi
        if [ "$c" != jh ]; then
            gdcmconv --raw "$f" "$T/g.dcm" || fail "$CASE: gdcmconv --raw refuses our $c"
            pixels_of "$T/g.dcm" "$T/theirs"
            planar=$(us_of "$T/g.dcm" 0028,0006)
            # GDCM 3 leaves the planes of a multi-frame JPEG-LS coded one
            # scan per component (as we code colour-by-plane, and as
            # dcmcjpls +in does) as planes, while its header says
            # colour-by-pixel.
            [ "$c$PLAN" = js1 ] && planar=1
            same "$ORIG" $PLAN "$T/theirs" "${planar:-0}" "gdcmconv of our $c is not the original"
        fi

        # And back with -jd: the bytes made, or the same samples by pixel
        # when the codec chose the other planar configuration.
        out=$("$DGATE" -w "$T/dicom.ini" -jd "$f" 2>&1) || fail "$CASE: -jd of $c: $out"
        [ "$(ts_uid "$f")" = 1.2.840.10008.1.2.1 ] || fail "$CASE: -jd of $c wrote $(ts_uid "$f")"
        pixels_of "$f" "$T/back"
        planar=$(us_of "$f" 0028,0006)
        if [ "${planar:-0}" = "$PLAN" ]; then
            cmp -s "$ORIG" "$T/back" || fail "$CASE: -jc$c then -jd changed the pixel bytes"
        else
            same "$ORIG" $PLAN "$T/back" "$planar" "-jc$c then -jd changed the samples"
        fi
    done
    checked=$((checked + 1))
done <<< "$CODEC_CASES
24 20 1 8 8 1 MONOCHROME2 0
20 18 3 16 12 0 RGB 0
20 18 3 16 16 0 RGB 1"
[ "$checked" = 10 ] || fail "only $checked cases ran"
echo "PASS: $checked cases of $FRAMES frames through js, jk and jh"
