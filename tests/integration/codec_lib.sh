# Shared by the codec tests (codec_jls_j2k.sh, codec_conquest_samples.sh,
# codec_multiframe.sh, codec_palette.sh): the images they make, the pixel
# data of a DICOM file, our decoding of a frame and the comparison of
# samples.

FRAME="$top_builddir/tests/tools/codec_frame"
FILES="$top_srcdir/tests/integration/codec_files.py"
[ -x "$FRAME" ] || fail "$FRAME was not built"

# The images of the lossless tests, one a line: ROWS COLS SPP ALLOC STORED
# SIGNED PHOTOMETRIC PLANAR (8, 12 and 16 bits, signed and unsigned,
# monochrome and RGB in both planar configurations).
CODEC_CASES="40 30 1 8 8 0 MONOCHROME2 0
33 47 1 16 12 0 MONOCHROME2 0
33 47 1 16 12 1 MONOCHROME2 0
32 32 1 16 16 0 MONOCHROME2 0
32 32 1 16 16 1 MONOCHROME2 0
24 20 3 8 8 0 RGB 0
24 20 3 8 8 0 RGB 1"

# The pixel data of a DICOM file into $2: the native bytes, or the
# fragments of an encapsulated single frame concatenated (the Basic Offset
# Table left out), as dcmdump +W writes them.
pixels_of() {
    local d
    d=$(mktemp -d "$T/w.XXXXXX")
    (cd "$d" && dcmdump -q +W . "$1" > /dev/null) || fail "dcmdump +W $1"
    set -- "$1" "$2" "$d"/*.raw
    local out=$2 n=$(($# - 2))
    shift 2
    if [ "$n" = 1 ]; then
        cp "$1" "$out"
    else
        shift # the Basic Offset Table
        cat "$@" > "$out"
    fi
}

# decode TS FILE OUT: our decoding of FILE's frame with the case's
# attributes; sets PLANAR to the planar configuration it produced.
decode() {
    pixels_of "$2" "$T/frame"
    local said
    said=$("$FRAME" decode "$1" $ATTRS "$T/frame" "$3") || fail "$CASE: our $1 decoder failed on $2"
    PLANAR=${said##* }
}

# same A PLANAR_A B PLANAR_B [TOLERANCE] WHAT: the native frames in files A
# and B hold the same samples of the case's geometry ($ROWS $COLS $SPP
# $ALLOC $STORED), within TOLERANCE, whatever their planar configurations.
same() {
    local tol=0 what=$5
    if [ $# = 6 ]; then
        tol=$5
        what=$6
    fi
    python3 "$FILES" same "$1" "$2" "$3" "$4" $ROWS $COLS $SPP $ALLOC $STORED $tol ||
        fail "$CASE: $what"
}
