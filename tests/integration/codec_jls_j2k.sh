# Our JPEG-LS and JPEG 2000 codecs against other implementations, on images
# this test makes (codec_files.py): streams made by dcmtk (dcmcjpls), GDCM
# (gdcmconv), OpenJPEG (opj_compress) and OpenJPH (ojph_compress, HTJ2K)
# decode with our codecs to the original pixels and to the pixels their own
# decoders give; our streams decode in dcmtk, GDCM, OpenJPEG and (HTJ2K)
# OpenJPH to the original pixels.
. "$top_srcdir/tests/integration/lib.sh"
need dcmcjpls dcmdjpls dcmdump gdcmconv opj_compress opj_decompress ojph_compress ojph_expand python3

. "$top_srcdir/tests/integration/codec_lib.sh"
JLS=1.2.840.10008.1.2.4.80
JLS_NEAR=1.2.840.10008.1.2.4.81
J2K=1.2.840.10008.1.2.4.90
J2K_LOSSY=1.2.840.10008.1.2.4.91
HTJ2K=1.2.840.10008.1.2.4.201
HTJ2K_RPCL=1.2.840.10008.1.2.4.202
HTJ2K_LOSSY=1.2.840.10008.1.2.4.203

checked=0
while read -r ROWS COLS SPP ALLOC STORED SIGNED PHOTO PLAN; do
    [ -n "$ROWS" ] || continue
    CASE="${ROWS}x${COLS}x$SPP $ALLOC/$STORED signed=$SIGNED $PHOTO planar=$PLAN"
    ATTRS="$ROWS $COLS $SPP $ALLOC $STORED $SIGNED $PHOTO $PLAN"
    python3 "$FILES" native "$T/n.dcm" $ATTRS || fail "$CASE: codec_files.py native"
    ORIG="$T/n.dcm.raw"

    # JPEG-LS made by dcmtk, every interleave mode for colour.
    modes=+il
    [ "$SPP" = 3 ] && modes="+il +is +in"
    for m in $modes; do
        dcmcjpls -q $m "$T/n.dcm" "$T/c.dcm" || fail "$CASE: dcmcjpls $m"
        decode $JLS "$T/c.dcm" "$T/ours"
        same "$ORIG" $PLAN "$T/ours" $PLANAR "dcmcjpls $m stream: our pixels are not the original"
        dcmdjpls -q +px "$T/c.dcm" "$T/d.dcm" || fail "$CASE: dcmdjpls"
        pixels_of "$T/d.dcm" "$T/theirs"
        same "$T/theirs" 0 "$T/ours" $PLANAR "dcmcjpls $m stream: our pixels are not dcmdjpls's"
    done
    # Near-lossless made by dcmtk (unsigned only, dcmtk's rule): the same
    # pixels as dcmdjpls's, within NEAR of the original.
    if [ "$SIGNED" = 0 ]; then
        dcmcjpls -q +en +md 3 "$T/n.dcm" "$T/c.dcm" || fail "$CASE: dcmcjpls +en"
        decode $JLS_NEAR "$T/c.dcm" "$T/ours"
        dcmdjpls -q +px "$T/c.dcm" "$T/d.dcm" || fail "$CASE: dcmdjpls near-lossless"
        pixels_of "$T/d.dcm" "$T/theirs"
        same "$T/theirs" 0 "$T/ours" $PLANAR "near-lossless: our pixels are not dcmdjpls's"
        same "$ORIG" $PLAN "$T/ours" $PLANAR 3 "near-lossless: beyond NEAR"
    fi

    # JPEG-LS and JPEG 2000 made by GDCM, against gdcmconv --raw.
    for kind in "--jpegls $JLS" "--j2k $J2K" "--j2k --lossy -q 40 $J2K_LOSSY"; do
        ts=${kind##* }
        opts=${kind% *}
        gdcmconv $opts "$T/n.dcm" "$T/g.dcm" > /dev/null || fail "$CASE: gdcmconv $opts"
        decode "$ts" "$T/g.dcm" "$T/ours"
        gdcmconv --raw "$T/g.dcm" "$T/gr.dcm" || fail "$CASE: gdcmconv --raw"
        pixels_of "$T/gr.dcm" "$T/theirs"
        gplanar=$(dcmdump -q +P 0028,0006 "$T/gr.dcm" | sed -n 's/^.*US \([01]\).*$/\1/p')
        same "$T/theirs" "${gplanar:-0}" "$T/ours" $PLANAR "gdcmconv $opts: our pixels are not GDCM's"
        [ "$ts" = "$J2K_LOSSY" ] ||
            same "$ORIG" $PLAN "$T/ours" $PLANAR "gdcmconv $opts: our pixels are not the original"
    done

    # Our streams in the others' decoders.
    "$FRAME" encode $JLS $ATTRS "$ORIG" "$T/s" > "$T/said" || fail "$CASE: our JPEG-LS encoder"
    python3 "$FILES" wrap "$T/ours.dcm" $JLS $ROWS $COLS $SPP $ALLOC $STORED $SIGNED $PHOTO "$T/s"
    dcmdjpls -q +px "$T/ours.dcm" "$T/d.dcm" || fail "$CASE: dcmdjpls refuses our JPEG-LS"
    pixels_of "$T/d.dcm" "$T/theirs"
    same "$ORIG" $PLAN "$T/theirs" 0 "dcmdjpls of our JPEG-LS is not the original"
    "$FRAME" encode $J2K $ATTRS "$ORIG" "$T/s" > "$T/said" || fail "$CASE: our J2K encoder"
    read -r cphoto _ < "$T/said"
    python3 "$FILES" wrap "$T/ours.dcm" $J2K $ROWS $COLS $SPP $ALLOC $STORED $SIGNED $cphoto "$T/s"
    gdcmconv --raw "$T/ours.dcm" "$T/gr.dcm" || fail "$CASE: gdcmconv refuses our J2K"
    pixels_of "$T/gr.dcm" "$T/theirs"
    gplanar=$(dcmdump -q +P 0028,0006 "$T/gr.dcm" | sed -n 's/^.*US \([01]\).*$/\1/p')
    same "$ORIG" $PLAN "$T/theirs" "${gplanar:-0}" "gdcmconv of our J2K is not the original"
    cp "$T/s" "$T/s.j2k"
    opj_decompress -quiet -i "$T/s.j2k" -o "$T/o.pgx" > /dev/null 2>&1 ||
        fail "$CASE: opj_decompress refuses our J2K"
    checked=$((checked + 1))
done <<< "$CODEC_CASES"
[ "$checked" = 7 ] || fail "only $checked cases ran"

# JPEG 2000 made by OpenJPEG's own tool, lossless and lossy, and HTJ2K made
# by OpenJPH's, from PGM/PPM (unsigned samples).
while read -r ROWS COLS SPP ALLOC STORED; do
    [ -n "$ROWS" ] || continue
    CASE="${ROWS}x${COLS}x$SPP $ALLOC/$STORED"
    PHOTO=MONOCHROME2 EXT=pgm
    [ "$SPP" = 3 ] && PHOTO=RGB EXT=ppm
    ATTRS="$ROWS $COLS $SPP $ALLOC $STORED 0 $PHOTO 0"
    python3 "$FILES" native "$T/n.dcm" $ATTRS
    ORIG="$T/n.dcm.raw"
    python3 "$FILES" pnm "$ORIG" "$T/in.$EXT" $ROWS $COLS $SPP $ALLOC $STORED
    opj_compress -n 3 -i "$T/in.$EXT" -o "$T/o.j2k" > /dev/null 2>&1 || fail "$CASE: opj_compress"
    cp "$T/o.j2k" "$T/frame"
    "$FRAME" decode $J2K $ATTRS "$T/frame" "$T/ours" > /dev/null || fail "$CASE: opj_compress stream"
    same "$ORIG" 0 "$T/ours" 0 "opj_compress lossless: our pixels are not the original"
    opj_compress -n 3 -r 10 -I -i "$T/in.$EXT" -o "$T/o.j2k" > /dev/null 2>&1 || fail "$CASE: opj_compress -I"
    cp "$T/o.j2k" "$T/frame"
    "$FRAME" decode $J2K_LOSSY $ATTRS "$T/frame" "$T/ours" > /dev/null || fail "$CASE: lossy stream"
    opj_decompress -quiet -i "$T/o.j2k" -o "$T/o.$EXT" > /dev/null 2>&1 || fail "$CASE: opj_decompress"
    python3 "$FILES" unpnm "$T/o.$EXT" "$T/theirs" $ALLOC
    same "$T/theirs" 0 "$T/ours" 0 "opj_compress lossy: our pixels are not opj_decompress's"

    for order in RPCL LRCP; do
        ojph_compress -num_decomps 3 -i "$T/in.$EXT" -o "$T/h.j2c" -reversible true -prog_order $order > /dev/null ||
            fail "$CASE: ojph_compress $order"
        ts=$HTJ2K
        [ $order = RPCL ] && ts=$HTJ2K_RPCL
        python3 "$FILES" wrap "$T/h.dcm" $ts $ROWS $COLS $SPP $ALLOC $STORED 0 $PHOTO "$T/h.j2c"
        CASE="$CASE HTJ2K $order" ATTRS=$ATTRS decode $ts "$T/h.dcm" "$T/ours"
        same "$ORIG" 0 "$T/ours" 0 "HTJ2K $order: our pixels are not the original"
    done
    ojph_compress -num_decomps 3 -i "$T/in.$EXT" -o "$T/h.j2c" -qstep 0.01 > /dev/null || fail "$CASE: ojph_compress lossy"
    python3 "$FILES" wrap "$T/h.dcm" $HTJ2K_LOSSY $ROWS $COLS $SPP $ALLOC $STORED 0 $PHOTO "$T/h.j2c"
    decode $HTJ2K_LOSSY "$T/h.dcm" "$T/ours"
    ojph_expand -i "$T/h.j2c" -o "$T/h.$EXT" > /dev/null || fail "$CASE: ojph_expand"
    python3 "$FILES" unpnm "$T/h.$EXT" "$T/theirs" $ALLOC
    # Two implementations of the irreversible 9/7 wavelet round apart.
    same "$T/theirs" 0 "$T/ours" 0 2 "HTJ2K lossy: our pixels are not within 2 of ojph_expand's"

    # Our HTJ2K (Grok's encoder) in OpenJPH's decoder: the original pixels
    # from the lossless syntaxes, ours within 2 of its from the lossy one.
    for ts in $HTJ2K $HTJ2K_RPCL $HTJ2K_LOSSY; do
        "$FRAME" encode $ts $ATTRS "$ORIG" "$T/s" > /dev/null || fail "$CASE: our HTJ2K encoder ($ts)"
        cp "$T/s" "$T/s.j2c"
        ojph_expand -i "$T/s.j2c" -o "$T/s.$EXT" > /dev/null 2>&1 || fail "$CASE: ojph_expand refuses our $ts"
        python3 "$FILES" unpnm "$T/s.$EXT" "$T/theirs" $ALLOC
        if [ $ts = $HTJ2K_LOSSY ]; then
            "$FRAME" decode $ts $ATTRS "$T/s" "$T/ours" > /dev/null || fail "$CASE: our lossy HTJ2K"
            same "$T/theirs" 0 "$T/ours" 0 2 "our lossy HTJ2K: ojph_expand's pixels are not within 2 of ours"
        else
            same "$ORIG" 0 "$T/theirs" 0 "ojph_expand of our $ts is not the original"
        fi
    done
done <<'CASES'
40 30 1 8 8
33 47 1 16 12
32 32 1 16 16
24 20 3 8 8
CASES
echo "PASS: $checked DICOM cases and 4 OpenJPEG/OpenJPH cases"
