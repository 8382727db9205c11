#!/bin/bash
# C-MOVE and the compression column of acrnema.map: `un` sends uncompressed
# (Explicit and Implicit VR LE as stored), `as` as stored, `ul` Explicit VR
# LE, `ub` Explicit VR BE; a destination that takes none of the stored
# syntax gets the object re-encoded with the same values; a compressed
# (JPEG-LS) object goes as stored to an `as` destination that takes it
# (transcoding it for `un` and `j2`: move_jpegls.sh).
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu dcmdump sqlite3 python3

PORT=$(free_port)
start_dest U DESTUN +B
echo "DESTUN 127.0.0.1 $DEST_PORT un" > "$T/acrnema.map"
start_dest I DESTIMPL +B +xi
echo "DESTIMPL 127.0.0.1 $DEST_PORT as" >> "$T/acrnema.map"
start_dest L DESTUL +B
echo "DESTUL 127.0.0.1 $DEST_PORT ul" >> "$T/acrnema.map"
start_dest B DESTUB
echo "DESTUB 127.0.0.1 $DEST_PORT ub" >> "$T/acrnema.map"
start_dest S DESTAS +B +xa
echo "DESTAS 127.0.0.1 $DEST_PORT as" >> "$T/acrnema.map"
make_config
start_dgate
store_corpus

# move DEST MOVESCU-OUTCOME QueryRetrieveLevel=... KEY=VALUE...
move() {
    local dest=$1 outcome=$2 args=() kv
    shift 2
    for kv in "$@"; do args+=(-k "$kv"); done
    movescu -v -S -aec CONQUESTSRV1 -aem "$dest" "${args[@]}" 127.0.0.1 "$PORT" > "$T/move.out" 2>&1
    grep -q "Received Final Move Response ($outcome" "$T/move.out" ||
        { cat "$T/move.out"; tail -5 "$T/dgate.log"; fail "move to $dest: not $outcome"; }
}

# un: each object as stored (Explicit, or Implicit), byte for byte.
move DESTUN Success QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
for sop in $(sops_of study $STUDY1); do
    [ "$(syntax_of "$T/U/"*".$sop")" = "$(syntax_of "$(stored_file "$sop")")" ] ||
        fail "un: $sop arrived in $(syntax_of "$T/U/"*".$sop")"
done
expect_received U "$(sops_of study $STUDY1)"

# A destination that takes only Implicit VR LE: the Explicit ones are
# re-encoded, with the same values.
move DESTIMPL Success QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
for sop in $(sops_of study $STUDY1); do
    f=$(ls "$T/I/"*".$sop")
    [ "$(syntax_of "$f")" = LittleEndianImplicit ] || fail "implicit only: $sop arrived as $(syntax_of "$f")"
    [ "$(values_of "$f")" = "$(values_of "$(stored_file "$sop")")" ] ||
        fail "implicit only: the values of $sop changed: $(diff <(values_of "$f") <(values_of "$(stored_file "$sop")"))"
done
assert_contains "$T/dgate.log" "to DESTIMPL (Implicit VR Little Endian, transcoded from Explicit VR Little Endian)"

# ul: Explicit VR LE, the Implicit ones re-encoded.
move DESTUL Success QueryRetrieveLevel=SERIES StudyInstanceUID=$STUDY1 "SeriesInstanceUID=$ROOT.1.1\\$ROOT.1.2"
for sop in $(sops_of series $ROOT.1.1) $(sops_of series $ROOT.1.2); do
    f=$(ls "$T/L/"*".$sop")
    [ "$(syntax_of "$f")" = LittleEndianExplicit ] || fail "ul: $sop arrived as $(syntax_of "$f")"
    [ "$(pixels "$f")" = "$(pixels "$(stored_file "$sop")")" ] || fail "ul: the pixels of $sop changed"
done

# ub: Explicit VR BE, same values.
move DESTUB Success QueryRetrieveLevel=SERIES StudyInstanceUID=$STUDY1 "SeriesInstanceUID=$ROOT.1.2\\$ROOT.1.3"
for sop in $(sops_of series $ROOT.1.2) $(sops_of series $ROOT.1.3); do
    f=$(ls "$T/B/"*".$sop")
    [ "$(syntax_of "$f")" = BigEndianExplicit ] || fail "ub: $sop arrived as $(syntax_of "$f")"
    [ "$(pixels "$f")" = "$(pixels "$(stored_file "$sop")")" ] || fail "ub: the pixels of $sop changed"
done

# Compressed objects: Conquest's JPEG-LS samples, stored as they are.
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
if [ -d "$SAMPLES" ]; then
    JLS_STUDY=1.3.46.670589.5.2.10.2156913941.892665384.993397
    storescu -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SAMPLES"/*.dcm > "$T/out" 2>&1 ||
        { cat "$T/out"; fail "storescu of the samples failed"; }
    jls=$(sqlite_rows "SELECT SOPInstanc FROM DICOMImages WHERE SeriesInst LIKE '1.3.46.%' ORDER BY 1")
    # As stored to `as`.
    move DESTAS Success QueryRetrieveLevel=STUDY StudyInstanceUID=$JLS_STUDY
    for sop in $jls; do
        [ "$(syntax_of "$T/S/"*".$sop")" = JPEGLSLossless ] || fail "as: $sop is not JPEG-LS"
    done
    expect_received S "$jls"
else
    echo "note: no $SAMPLES: the JPEG-LS cases are not tested"
fi
for d in U I L B S; do stop_dest $d; done
exit 0
