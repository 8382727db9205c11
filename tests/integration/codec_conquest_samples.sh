# Conquest's own sample images (JPEG-LS lossless, written by Conquest's
# CharLS) decode with our codec to the pixels dcmdjpls gives; dgate -jd
# makes them Explicit VR LE with those pixels, and dgate -jcjs, -jcjk and
# -jcj7 write them again as JPEG-LS, JPEG 2000 and near-lossless JPEG-LS
# that dcmdjpls and gdcmconv decode to the same pixels (within NEAR).
. "$top_srcdir/tests/integration/lib.sh"
need dcmdjpls dcmdump gdcmconv python3
. "$top_srcdir/tests/integration/codec_lib.sh"

dir="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$dir" ] || skip "$dir is absent"

# The value of an US attribute of file $2 ($1 its tag).
us_of() {
    dcmdump -q +P "$1" "$2" | sed -n 's/^.* US \([0-9]*\) .*$/\1/p'
}

make_config
checked=0
for f in "$dir"/*.dcm; do
    ts=$(dcmdump -q -Un +P 0002,0010 "$f" | sed -n 's/^.*\[\(.*\)\].*$/\1/p')
    [ "$ts" = 1.2.840.10008.1.2.4.80 ] || fail "$f is not JPEG-LS lossless but $ts"
    ROWS=$(us_of 0028,0010 "$f") COLS=$(us_of 0028,0011 "$f") SPP=$(us_of 0028,0002 "$f")
    ALLOC=$(us_of 0028,0100 "$f") STORED=$(us_of 0028,0101 "$f") SIGNED=$(us_of 0028,0103 "$f")
    PHOTO=$(dcmdump -q +P 0028,0004 "$f" | sed -n 's/^.*\[\(.*\)\].*$/\1/p')
    CASE=${f##*/}
    ATTRS="$ROWS $COLS $SPP $ALLOC $STORED $SIGNED $PHOTO 0"
    decode "$ts" "$f" "$T/ours"
    dcmdjpls -q "$f" "$T/d.dcm" || fail "$CASE: dcmdjpls"
    pixels_of "$T/d.dcm" "$T/theirs"
    cmp -s "$T/ours" "$T/theirs" || fail "$CASE: our pixels are not dcmdjpls's"
    # Not a blank image either: the check would pass on one.
    python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); sys.exit(len(set(d)) < 16)' "$T/ours" ||
        fail "$CASE: decoded to a nearly constant image"

    # The whole file through dgate's own switches.
    cp "$f" "$T/x.dcm"
    chmod u+w "$T/x.dcm"
    "$DGATE" -w "$T/dicom.ini" -jd"$T/x.dcm" > "$T/jd.log" 2>&1 || fail "$CASE: dgate -jd: $(cat "$T/jd.log")"
    pixels_of "$T/x.dcm" "$T/jd"
    cmp -s "$T/jd" "$T/theirs" || fail "$CASE: dgate -jd's pixels are not dcmdjpls's"
    for code in js jk j73; do
        cp "$T/x.dcm" "$T/y.dcm"
        "$DGATE" -w "$T/dicom.ini" -jc$code,"$T/y.dcm" > "$T/jc.log" 2>&1 ||
            fail "$CASE: dgate -jc$code: $(cat "$T/jc.log")"
        if [ $code = jk ]; then
            gdcmconv --raw "$T/y.dcm" "$T/z.dcm" || fail "$CASE: gdcmconv -jcjk's file"
        else
            dcmdjpls -q "$T/y.dcm" "$T/z.dcm" || fail "$CASE: dcmdjpls -jc$code's file"
        fi
        pixels_of "$T/z.dcm" "$T/back"
        tol=0
        [ $code = j73 ] && tol=3
        python3 "$FILES" same "$T/theirs" 0 "$T/back" 0 $ROWS $COLS $SPP $ALLOC $STORED $tol ||
            fail "$CASE: dgate -jc$code and back: not the pixels"
    done
    checked=$((checked + 1))
done
[ "$checked" = 2 ] || fail "$checked samples, expected Conquest's 2"
echo "PASS: $checked Conquest samples"
